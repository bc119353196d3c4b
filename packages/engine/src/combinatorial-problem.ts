/**
 * The 0-1 program the exact searches solve without a MILP solver, what they
 * report, and what both methods share: the rounding slack of a bound, the cap
 * on kept ties, and the documented tie-break among sets of equal objective.
 * Meet in the middle (`combinatorial-search.ts`) and branch and bound
 * (`branch-and-bound.ts`) take and return these shapes.
 */

/** One constraint `coefficients · x <= upper` (a `>=` row is given negated). */
export interface LinearConstraint {
  readonly coefficients: Float64Array;
  readonly upper: number;
}

/**
 * A 0-1 program: choose items to minimise `objective · x` subject to
 * `coverage.coefficients · x >= coverage.lower` (the target row, when there is
 * one) and every `constraints` row. Ties (objective within `tieBand` of the
 * minimum) are broken, when `tieByCoverage`, first by the smallest coverage
 * (proceeds: the first tie-break of `min_npv_cost`), kept within `tieBand` of
 * the smallest; then by the smallest `tieWeight · x` (total criticality), then
 * by the set that, at the first item in `tieOrder` where two sets differ,
 * contains that item (lexicographically smallest sorted ids).
 */
export interface CombinatorialProblem {
  readonly count: number;
  readonly objective: Float64Array;
  readonly coverage: { readonly coefficients: Float64Array; readonly lower: number } | null;
  readonly constraints: readonly LinearConstraint[];
  readonly tieBand: number;
  /** Whether ties on the objective go first to the smaller coverage (when the objective is not the coverage). */
  readonly tieByCoverage?: boolean;
  readonly tieWeight: Float64Array;
  /** Item indexes in tie-break order (ascending asset id). */
  readonly tieOrder: readonly number[];
  /**
   * A proven lower bound on the objective (the target, when minimising
   * proceeds): a set within `gap` of it ends the search as proven optimal.
   */
  readonly lowerBound: number | null;
  readonly gap: number;
  /**
   * The objective of a set known to be valid (the greedy start), or null: the
   * scan never looks past it. When the search then finds no set (rounding
   * judged the known set differently), it reports `limited`, not `infeasible`.
   */
  readonly incumbent: number | null;
  /** Most scan steps before giving up (a step count, not a clock, so the answer is the same on every machine). */
  readonly maxSteps: number;
}

/** What the search established. */
export interface CombinatorialResult {
  /**
   * `optimal`: the minimum is proven (exactly when `exhaustive`, else within
   * `gap` of `lowerBound`); `infeasible`: proven that no set exists;
   * `limited`: the step limit stopped the search (`selection` is the best found, or null).
   */
  readonly status: 'optimal' | 'infeasible' | 'limited';
  readonly selection: Uint8Array | null;
  readonly objective: number | null;
  /** Whether every set was examined, so ties were broken among all of them. */
  readonly exhaustive: boolean;
  readonly steps: number;
}

/** Tie candidates kept at most; beyond it (many identical items) the tie-break is not exhaustive. */
export const MAX_TIES = 4_096;

/**
 * How far a bound may exceed the best objective plus the tie band before the
 * node is pruned, in model units: the bound is a sum in another order than a
 * set's own objective, so rounding must never prune a set that ties.
 */
export const BOUND_SLACK = 1e-12;

/** A set within the tie band of the best, its selection built on demand. */
export interface TieCandidate {
  readonly objective: number;
  readonly coverage: number;
  readonly tieWeight: number;
  readonly selection: () => Uint8Array;
}

/**
 * The documented tie-break among sets within `tieBand` of the best objective:
 * (when `tieByCoverage`) the smallest coverage within the band, then the
 * smallest tie weight (criticality), then the set holding the first item in
 * `tieOrder` where two differ. One home for both search methods.
 */
export function chooseAmongTies(
  problem: CombinatorialProblem,
  best: number,
  ties: readonly TieCandidate[],
): { readonly objective: number; readonly selection: Uint8Array } {
  let finalTies = ties.filter((tie) => tie.objective <= best + problem.tieBand);
  if (problem.tieByCoverage === true) {
    let smallest = Number.POSITIVE_INFINITY;
    for (const tie of finalTies) smallest = Math.min(smallest, tie.coverage);
    finalTies = finalTies.filter((tie) => tie.coverage <= smallest + problem.tieBand);
  }
  let leader = finalTies[0] as TieCandidate;
  let leaderSelection = leader.selection();
  for (const candidate of finalTies.slice(1)) {
    const band = 1e-9 * Math.max(1, Math.abs(leader.tieWeight));
    if (candidate.tieWeight < leader.tieWeight - band) {
      leader = candidate;
      leaderSelection = candidate.selection();
      continue;
    }
    if (candidate.tieWeight > leader.tieWeight + band) continue;
    const selection = candidate.selection();
    if (prefersByOrder(selection, leaderSelection, problem.tieOrder)) {
      leader = candidate;
      leaderSelection = selection;
    }
  }
  return { objective: leader.objective, selection: leaderSelection };
}

/** Whether `candidate` holds the first item (in `order`) where it and `incumbent` differ. */
function prefersByOrder(candidate: Uint8Array, incumbent: Uint8Array, order: readonly number[]): boolean {
  for (const index of order) {
    if (candidate[index] !== incumbent[index]) return candidate[index] === 1;
  }
  return false;
}
