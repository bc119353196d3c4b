import { WORD_NUMBER } from './written-numbers.js';

/**
 * A floor said in the fewest words of the ask falling short, beside the longer conditions of
 * `fallback-floor-wording.ts`: the condition cut down to its last word before the figure ("Target $250M; if short,
 * $200M", "if we're short, $200M", "failing that, $200M", "if that fails, $200M", "if not, $200M"), the condition after
 * the figure ("$80M if we have to trim", "80 if we must cut", "$200M if that fails"). Read by
 * `readAmounts` and `readBareFloor`; a figure is a floor so only when it is below an ask already read, since "raise at
 * least $200M, if not $250M" hopes for more rather than settling for less.
 */

/** An amount found in a brief, as the amount readers hold it. */
interface FoundFigure {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * What may follow a floor's figure after the short condition: the end of its clause, or words that accept it ("is
 * fine", "would do"). A figure whose clause goes on ("if not, $20M of it can wait", "$20M of rent is the reason") is
 * something else.
 */
const FLOOR_FIGURE_ENDS =
  /^[^\S\n]*(?:[.,;!?)\n]|$|(?:is|'s|would\s+be|will\s+be)\s+(?:still\s+)?(?:fine|ok|okay|acceptable|enough|workable)\b|(?:would|will|could)\s+(?:still\s+)?do\b|at\s+(?:the\s+)?(?:very\s+)?(?:minimum|least)\b)/;

/**
 * The ask falling short, cut down to its last words: "if short", "if we're short", "if still short", "failing that",
 * "if that fails", "if that doesn't work", "if not". Each names no subject or verb the longer conditions need.
 */
const SHORT_CONDITION = String.raw`(?:\bif\s+(?:(?:we(?:'re|\s+are|\s+were)|it(?:'s|\s+is)|that(?:'s|\s+is))\s+)?(?:still\s+)?short(?![a-z])|\bfailing\s+(?:that|this|it|which)|\bif\s+(?:that|this|it)\s+(?:fails|falls\s+through|(?:doesn'?t|does\s+not|won'?t)\s+work(?:\s+out)?|(?:isn'?t|is\s+not)\s+(?:possible|doable|achievable|reachable)|can'?t\s+be\s+done)|\bif\s+not)`;

/**
 * The condition set straight before the figure, only a comma, colon or dash between, with what is done then: "if short,
 * $200M", "failing that, go to $200M", "if not: then $90M". A condition whose clause goes on ("if not, sell Dallas for
 * $40M"), or a figure whose clause goes on ("if not, $20M of it can wait"), names no floor.
 */
const SHORT_CONDITION_BEFORE = new RegExp(
  String.raw`${SHORT_CONDITION}[^\S\n]*[,:;\u2013\u2014-]?[^\S\n]*(?:then[^\S\n]+)?(?:(?:(?:we(?:'d|\s+would|'ll|\s+will)\s+)?(?:go\s+(?:down\s+)?to|settle\s+(?:for|at)|take|accept|live\s+with)|down\s+to)[^\S\n]+)?$`,
);

/**
 * The ask falling short said after the figure, ending its clause: "$80M if we have to trim", "$200M if that fails",
 * "$150M if we must", "$120M if short", "$95M if it comes to that", "$170M if the market isn't there" (the buyers' money
 * not being there for the whole ask). An ask trimmed for another reason ("if we have to
 * trim the list") goes on and is no floor.
 */
const SHORT_CONDITION_AFTER = String.raw`(?:if\s+(?:we|it|they|you|i)\s+(?:have|has|need|needs|must)\s+to\s+(?:trim|cut|come\s+down|go\s+(?:down|lower)|scale\s+(?:back|down)|settle|compromise)|if\s+(?:we|you|i)\s+(?:really\s+)?(?:must|have\s+to)|if\s+(?:that|this|it)\s+(?:fails|falls\s+through|(?:doesn'?t|does\s+not|won'?t)\s+work(?:\s+out)?|(?:isn'?t|is\s+not)\s+(?:possible|doable|achievable|reachable)|can'?t\s+be\s+done)|if\s+(?:(?:we(?:'re|\s+are)|it(?:'s|\s+is))\s+)?(?:still\s+)?short|if\s+(?:we|it)\s+(?:falls?|comes?\s+up|ends?\s+up)\s+short|if\s+it\s+comes\s+to\s+(?:that|it)|if\s+(?:the\s+)?(?:market|demand|appetite|bids?|buyers?|money|capital|full\s+amount|interest)(?:'s|\s+is|\s+are)?\s+(?:not|isn'?t|aren'?t|no\s+longer)\s+there)`;
const SHORT_CONDITION_AFTER_MONEY = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*${SHORT_CONDITION_AFTER}(?=[^\S\n]*(?:[.,;!?)\n]|$))`);

/** True when an ask already read is above `value`: only then does a figure the ask falls back to make a floor. */
function belowAnAsk(value: number, targets: readonly FoundFigure[]): boolean {
  return targets.some((target) => target.value > value);
}

/**
 * The short condition right before the amount at `candidate`, looked for back to the start of its line, with its
 * index counted from `clauseStart` as the other floor cues' are; null when there is none or no ask above the figure was
 * read before it.
 */
export function shortAskFloorBefore(
  lower: string,
  clauseStart: number,
  candidate: FoundFigure,
  targets: readonly FoundFigure[],
): RegExpExecArray | null {
  if (!belowAnAsk(candidate.value, targets) || !FLOOR_FIGURE_ENDS.test(lower.slice(candidate.end, candidate.end + 40))) return null;
  const lineStart = lower.lastIndexOf('\n', candidate.start - 1) + 1;
  const windowStart = Math.max(lineStart, candidate.start - 80);
  const cue = SHORT_CONDITION_BEFORE.exec(lower.slice(windowStart, candidate.start));
  if (cue === null) return null;
  cue.index += windowStart - clauseStart;
  return cue;
}

/** The short condition right after an amount (`after`, its clause's rest), when an ask above the figure was read. */
export function shortAskFloorAfter(after: string, value: number, targets: readonly FoundFigure[]): RegExpExecArray | null {
  return belowAnAsk(value, targets) ? SHORT_CONDITION_AFTER_MONEY.exec(after) : null;
}

/**
 * A bare figure with the ask falling short after it, once the ask is in millions: "$92M, 80 if we have to trim",
 * "ninety if we must". Its clause must name no limit (`isBareFloorSaid`), so "3.5 if we have to" is no floor.
 */
export const BARE_FLOOR_BEFORE_SHORT_CONDITION = new RegExp(
  String.raw`(?<![\w$.,])(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})[^\S\n]+(?<saidAfter>${SHORT_CONDITION_AFTER})(?=[^\S\n]*(?:[.,;!?)\n]|$))`,
  'g',
);

/** A bare figure after the short condition cut down to its last words: "Target 250; if short, 200". */
export const BARE_FLOOR_AFTER_SHORT_CONDITION = new RegExp(
  String.raw`${SHORT_CONDITION}[^\S\n]*[,:;\u2013\u2014-][^\S\n]*(?:then[^\S\n]+)?(?<figure>\d{2,4}(?:\.\d+)?)(?<saidAfter>)(?=[^\S\n]*(?:[.;!\n]|$))`,
  'g',
);

/** The bare floors of this file, in the order `readBareFloor` tries them. */
export const SHORT_ASK_BARE_FLOORS: readonly RegExp[] = [BARE_FLOOR_BEFORE_SHORT_CONDITION, BARE_FLOOR_AFTER_SHORT_CONDITION];
