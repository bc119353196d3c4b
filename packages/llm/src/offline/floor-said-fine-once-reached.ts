/**
 * A figure the company might only reach, then judged fine or named the least it takes in a clause of its own: "if we
 * only get $85M, that's fine too", "if it comes in at $140M, that's the bare minimum". The comma ends the figure's
 * clause, so the floor words after the amount (`SUFFICES_AFTER`, `FLOOR_AFTER`) never see the verdict; this reads
 * past it. So is a figure the deal counts a success at ("we'll consider it a success at $50M") and any amount from
 * it up called fine ("anything from $85M up would be OK"). Read by `readAmounts` only below an ask already read.
 */

/** "if we get", "if we can only raise", "if it comes in at", "if the deal lands at": the figure only reached. */
const ONLY_REACHED_BEFORE =
  /\bif[^\S\n]+(?:we|it|they|the\s+(?:deal|raise|sale|program))[^\S\n]+(?:(?:can|could)[^\S\n]+)?(?:only[^\S\n]+)?(?:(?:can|could)[^\S\n]+)?(?:get|gets|raise|raises|reach|reaches|hit|hits|make|makes|land|lands|comes?[^\S\n]+in)(?:[^\S\n]+(?:to|at))?[^\S\n]*$/;

/** ", that's fine too", "that is acceptable", ", that's the bare minimum": the verdict on the figure reached. */
const VERDICT_AFTER =
  /^[^\S\n]*,?[^\S\n]*that(?:'s|\s+is|\s+would\s+be)[^\S\n]+(?:still[^\S\n]+)?(?:(?:the|our)[^\S\n]+(?:absolute[^\S\n]+|bare[^\S\n]+|very[^\S\n]+)?(?:minimum|floor|bottom\s+line|lowest)|fine|ok|okay|acceptable|alright|workable)(?![a-z])/;

/** "we'll consider it a success at", "we'd call it a win at": the deal counted a success from the figure. */
const SUCCESS_AT_BEFORE = /\b(?:consider|call|count)\s+it\s+(?:a\s+)?(?:success|win|good\s+outcome)\s+at\s*$/;

/** "anything from" before the figure and "up would be OK" or "up works" after it: any amount from the figure up is fine. */
const ANYTHING_FROM_BEFORE = /\banything\s+from\s*$/;
const UP_IS_FINE_AFTER =
  /^[^\S\n]*(?:and\s+)?(?:up|upwards|above|over)[^\S\n]+(?:(?:would|will|is|should)[^\S\n]+(?:be[^\S\n]+)?(?:fine|ok|okay|acceptable|alright|workable|do)|works|(?:would|will|should)[^\S\n]+work)(?![a-z])/;

/**
 * The cue of a floor said fine once reached: the match of its condition in `before` (the amount's clause up to it),
 * when the words right after the amount (from `end` in `lower`) judge it fine or the least taken; null otherwise.
 */
export function floorSaidFineOnceReached(before: string, lower: string, end: number): RegExpExecArray | null {
  if (before.includes('success') || before.includes('win')) {
    const success = SUCCESS_AT_BEFORE.exec(before);
    if (success !== null) return success;
  }
  if (before.includes('anything')) {
    const from = ANYTHING_FROM_BEFORE.exec(before);
    if (from !== null && UP_IS_FINE_AFTER.test(lower.slice(end, end + 40))) return from;
  }
  // Cheap guard: every such floor opens its condition on "if" and names it "that".
  if (!before.includes('if') || !lower.startsWith('that', lower.indexOf('that', end)) || lower.indexOf('that', end) - end > 4) return null;
  const condition = ONLY_REACHED_BEFORE.exec(before);
  if (condition === null) return null;
  return VERDICT_AFTER.test(lower.slice(end, end + 60)) ? condition : null;
}
