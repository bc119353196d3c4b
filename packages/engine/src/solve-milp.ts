import type { CallbackEventFor, Highs, HighsCallbackMap } from 'highs';
import { NonFiniteQuantityError, SolverError } from './engine-errors.js';
import type { SelectionModel } from './selection-model.js';

/** An extra row `lower <= coefficients · x <= upper` (objective fixing, no-good cuts, fixings). */
export interface ExtraRow {
  readonly coefficients: Float64Array;
  readonly lower: number;
  readonly upper: number;
}

/** One 0-1 program over a `SelectionModel`. */
export interface MilpProblem {
  readonly model: SelectionModel;
  readonly objective: Float64Array;
  readonly sense: 'minimize' | 'maximize';
  /** Whether proceeds must reach the target (false for capacity). */
  readonly includeTarget: boolean;
  readonly extraRows?: readonly ExtraRow[];
  /** A feasible set to start from (HiGHS checks it and keeps it as incumbent). */
  readonly start?: Uint8Array | null;
  /**
   * A local improvement applied to each new incumbent the solver finds; a
   * better set it returns is handed back to the solver at its next
   * user-solution checkpoint (branch and bound and the local search cooperate
   * in one run). Must be synchronous and deterministic.
   */
  readonly improve?: (selection: Uint8Array) => Uint8Array | null;
}

/** At most this many incumbents are passed to `improve` in one solve. */
const MAX_IMPROVEMENT_CALLS = 40;

/** Limits of one solve. */
export interface MilpLimits {
  readonly timeLimitSeconds: number;
  /** Absolute optimality gap, in objective units. The relative gap is always 0. */
  readonly absoluteGap: number;
  /** Node limit, for deterministic bounded searches (tie-breaks). */
  readonly maxNodes?: number;
}

/** What a solve established. */
export interface MilpResult {
  /**
   * `optimal`: proven within the gap; `infeasible`: proven that no set exists;
   * `limited`: a time or node limit stopped the search (with or without a set).
   */
  readonly status: 'optimal' | 'infeasible' | 'limited';
  /** The best set found, integrality checked and rounded, or null. */
  readonly selection: Uint8Array | null;
  readonly objective: number | null;
  /** The solver's proven bound on the objective, when finite. */
  readonly bound: number | null;
  readonly timeLimited: boolean;
  /** Solver run time in seconds (the solver's own clock). */
  readonly runSeconds: number;
}

/**
 * The largest magnitude, in model units (money divided by the target), that a
 * coefficient or bound may have. HiGHS reads 1e20 as infinity and loses all
 * precision well before that; figures this far apart from the target (a net
 * debt of 1e300, a target of 1e-300) cannot be solved meaningfully, so they are
 * reported as a numeric error instead of reaching the solver.
 */
export const SOLVER_MAGNITUDE_LIMIT = 1e12;

/** Names the first coefficient or bound of `rows` outside the solver's range, or returns null. */
function findOutOfRangeValue(problem: MilpProblem): string | null {
  const { model } = problem;
  const tooLarge = (value: number): boolean => !Number.isFinite(value) || Math.abs(value) > SOLVER_MAGNITUDE_LIMIT;
  for (const value of model.cash) if (tooLarge(value)) return 'cash proceeds relative to the target';
  if (tooLarge(model.targetLower)) return 'the target amount';
  for (const row of model.rows) {
    const name = row.cause === 'ebitda' ? 'EBITDA after the program' : row.cause.replaceAll('_', ' ');
    if (tooLarge(row.upper)) return `the ${name} limit relative to the target`;
    for (const value of row.coefficients) if (tooLarge(value)) return `a ${name} coefficient relative to the target`;
  }
  for (const value of problem.objective) if (tooLarge(value)) return 'an objective coefficient';
  return null;
}

const MODEL_STATUS = {
  optimal: 7,
  infeasible: 8,
  unboundedOrInfeasible: 9,
  timeLimit: 13,
  iterationLimit: 14,
  solutionLimit: 16,
  interrupted: 17,
};
/** How far from 0 or 1 a binary may be before the solution is refused. */
const INTEGRALITY_TOLERANCE = 1e-6;

/**
 * Solves one 0-1 program with HiGHS, with a zero relative gap (a solver's
 * default relative gap would stop at a near-optimal set and call it optimal)
 * and tight feasibility tolerances. Checks the status and the integrality of
 * the answer itself. Throws `SolverError` on a solver error status.
 */
export function solveMilp(highs: Highs, problem: MilpProblem, limits: MilpLimits): MilpResult {
  const outOfRange = findOutOfRangeValue(problem);
  if (outOfRange !== null) throw new NonFiniteQuantityError(outOfRange, 'is outside the range the exact solver can represent');
  try {
    return solveInRange(highs, problem, limits);
  } catch (error) {
    if (error instanceof SolverError) throw error;
    // HiGHS reports a rejected model by throwing its own error; keep the project's taxonomy.
    throw new SolverError(`the solver failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function solveInRange(highs: Highs, problem: MilpProblem, limits: MilpLimits): MilpResult {
  const { model } = problem;
  const columnCount = model.cash.length;
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const infinity = highs.infinity;
  const addRow = (coefficients: Float64Array, lower: number, upper: number): void => {
    for (let index = 0; index < columnCount; index += 1) {
      const value = coefficients[index] as number;
      if (value !== 0) {
        indices.push(index);
        values.push(value);
      }
    }
    starts.push(indices.length);
    rowLower.push(lower);
    rowUpper.push(upper);
  };
  if (problem.includeTarget) addRow(model.cash, model.targetLower, infinity);
  for (const row of model.rows) addRow(row.coefficients, -infinity, row.upper);
  for (const row of problem.extraRows ?? []) addRow(row.coefficients, row.lower, row.upper);

  const solverModel = highs.createModel({
    numCols: columnCount,
    numRows: rowLower.length,
    sense: problem.sense === 'minimize' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
    colCost: problem.objective,
    colLower: new Float64Array(columnCount),
    colUpper: new Float64Array(columnCount).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: rowLower.length, numCols: columnCount, starts, indices, values },
    integrality: new Int32Array(columnCount).fill(highs.constants.variableType.integer),
  });
  try {
    solverModel.options.set({
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: limits.absoluteGap,
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      time_limit: Math.max(0.001, limits.timeLimitSeconds),
      random_seed: 0,
    });
    if (limits.maxNodes !== undefined) solverModel.options.set('mip_max_nodes', limits.maxNodes);
    if (problem.start) solverModel.setSolution({ colValue: Float64Array.from(problem.start) });
    let callbacks: HighsCallbackMap = {};
    const improve = problem.improve;
    if (improve !== undefined) {
      let pending: Float64Array | null = null;
      let calls = 0;
      const objectiveOf = (selection: Uint8Array): number => {
        let total = 0;
        for (let index = 0; index < columnCount; index += 1) if (selection[index] === 1) total += problem.objective[index] as number;
        return total;
      };
      const onImprovingSolution = (event: CallbackEventFor<4>): undefined => {
        const solution = event.data.mip_solution;
        if (solution === undefined || calls >= MAX_IMPROVEMENT_CALLS) return undefined;
        const incumbent = new Uint8Array(columnCount);
        for (let index = 0; index < columnCount; index += 1) {
          const value = solution[index] as number;
          if (Math.abs(value - Math.round(value)) > INTEGRALITY_TOLERANCE) return undefined;
          incumbent[index] = Math.round(value) === 1 ? 1 : 0;
        }
        calls += 1;
        const improved = improve(incumbent);
        if (improved === null) return undefined;
        const better =
          problem.sense === 'minimize' ? objectiveOf(improved) < objectiveOf(incumbent) : objectiveOf(improved) > objectiveOf(incumbent);
        if (better) pending = Float64Array.from(improved);
        return undefined;
      };
      const onUserSolution = (event: CallbackEventFor<9>): undefined => {
        if (pending !== null) {
          event.setSolution(pending);
          pending = null;
        }
        return undefined;
      };
      callbacks = {
        [highs.constants.callbackType.mipImprovingSolution]: onImprovingSolution,
        [highs.constants.callbackType.mipUserSolution]: onUserSolution,
      };
    }
    const run = solverModel.run(callbacks);
    const status = run.modelStatus;
    const runSeconds = solverModel.getRunTime();
    if (status === MODEL_STATUS.infeasible || status === MODEL_STATUS.unboundedOrInfeasible) {
      return { status: 'infeasible', selection: null, objective: null, bound: null, timeLimited: false, runSeconds };
    }
    const limited = [MODEL_STATUS.timeLimit, MODEL_STATUS.iterationLimit, MODEL_STATUS.solutionLimit, MODEL_STATUS.interrupted].includes(
      status,
    );
    if (status !== MODEL_STATUS.optimal && !limited) {
      throw new SolverError(`the solver stopped with model status ${status}`);
    }
    const hasSolution = Number(solverModel.info.get('primal_solution_status')) === 2;
    let selection: Uint8Array | null = null;
    let objective: number | null = null;
    if (hasSolution) {
      const columnValues = solverModel.getSolution().colValue;
      selection = new Uint8Array(columnCount);
      for (let index = 0; index < columnCount; index += 1) {
        const value = columnValues[index] as number;
        const rounded = Math.round(value);
        if (Math.abs(value - rounded) > INTEGRALITY_TOLERANCE || (rounded !== 0 && rounded !== 1)) {
          throw new SolverError(`the solver returned a non-integral value ${value} for a 0-1 variable`);
        }
        selection[index] = rounded;
      }
      objective = solverModel.getObjectiveValue();
    } else if (status === MODEL_STATUS.optimal) {
      throw new SolverError('the solver reported an optimum without a solution');
    }
    const dualBound = Number(solverModel.info.get('mip_dual_bound'));
    return {
      status: status === MODEL_STATUS.optimal ? 'optimal' : 'limited',
      selection,
      objective,
      bound: Number.isFinite(dualBound) && Math.abs(dualBound) < infinity ? dualBound : null,
      timeLimited: status === MODEL_STATUS.timeLimit,
      runSeconds,
    };
  } finally {
    solverModel.dispose();
  }
}
