/**
 * A floor said, once the ask is written, as where the writer would stop or as the figure anything above works from,
 * beside `walk-away-floor-cues.ts` and `out-of-reach-floor-cues.ts` (which want a condition or a walk-away with it):
 * "target is $168M, we'd stop at $140M if needed", "we're targeting $77.7M; I'd stop at $70M", "$114M but will stop at
 * $98M if needed", "$113M target; can stop at $100M", and "aim for $100M; anything from $90M up works". Read by
 * `readAmounts` only for a figure below an ask already read, since a stop with no ask above it names no floor.
 */

/**
 * The stop said before the figure by whoever writes ("we'd stop at", "I could stop at", "the board will stop at") or with
 * the subject left out after a break or a "but" ("; can stop at", "but will stop at"). A run or a pass that stops
 * ("the greedy pass would stop at $95M") is no floor: its subject is none of these.
 */
export const STOP_BESIDE_THE_ASK_BEFORE =
  /(?:\b(?:we|i|they|the\s+(?:board|committee|company|client|cfo|team))(?:'d|'ll|\s+would|\s+will|\s+can|\s+could)(?:\s+(?:happily|still|also))?|(?:^|[,;:\u2014\u2013]|\bbut|\band|\bor)\s*(?:would|will|can|could)(?:\s+(?:happily|still|also))?)\s+(?:stop|settle)\s+(?:at|for)\s*$/;

/** "anything from ", "any amount from ", "whatever lands from ": the bottom of what works, before the figure. */
const FROM_BEFORE = /\b(?:anything|any\s+(?:amount|figure|number|sale|total))\s+from\s*$/;
/** "up works", "upwards is fine", "and up will do", "or more works": after the figure, what makes it the bottom. */
const UP_WORKS_AFTER =
  /^[^\S\n]*(?:up(?:wards?)?|and\s+(?:up|above)|or\s+(?:more|above|higher))\s+(?:works|is\s+(?:fine|ok(?:ay)?|acceptable)|will\s+do|would\s+(?:work|do)|we'?d\s+(?:take|accept))(?![a-z])/;

/**
 * The stop cue in `before` (the clause's words before a figure), or the "anything from" cue when `after` (its words
 * after the figure) says the figure up works; null when there is neither.
 */
export function stopBesideTheAsk(before: string, after: string): RegExpExecArray | null {
  return STOP_BESIDE_THE_ASK_BEFORE.exec(before) ?? (UP_WORKS_AFTER.test(after) ? FROM_BEFORE.exec(before) : null);
}
