/**
 * The ask named by what it pays for or by the case it sizes, where the words before it would otherwise make it a
 * figure the brief only reports: a top-up of the cash buffer ("Liquidity buffer top-up: $85M", "cash reserve build of
 * $60M"), the case the sale is run at ("what's the rent ceiling for the $92M case?", "the $70M scenario", "rerun at
 * $109M", "see what $90M looks like") and the plan a line opens by naming ("For the Q3 liquidity plan: $75M"). Read by
 * `readAmounts` as an amount labelled the ask, so that "liquidity" or "rent" before it does not set it aside.
 */

/** "Liquidity buffer top-up: ", "cash reserve build of ", "liquidity injection = ": money raised into the buffer. */
const TOP_UP_BEFORE =
  /\b(?:liquidity|cash)(?:\s+(?:buffer|reserve|cushion|position))?\s+(?:top[-\s]?up|build(?:[-\s]?up)?|boost|injection|replenishment)\s*(?::|=|of|is|at|-|\u2013|\u2014)?\s*$/;

/** "the ", "for the ", "in our ": the article that makes the figure name a case. */
const CASE_ARTICLE_BEFORE = /\b(?:the|our|this|that)\s*$/;

/** "case", "scenario", "sizing" right after the figure, not an earlier one ("the $60M case from 2019" is past). */
const CASE_AFTER = /^[^\S\n]*(?:base\s+)?(?:case|scenario|sizing)(?![a-z])(?![^\S\n]+(?:from|in|of|last|we\s+(?:did|ran))\b)/;

/**
 * The plan a sentence or line opens by naming, with a colon or a dash before the figure: "For the Q3 liquidity plan:
 * $75M", "for our year-end bridge - $60M". The plan named is the one the figure sizes; "liquidity" in it is no report.
 */
const PLAN_NAMED_BEFORE =
  /(?:^|[\n.;!?]|\bre:)[^\S\n]*for\s+(?:the|our|this)\s+(?:[a-z0-9&'-]+\s+){0,3}(?:plan|case|scenario|bridge|program(?:me)?|exercise|model|run)[^\S\n]*[:\u2014\u2013-][^\S\n]*$/;

/** "rerun at ", "redo it at ", "model this at ", "size the sale at ": the figure the run is to be made at. */
const RUN_AT_BEFORE = /\b(?:re-?run|redo|model|size|test)\s+(?:(?:it|this|that|the\s+(?:case|plan|sale|deal|model|numbers?))\s+)?at\s*$/;

/** "see what ... looks like": the figure whose plan is to be seen, with "looks" or "would look" after it. */
const SEE_WHAT_BEFORE = /\b(?:see|show\s+(?:me|us)|know)\s+what\s*$/;
const LOOKS_AFTER = /^[^\S\n]*(?:looks?|would\s+look|might\s+look|gets\s+us|would\s+get\s+us)\b/;

/**
 * The gap the figure is raised to close, right after it: "$39M for the capex gap", "$60M to close the funding
 * shortfall", "$45M to plug the liquidity hole". The money is the ask, so "capex" or "liquidity" in the gap's name
 * does not make it a spend or a report; a gap the figure measures ("a $39M capex gap") has no "for" or "to" and is not
 * read here.
 */
const GAP_CLOSED_AFTER =
  /^[^\S\n]*(?:for|to[^\S\n]+(?:close|fill|cover|plug|bridge|fund|meet))[^\S\n]+(?:the|our|this|a)[^\S\n]+(?:[a-z0-9&'-]+[^\S\n]+){0,2}(?:gap|shortfall|hole|deficit)(?![a-z])/;

/** Whether the amount at `start` (ending at `end`) is the ask named by what it pays for or by the case it sizes. */
export function isPurposeOrCaseAsk(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 60), start);
  if (TOP_UP_BEFORE.test(before) || PLAN_NAMED_BEFORE.test(before) || RUN_AT_BEFORE.test(before)) return true;
  if (SEE_WHAT_BEFORE.test(before) && LOOKS_AFTER.test(lower.slice(end, end + 30))) return true;
  if (GAP_CLOSED_AFTER.test(lower.slice(end, end + 60))) return true;
  return CASE_ARTICLE_BEFORE.test(before) && CASE_AFTER.test(lower.slice(end, end + 40));
}
