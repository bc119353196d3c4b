import type { BriefText } from './brief-text.js';
import { NOT_WILLING, REFUSED_TO_HAVE, RULED_OUT, SELL_VERB } from './exclusion-words.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { CRITICALITY_NAMED_PLAINLY } from './plain-score-names.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * Criticality levels above which assets are ruled out, with the criticality score's own name: "no site with
 * criticality above 0.5", "criticality scores above 0.55 are off the table", "nothing critical above 0.45".
 */

/** "criticality", "criticality score", its short form "crit" (never "critical"), and the score in plain words ("how critical it is"). */
export const CRITICALITY = String.raw`(?:(?:criticality|crit(?![a-z])\.?)(?:\s+(?:score|rating|level)s?)?|${CRITICALITY_NAMED_PLAINLY})`;

/**
 * What is critical said as what the business needs: "sites we can't operate without", "the buildings the business
 * couldn't run without", "anything we cannot do without", "anything we truly can't operate without".
 */
export const CANNOT_DO_WITHOUT = String.raw`(?:(?:the\s+)?(?:${SITE_NOUN}|anything)\s+(?:that\s+)?(?:we|the\s+business|the\s+company|operations)\s+(?:(?:truly|really|simply|just|absolutely|genuinely)\s+)?(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not)\s+(?:operate|run|function|do|manage|live)\s+without)`;

/** A refusal to sell or to have anything: "we won't sell anything", "don't sell any", "I don't want anything". */
const REFUSED_ANYTHING = String.raw`(?:(?:${NOT_WILLING})\s+(?:${SELL_VERB})|${REFUSED_TO_HAVE})\s+any(?:thing)?`;
/** The score's name as a newcomer quotes it: "the 'criticality' number", "the “criticality” score". */
const QUOTED_CRITICALITY = String.raw`['"\u2018\u2019\u201c\u201d]?${CRITICALITY}['"\u2018\u2019\u201c\u201d]?(?:\s+(?:number|figure|value|score|rating|level)s?)?`;

/**
 * "no site with criticality above 0.5", "nothing with a criticality over 60%", "nothing w/ criticality over .6", "avoid
 * selling anything with criticality above 0.5", "not selling anything with criticality above 0.75", "without selling anything with
 * criticality above 0.4", "leave out the plants and anything with a criticality above 0.8", "stay away from anything with
 * criticality over 0.55", "skip anything crit > 0.6", "don't sell anything where
 * the 'criticality' number is over 0.65", "Excluded from the perimeter are: ...; and any property whose criticality score
 * exceeds 0.6" (the last item of a list after an "excluded" label): the most criticality
 * allowed, also when it is the last item of an exclusion list or asked in a question. Only the words from
 * "anything" on are claimed, so that the list's other items are still read by the place and type reader.
 */
const NEGATED_ABOVE = new RegExp(
  String.raw`\b(?:no|nothing|none|not\s+any|(?:stay(?:ing)?|keep(?:ing)?|steer(?:ing)?)\s+(?:well\s+)?(?:away|clear)\s+(?:from|of)\s+any(?:thing)?|${REFUSED_ANYTHING}|(?:w\/o|without|avoid(?:ing)?|not)\s+(?:selling|touching|using|including)\s+any(?:thing)?|(?<=\b(?:exclud(?:e|es|ing)|leav(?:e|ing)\s+out|skip(?:ping)?)\s+(?:[^.;!?\n]{0,60}?\s+(?:and|or)\s+)?|\bexcluded\b[^.!?\n:]{0,60}:[^.!?\n]{0,200}?[;,]\s*(?:and\s+)?)(?:any(?:thing)?|assets?|sites?))\s+(?:${SITE_NOUN}\s+)?(?:with|w\/|having|whose|that\s+has|of|where\s+(?:the\s+|its\s+)?)\s*(?:an?\s+)?${QUOTED_CRITICALITY}\s+(?:(?:is|are)\s+)?(?:above|over|exceeds?|exceeding|greater\s+than|higher\s+than|more\s+than|beyond|>)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?`,
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

/** A preference that the company not do something: "I'd rather we not", "we would rather you didn't". */
const RATHER_WE_NOT = String.raw`rather\s+(?:that\s+)?(?:we|you|they|the\s+company)\s+(?:not|didn'?t|did\s+not)`;

/**
 * "nothing critical above 0.45", "no sites more critical than 0.6", "none rated critical beyond 0.5", "skip anything
 * critical above 0.55", "without touching anything critical above 0.5", "we won't sell anything rated more critical
 * than 0.7", "the leaseback may not include anything rated more critical than 0.7" (a rule's "may not"), "exclude sites
 * critical over 0.45" (a scanned "critica1" reads the same once repaired), "I don't want
 * anything more critical than 0.6", "I'd rather not see anything sold that's more critical
 * than 0.5", "I'd rather we not sell anything more critical than 0.45", "leave out anything rated more essential than 0.8 on the
 * criticality scale": the adjective (or "essential", "important" in its place)
 * with a level after it is that level, not the words' own level for "nothing critical".
 */
const NOT_CRITICAL_ABOVE = new RegExp(
  String.raw`\b(?:no|nothing|none|${REFUSED_ANYTHING}|may\s+not\s+(?:${SELL_VERB})\s+any(?:thing)?|(?:${NOT_WILLING})\s+see\s+any(?:thing)?(?:\s+(?:sold|go|being\s+sold))?|${RATHER_WE_NOT}\s+(?:${SELL_VERB})\s+any(?:thing)?|(?:skip|avoid|exclude|drop|leave\s+out|rule\s+out)\s+(?:any(?:thing)?|(?=${SITE_NOUN}\s))|(?:w\/o|without)\s+(?:selling|touching|using|including)\s+any(?:thing)?)\s*(?:${SITE_NOUN}\s+)?(?:(?:rated|scored|that\s+is|that's)\s+)?(?:more\s+(?:critical|essential|important)\s+than|critical\s+(?:above|over|beyond|past))\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?(?:\s*\bon\s+(?:the\s+)?${CRITICALITY}(?:\s+scale)?(?![a-z]))?`,
  'g',
);

/**
 * "anything more critical than 0.65 stays in-house", "sites critical above 0.6 are off the table": the adjective with a
 * level after it, ruled out by the words after it.
 */
const CRITICAL_ABOVE_RULED_OUT = new RegExp(
  String.raw`\b(?:any(?:thing)?|${SITE_NOUN})\s+(?:(?:rated|scored|that\s+is|that's)\s+)?(?:more\s+(?:critical|essential|important)\s+than|critical\s+(?:above|over|beyond|past))\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?(?=\s+(?:${RULED_OUT})(?![a-z]))`,
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
 * a level someone would rate the sites at, refused by "nothing" or "no" at the start of the clause, or by a refusal to
 * sell, touch or keep anything ("don't touch anything the operations team rates above 0.75 on criticality", "avoid
 * anything the plant managers score over 0.6 for criticality"). A refusal before
 * it belongs to another item ("nothing mortgaged is sold and nothing rated above 0.7", "leave out anything carrying a
 * mortgage and anything rated above 0.65"), so the gap holds none, nor another "anything".
 */
const NOTHING_RATED_ABOVE = new RegExp(
  String.raw`(?:\b(?:nothing|none|no\s+${SITE_NOUN})\b|\b(?:${REFUSED_ANYTHING}|(?:avoid|skip|exclude|spare|leave\s+(?:out|alone))\s+any(?:thing)?)(?![a-z]))(?:(?!\b(?:nothing|none|no|any|anything)\b)[^.;!?\n]){0,50}?\b(?:rate|rates|rated|score|scores|scored|rank|ranks|ranked)\s+(?:above|over|beyond|higher\s+than)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?\s+(?:on|for|in)\s+${CRITICALITY}(?![a-z])`,
  'g',
);

/**
 * The criticality score in plain words: "the essential score", "the importance-to-operations score", "the
 * essential-to-operations score", "the how-essential score".
 */
const PLAIN_CRITICALITY_SCORE = String.raw`(?:(?:essential|importance)(?:[-\s]to[-\s](?:operations|ops|the[-\s]business))?|essentialness|operational[-\s]importance|how[-\s](?:essential|critical|important))[-\s](?:score|rating|number|level)`;
/** "how critical a sold site is", "how essential each building is": the score as the question it answers. */
const HOW_CRITICAL = String.raw`how\s+(?:critical|essential|important)\s+(?:(?:a|an|the|each|any)\s+)?(?:sold\s+)?${SITE_NOUN}\s+(?:is|are)`;
/** A level given as the most allowed: "at 0.4 or lower", "at 0.5", "at most 0.4", "to 0.5". */
const AT_MOST_LEVEL = String.raw`(?:at|to)\s+(?:most\s+|or\s+(?:below|under)\s+)?(?<value>0?\.\d+|1(?:\.0+)?)(?:\s+or\s+(?:lower|less|below|under))?(?![\d%x])`;
/** A word that makes the level after it the most allowed: "at most", "no higher than", "up to". */
const AT_MOST_WORD = String.raw`(?:at\s+most|no\s+(?:more|higher)\s+than|up\s+to|max(?:imum)?(?:\s+of)?|\u2264|<=?)`;
/**
 * The criticality score in the plain words of someone who does not know its name, with its level: "cap the essential
 * score at 0.5", "keep the importance-to-operations score at 0.4 or lower", "nothing above 0.3 on importance", "nothing
 * rated above 0.6 for operational importance", "score
 * over 0.45 is too important", and "scores 1.0 on criticality; keep the cap at 0.8", where the cap set right after
 * the score is named is the score's. A score that is held at a level, or above which a building is too important, has
 * that level as its most.
 */
const CRITICALITY_IN_PLAIN_WORDS = [
  new RegExp(String.raw`\b(?:cap|keep|hold|limit|set)\s+(?:the\s+|our\s+|that\s+)?${PLAIN_CRITICALITY_SCORE}\s+${AT_MOST_LEVEL}`, 'g'),
  new RegExp(
    String.raw`\b(?:nothing|none|no\s+${SITE_NOUN})\s+(?:(?:rated|scored|scoring)\s+)?(?:above|over|higher\s+than|more\s+than)\s+(?<value>0?\.\d+)\s+(?:on|for)\s+(?:the\s+|its\s+)?(?:(?:operational|business)\s+)?(?:importance|essential(?:ness)?)(?:\s+to\s+(?:operations|ops|the\s+business))?(?:\s+(?:score|scale))?(?![a-z])`,
    'g',
  ),
  /\bscores?\s+(?:over|above|higher\s+than|more\s+than|beyond)\s+(?<value>0?\.\d+)\s+(?:is|are|means|counts\s+as)\s+(?:too|very|really)\s+(?:important|critical|essential)(?![a-z])/g,
  new RegExp(
    String.raw`\b${CRITICALITY}(?=[^.!?\n]{0,20}?[;,]\s)[^.!?\n]{0,20}?[;,]\s+(?:so\s+)?(?:keep|set|put|hold)\s+the\s+(?:cap|limit|ceiling|max(?:imum)?)\s+${AT_MOST_LEVEL}`,
    'g',
  ),
  // "nothing whose essential-to-operations score is above 0.6": the plain score with a level ruled out above it.
  new RegExp(
    String.raw`\b(?:nothing|none|no\s+${SITE_NOUN}|any(?:thing)?)\s+(?:${SITE_NOUN}\s+)?(?:whose\s+(?:the\s+)?|with\s+(?:an?\s+)?)${PLAIN_CRITICALITY_SCORE}\s+(?:(?:is|of)\s+)?(?:above|over|higher\s+than|more\s+than|>)\s*(?<value>0?\.\d+)(?![\d%x])`,
    'g',
  ),
  // "ceiling of 0.55 on how critical a sold site is", "a cap of 0.5 on criticality": the limit's noun, its level, the score.
  new RegExp(
    String.raw`\b(?:ceiling|cap|limit|max(?:imum)?)\s+of\s+(?<value>0?\.\d+)\s+(?:on|for)\s+(?:the\s+)?(?:${CRITICALITY}|${PLAIN_CRITICALITY_SCORE}|${HOW_CRITICAL})(?![a-z])`,
    'g',
  ),
  // "lower-criticality assets only (\u2264 0.55)", "low-critical sites (under 0.5)": the words with their level in brackets.
  new RegExp(
    String.raw`\b(?:only\s+)?(?:low(?:er)?|less)[-\s](?:criticality|critical)\s+${SITE_NOUN}(?:\s+only)?\s*\(\s*(?:\u2264|<=?|under|below|at\s+most|max(?:imum)?|up\s+to)\s*(?<value>0?\.\d+)\s*\)`,
    'g',
  ),
  // "0.35 tops on criticality", "0.4 max for criticality": the level, the word that makes it the most, the score.
  new RegExp(
    String.raw`(?<![\w.])(?<value>0?\.\d+)\s+(?:tops|max(?:imum)?|at\s+most|cap)\s+(?:on|for)\s+(?:the\s+)?${CRITICALITY}(?![a-z])`,
    'g',
  ),
  // "only sites with an essential-to-operations score of 0.75 or lower", "assets with a criticality score of at most
  // 0.6": what may be sold, named with its score and a level held from above.
  new RegExp(
    String.raw`\b(?:only\s+)?(?:${SITE_NOUN}|any(?:thing)?)\s+(?:with|having)\s+(?:an?\s+|the\s+)?(?:${PLAIN_CRITICALITY_SCORE}|${CRITICALITY})\s+(?:of\s+)?(?=${AT_MOST_WORD}\s*0?\.\d|0?\.\d+\s+or\s+(?:lower|less|below|under))(?:${AT_MOST_WORD}\s*)?(?<value>0?\.\d+)(?:\s+or\s+(?:lower|less|below|under))?(?![\d%x])(?:\s+only)?`,
    'g',
  ),
  // "How essential a site is matters: nothing above 0.5": the score as the question it answers, then what is refused.
  new RegExp(
    String.raw`\b${HOW_CRITICAL}(?:\s+(?:matters|counts|is\s+key))?\s*[:,;\u2014\u2013-]\s*(?:nothing|none|no\s+${SITE_NOUN})\s+(?:(?:rated|scored|scoring)\s+)?(?:above|over|higher\s+than|more\s+than|beyond)\s+(?<value>0?\.\d+)(?![\d%x])`,
    'g',
  ),
  // "On how essential a site is, I first wrote 0.9 as the cut-off, but the COO wants 0.7: nothing rated above that":
  // the score named first, then the level that "nothing above that" points back to, the last one before it.
  new RegExp(
    String.raw`\b(?:on|for|as\s+for|regarding)\s+(?:${HOW_CRITICAL}|(?:the\s+)?${CRITICALITY}|(?:the\s+)?${PLAIN_CRITICALITY_SCORE})\s*[,:]?(?:[^.!?\n]|\.(?=\d))*?(?<![\d.])(?<value>0?\.\d+)\s*[:,;\u2014\u2013-]\s*(?:nothing|none|no\s+${SITE_NOUN})\s+(?:(?:rated|scored|scoring)\s+)?(?:above|over|higher\s+than|more\s+than|beyond)\s+(?:that|this|it)(?![a-z])`,
    'g',
  ),
  // "skip anything crit > 0.6": a note's short form, the score and a sign straight after what is ruled out.
  new RegExp(
    String.raw`\b(?:skip|avoid|exclude|drop|nothing|no)\s+(?:any(?:thing)?\s+|${SITE_NOUN}\s+)?${CRITICALITY}\s*(?:>|above|over)\s*(?<value>0?\.\d+)(?![\d%x])`,
    'g',
  ),
];

/**
 * The score a building is rated on, named after "on": "criticality", "importance to operations", "the essential
 * scale", and a hyphenated coinage for it ("the can't-operate-without-it scale").
 */
const SCORE_RATED_ON = String.raw`(?:the\s+)?(?:${CRITICALITY}|(?:importance|essential(?:ness)?)(?:\s+to\s+(?:operations|ops|the\s+business))?|(?:[a-z'\u2019]+-){1,5}without-it)(?:\s+(?:score|scale|rating))?(?![a-z])`;

/**
 * A level above which what is rated or scored is kept out of the sale, the score named after "on": "Keep out anything
 * rated above 0.6 on criticality", "Leave out anything scoring over 0.3 on importance to operations", "We'd rather not
 * sell anything scoring above 0.6 on the can't-operate-without-it scale", "please keep anything rated more critical
 * than 0.65 out of the sale", and what is held on to or kept: "hold on to any building scored above 0.6 for criticality",
 * "retain anything rated over 0.7 on criticality". The verb of keeping out must come first, so that a level only described ("the plant is
 * rated above 0.8 on criticality") is no limit.
 */
const KEPT_OUT_ABOVE_RATED = [
  new RegExp(
    String.raw`\b(?:keep(?:ing)?\s+out|leav(?:e|ing)\s+out|exclud(?:e|ing)|skip(?:ping)?|drop(?:ping)?|rul(?:e|ing)\s+out|(?:${NOT_WILLING}|${RATHER_WE_NOT})\s+(?:${SELL_VERB})|(?:hold(?:ing)?|hang(?:ing)?)\s+on(?:\s+to|to)|retain(?:ing)?|keep(?:ing)?)\s+any(?:thing)?\s+(?:${SITE_NOUN}\s+)?(?:rated|scored|scoring|ranked)\s+(?:above|over|beyond|higher\s+than|more\s+than)\s+(?<value>0?\.\d+)\s+(?:on|for)\s+${SCORE_RATED_ON}`,
    'g',
  ),
  // "keep anything rated more critical than 0.65 out of the sale": the thing kept out is named between the verb's words.
  new RegExp(
    String.raw`\bkeep\s+any(?:thing)?\s+(?:${SITE_NOUN}\s+)?(?:(?:rated|scored|that(?:'s|\s+is))\s+)?more\s+(?:critical|essential|important)\s+than\s+(?<value>0?\.\d+)\s+out(?![a-z])`,
    'g',
  ),
  // "0.6 is the ceiling on criticality": the level said to be the limit on the score, in the present.
  new RegExp(
    String.raw`(?<![\w.])(?<value>0?\.\d+)\s+is\s+(?:the|our)\s+(?:ceiling|cap|limit|upper\s+limit|max(?:imum)?)\s+(?:on|for)\s+${SCORE_RATED_ON}`,
    'g',
  ),
  // "Nothing critical either - keep it to 0.5 or below": the level the words are held to, which replaces the words'
  // own level; the words are claimed with it.
  /\bnothing\s+(?:(?:mission|business)[-\s])?critical(?:\s+(?:either|too|please|at\s+all))?\s*(?:[,:;\u2014\u2013]|\s-)\s*(?:so\s+)?(?:keep|hold|cap)\s+(?:it|that|them)\s+(?:to|at|under|below)\s+(?<value>0?\.\d+)(?:\s+or\s+(?:below|lower|less|under))?(?![\d%x])/g,
];

/** The criticality levels ruled out above, read from the forms above. Claims what it reads. */
export function readNegatedAbove(text: BriefText): FoundBound[] {
  const patterns = [
    NEGATED_ABOVE,
    ABOVE_RULED_OUT,
    NOT_CRITICAL_ABOVE,
    CRITICAL_ABOVE_RULED_OUT,
    ANYTHING_ABOVE_LEVEL_CRITICAL,
    NOTHING_RATED_ABOVE,
    ...CRITICALITY_IN_PLAIN_WORDS,
    ...KEPT_OUT_ABOVE_RATED,
  ];
  return readScoreLevels(text, patterns, { trimEnd: true, zeroAllowed: true });
}
