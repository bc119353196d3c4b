import type { AssetFigures } from './asset-figures.js';
import { compareCodeUnits, compareRanking } from './ranking.js';

/** Below this many assets a comparator sort is cheaper than building the packed keys. */
const PACKED_SORT_MIN_ITEMS = 256;

/** 2^32: the range of the order-preserving 32-bit key of a double. */
const KEY_RANGE = 2 ** 32;

/**
 * Reorders `order` (item indexes) stably by `values[item]` ascending, with one
 * native numeric sort of a Float64Array instead of comparator calls.
 *
 * Each value's high 32 bits (sign, exponent, top of the mantissa), mapped so
 * that they order as the values do, coarsened just enough that
 * `coarse x n + position` stays below 2^53: that key is unique, exact as a
 * double, and sorts by value (to about 1e-6 relative) and then by position.
 * Items whose coarse keys collide but whose values differ (values closer
 * than that) are put right by a comparator sort of their run: rare, and short.
 */
function sortStablyBy(order: Int32Array, values: Float64Array, keys: Float64Array): void {
  const count = order.length;
  const highWords = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  // Little-endian: the high word of value i is at 2i + 1 (every platform Node runs on).
  let divisor = 1;
  while ((KEY_RANGE / divisor) * count > Number.MAX_SAFE_INTEGER) divisor *= 2;
  for (let position = 0; position < count; position += 1) {
    const high = highWords[2 * (order[position] as number) + 1] as number;
    // Negative doubles order in reverse of their bits; non-negative ones above them in bit order.
    const ordered = high >= 0x80000000 ? 0xffffffff - high : high + 0x80000000;
    keys[position] = Math.floor(ordered / divisor) * count + position;
  }
  keys.sort();
  const previous = order.slice();
  let runStart = 0;
  let runCoarse = -1;
  let runMixed = false;
  for (let position = 0; position <= count; position += 1) {
    let coarse = -1;
    if (position < count) {
      const key = keys[position] as number;
      const previousPosition = key % count;
      coarse = (key - previousPosition) / count;
      order[position] = previous[previousPosition] as number;
      if (coarse === runCoarse) {
        if (values[order[position] as number] !== values[order[position - 1] as number]) runMixed = true;
        continue;
      }
    }
    if (runMixed) sortRunByValue(order, runStart, position, values, keys);
    runStart = position;
    runCoarse = coarse;
    runMixed = false;
  }
}

/** Sorts `order[start..end)` by value, ties by the position each item had before (kept in `keys`), so the sort stays stable. */
function sortRunByValue(order: Int32Array, start: number, end: number, values: Float64Array, keys: Float64Array): void {
  const count = order.length;
  const run: Array<{ readonly item: number; readonly before: number }> = [];
  for (let position = start; position < end; position += 1) {
    run.push({ item: order[position] as number, before: (keys[position] as number) % count });
  }
  run.sort((left, right) => (values[left.item] as number) - (values[right.item] as number) || left.before - right.before);
  for (let offset = 0; offset < run.length; offset += 1) order[start + offset] = (run[offset] as { readonly item: number }).item;
}

/**
 * The indexes of `items` in the ranking order of `compareRanking` (criticality
 * ascending, leaseability descending, cash descending, asset id ascending),
 * computed without comparator calls for the numeric keys: a least-significant-
 * first radix of three stable native sorts (cash, leaseability, criticality),
 * then the asset id settles items equal on all three. The order is total (ids
 * are unique), so the result is the one a comparator sort gives.
 *
 * Why: sorting is most of a large selection's time, and a comparator sort calls
 * back into JavaScript n log n times; native typed-array sorts do not.
 */
export function rankingOrder(items: readonly AssetFigures[]): Int32Array {
  const count = items.length;
  const criticality = new Float64Array(count);
  const leaseability = new Float64Array(count);
  const cash = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const figures = items[index] as AssetFigures;
    criticality[index] = figures.criticality + 0;
    // Descending keys are sorted ascending negated; + 0 turns -0 into 0, which the ranking treats as equal to it.
    leaseability[index] = -figures.leaseability + 0;
    cash[index] = -figures.cash + 0;
  }
  const order = new Int32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  const keys = new Float64Array(count);
  sortStablyBy(order, cash, keys);
  sortStablyBy(order, leaseability, keys);
  sortStablyBy(order, criticality, keys);
  // Runs equal on every numeric key are ordered by id (rare: identical sites).
  let start = 0;
  for (let position = 1; position <= count; position += 1) {
    if (position < count) {
      const left = order[position - 1] as number;
      const right = order[position] as number;
      if (criticality[left] === criticality[right] && leaseability[left] === leaseability[right] && cash[left] === cash[right]) continue;
    }
    if (position - start > 1) {
      const run = Array.from(order.subarray(start, position)).sort((left, right) =>
        compareCodeUnits((items[left] as AssetFigures).assetId, (items[right] as AssetFigures).assetId),
      );
      order.set(run, start);
    }
    start = position;
  }
  return order;
}

/**
 * `items` sorted in place by `compareRanking`: with a comparator for small
 * arrays, by `rankingOrder` for large ones (same result, the order is total).
 */
export function sortByRanking(items: AssetFigures[]): AssetFigures[] {
  if (items.length < PACKED_SORT_MIN_ITEMS) return items.sort(compareRanking);
  const order = rankingOrder(items);
  const copy = items.slice();
  for (let position = 0; position < order.length; position += 1) items[position] = copy[order[position] as number] as AssetFigures;
  return items;
}
