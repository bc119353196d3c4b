import type { AssetFigures } from './asset-figures.js';
import {
  COMBINATORIAL_MAX_ITEMS,
  solveCombinatorial,
  type CombinatorialProblem,
  type CombinatorialResult,
} from './combinatorial-search.js';
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
    constraints: model.rows.map((row) => ({ coefficients: row.coefficients, upper: row.upper })),
    tieBand: context.tolerance,
    // Another objective (NPV cost) breaks its ties by the smaller proceeds first, as documented.
    tieByCoverage: objective !== model.cash,
    tieWeight: Float64Array.from(columns, (figures) => figures.criticality),
    tieOrder,
    lowerBound: objective === model.cash ? model.targetLower : null,
    gap: context.config.exact.absolute_gap,
    incumbent: start === null ? null : sumOver(objective, start),
    maxSteps:
      objective === model.cash || columns.length <= COMBINATORIAL_FULL_BUDGET_OTHER_OBJECTIVE
        ? COMBINATORIAL_MAX_STEPS
        : COMBINATORIAL_MAX_STEPS / 10,
  };
}

/**
 * Most eligible assets for which the search gets its full step budget with an
 * objective other than proceeds (`min_npv_cost`); above, it gets a tenth and
 * HiGHS continues from its best set. Why: no target bounds that objective, so
 * only an exhaustive search proves anything, and past two halves of 15 the
 * scan can outgrow HiGHS (seeded 20-50 asset programs, CPU time under the same
 * load: the search 15-217 ms up to 30 assets but up to 5 s from 32 on; HiGHS
 * 73-812 ms) — yet HiGHS alone can also fail where the search is quick (the
 * example portfolio's 33 assets: HiGHS stopped at its 10 s limit unproven, the
 * search proved the optimum in 0.4 s CPU), so the search always runs first.
 */
export const COMBINATORIAL_FULL_BUDGET_OTHER_OBJECTIVE = 30;

/**
 * Runs the combinatorial search when the program has at most
 * `exact.combinatorial_max_assets` eligible assets (default 56), or returns
 * null for HiGHS. Why that size: up to 32 the search is exhaustive in two
 * sorted halves (milliseconds to tens of milliseconds); up to 56 it enumerates
 * outer assets around them and stops at a set within the gap of the target,
 * which such programs almost always have; beyond that HiGHS finds near-target
 * sets quickly, because they abound.
 */
export function searchCombinatorially(
  context: SelectionContext,
  model: SelectionModel,
  objective: Float64Array,
  start: Uint8Array | null,
): CombinatorialResult | null {
  const count = model.columns.length;
  const largest = Math.min(COMBINATORIAL_MAX_ITEMS, context.config.exact.combinatorial_max_assets);
  if (count === 0 || count > largest) return null;
  return solveCombinatorial(combinatorialProblemOf(context, model, objective, start));
}
