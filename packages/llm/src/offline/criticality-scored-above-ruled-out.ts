import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { SITE_NOUN } from './leaseability-wording.js';
import { RULED_OUT } from './exclusion-words.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A criticality limit said as what is scored above a level "on" or "for" criticality, and ruled out by the words
 * around it: "screen out anything scoring above 0.5 on criticality", "filter out anything scoring more than 0.65 on
 * criticality", "leave anything scored above 0.5 for criticality alone", "anything that rates over 0.4 on the
 * criticality scale is a no from me". The score comes after the level, as a measure rather than as the subject, which
 * the readers of "criticality above 0.5" do not see; what is above the level is refused, so the level is the most
 * allowed. A level above a score that nothing rules out ("sites scoring above 0.5 on criticality sell best") limits
 * nothing. A scanned note's slips ("critica1 above O.4") are read with the same refusal.
 */

/** A level on the score: a fraction, never a share, a multiple or an amount. */
const LEVEL = String.raw`(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x]|\.\d)`;
/** A comparison from below, on the refused side: "above", "over", "more than", "higher than". */
const ABOVE = String.raw`(?:above|over|more\s+than|higher\s+than|greater\s+than|in\s+excess\s+of|beyond|>)`;
/** What is scored: "anything", "any site", "buildings", "whatever". */
const SCORED_THING = String.raw`(?:any(?:thing)?(?:\s+${SITE_NOUN})?|whatever|${SITE_NOUN})`;
/** How the thing carries its score: "scoring", "scored", "rated", "that rates", "which scores", "with a score". */
const SCORED = String.raw`(?:scor(?:ing|ed|es)|rat(?:ing|ed|es)|(?:that|which)\s+(?:scores?|rates?|is\s+(?:scored|rated)|are\s+(?:scored|rated))|with\s+an?\s+(?:score|rating))`;
/** The score after the level: "on criticality", "for criticality", "on the criticality scale", "in criticality terms". */
const ON_CRITICALITY = String.raw`(?:on|for|in)\s+(?:the\s+|our\s+|its\s+|their\s+)?critical(?:ity)?(?:\s+(?:scale|score|rating|measure|terms))?(?![a-z])`;
/**
 * The refusal before the thing, in its clause: "screen out", "filter out", "weed out", "exclude", "remove", "strip
 * out", "leave out", "rule out", "drop", "skip", "avoid", "don't sell", and "leave" (closed by "alone" after).
 */
const REFUSED_BEFORE = String.raw`(?:(?:screen|filter|weed|strip|cut|rule|leave|keep|take)\s+out|exclud(?:e|ing)|remov(?:e|ing)|drop(?:ping)?|skip(?:ping)?|avoid(?:ing)?|(?:don'?t|do\s+not|never|won'?t|will\s+not)\s+(?:sell|include|touch|use)|nothing|no)`;
/** The refusal after the level: ruled-out words, "is a no", "is out", "stays off the list". */
const REFUSED_AFTER = String.raw`(?:(?:is|are)\s+(?:a\s+(?:no|non-?starter|pass)|out|off\s+the\s+list)(?![a-z])|${RULED_OUT})`;

const PATTERNS = [
  // "Screen out anything scoring above 0.5 on criticality", "leave anything scored above 0.5 for criticality alone".
  new RegExp(
    String.raw`\b(?<lead>${REFUSED_BEFORE}|leave)\s+(?:(?:all|every|each)\s+)?${SCORED_THING}\s+${SCORED}\s+${ABOVE}\s*${LEVEL}\s+${ON_CRITICALITY}(?<alone>\s+alone\b)?`,
    'g',
  ),
  // "Anything that rates over 0.4 on the criticality scale is a no from me": refused by the words after it.
  new RegExp(String.raw`\b${SCORED_THING}\s+${SCORED}\s+${ABOVE}\s*${LEVEL}\s+${ON_CRITICALITY}(?=\s+(?:${REFUSED_AFTER}))`, 'g'),
];

/**
 * A scanned note's critical words and level with letters and digits swapped: "don't sell anything critica1 above O.4",
 * "nothing critical over O.5". Only a match with such a slip is read here (the clean wording has its own readers); the
 * slipped letters in the level are read as the digits they stand for.
 */
const SCANNED_CRITICAL_ABOVE = new RegExp(
  String.raw`\b${REFUSED_BEFORE}\s+(?:any(?:thing)?\s+|${SITE_NOUN}\s+(?:that\s+(?:is|are)\s+)?)?(?<word>critica[l1](?:ity|1ty)?)\s+${ABOVE}\s*(?<value>[0o]?\.[\do]{1,2})(?![\w%])`,
  'g',
);

/** True when a scanned match has a slip in its word or its level: "critica1", "O.4". */
function hasScanSlip(match: RegExpExecArray): boolean {
  return /1/.test(match.groups?.['word'] ?? '') || /o/.test(match.groups?.['value'] ?? '');
}

/** "Leave ... alone" refuses only with "alone"; the other leads refuse on their own. */
function refuses(match: RegExpExecArray): boolean {
  return match.groups?.['lead'] !== 'leave' || match.groups['alone'] !== undefined;
}

/** Reads criticality limits said as what is scored above a level on criticality and refused, claiming what it reads. */
export function readCriticalityScoredAboveRuledOut(text: BriefText): FoundBound[] {
  if (!text.lower.includes('critica')) return [];
  return [
    ...readScoreLevels(text, PATTERNS, { accepts: refuses }),
    ...readScoreLevels(text, [SCANNED_CRITICAL_ABOVE], { accepts: hasScanSlip, lettersAsDigits: true }),
  ];
}
