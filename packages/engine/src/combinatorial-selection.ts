import type { AssetFigures } from './asset-figures.js';
import { solveByBranchAndBound } from './branch-and-bound.js';
import type { CombinatorialProblem, CombinatorialResult } from './combinatorial-problem.js';
import { COMBINATORIAL_MAX_ITEMS, solveCombinatorial } from './combinatorial-search.js';
import { compareCodeUnits } from './ranking.js';
import type { SelectionContext } from './selection-context.js';
import type { SelectionModel } from './selection-model.js';
import { sumOver } from './verified-solve.js';

/**
 * Scan steps the search may take before handing over to HiGHS (with its best
 * set as a start): about a second on one core. A step count rather than a
 * clock, so the same input gives the same answer on every machine.
 */
export const COMBINATORIAL_MAX_STEPS = 150_000_000;

/**
 * The combinatorial program of the exact strategy, from the same
 * `SelectionModel` HiGHS solves: the same columns, covenant rows and target
 * row, so a constraint or objective added to the model reaches both methods.
 * `objective` is what is minimised (proceeds by default); the target is the
 * proof bound only when it is proceeds. Ties as in `docs/domain.md`: for
 * another objective (`min_npv_cost`) the smaller proceeds first; then total
 * criticality, then the lexicographically smallest sorted ids.
 */
export function combinatorialProblemOf(
  context: SelectionContext,
  model: SelectionModel,
  objective: Float64Array,
  start: Uint8Array | null,
): CombinatorialProblem {
  const columns = model.columns;
  const tieOrder = [...columns.keys()].sort((left, right) =>
    compareCodeUnits((columns[left] as AssetFigures).assetId, (columns[right] as AssetFigures).assetId),
  );
  return {
    count: columns.length,
    objective,
    coverage: { coefficients: model.cash, lower: model.targetLower },
    // A row no set can break (its positive coefficients sum within its limit) only costs the search tables and checks.
    constraints: model.rows.filter((row) => !holdsForEverySet(row)).map((row) => ({ coefficients: row.coefficients, upper: row.upper })),
    tieBand: context.tolerance,
    // Another objective (NPV cost) breaks its ties by the smaller proceeds first, as documented.
    tieByCoverage: objective !== model.cash,
    tieWeight: Float64Array.from(columns, (figures) => figures.criticality),
    tieOrder,
    lowerBound: objective === model.cash ? model.targetLower : null,
    gap: context.config.exact.absolute_gap,
    incumbent: start === null ? null : sumOver(objective, start),
    maxSteps: objective === model.cash ? COMBINATORIAL_MAX_STEPS : BRANCH_AND_BOUND_MAX_NODES,
  };
}

/** Whether `coefficients · x <= upper` holds for every 0-1 vector x: under IFRS 16 the EBITDA row, often a coverage branch. */
function holdsForEverySet(row: { readonly coefficients: Float64Array; readonly upper: number }): boolean {
  let largest = 0;
  for (const value of row.coefficients) if (value > 0) largest += value;
  return largest + 1e-12 <= row.upper; // a margin for the rounding of any partial sum
}

/**
 * Nodes the branch and bound may visit (another objective than proceeds)
 * before handing over to HiGHS with its best set: about a second on one core,
 * a count so the answer is the same on every machine. The seeded 20-50 asset
 * programs need 300-7,500.
 */
export const BRANCH_AND_BOUND_MAX_NODES = 2_000_000;

/**
 * Runs the exact search that fits the objective and size, or returns null for
 * HiGHS. Proceeds: meet in the middle up to `exact.combinatorial_max_assets`
 * eligible assets (default 56), because the linear relaxation sits at the
 * target and bounds prune nothing; up to 32 the two sorted halves are scanned
 * exhaustively, up to 56 outer assets are enumerated around them and the
 * search stops at a set within the gap of the target, which such programs
 * almost always have (above that, a set near the target proves itself: see
 * `runExact`). Another objective (NPV cost): branch and bound up to
 * `exact.branch_and_bound_max_assets` (default 2,000), because cost per dollar
 * differs between assets and the relaxation bound prunes hard.
 */
export function searchCombinatorially(
  context: SelectionContext,
  model: SelectionModel,
  objective: Float64Array,
  start: Uint8Array | null,
): CombinatorialResult | null {
  const count = model.columns.length;
  const byProceeds = objective === model.cash;
  const largest = byProceeds
    ? Math.min(COMBINATORIAL_MAX_ITEMS, context.config.exact.combinatorial_max_assets)
    : context.config.exact.branch_and_bound_max_assets;
  if (count === 0 || count > largest) return null;
  const problem = combinatorialProblemOf(context, model, objective, start);
  return byProceeds ? solveCombinatorial(problem) : solveByBranchAndBound(problem);
}
