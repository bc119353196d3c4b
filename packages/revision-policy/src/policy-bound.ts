/**
 * Significant digits kept when a bound is computed by arithmetic. Binary
 * floating point makes `0.7 + 0.1` equal 0.7999999999999999; without rounding,
 * a proposal of exactly 0.8 would be clamped to a value a user cannot tell
 * from it. Twelve digits is far finer than any score or dollar amount matters
 * and far coarser than floating-point noise.
 */
const BOUND_SIGNIFICANT_DIGITS = 12;

/** Rounds a computed bound to `BOUND_SIGNIFICANT_DIGITS` so that `0.7 + 0.1` gives 0.8. */
export function roundBound(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(BOUND_SIGNIFICANT_DIGITS));
}
