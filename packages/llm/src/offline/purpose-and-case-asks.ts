/**
 * The ask named by what it pays for or by the case it sizes, where the words before it would otherwise make it a
 * figure the brief only reports: a top-up of the cash buffer ("Liquidity buffer top-up: $85M", "cash reserve build of
 * $60M") and the case the sale is run at ("what's the rent ceiling for the $92M case?", "the $70M scenario"). Read by
 * `readAmounts` as an amount labelled the ask, so that "liquidity" or "rent" before it does not set it aside.
 */

/** "Liquidity buffer top-up: ", "cash reserve build of ", "liquidity injection = ": money raised into the buffer. */
const TOP_UP_BEFORE =
  /\b(?:liquidity|cash)(?:\s+(?:buffer|reserve|cushion|position))?\s+(?:top[-\s]?up|build(?:[-\s]?up)?|boost|injection|replenishment)\s*(?::|=|of|is|at|-|\u2013|\u2014)?\s*$/;

/** "the ", "for the ", "in our ": the article that makes the figure name a case. */
const CASE_ARTICLE_BEFORE = /\b(?:the|our|this|that)\s*$/;

/** "case", "scenario", "sizing" right after the figure, not an earlier one ("the $60M case from 2019" is past). */
const CASE_AFTER = /^[^\S\n]*(?:base\s+)?(?:case|scenario|sizing)(?![a-z])(?![^\S\n]+(?:from|in|of|last|we\s+(?:did|ran))\b)/;

/** Whether the amount at `start` (ending at `end`) is the ask named by what it pays for or by the case it sizes. */
export function isPurposeOrCaseAsk(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 60), start);
  if (TOP_UP_BEFORE.test(before)) return true;
  return CASE_ARTICLE_BEFORE.test(before) && CASE_AFTER.test(lower.slice(end, end + 40));
}
