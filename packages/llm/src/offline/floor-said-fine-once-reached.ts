/**
 * A figure the company might only reach, then judged fine or named the least it takes in a clause of its own: "if we
 * only get $85M, that's fine too", "if it comes in at $140M, that's the bare minimum". The comma ends the figure's
 * clause, so the floor words after the amount (`SUFFICES_AFTER`, `FLOOR_AFTER`) never see the verdict; this reads
 * past it. Read by `readAmounts` only below an ask already read.
 */

/** "if we get", "if we can only raise", "if it comes in at", "if the deal lands at": the figure only reached. */
const ONLY_REACHED_BEFORE =
  /\bif[^\S\n]+(?:we|it|they|the\s+(?:deal|raise|sale|program))[^\S\n]+(?:(?:can|could)[^\S\n]+)?(?:only[^\S\n]+)?(?:(?:can|could)[^\S\n]+)?(?:get|gets|raise|raises|reach|reaches|hit|hits|make|makes|land|lands|comes?[^\S\n]+in)(?:[^\S\n]+(?:to|at))?[^\S\n]*$/;

/** ", that's fine too", "that is acceptable", ", that's the bare minimum": the verdict on the figure reached. */
const VERDICT_AFTER =
  /^[^\S\n]*,?[^\S\n]*that(?:'s|\s+is|\s+would\s+be)[^\S\n]+(?:still[^\S\n]+)?(?:(?:the|our)[^\S\n]+(?:absolute[^\S\n]+|bare[^\S\n]+|very[^\S\n]+)?(?:minimum|floor|bottom\s+line|lowest)|fine|ok|okay|acceptable|alright|workable)(?![a-z])/;

/**
 * The cue of a floor said fine once reached: the match of its condition in `before` (the amount's clause up to it),
 * when the words right after the amount (from `end` in `lower`) judge it fine or the least taken; null otherwise.
 */
export function floorSaidFineOnceReached(before: string, lower: string, end: number): RegExpExecArray | null {
  // Cheap guard: every such floor opens its condition on "if" and names it "that".
  if (!before.includes('if') || !lower.startsWith('that', lower.indexOf('that', end)) || lower.indexOf('that', end) - end > 4) return null;
  const condition = ONLY_REACHED_BEFORE.exec(before);
  if (condition === null) return null;
  return VERDICT_AFTER.test(lower.slice(end, end + 60)) ? condition : null;
}
