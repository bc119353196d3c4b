/**
 * An exact search for small 0-1 programs, without a MILP solver: meet in the
 * middle (Horowitz-Sahni) over a generic linear model (`combinatorial-problem.ts`).
 *
 * Why: minimising proceeds above a target is a subset-sum problem whose LP
 * bound sits at the target, so branch and bound must branch almost
 * exhaustively to prove optimality at a tight gap (HiGHS took seconds on 30-50
 * eligible assets, and often stopped at its time limit). Enumerating the two
 * halves' subset sums in sorted order and scanning them against each other
 * proves the optimum of 36 items exactly with a few hundred thousand steps.
 *
 * For another objective (the NPV cost) the same problem is solved by
 * `solveByBranchAndBound` (`branch-and-bound.ts`), whose relaxation bound is
 * tight there; both break ties through one routine, `chooseAmongTies`.
 */
import {
  BOUND_SLACK,
  MAX_TIES,
  chooseAmongTies,
  type CombinatorialProblem,
  type CombinatorialResult,
  type LinearConstraint,
} from './combinatorial-problem.js';

/** Items per half: 2^16 subsets per side keeps tables under a few MB and one scan near a millisecond. */
const MAX_HALF = 16;
/** Items enumerated around the two halves (outer assignments), at most. */
const MAX_OUTER = 20;
/** The largest program this search accepts. */
export const COMBINATORIAL_MAX_ITEMS = 2 * MAX_HALF + MAX_OUTER;

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
