import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A leaseability floor said with the level before the score's word: "0.65 leaseability at minimum", "restrict it to
 * buildings with 0.7 leaseability or better", and a chat's answer "Tess (CFO): 0.65 leaseability". Leaseability is a
 * floor (what sells is what another tenant would take), so a level named with the word and nothing that holds it from
 * above is the least allowed; "0.4 leaseability or less", "under 0.5 leaseability" and "0.5 leaseability max" are left to
 * their own readers. A chat's question on the floor ("Dee: leaseability cutoff?") answered by a level alone on one of
 * the next two lines ("Chris: 0.7") is the same floor.
 */

/** A level on the score: a fraction, never a share, a multiple or an amount. */
const LEVEL = String.raw`(?<value>0?\.\d+)(?![\d%x]|\.\d)`;
/** The score's word: "leaseability", "leasability", "lease-ability". */
const LEASEABILITY = String.raw`lease?[-\s]?ability(?![a-z])`;
/** Words before the level that hold it from above, or make it a comparison: "under", "below", "less than", "max". */
const NOT_FROM_BELOW_BEFORE = String.raw`(?<!\b(?:under|below|than|max(?:imum)?|most|to|from|cap(?:ped)?(?:\s+at)?|<=?|\u2264)\s*)`;
/**
 * Words before the level that make it what someone put forward, not what was decided: "the buyer wanted 0.7
 * leaseability" is a proposal, which the readers of countered levels weigh against the answer.
 */
const NOT_PUT_FORWARD_BEFORE = String.raw`(?<!\b(?:wanted|asked\s+for|proposed|requested|demanded|suggested|offered|pushed\s+for|floated|countered\s+with)\s+(?:an?\s+|the\s+)?)`;
/** Words after the word that hold the level from above: "or less", "or lower", "max", "at most", "cap", "ceiling". */
const NOT_FROM_BELOW_AFTER = String.raw`(?![^\S\n]*(?:or\s+(?:less|lower|below|under)|and\s+(?:below|under|lower)|max(?:imum)?|at\s+most|at\s+the\s+most|cap|ceiling)\b)`;

const PATTERNS = [
  // "0.65 leaseability at minimum", "0.7 leaseability or better", "0.6 leaseability".
  new RegExp(
    String.raw`${NOT_FROM_BELOW_BEFORE}${NOT_PUT_FORWARD_BEFORE}(?<![\d.])${LEVEL}[^\S\n]+${LEASEABILITY}${NOT_FROM_BELOW_AFTER}(?:[^\S\n]+(?:at\s+(?:a\s+)?minimum|minimum|min|floor|or\s+(?:better|more|higher|above)|and\s+(?:up|above|higher))(?![a-z]))?`,
    'g',
  ),
  // "Dee: leaseability cutoff?" then "Chris: 0.7": the level alone on one of the next two lines, after its speaker.
  new RegExp(
    String.raw`(?<=\b${LEASEABILITY}[^\S\n]+(?:cut-?\s?off|floor|minimum|min|threshold|level)[^\S\n]*\?[^\S\n]*\n(?:[^\n]*\n)?[^\S\n]*(?:[^\n]{1,40}?:)?[^\S\n]*)${LEVEL}(?=[^\S\n]*(?:\n|$|[.!]))`,
    'g',
  ),
];

/** Reads leaseability floors said with the level before the word, or as a chat's answer to a question on the floor. */
export function readLeaseabilityLevelBeforeItsWord(text: BriefText): FoundBound[] {
  if (!/lease?[-\s]?ability/.test(text.lower)) return [];
  return readScoreLevels(text, PATTERNS, { trimEnd: true });
}
