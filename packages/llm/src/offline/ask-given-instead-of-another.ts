/**
 * The ask given in place of another figure: "re-run last week's case but at $260M instead of $220M", "$95M rather
 * than the $80M we floated", "go $140M in place of $120M". The figure before "instead of" is the ask as it stands now,
 * whatever earlier case or week its sentence recalls, and goes before the other amounts; the figure after it is the
 * one replaced, read as nothing by the readers of replaced figures.
 */

/** "instead of $220M", "rather than the $80M", "in place of 120 million": words of replacement, then a figure. */
const INSTEAD_OF_ANOTHER_AFTER =
  /^[^\S\n]*,?[^\S\n]*(?:instead\s+of|rather\s+than|in\s+place\s+of)[^\S\n]+(?:(?:the|our|that|last\s+week's|yesterday's)[^\S\n]+)?(?:us\$|\$|usd)?[^\S\n]*\d/;

/** Whether the amount ending at `end` in `lower` is given in place of another figure ("$260M instead of $220M"). */
export function isGivenInsteadOfAnother(lower: string, end: number): boolean {
  return INSTEAD_OF_ANOTHER_AFTER.test(lower.slice(end, end + 40));
}
