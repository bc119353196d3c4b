/**
 * An exact search for small 0-1 programs, without a MILP solver: meet in the
 * middle (Horowitz-Sahni) over a generic linear model.
 *
 * Why: minimising proceeds above a target is a subset-sum problem whose LP
 * bound sits at the target, so branch and bound must branch almost
 * exhaustively to prove optimality at a tight gap (HiGHS took seconds on 30-50
 * eligible assets, and often stopped at its time limit). Enumerating the two
 * halves' subset sums in sorted order and scanning them against each other
 * proves the optimum of 36 items exactly with a few hundred thousand steps.
 *
 * For another objective (the NPV cost) the same problem is solved by
 * `solveByBranchAndBound`, whose relaxation bound is tight there; both break
 * ties through one routine, `chooseAmongTies`.
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

/** Items per half: 2^16 subsets per side keeps tables under a few MB and one scan near a millisecond. */
const MAX_HALF = 16;
/** Items enumerated around the two halves (outer assignments), at most. */
const MAX_OUTER = 20;
/** The largest program this search accepts. */
export const COMBINATORIAL_MAX_ITEMS = 2 * MAX_HALF + MAX_OUTER;
/** Tie candidates kept at most; beyond it (many identical items) the tie-break is not exhaustive. */
const MAX_TIES = 4_096;

/**
 * How far a bound may exceed the best objective plus the tie band before the
 * node is pruned, in model units: the bound is a sum in another order than a
 * set's own objective, so rounding must never prune a set that ties.
 */
const BOUND_SLACK = 1e-12;

/** The subset sums of one half, sorted by objective, with every row's sum per subset mask. */
interface HalfTable {
  readonly items: readonly number[];
  /** Subset masks in ascending objective order. */
  readonly order: Int32Array;
  readonly objective: Float64Array;
  readonly coverage: Float64Array;
  /** By row, then by mask. */
  readonly rows: readonly Float64Array[];
  readonly tieWeight: Float64Array;
}

/** Per-mask sums of `values` over `items`, built from the lowest set bit. */
function sumsByMask(items: readonly number[], values: Float64Array): Float64Array {
  const size = 1 << items.length;
  const sums = new Float64Array(size);
  for (let mask = 1; mask < size; mask += 1) {
    const low = 31 - Math.clz32(mask & -mask);
    sums[mask] = (sums[mask & (mask - 1)] as number) + (values[items[low] as number] as number);
  }
  return sums;
}

/** Masks sorted by objective: merges the list with itself shifted by each item (linear per item). */
function sortedMasks(items: readonly number[], objective: Float64Array): Int32Array {
  const size = 1 << items.length;
  let current = new Int32Array(size);
  let next = new Int32Array(size);
  const keys = sumsByMask(items, objective);
  let length = 1;
  for (let bit = 0; bit < items.length; bit += 1) {
    const flag = 1 << bit;
    let left = 0;
    let right = 0;
    let out = 0;
    while (left < length && right < length) {
      const plain = current[left] as number;
      const shifted = (current[right] as number) | flag;
      if ((keys[plain] as number) <= (keys[shifted] as number)) {
        next[out++] = plain;
        left += 1;
      } else {
        next[out++] = shifted;
        right += 1;
      }
    }
    while (left < length) next[out++] = current[left++] as number;
    while (right < length) next[out++] = (current[right++] as number) | flag;
    length *= 2;
    [current, next] = [next, current];
  }
  return current;
}

function buildHalf(problem: CombinatorialProblem, items: readonly number[], coverage: Float64Array): HalfTable {
  return {
    items,
    order: sortedMasks(items, problem.objective),
    objective: sumsByMask(items, problem.objective),
    coverage: coverage === problem.objective ? sumsByMask(items, problem.objective) : sumsByMask(items, coverage),
    rows: problem.constraints.map((row) => sumsByMask(items, row.coefficients)),
    tieWeight: sumsByMask(items, problem.tieWeight),
  };
}

/** A set found by the scan, by its three masks. */
interface Found {
  readonly outer: number;
  readonly left: number;
  readonly right: number;
  readonly objective: number;
  readonly coverage: number;
  readonly tieWeight: number;
}

/**
 * Solves `problem` exactly when it has at most `COMBINATORIAL_MAX_ITEMS`
 * items. Items are split into two halves of at most 16 (enumerated and sorted
 * once) and up to 20 outer items whose assignments come one at a time in
 * ascending objective (`OuterAssignments`); with outer items the search stops
 * at the first set within `gap` of `lowerBound` (and says it was not
 * exhaustive). Throws on a larger program: callers choose by size.
 */
export function solveCombinatorial(problem: CombinatorialProblem): CombinatorialResult {
  const { count, constraints } = problem;
  if (count > COMBINATORIAL_MAX_ITEMS) throw new RangeError(`combinatorial search takes at most ${COMBINATORIAL_MAX_ITEMS} items`);
  const coverageValues = problem.coverage?.coefficients ?? new Float64Array(count);
  const coverageLower = problem.coverage?.lower ?? Number.NEGATIVE_INFINITY;
  // The scan can start each right-half walk at the first subset reaching the target only when it is sorted by coverage.
  const sortedByCoverage = problem.coverage !== null && coverageValues === problem.objective;

  // Outer items: the largest by objective, so the two halves hold the finer-grained ones.
  const byObjective = [...Array(count).keys()].sort(
    (left, right) => (problem.objective[right] as number) - (problem.objective[left] as number) || left - right,
  );
  const innerCount = Math.min(count, 2 * MAX_HALF);
  // Ascending by objective: the order the outer assignments are produced in needs it.
  const outerItems = byObjective.slice(0, count - innerCount).reverse();
  const innerItems = byObjective.slice(count - innerCount);
  const leftItems = innerItems.slice(0, Math.ceil(innerItems.length / 2));
  const rightItems = innerItems.slice(leftItems.length);
  const left = buildHalf(problem, leftItems, coverageValues);
  const right = buildHalf(problem, rightItems, coverageValues);
  const outerSum = (values: Float64Array, mask: number): number => {
    let total = 0;
    for (let bit = 0; bit < outerItems.length; bit += 1) if ((mask >> bit) & 1) total += values[outerItems[bit] as number] as number;
    return total;
  };
  const outerAssignments = new OuterAssignments(Float64Array.from(outerItems, (item) => problem.objective[item] as number));

  let steps = 0;
  let best = problem.incumbent ?? Number.POSITIVE_INFINITY;
  let ties: Found[] = [];
  let tiesOverflowed = false;
  let limited = false;
  let stoppedEarly = false;
  const rowCount = constraints.length;
  const uppers = Float64Array.from(constraints, (row) => row.upper);
  const rowSlack = new Float64Array(rowCount);
  const leftSize = left.order.length;
  const rightSize = right.order.length;
  const rightMaxCoverage = largest(right.coverage);
  const leftMaxCoverage = largest(left.coverage);
  const rightMinObjective = right.objective[right.order[0] as number] as number;
  const leftMinObjective = left.objective[left.order[0] as number] as number;

  // Per row, a minimum tree over the right half's sorted order: the scan jumps over runs of subsets a row rejects.
  // Built when a row first rejects a subset: rows that never do (most, on most programs) cost nothing.
  const rightRowTrees: Array<MinimumTree | undefined> = right.rows.map(() => undefined);
  const treeOf = (row: number): MinimumTree => {
    let tree = rightRowTrees[row];
    if (tree === undefined) {
      tree = new MinimumTree(right.order, right.rows[row] as Float64Array);
      rightRowTrees[row] = tree;
    }
    return tree;
  };
  // Per row, the smallest value over the right subsets from each position of the sorted order to the end.
  const rightRowSuffixMinimum = right.rows.map((values) => {
    const minimum = new Float64Array(rightSize);
    let running = Number.POSITIVE_INFINITY;
    for (let index = rightSize - 1; index >= 0; index -= 1) {
      running = Math.min(running, values[right.order[index] as number] as number);
      minimum[index] = running;
    }
    return minimum;
  });

  const record = (found: Found): void => {
    if (found.objective < best - problem.tieBand) {
      // Every earlier set cost at least the old best, now beyond the band: start the ties afresh (no filtering churn).
      best = found.objective;
      ties = [found];
      return;
    }
    if (found.objective < best) {
      best = found.objective;
      ties = ties.filter((tie) => tie.objective <= best + problem.tieBand);
    }
    if (ties.length < MAX_TIES) ties.push(found);
    else tiesOverflowed = true;
  };
  const proven = (): boolean => problem.lowerBound !== null && best <= problem.lowerBound + problem.gap;

  const hasOuter = outerItems.length > 0;
  for (let outerMask = outerAssignments.next(); outerMask !== -1; outerMask = outerAssignments.next()) {
    const outerObjective = outerSum(problem.objective, outerMask);
    // Outer sets come in ascending objective: once even the cheapest halves cannot beat the best, none can.
    if (outerObjective + leftMinObjective + rightMinObjective > best + problem.tieBand + BOUND_SLACK) break;
    const outerCoverage = outerSum(coverageValues, outerMask);
    if (outerCoverage + leftMaxCoverage + rightMaxCoverage < coverageLower) continue;
    for (let row = 0; row < rowCount; row += 1) {
      rowSlack[row] = (uppers[row] as number) - outerSum((constraints[row] as LinearConstraint).coefficients, outerMask);
    }
    // Left subsets in descending coverage order need ever more from the right: its start only moves forward.
    let rightStart = 0;
    for (let leftIndex = leftSize - 1; leftIndex >= 0; leftIndex -= 1) {
      const leftMask = left.order[leftIndex] as number;
      const leftObjective = outerObjective + (left.objective[leftMask] as number);
      const need = coverageLower - outerCoverage - (left.coverage[leftMask] as number);
      if (sortedByCoverage) {
        if (need > rightMaxCoverage) break;
        rightStart = firstReaching(right.coverage, right.order, rightStart, need);
      } else if (leftObjective + rightMinObjective > best + problem.tieBand) continue;
      steps += 1;
      if (rightStart >= rightSize) continue;
      // No right subset from here on can fit some row: skip this left subset (this settles most infeasible programs).
      let hopeless = false;
      for (let row = 0; row < rowCount; row += 1) {
        if (
          ((left.rows[row] as Float64Array)[leftMask] as number) + ((rightRowSuffixMinimum[row] as Float64Array)[rightStart] as number) >
          (rowSlack[row] as number)
        ) {
          hopeless = true;
          break;
        }
      }
      if (hopeless) continue;
      let rightIndex = rightStart;
      while (rightIndex < rightSize) {
        const rightMask = right.order[rightIndex] as number;
        const total = leftObjective + (right.objective[rightMask] as number);
        if (total > best + problem.tieBand) break;
        steps += 1;
        if (
          !sortedByCoverage &&
          outerCoverage + (left.coverage[leftMask] as number) + (right.coverage[rightMask] as number) < coverageLower
        ) {
          rightIndex += 1;
          continue;
        }
        let next = -1;
        for (let row = 0; row < rowCount; row += 1) {
          const allowed = (rowSlack[row] as number) - ((left.rows[row] as Float64Array)[leftMask] as number);
          if (((right.rows[row] as Float64Array)[rightMask] as number) > allowed) {
            // The next right subset this row admits (a covenant that binds rejects long runs of them).
            next = treeOf(row).firstAtMost(rightIndex + 1, allowed);
            break;
          }
        }
        if (next !== -1) {
          rightIndex = next;
          continue;
        }
        record({
          outer: outerMask,
          left: leftMask,
          right: rightMask,
          objective: total,
          coverage: outerCoverage + (left.coverage[leftMask] as number) + (right.coverage[rightMask] as number),
          tieWeight: outerSum(problem.tieWeight, outerMask) + (left.tieWeight[leftMask] as number) + (right.tieWeight[rightMask] as number),
        });
        rightIndex += 1;
      }
      if (steps > problem.maxSteps) {
        limited = true;
        break;
      }
      // With outer items the search is not exhaustive anyway: stop at the first set within the gap, not after the scan.
      if (hasOuter && proven()) {
        stoppedEarly = true;
        break;
      }
    }
    if (limited || stoppedEarly) break;
    if (outerAssignments.hasMore() && proven()) {
      stoppedEarly = true;
      break;
    }
  }

  const toSelection = (found: Found): Uint8Array => {
    const selection = new Uint8Array(count);
    const mark = (items: readonly number[], mask: number): void => {
      for (let bit = 0; bit < items.length; bit += 1) if ((mask >> bit) & 1) selection[items[bit] as number] = 1;
    };
    mark(outerItems, found.outer);
    mark(leftItems, found.left);
    mark(rightItems, found.right);
    return selection;
  };

  if (ties.length === 0) {
    const undecided = limited || problem.incumbent !== null;
    return { status: undecided ? 'limited' : 'infeasible', selection: null, objective: null, exhaustive: !undecided, steps };
  }
  const leader = chooseAmongTies(
    problem,
    best,
    ties.map((found) => ({ ...found, selection: () => toSelection(found) })),
  );
  const exhaustive = !stoppedEarly && !limited && !tiesOverflowed;
  return {
    status: limited && !proven() ? 'limited' : 'optimal',
    selection: leader.selection,
    objective: leader.objective,
    exhaustive,
    steps,
  };
}

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

/** A set within the tie band of the best, its selection built on demand. */
interface TieCandidate {
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
function chooseAmongTies(
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

/**
 * The subsets of up to `MAX_OUTER` items as bit masks (bit i: item i), in
 * ascending sum of `values` (ascending, non-negative), produced one at a time:
 * a heap seeded with the first item, where each subset whose highest item is
 * i begets two, "add item i + 1" and "replace item i by item i + 1", so every
 * subset appears once and in order. A search that stops after a few outer
 * assignments (the usual case) never builds all 2^k. Values that are not
 * ascending and non-negative fall back to a full sorted table. Ties in sum go
 * in the heap go to the smaller mask, so the order is deterministic.
 */
export class OuterAssignments {
  private readonly values: Float64Array;
  private readonly sums: number[] = [];
  private readonly masks: number[] = [];
  private readonly highest: number[] = [];
  private emptyGiven = false;
  private readonly table: Int32Array | null;
  private position = 0;

  constructor(values: Float64Array) {
    this.values = values;
    let ordered = true;
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index] as number;
      if (!(value >= 0) || (index > 0 && value < (values[index - 1] as number))) ordered = false;
    }
    this.table = ordered ? null : sortedMasks([...values.keys()], values);
    if (ordered && values.length > 0) this.push(values[0] as number, 1, 0);
  }

  /** The next mask, or -1 when every subset has been given. */
  next(): number {
    if (this.table !== null) return this.position < this.table.length ? (this.table[this.position++] as number) : -1;
    if (!this.emptyGiven) {
      this.emptyGiven = true;
      return 0;
    }
    if (this.sums.length === 0) return -1;
    const sum = this.sums[0] as number;
    const mask = this.masks[0] as number;
    const highest = this.highest[0] as number;
    this.pop();
    const following = highest + 1;
    if (following < this.values.length) {
      const added = this.values[following] as number;
      this.push(sum + added, mask | (1 << following), following);
      this.push(sum - (this.values[highest] as number) + added, (mask & ~(1 << highest)) | (1 << following), following);
    }
    return mask;
  }

  /** Whether `next` would give another mask. */
  hasMore(): boolean {
    return this.table !== null ? this.position < this.table.length : !this.emptyGiven || this.sums.length > 0;
  }

  private before(left: number, right: number): boolean {
    const difference = (this.sums[left] as number) - (this.sums[right] as number);
    return difference < 0 || (difference === 0 && (this.masks[left] as number) < (this.masks[right] as number));
  }

  private swap(left: number, right: number): void {
    for (const array of [this.sums, this.masks, this.highest]) {
      const held = array[left] as number;
      array[left] = array[right] as number;
      array[right] = held;
    }
  }

  private push(sum: number, mask: number, highest: number): void {
    this.sums.push(sum);
    this.masks.push(mask);
    this.highest.push(highest);
    let child = this.sums.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  private pop(): void {
    const last = this.sums.length - 1;
    this.swap(0, last);
    this.sums.pop();
    this.masks.pop();
    this.highest.pop();
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.sums.length && this.before(left, smallest)) smallest = left;
      if (right < this.sums.length && this.before(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }
}

/**
 * Minima of `values[order[i]]` over ranges of positions, answering "the first
 * position from `from` on whose value is at most `limit`" in O(log n).
 */
class MinimumTree {
  private readonly size: number;
  private readonly minimum: Float64Array;
  private readonly length: number;

  constructor(order: Int32Array, values: Float64Array) {
    this.length = order.length;
    let size = 1;
    while (size < this.length) size *= 2;
    this.size = size;
    this.minimum = new Float64Array(2 * size).fill(Number.POSITIVE_INFINITY);
    for (let index = 0; index < this.length; index += 1) this.minimum[size + index] = values[order[index] as number] as number;
    for (let node = size - 1; node >= 1; node -= 1) {
      this.minimum[node] = Math.min(this.minimum[2 * node] as number, this.minimum[2 * node + 1] as number);
    }
  }

  /** The first position >= `from` whose value is <= `limit`, or the length when there is none. */
  firstAtMost(from: number, limit: number): number {
    if (from >= this.length) return this.length;
    let node = this.size + from;
    if ((this.minimum[node] as number) <= limit) return from;
    // Climb until a right sibling's subtree holds a value <= limit, then descend into it.
    for (;;) {
      if (node === 1) return this.length;
      if (node % 2 === 0 && (this.minimum[node + 1] as number) <= limit) {
        node += 1;
        break;
      }
      node = Math.floor(node / 2);
    }
    while (node < this.size) node = (this.minimum[2 * node] as number) <= limit ? 2 * node : 2 * node + 1;
    return Math.min(node - this.size, this.length);
  }
}

/**
 * The first position from `from` on whose value (`values[order[position]]`,
 * ascending) is at least `need`, or the length: galloping, then bisection, so
 * a long jump costs its logarithm (the right half's start moves by thousands
 * between outer assignments) and a short one stays a few comparisons.
 */
function firstReaching(values: Float64Array, order: Int32Array, from: number, need: number): number {
  const length = order.length;
  if (from >= length || (values[order[from] as number] as number) >= need) return from;
  let low = from; // values below need up to here
  let step = 1;
  let high = from + step;
  while (high < length && (values[order[high] as number] as number) < need) {
    low = high;
    step *= 2;
    high = from + step;
  }
  high = Math.min(high, length);
  // Invariant: the value at low is below need, the answer is in (low, high].
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((values[order[middle] as number] as number) < need) low = middle;
    else high = middle;
  }
  return high;
}

function largest(values: Float64Array): number {
  let maximum = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < values.length; index += 1) if ((values[index] as number) > maximum) maximum = values[index] as number;
  return maximum;
}

/** Whether `candidate` holds the first item (in `order`) where it and `incumbent` differ. */
function prefersByOrder(candidate: Uint8Array, incumbent: Uint8Array, order: readonly number[]): boolean {
  for (const index of order) {
    if (candidate[index] !== incumbent[index]) return candidate[index] === 1;
  }
  return false;
}
