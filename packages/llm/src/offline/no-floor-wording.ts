/**
 * A brief that says it has no floor: "No floor - if we can't get $190M we'll revisit", "there's no floor", "without a
 * floor", "floor: none". A least amount it names ("raise at least $190M") is then the target alone, not a floor too.
 * Only where "no floor" ends its clause or says it is not set: "no floor below $80M" names one, and "no floor plan
 * changes" is about a building.
 */
const NO_FLOOR =
  /\b(?:no|without\s+(?:a|any)|there(?:'s|\s+is)\s+no)\s+(?:hard\s+|fixed\s+|set\s+)?floor(?=[^\S\n]*(?:[-.,;:!?)\u2013\u2014\n]|$)|[^\S\n]+(?:set|needed|required|here|this\s+time|for\s+this|either)\b)|\bfloor\s*[:=-]\s*(?:none|n\/a|no|nil)\b/;

/** True when the brief (its lower-case reading copy) says it has no floor. */
export function saysNoFloor(lower: string): boolean {
  return NO_FLOOR.test(lower);
}
