/**
 * Breaking ties among exact optima in the documented order (smallest proceeds,
 * then criticality, then asset ids): the swap among interchangeable assets that
 * needs no solver, the solves that prove the tie-break, and the solve for the
 * smallest proceeds at an NPV-cost optimum.
 */
import type { Highs } from 'highs';
import type { AssetFigures } from './asset-figures.js';
import { compareCodeUnits } from './ranking.js';
import type { SelectionContext } from './selection-context.js';
import type { SelectionModel } from './selection-model.js';
import type { ExtraRow } from './solve-milp.js';
import { type SolverBudget, noGoodCut, solveVerified, sumOver, type VerifiedSolve } from './verified-solve.js';

/** The outcome of breaking ties among sets with the minimal proceeds. */
export interface TieBreak {
  readonly selection: Uint8Array;
  /**
   * `proven`: by solving; `interchangeable_only`: the program was too large to
   * solve ties, so only interchangeable assets were swapped; `not_proven`: a node
   * or solve limit stopped it; `not_run`: optimality itself was not proven.
   */
  readonly status: 'proven' | 'interchangeable_only' | 'not_proven' | 'not_run';
}

/**
 * Swaps selected assets for unselected ones with identical figures (cash,
 * gross, mortgage, rent and market: every row of the program is unchanged, so
 * proceeds and feasibility are too), keeping in each such class the lowest
 * criticality and then the smallest ids. This resolves exactly the ties that
 * arise in practice (identical sites) at any size, without a solver.
 */
export function preferAmongInterchangeable(model: SelectionModel, selection: Uint8Array): Uint8Array {
  const classes = new Map<string, number[]>();
  model.columns.forEach((figures, index) => {
    // Lease, price and lease debt too: they set the IFRS 16 rows and the NPV-cost objective.
    const key = `${figures.cash}|${figures.gross}|${figures.mortgage}|${figures.rent}|${figures.marketKey}|${figures.price}|${figures.asset.lease_term_years}|${figures.asset.rent_escalator}|${figures.leaseDebt}`;
    const members = classes.get(key);
    if (members === undefined) classes.set(key, [index]);
    else members.push(index);
  });
  const result = Uint8Array.from(selection);
  for (const members of classes.values()) {
    if (members.length < 2) continue;
    let chosen = 0;
    for (const index of members) chosen += result[index] as number;
    if (chosen === 0 || chosen === members.length) continue;
    const preferred = [...members].sort((left, right) => {
      const leftFigures = model.columns[left] as AssetFigures;
      const rightFigures = model.columns[right] as AssetFigures;
      return leftFigures.criticality - rightFigures.criticality || compareCodeUnits(leftFigures.assetId, rightFigures.assetId);
    });
    preferred.forEach((index, position) => {
      result[index] = position < chosen ? 1 : 0;
    });
  }
  return result;
}

/**
 * Among sets whose proceeds are within the tie tolerance (relative_tolerance x
 * target) of the optimum: (1) minimise total criticality, warm-started from the
 * optimum; (2) make the sorted asset ids lexicographically smallest. For (2),
 * a tie set that is lexicographically smaller has, at the first id where the
 * two differ, that asset selected; so ids are visited in ascending order and
 * each is fixed to 1 when some tie set consistent with the earlier fixings
 * contains it, else to 0. A no-good check first asks whether any other tie set
 * exists at all, which settles the usual case (a unique optimum) in one solve.
 * Every solve is node-limited, so the result is the same on every machine.
 * Programs with more than `tie_break_max_assets` eligible assets only get
 * `preferAmongInterchangeable`.
 */
export function breakTies(
  highs: Highs,
  context: SelectionContext,
  model: SelectionModel,
  optimum: Uint8Array,
  budget: SolverBudget,
  objectiveBands: readonly ExtraRow[] = [],
): TieBreak {
  const exact = context.config.exact;
  const count = model.columns.length;
  const canonical = preferAmongInterchangeable(model, optimum);
  if (count <= 1) return { selection: canonical, status: 'proven' };
  if (count > exact.tie_break_max_assets) return { selection: canonical, status: 'interchangeable_only' };
  let solvesLeft = exact.max_tie_break_solves;
  const criticality = Float64Array.from(model.columns, (figures) => figures.criticality);
  const proceedsBand: ExtraRow = {
    coefficients: model.cash,
    lower: Number.NEGATIVE_INFINITY,
    upper: sumOver(model.cash, canonical) + context.tolerance,
  };
  // Every tie-break solve stays within the objective's optimum (min_npv_cost) and the proceeds band.
  const optimumBands: ExtraRow[] = [...objectiveBands, proceedsBand];
  const limits = { absoluteGap: 1e-9, maxNodes: exact.tie_break_max_nodes };
  const solve = (objective: Float64Array, extraRows: ExtraRow[], start: Uint8Array | null): VerifiedSolve | null => {
    if (solvesLeft <= 0 || budget.remaining() <= 0) return null;
    solvesLeft -= 1;
    return solveVerified(highs, context, { model, objective, sense: 'minimize', includeTarget: true, extraRows, start }, budget, limits);
  };

  // (1) Smallest total criticality within the proceeds band.
  const byCriticality = solve(criticality, optimumBands, canonical);
  if (byCriticality === null) return { selection: canonical, status: 'not_proven' };
  const best = byCriticality.selection ?? canonical;
  if (byCriticality.result.status !== 'optimal') return { selection: best, status: 'not_proven' };
  const criticalityTotal = sumOver(criticality, best);
  const criticalityBand: ExtraRow = {
    coefficients: criticality,
    lower: Number.NEGATIVE_INFINITY,
    upper: criticalityTotal + 1e-9 * Math.max(1, criticalityTotal),
  };
  const zero = new Float64Array(count);
  const bands = [...optimumBands, criticalityBand];

  // (2) Is there any other tie set? Usually not.
  const other = solve(zero, [...bands, noGoodCut(best)], null);
  if (other === null) return { selection: best, status: 'not_proven' };
  if (other.result.status === 'infeasible') return { selection: best, status: 'proven' };
  if (other.selection === null) return { selection: best, status: 'not_proven' };

  // Fix ids in ascending order, preferring 1 whenever a tie set allows it.
  const idOrder = [...Array(count).keys()].sort((left, right) =>
    compareCodeUnits((model.columns[left] as AssetFigures).assetId, (model.columns[right] as AssetFigures).assetId),
  );
  const fixings: ExtraRow[] = [];
  const fix = (index: number, value: 0 | 1): void => {
    const coefficients = new Float64Array(count);
    coefficients[index] = 1;
    fixings.push({ coefficients, lower: value, upper: value });
  };
  let current = best;
  for (const index of idOrder) {
    if (current[index] === 1) {
      fix(index, 1);
      continue;
    }
    const probeRow = new Float64Array(count);
    probeRow[index] = 1;
    const probe = solve(zero, [...bands, ...fixings, { coefficients: probeRow, lower: 1, upper: 1 }], null);
    if (probe === null) return { selection: current, status: 'not_proven' };
    if (probe.result.status === 'infeasible') fix(index, 0);
    else if (probe.selection !== null) {
      current = probe.selection;
      fix(index, 1);
    } else return { selection: current, status: 'not_proven' };
  }
  return { selection: current, status: 'proven' };
}

/**
 * For `min_npv_cost`: among sets whose NPV cost is within the tie tolerance of
 * the optimum, the one with the smallest proceeds (the documented first
 * tie-break), and the band row that keeps later tie-breaks at the optimum.
 * `selection` is null when a node or time limit stopped the solve.
 */
export function smallestProceedsAtOptimum(
  highs: Highs,
  context: SelectionContext,
  model: SelectionModel,
  objective: Float64Array,
  optimum: Uint8Array,
  budget: SolverBudget,
): { readonly selection: Uint8Array | null; readonly band: ExtraRow } {
  const band: ExtraRow = {
    coefficients: objective,
    lower: Number.NEGATIVE_INFINITY,
    upper: sumOver(objective, optimum) + context.tolerance,
  };
  if (budget.remaining() <= 0) return { selection: null, band };
  const solved = solveVerified(
    highs,
    context,
    { model, objective: model.cash, sense: 'minimize', includeTarget: true, extraRows: [band], start: optimum },
    budget,
    { absoluteGap: 1e-9, maxNodes: context.config.exact.tie_break_max_nodes },
  );
  return { selection: solved.result.status === 'optimal' ? solved.selection : null, band };
}
