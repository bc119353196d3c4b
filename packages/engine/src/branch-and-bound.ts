import {
  BOUND_SLACK,
  MAX_TIES,
  chooseAmongTies,
  type CombinatorialProblem,
  type CombinatorialResult,
  type TieCandidate,
} from './combinatorial-problem.js';

/**
 * Solves `problem` exactly by depth-first branch and bound, for an objective
 * that is not the coverage (the NPV cost). Items are visited in ascending
 * objective per unit of coverage; each node's bound is the linear relaxation
 * of the coverage row over the items not yet fixed (a fractional knapsack:
 * every item with a negative objective, then the cheapest per unit of coverage
 * until the target is met, the last one in part), read from prefix sums in
 * O(log n). A node is also cut when some covenant row cannot hold even with
 * every remaining item that lowers it. Including an item is tried first, so
 * the first leaf is the greedy set by cost per unit of cash and the bound
 * prunes from there.
 *
 * Why: with the NPV cost, unlike proceeds, the relaxation is tight (cost per
 * dollar differs between assets), so few nodes stay open, where meet in the
 * middle must enumerate and scan both halves. Sets within `tieBand` of the
 * best are all kept (nodes are pruned only beyond the band), so ties are
 * broken exactly as the other method breaks them. Every coverage coefficient
 * must be positive (an eligible asset's cash is); a step is one node.
 */
export function solveByBranchAndBound(problem: CombinatorialProblem): CombinatorialResult {
  const { count, constraints } = problem;
  const coverageValues = problem.coverage?.coefficients ?? new Float64Array(count).fill(1);
  const coverageLower = problem.coverage?.lower ?? Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index += 1) {
    if (!((coverageValues[index] as number) > 0)) throw new RangeError('branch and bound needs positive coverage coefficients');
  }
  const ratio = (index: number): number => (problem.objective[index] as number) / (coverageValues[index] as number);
  const order = [...Array(count).keys()].sort((left, right) => ratio(left) - ratio(right) || left - right);
  const objective = Float64Array.from(order, (index) => problem.objective[index] as number);
  const coverage = Float64Array.from(order, (index) => coverageValues[index] as number);
  const weight = Float64Array.from(order, (index) => problem.tieWeight[index] as number);
  const prefixObjective = new Float64Array(count + 1);
  const prefixCoverage = new Float64Array(count + 1);
  for (let position = 0; position < count; position += 1) {
    prefixObjective[position + 1] = (prefixObjective[position] as number) + (objective[position] as number);
    prefixCoverage[position + 1] = (prefixCoverage[position] as number) + (coverage[position] as number);
  }
  // Items before `firstNonNegative` lower the objective: the relaxation takes all of them.
  let firstNonNegative = 0;
  while (firstNonNegative < count && (objective[firstNonNegative] as number) < 0) firstNonNegative += 1;

  const rowCount = constraints.length;
  const rowValues = constraints.map((row) => Float64Array.from(order, (index) => row.coefficients[index] as number));
  const uppers = Float64Array.from(constraints, (row) => row.upper);
  // Per row, the most the items from each position on can lower it.
  const suffixLowering = rowValues.map((values) => {
    const lowering = new Float64Array(count + 1);
    for (let position = count - 1; position >= 0; position -= 1) {
      lowering[position] = (lowering[position + 1] as number) + Math.min(0, values[position] as number);
    }
    return lowering;
  });
  // The smallest objective from each position on: past the negative items, with the target met, it says whether adding anything can still tie.
  const suffixMinimumObjective = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY);
  for (let position = count - 1; position >= 0; position -= 1) {
    suffixMinimumObjective[position] = Math.min(suffixMinimumObjective[position + 1] as number, objective[position] as number);
  }
  // Row sums of the fixed items, one block per depth: exact path sums, whatever the visiting order.
  const rowAt = new Float64Array((count + 1) * rowCount);
  const chosen = new Uint8Array(count);

  /** The relaxation's objective over the free items `from..`, given the coverage still needed; infinite when unreachable. */
  const relaxation = (from: number, need: number): number => {
    const middle = Math.max(from, firstNonNegative);
    const lowering = (prefixObjective[middle] as number) - (prefixObjective[from] as number);
    const remaining = need - ((prefixCoverage[middle] as number) - (prefixCoverage[from] as number));
    if (remaining <= 0) return lowering;
    const base = prefixCoverage[middle] as number;
    if ((prefixCoverage[count] as number) - base < remaining) return Number.POSITIVE_INFINITY;
    // The first position whose prefix covers what remains: items before it whole, it in part.
    let low = middle + 1;
    let high = count;
    while (low < high) {
      const probe = (low + high) >>> 1;
      if ((prefixCoverage[probe] as number) - base >= remaining) high = probe;
      else low = probe + 1;
    }
    const last = low - 1;
    const whole = (prefixCoverage[last] as number) - base;
    return (
      lowering +
      (prefixObjective[last] as number) -
      (prefixObjective[middle] as number) +
      ((objective[last] as number) * (remaining - whole)) / (coverage[last] as number)
    );
  };

  let steps = 0;
  let best = problem.incumbent ?? Number.POSITIVE_INFINITY;
  let ties: TieCandidate[] = [];
  let tiesOverflowed = false;
  let limited = false;
  const record = (value: number, covered: number): void => {
    const selection = new Uint8Array(count);
    let tieWeight = 0;
    for (let position = 0; position < count; position += 1) {
      if (chosen[position] === 1) {
        selection[order[position] as number] = 1;
        tieWeight += weight[position] as number;
      }
    }
    const candidate: TieCandidate = { objective: value, coverage: covered, tieWeight, selection: () => selection };
    if (value < best - problem.tieBand) {
      best = value;
      ties = [candidate];
      return;
    }
    if (value < best) {
      best = value;
      ties = ties.filter((tie) => tie.objective <= best + problem.tieBand);
    }
    if (ties.length < MAX_TIES) ties.push(candidate);
    else tiesOverflowed = true;
  };

  const visit = (depth: number, fixedObjective: number, fixedCoverage: number): void => {
    steps += 1;
    if (steps > problem.maxSteps) {
      limited = true;
      return;
    }
    const base = depth * rowCount;
    for (let row = 0; row < rowCount; row += 1) {
      if ((rowAt[base + row] as number) + ((suffixLowering[row] as Float64Array)[depth] as number) > (uppers[row] as number)) return;
    }
    const bound = fixedObjective + relaxation(depth, coverageLower - fixedCoverage);
    // An unreachable target (an infinite bound) prunes even before any set is known (best is then infinite too).
    if (bound === Number.POSITIVE_INFINITY || bound > best + problem.tieBand + BOUND_SLACK) return;
    if (depth === count) {
      record(fixedObjective, fixedCoverage);
      return;
    }
    // Target met and only costly items left: leaving them all out is the subtree's only set within the band
    // when it keeps every row and even the cheapest addition falls outside. This spares a dive per leaf.
    if (
      depth >= firstNonNegative &&
      fixedCoverage >= coverageLower &&
      fixedObjective + (suffixMinimumObjective[depth] as number) > Math.min(best, fixedObjective) + problem.tieBand + BOUND_SLACK
    ) {
      let keepsRows = true;
      for (let row = 0; row < rowCount && keepsRows; row += 1) keepsRows = (rowAt[base + row] as number) <= (uppers[row] as number);
      if (keepsRows) {
        record(fixedObjective, fixedCoverage);
        return;
      }
    }
    const next = base + rowCount;
    for (let row = 0; row < rowCount; row += 1)
      rowAt[next + row] = (rowAt[base + row] as number) + ((rowValues[row] as Float64Array)[depth] as number);
    chosen[depth] = 1;
    visit(depth + 1, fixedObjective + (objective[depth] as number), fixedCoverage + (coverage[depth] as number));
    chosen[depth] = 0;
    if (limited) return;
    for (let row = 0; row < rowCount; row += 1) rowAt[next + row] = rowAt[base + row] as number;
    visit(depth + 1, fixedObjective, fixedCoverage);
  };
  visit(0, 0, 0);

  if (ties.length === 0) {
    const undecided = limited || problem.incumbent !== null;
    return { status: undecided ? 'limited' : 'infeasible', selection: null, objective: null, exhaustive: !undecided, steps };
  }
  const leader = chooseAmongTies(problem, best, ties);
  return {
    status: limited ? 'limited' : 'optimal',
    selection: leader.selection,
    objective: leader.objective,
    exhaustive: !limited && !tiesOverflowed,
    steps,
  };
}
