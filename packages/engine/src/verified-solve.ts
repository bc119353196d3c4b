import type { Highs } from 'highs';
import type { AssetFigures } from './asset-figures.js';
import { checkSelection } from './check-selection.js';
import type { SelectionContext } from './selection-context.js';
import type { SelectionModel } from './selection-model.js';
import { solveMilp, type ExtraRow, type MilpProblem, type MilpResult } from './solve-milp.js';

/** How many times a set the solver returned may fail re-verification before giving up on it. */
const MAX_VERIFICATION_RETRIES = 5;

/** Tracks solver time against the time limit (the solver's own clock: the engine reads none). */
export class SolverBudget {
  spentSeconds = 0;
  constructor(readonly limitSeconds: number) {}

  remaining(): number {
    return Math.max(0, this.limitSeconds - this.spentSeconds);
  }

  record(result: MilpResult): MilpResult {
    this.spentSeconds += result.runSeconds;
    return result;
  }
}

/** A solve whose set was re-verified with the engine's formulas. */
export interface VerifiedSolve {
  readonly result: MilpResult;
  readonly selection: Uint8Array | null;
}

/** Figures of the selected columns, in rank order. */
export function selectedFigures(model: SelectionModel, selection: Uint8Array): AssetFigures[] {
  const selected: AssetFigures[] = [];
  for (let index = 0; index < selection.length; index += 1) if (selection[index] === 1) selected.push(model.columns[index] as AssetFigures);
  return selected;
}

export function sumOver(values: Float64Array, selection: Uint8Array): number {
  let total = 0;
  for (let index = 0; index < selection.length; index += 1) if (selection[index] === 1) total += values[index] as number;
  return total;
}

/** The row `sum over S of (1 - x) + sum outside S of x >= 1`: excludes exactly the set S. */
export function noGoodCut(selection: Uint8Array): ExtraRow {
  const coefficients = new Float64Array(selection.length);
  let selectedCount = 0;
  for (let index = 0; index < selection.length; index += 1) {
    if (selection[index] === 1) {
      coefficients[index] = -1;
      selectedCount += 1;
    } else coefficients[index] = 1;
  }
  return { coefficients, lower: 1 - selectedCount, upper: Number.POSITIVE_INFINITY };
}

/**
 * Solves, then re-checks the set with `checkSelection` (the solver's feasibility
 * tolerance is not the engine's). A set that fails is cut off with a no-good
 * row and the program solved again, a bounded number of times.
 */
export function solveVerified(
  highs: Highs,
  context: SelectionContext,
  problem: MilpProblem,
  budget: SolverBudget,
  limits: { absoluteGap: number; maxNodes?: number },
): VerifiedSolve {
  const cuts: ExtraRow[] = [];
  let result: MilpResult | null = null;
  for (let attempt = 0; attempt <= MAX_VERIFICATION_RETRIES; attempt += 1) {
    result = budget.record(
      solveMilp(
        highs,
        { ...problem, extraRows: [...(problem.extraRows ?? []), ...cuts] },
        { timeLimitSeconds: budget.remaining(), ...limits },
      ),
    );
    if (result.selection === null) return { result, selection: null };
    const check = checkSelection(context, selectedFigures(problem.model, result.selection));
    const valid = check.ok && check.failing.length === 0 && (!problem.includeTarget || check.meetsTarget);
    if (valid) return { result, selection: result.selection };
    if (result.status === 'limited' || budget.remaining() <= 0) return { result: { ...result, status: 'limited' }, selection: null };
    cuts.push(noGoodCut(result.selection));
  }
  return { result: { ...(result as MilpResult), status: 'limited' }, selection: null };
}
