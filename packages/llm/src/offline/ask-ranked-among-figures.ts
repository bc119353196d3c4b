import { sentenceStartIn } from './sentence-start.js';

/**
 * Wording that ranks one amount among several read as the ask, beside `declared-ask-wording.ts` and
 * `mentioned-figures.ts`. Put first: the ask said to remain or stand ("our ask remains $132.5M"), agreed at a figure
 * ("Agreed at $110M"), an option or case marked agreed in brackets ("Option B (agreed): $165M"), the figure given to the
 * writer ("The number I've heard is $93M") and the writer's own suggestion for the program ("My suggestion for your
 * program: $113M"). Put last: an option marked rejected ("Option A (rejected): $200M"), a figure turned down ("their
 * offer was $150M, which we rejected"), one kept for later ("the stretch case at $150M is for later"), and money put
 * into a building ("we just put $20M of robotics in there"). Read by `readAmounts` when it orders its targets.
 */

/**
 * Words right before an amount, in its sentence, that settle it as the ask over any figure before it, even one
 * labelled the target: "our ask remains", "Agreed at", "Option B (agreed):".
 */
const SETTLED_BEFORE = new RegExp(
  `(?:` +
    [
      // "our ask remains", "the target stays at", "the number is still", "the ask still stands at".
      String.raw`\b(?:the|our|my|their)\s+(?:ask|target|number|figure)\s+(?:remains|stays|is\s+still|still\s+stands\s+at|stands\s+at)(?:\s+at)?`,
      // "Agreed at", "we settled on", "signed off at".
      String.raw`(?:^|[.;:,]\s*|\b(?:we|they|the\s+board|the\s+committee|all)\s+)(?:agreed|settled|signed\s+off|landed)\s+(?:at|on)`,
      // "Option B (agreed):", "Case 2 (approved) -".
      String.raw`\((?:agreed|approved|chosen|selected|adopted|final|preferred|go)\)\s*[:=\u2013\u2014-]`,
    ].join('|') +
    String.raw`)\s*(?:(?:about|around|roughly)\s+)?$`,
);

/** Words right before an amount, in its sentence, that make it the ask among the figures around it, as a label does. */
const RANKED_FIRST_BEFORE = new RegExp(
  `(?:` +
    [
      // "The number I've heard is", "the figure we were given is", "the ask I was told is".
      String.raw`\bthe\s+(?:number|figure|ask|target)\s+(?:i|we)(?:'ve|\s+have|'d)?\s+(?:heard|been\s+(?:given|told|handed)|was\s+(?:given|told|handed)|were\s+(?:given|told|handed)|got)\s*(?:is|:)`,
      // "My suggestion for your program:", "our proposal for the raise is".
      String.raw`\b(?:my|our)\s+(?:suggestion|proposal|advice)(?:\s+for\s+(?:your|the|this)\s+(?:program(?:me)?|deal|raise|sale|slb|leaseback))?\s*(?::|is\b)`,
    ].join('|') +
    String.raw`)\s*(?:(?:about|around|roughly)\s+)?$`,
);

/** Words right before an amount that mark it turned down: "Option A (rejected):", "Case 1 (dropped) -". */
const RANKED_LAST_BEFORE = /\((?:rejected|dropped|declined|withdrawn|superseded|not\s+agreed|parked|no)\)\s*[:=\u2013\u2014-]\s*$/;

/**
 * Words right after an amount that mark it turned down, kept for later or spent on a building: "$150M, which we
 * rejected", "at $150M is for later", "$20M of robotics in there", "$12M on the roof".
 */
const RANKED_LAST_AFTER =
  /^(?:\s*,?\s*which\s+(?:we|i|the\s+board|they|management|the\s+committee)\s+(?:rejected|turned\s+down|declined|refused|dismissed)\b|[^.;!?\n]{0,30}?\b(?:is|are)\s+for\s+(?:later|another\s+day|a\s+later\s+(?:phase|stage|round|run|date)|next\s+(?:year|time|round|phase))\b)/;

/** Money put into a building, the verb right before the amount: "we just put", "they spent", "we invested". */
const PUT_INTO_BEFORE =
  /\b(?:we|they|i|the\s+company|the\s+business)\s+(?:just\s+|recently\s+|already\s+)?(?:put|spent|invested|sank|sunk|poured)\s*(?:(?:about|around|nearly|over|almost)\s+)?$/;
/** What the money went into, right after the amount: "of robotics in there", "into automation", "on the roof". */
const PUT_INTO_AFTER = /^\s*(?:of\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?(?:in|into|on)\s+(?:there|it|that|this|them|the|a|new)\b/;

/** True when the words before an amount (at `start` in `lower`) settle it as the ask. */
function isSettled(lower: string, start: number): boolean {
  return SETTLED_BEFORE.test(lower.slice(sentenceStartIn(lower, start), start));
}

/** True when the words before an amount (at `start` in `lower`) make it the ask among several, as a label does. */
export function isRankedFirstAmongFigures(lower: string, start: number): boolean {
  return isSettled(lower, start) || RANKED_FIRST_BEFORE.test(lower.slice(sentenceStartIn(lower, start), start));
}

/**
 * The amounts declared the ask, those settled as the ask ("Agreed at $110M" under a quoted "Target: $100M") first, the
 * latest of them first, then the rest in their order.
 */
export function settledFirst<Amount extends { readonly start: number }>(lower: string, declared: readonly Amount[]): Amount[] {
  const settled = declared.filter((amount) => isSettled(lower, amount.start)).sort((left, right) => right.start - left.start);
  return [...settled, ...declared.filter((amount) => !settled.includes(amount))];
}

/** True when the words around an amount (`start` to `end` in `lower`) make it a figure other than the ask. */
export function isRankedLastAmongFigures(lower: string, start: number, end: number): boolean {
  const before = lower.slice(sentenceStartIn(lower, start), start);
  const after = lower.slice(end, end + 80);
  return RANKED_LAST_BEFORE.test(before) || RANKED_LAST_AFTER.test(after) || (PUT_INTO_BEFORE.test(before) && PUT_INTO_AFTER.test(after));
}

/** Another case, scenario or option named before its figure in the sentence: "The 'Stretch' case at", "the upside option of". */
const OTHER_CASE_BEFORE = /\b(?:case|scenario|option|variant)\b["'\u2019\u201d]?[^.;!?\n$\d]{0,20}$/;
/** That case said to be for later: "is for later", "is for another day", "is parked for now". */
const KEPT_FOR_LATER_AFTER =
  /^[^\S\n]*(?:is|are|stays|remains)[^\S\n]+(?:for[^\S\n]+(?:later|another[^\S\n]+day)|parked(?:[^\S\n]+for[^\S\n]+now)?)\b(?![^\S\n]+(?:this|in|that|next|today|on)\b)/;

/**
 * True when the amount (`start` to `end` in `lower`) is another case's figure kept for later ("The 'Stretch' case at
 * $150M is for later"): no ask of this run, even where no other figure is read.
 */
export function isCaseKeptForLater(lower: string, start: number, end: number): boolean {
  return OTHER_CASE_BEFORE.test(lower.slice(sentenceStartIn(lower, start), start)) && KEPT_FOR_LATER_AFTER.test(lower.slice(end, end + 60));
}
