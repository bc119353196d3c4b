import type { BriefText } from './brief-text.js';
import { NOT_WILLING, REFUSED_TO_HAVE, RULED_OUT, SELL_VERB } from './exclusion-words.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';

/**
 * Criticality levels above which assets are ruled out, with the criticality score's own name: "no site with
 * criticality above 0.5", "criticality scores above 0.55 are off the table", "nothing critical above 0.45".
 */

/** "criticality", "criticality score", and its short form "crit" (never "critical"). */
export const CRITICALITY = String.raw`(?:criticality|crit(?![a-z])\.?)(?:\s+(?:score|rating|level)s?)?`;

/** A refusal to sell or to have anything: "we won't sell anything", "don't sell any", "I don't want anything". */
const REFUSED_ANYTHING = String.raw`(?:(?:${NOT_WILLING})\s+(?:${SELL_VERB})|${REFUSED_TO_HAVE})\s+any(?:thing)?`;
/** The score's name as a newcomer quotes it: "the 'criticality' number", "the “criticality” score". */
const QUOTED_CRITICALITY = String.raw`['"\u2018\u2019\u201c\u201d]?${CRITICALITY}['"\u2018\u2019\u201c\u201d]?(?:\s+(?:number|figure|value|score|rating|level)s?)?`;

/**
 * "no site with criticality above 0.5", "nothing with a criticality over 60%", "without selling anything with
 * criticality above 0.4", "leave out the plants and anything with a criticality above 0.8", "don't sell anything where
 * the 'criticality' number is over 0.65": the most criticality
 * allowed, also when it is the last item of an exclusion list or asked in a question. Only the words from
 * "anything" on are claimed, so that the list's other items are still read by the place and type reader.
 */
const NEGATED_ABOVE = new RegExp(
  String.raw`\b(?:no|nothing|none|not\s+any|${REFUSED_ANYTHING}|(?:w\/o|without)\s+(?:selling|touching|using|including)\s+any(?:thing)?|(?<=\b(?:exclud(?:e|ing)|leav(?:e|ing)\s+out|skip(?:ping)?)\s+(?:[^.;!?\n]{0,60}?\s+(?:and|or)\s+)?)(?:any(?:thing)?|assets?|sites?))\s+(?:${SITE_NOUN}\s+)?(?:with|having|whose|that\s+has|of|where\s+(?:the\s+|its\s+)?)\s*(?:an?\s+)?${QUOTED_CRITICALITY}\s+(?:(?:is|are)\s+)?(?:above|over|exceeding|greater\s+than|higher\s+than|more\s+than|beyond)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?`,
  'g',
);

/**
 * "criticality scores above 0.55 are off the table", "anything with a criticality over 0.7 is excluded",
 * "sites rated above 0.6 on criticality stay with us": a level above which assets are ruled out, by words after it,
 * also when the level is a bracket that defines the words before ("mission-critical (criticality above 0.7) may not
 * be sold").
 */
const ABOVE_RULED_OUT = new RegExp(
  String.raw`\b(?:(?:any(?:thing)?|assets?|sites?|properties|${SITE_NOUN})\s+(?:with|having|whose|that\s+has|of)\s+(?:an?\s+)?)?${CRITICALITY}\s+(?:(?:is|are|of|at)\s+)?(?:above|over|exceeds?|exceeding|greater\s+than|higher\s+than|more\s+than|beyond|north\s+of|in\s+excess\s+of)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?\)?\s+(?:${RULED_OUT})`,
  'g',
);

/**
 * "nothing critical above 0.45", "no sites more critical than 0.6", "none rated critical beyond 0.5", "skip anything
 * critical above 0.55", "without touching anything critical above 0.5", "we won't sell anything rated more critical
 * than 0.7", "I don't want anything more critical than 0.6": the adjective
 * with a level after it is that level, not the words' own level for "nothing critical".
 */
const NOT_CRITICAL_ABOVE = new RegExp(
  String.raw`\b(?:no|nothing|none|${REFUSED_ANYTHING}|(?:skip|avoid|exclude|leave\s+out)\s+any(?:thing)?|(?:w\/o|without)\s+(?:selling|touching|using|including)\s+any(?:thing)?)\s+(?:${SITE_NOUN}\s+)?(?:(?:rated|scored|that\s+is|that's)\s+)?(?:more\s+critical\s+than|critical\s+(?:above|over|beyond|past))\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?`,
  'g',
);

/**
 * "anything more critical than 0.65 stays in-house", "sites critical above 0.6 are off the table": the adjective with a
 * level after it, ruled out by the words after it.
 */
const CRITICAL_ABOVE_RULED_OUT = new RegExp(
  String.raw`\b(?:any(?:thing)?|${SITE_NOUN})\s+(?:(?:rated|scored|that\s+is|that's)\s+)?(?:more\s+critical\s+than|critical\s+(?:above|over|beyond|past))\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?(?=\s+(?:${RULED_OUT})(?![a-z]))`,
  'g',
);

/**
 * "won't release anything above 0.55 critical", "exclude anything over 0.7 critical", "no site above 0.6 crit", "none
 * rated above 0.5 critical", "nothing rated more than 0.7 critical": the level put before the adjective, after
 * "anything", "nothing" or a site noun, which may be said to be rated at it.
 */
const ANYTHING_ABOVE_LEVEL_CRITICAL = new RegExp(
  String.raw`\b(?:(?:any(?:thing)?|nothing|none|no)(?:\s+${SITE_NOUN})?|${SITE_NOUN})\s+(?:(?:rated|scored|ranked)\s+)?(?:above|over|beyond|past|higher\s+than|more\s+than)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?\s*(?:critical(?:ity)?|crit)(?![a-z])`,
  'g',
);

/**
 * "Nothing the plant managers would rate above 0.5 on criticality", "no site anyone scores over 0.6 for criticality":
 * a level someone would rate the sites at, refused by "nothing" or "no" at the start of the clause.
 */
const NOTHING_RATED_ABOVE = new RegExp(
  String.raw`\b(?:nothing|none|no\s+${SITE_NOUN})\b[^.;!?\n]{0,50}?\b(?:rate|rates|rated|score|scores|scored|rank|ranks|ranked)\s+(?:above|over|beyond|higher\s+than)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?\s+(?:on|for|in)\s+${CRITICALITY}(?![a-z])`,
  'g',
);

/** The criticality levels ruled out above, read from the forms above. Claims what it reads. */
export function readNegatedAbove(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  const patterns = [
    NEGATED_ABOVE,
    ABOVE_RULED_OUT,
    NOT_CRITICAL_ABOVE,
    CRITICAL_ABOVE_RULED_OUT,
    ANYTHING_ABOVE_LEVEL_CRITICAL,
    NOTHING_RATED_ABOVE,
  ];
  for (const match of patterns.flatMap((pattern) => text.freeMatches(pattern))) {
    const end = match.index + match[0].trimEnd().length;
    if (!text.isFree(match.index, end)) continue;
    const number = Number(match.groups?.['value']);
    const value = match.groups?.['unit'] === undefined ? number : number / 100;
    if (!(value >= 0 && value <= 1)) continue;
    found.push({ value, start: match.index, end });
    text.claim(match.index, end);
  }
  return found;
}
