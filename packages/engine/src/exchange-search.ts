import type { SelectionModel } from './selection-model.js';

/** Options of `improveByExchanges`. */
export interface ExchangeSearchOptions {
  /** `minimize`: lower proceeds while staying at or above the target row; `maximize`: raise proceeds (no target row). */
  readonly direction: 'minimize' | 'maximize';
  /** Stop once proceeds are within this many model units of the target (minimize). */
  readonly stopWithin: number;
  readonly maxIterations: number;
}

/** Pool caps that keep one iteration cheap on large portfolios (the search only proposes starts). */
const MAX_REMOVAL_POOL = 120;
const MAX_REMOVAL_PAIR_POOL = 60;
const MAX_ADDITION_PAIR_POOL = 160;
const DEEP_REMOVAL_POOL = 20;
const DEEP_ADDITION_POOL = 30;
const CANDIDATES_PER_PROBE = 24;

/** A set of columns taken out and a set put in, with the change in proceeds. */
interface Exchange {
  readonly out: readonly number[];
  readonly in: readonly number[];
  readonly delta: number;
}

/** Up to `limit` indices spread evenly over the range of cash values (deterministic). */
function evenlySpaced(indices: readonly number[], limit: number, cash: Float64Array): number[] {
  if (indices.length <= limit) return [...indices];
  const byCash = [...indices].sort((left, right) => (cash[left] as number) - (cash[right] as number) || left - right);
  const picked: number[] = [];
  for (let slot = 0; slot < limit; slot += 1) picked.push(byCash[Math.floor((slot * byCash.length) / limit)] as number);
  return picked;
}

/** Every subset of size 0, 1 (from `singles`) and 2 (from `pairPool`), with its cash. */
function subsets(singles: readonly number[], pairPool: readonly number[], cash: Float64Array): Array<{ members: number[]; cash: number }> {
  const result: Array<{ members: number[]; cash: number }> = [{ members: [], cash: 0 }];
  for (const index of singles) result.push({ members: [index], cash: cash[index] as number });
  for (let left = 0; left < pairPool.length; left += 1) {
    for (let right = left + 1; right < pairPool.length; right += 1) {
      const first = pairPool[left] as number;
      const second = pairPool[right] as number;
      result.push({ members: [first, second], cash: (cash[first] as number) + (cash[second] as number) });
    }
  }
  return result;
}

/** Orders index lists: by length, then element by element (a total, deterministic order). */
function compareMembers(left: readonly number[], right: readonly number[]): number {
  if (left.length !== right.length) return left.length - right.length;
  for (let position = 0; position < left.length; position += 1) {
    const difference = (left[position] as number) - (right[position] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

function compareExchanges(left: Exchange, right: Exchange): number {
  return left.delta - right.delta || compareMembers(left.out, right.out) || compareMembers(left.in, right.in);
}

/** The first position whose value is >= `value` in an ascending array. */
function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A deterministic local search over exchanges of assets in and out of a set,
 * keeping every covenant row satisfied. It only proposes good sets to the MILP
 * solver, which proves optimality; it proves nothing itself.
 *
 * Why it helps: minimising proceeds above a target is a subset-sum problem.
 * The solver's bound is the target itself, so it proves optimality as soon as
 * it holds a set within the gap of the target, and branch and bound alone finds
 * such sets slowly. The search first tries exchanges of up to two assets out
 * and two in; when those stall, it combines two such exchanges (up to four out
 * and four in) by meeting in the middle over a sorted list, which closes the
 * distance to the target by orders of magnitude per step.
 */
export function improveByExchanges(model: SelectionModel, start: Uint8Array, options: ExchangeSearchOptions): Uint8Array {
  const selection = Uint8Array.from(start);
  const { cash, rows } = model;
  const columnCount = cash.length;
  const minimize = options.direction === 'minimize';
  const activity = rows.map((row) => {
    let total = 0;
    for (let index = 0; index < columnCount; index += 1) if (selection[index] === 1) total += row.coefficients[index] as number;
    return total;
  });
  let proceeds = 0;
  for (let index = 0; index < columnCount; index += 1) if (selection[index] === 1) proceeds += cash[index] as number;

  const feasible = (outs: readonly number[], ins: readonly number[]): boolean => {
    for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
      const row = rows[rowIndex] as (typeof rows)[number];
      let value = activity[rowIndex] as number;
      for (const index of outs) value -= row.coefficients[index] as number;
      for (const index of ins) value += row.coefficients[index] as number;
      if (value > row.upper) return false;
    }
    return true;
  };
  /** Whether a change in proceeds improves: for minimize it must keep proceeds at or above the target row. */
  const improves = (delta: number, best: number): boolean =>
    minimize ? delta < best && proceeds + delta >= model.targetLower : delta > best;
  const apply = (move: Exchange): void => {
    for (const index of move.out) selection[index] = 0;
    for (const index of move.in) selection[index] = 1;
    rows.forEach((row, rowIndex) => {
      let value = activity[rowIndex] as number;
      for (const index of move.out) value -= row.coefficients[index] as number;
      for (const index of move.in) value += row.coefficients[index] as number;
      activity[rowIndex] = value;
    });
    proceeds += move.delta;
  };
  const partition = (): { selected: number[]; unselected: number[] } => {
    const selected: number[] = [];
    const unselected: number[] = [];
    for (let index = 0; index < columnCount; index += 1) (selection[index] === 1 ? selected : unselected).push(index);
    return { selected, unselected };
  };

  /** Best exchange of up to two out and two in. */
  const bestSimpleExchange = (): Exchange | null => {
    const { selected, unselected } = partition();
    const removals = subsets(evenlySpaced(selected, MAX_REMOVAL_POOL, cash), evenlySpaced(selected, MAX_REMOVAL_PAIR_POOL, cash), cash);
    const additions = subsets(unselected, evenlySpaced(unselected, MAX_ADDITION_PAIR_POOL, cash), cash);
    additions.sort((left, right) => left.cash - right.cash || compareMembers(left.members, right.members));
    const additionCash = Float64Array.from(additions, (subset) => subset.cash);
    let best: Exchange | null = null;
    let bestDelta = 0;
    for (const removal of removals) {
      if (minimize) {
        // New proceeds = proceeds - removal + addition, wanted in [targetLower, proceeds - improvement).
        let position = lowerBound(additionCash, model.targetLower - proceeds + removal.cash);
        for (let scanned = 0; scanned < CANDIDATES_PER_PROBE && position < additions.length; scanned += 1, position += 1) {
          const addition = additions[position] as (typeof additions)[number];
          const delta = addition.cash - removal.cash;
          if (delta >= bestDelta) break;
          if ((removal.members.length > 0 || addition.members.length > 0) && feasible(removal.members, addition.members)) {
            best = { out: removal.members, in: addition.members, delta };
            bestDelta = delta;
            break;
          }
        }
      } else {
        let position = additions.length - 1;
        for (let scanned = 0; scanned < CANDIDATES_PER_PROBE && position >= 0; scanned += 1, position -= 1) {
          const addition = additions[position] as (typeof additions)[number];
          const delta = addition.cash - removal.cash;
          if (delta <= bestDelta) break;
          if (feasible(removal.members, addition.members)) {
            best = { out: removal.members, in: addition.members, delta };
            bestDelta = delta;
            break;
          }
        }
      }
    }
    return best;
  };

  /** Best sum of two disjoint elementary exchanges (up to four out and four in), minimize only. */
  const bestCombinedExchange = (): Exchange | null => {
    const { selected, unselected } = partition();
    const outPool = evenlySpaced(selected, DEEP_REMOVAL_POOL, cash);
    const inPool = evenlySpaced(unselected, DEEP_ADDITION_POOL, cash);
    const outs = subsets(outPool, outPool, cash);
    const ins = subsets(inPool, inPool, cash);
    const elementary: Exchange[] = [];
    for (const out of outs)
      for (const added of ins)
        if (out.members.length + added.members.length > 0)
          elementary.push({ out: out.members, in: added.members, delta: added.cash - out.cash });
    elementary.sort(compareExchanges);
    const deltas = Float64Array.from(elementary, (exchange) => exchange.delta);
    const slack = proceeds - model.targetLower;
    let best: Exchange | null = null;
    let bestDelta = 0;
    for (const first of elementary) {
      // Wanted: first.delta + second.delta in [-slack, bestDelta).
      let position = lowerBound(deltas, -slack - first.delta);
      for (let scanned = 0; scanned < CANDIDATES_PER_PROBE && position < elementary.length; scanned += 1, position += 1) {
        const second = elementary[position] as Exchange;
        const delta = first.delta + second.delta;
        if (delta >= bestDelta) break;
        if (second.out.some((index) => first.out.includes(index)) || second.in.some((index) => first.in.includes(index))) continue;
        const outs = [...first.out, ...second.out];
        const ins = [...first.in, ...second.in];
        if (feasible(outs, ins)) {
          best = { out: outs, in: ins, delta };
          bestDelta = delta;
          break;
        }
      }
    }
    return best;
  };

  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    if (minimize && proceeds - model.targetLower <= options.stopWithin) break;
    let move = bestSimpleExchange();
    if (move === null && minimize) move = bestCombinedExchange();
    if (move === null || !improves(move.delta, 0)) break;
    apply(move);
  }
  return selection;
}

/**
 * A set that reaches the target row while keeping every covenant row, built
 * from `start` by adding assets in order of how little of the scarcest row
 * they use per unit of cash (each row's use divided by its slack at `start`;
 * an asset that loosens every row comes first), or null when the walk ends
 * short of the target. A deterministic primal heuristic for when the greedy
 * walk, which ranks by criticality and not by the covenant that binds, stops
 * short: it only proposes a start, the exact methods prove nothing from it.
 */
export function fillToTarget(model: SelectionModel, start: Uint8Array): Uint8Array | null {
  const { cash, rows } = model;
  const columnCount = cash.length;
  const selection = Uint8Array.from(start);
  const activity = rows.map((row) => {
    let total = 0;
    for (let index = 0; index < columnCount; index += 1) if (selection[index] === 1) total += row.coefficients[index] as number;
    return total;
  });
  if (rows.some((row, rowIndex) => (activity[rowIndex] as number) > row.upper)) return null;
  let proceeds = 0;
  for (let index = 0; index < columnCount; index += 1) if (selection[index] === 1) proceeds += cash[index] as number;
  const score = new Float64Array(columnCount);
  for (let index = 0; index < columnCount; index += 1) {
    let scarcest = Number.NEGATIVE_INFINITY;
    rows.forEach((row, rowIndex) => {
      const slack = Math.max(row.upper - (activity[rowIndex] as number), 1e-12);
      scarcest = Math.max(scarcest, (row.coefficients[index] as number) / slack);
    });
    score[index] = scarcest / (cash[index] as number);
  }
  const order = [...Array(columnCount).keys()]
    .filter((index) => selection[index] === 0)
    .sort((left, right) => (score[left] as number) - (score[right] as number) || left - right);
  for (const index of order) {
    if (proceeds >= model.targetLower) break;
    let fits = true;
    for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
      if (
        (activity[rowIndex] as number) + ((rows[rowIndex] as (typeof rows)[number]).coefficients[index] as number) >
        (rows[rowIndex] as (typeof rows)[number]).upper
      ) {
        fits = false;
        break;
      }
    }
    if (!fits) continue;
    selection[index] = 1;
    proceeds += cash[index] as number;
    rows.forEach((row, rowIndex) => {
      activity[rowIndex] = (activity[rowIndex] as number) + (row.coefficients[index] as number);
    });
  }
  return proceeds >= model.targetLower ? selection : null;
}
