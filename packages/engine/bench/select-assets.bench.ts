/**
 * Greedy selection against sorting: for 1k to 1M generated assets, the median
 * time of `selectAssets` and its ratio to sorting the same records by the
 * ranking key in the same process; then, at 100k and 1M, the peak heap of each
 * side, each measured in its own process (see `greedy-heap-probe.ts`). Run with
 * `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { selectAssets } from '../src/index.js';
import { createRandom, generatePortfolio } from '../src/__fixtures__/portfolio-generator.js';
import { compareRecords, toRankingRecord, type RankingRecord } from './ranking-records.js';

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function time(operation: () => unknown): number {
  const start = performance.now();
  operation();
  return performance.now() - start;
}

export function benchGreedy(): Array<{
  assets: number;
  selectMs: number;
  sortMs: number;
  ratio: number;
  selected: number;
  status: string;
}> {
  const rows = [];
  for (const [assetCount, runs] of [
    [1_000, 60],
    [10_000, 30],
    [100_000, 15],
    [1_000_000, 3],
  ] as const) {
    const instance = generatePortfolio(createRandom(20_260 + assetCount), { assetCount, targetShare: [0.1, 0.3] });
    const { assets, corporateState, spec } = instance;
    const records: RankingRecord[] = assets.map(toRankingRecord);
    // Warm up both code paths before measuring.
    for (let warm = 0; warm < (assetCount >= 1_000_000 ? 1 : 3); warm += 1) {
      selectAssets(assets, corporateState, spec);
      [...records].sort(compareRecords);
    }
    const selectTimes: number[] = [];
    const sortTimes: number[] = [];
    let outcome = selectAssets(assets, corporateState, spec);
    for (let run = 0; run < runs; run += 1) {
      // Alternate the two so that drift in machine load affects both alike.
      sortTimes.push(time(() => [...records].sort(compareRecords)));
      selectTimes.push(time(() => (outcome = selectAssets(assets, corporateState, spec))));
    }
    const selectMs = median(selectTimes);
    const sortMs = median(sortTimes);
    rows.push({
      assets: assetCount,
      selectMs,
      sortMs,
      ratio: selectMs / sortMs,
      selected: outcome.selected_asset_ids.length,
      status: outcome.status,
    });
  }
  return rows;
}

const greedyRows = benchGreedy();
console.log('Greedy selection vs sorting by the ranking key (median of alternating runs)');
console.log('assets   | selectAssets ms | sort ms | ratio | selected | status');
for (const row of greedyRows) {
  console.log(
    `${String(row.assets).padEnd(8)} | ${row.selectMs.toFixed(2).padStart(15)} | ${row.sortMs.toFixed(2).padStart(7)} | ` +
      `${row.ratio.toFixed(2).padStart(5)} | ${String(row.selected).padStart(8)} | ${row.status}`,
  );
}

/** Peak heap above the heap in use at the start mark, from the GC trace of one probe process. */
function peakHeapMb(mode: 'select' | 'sort', assetCount: number): number {
  const probe = fileURLToPath(new URL('./greedy-heap-probe.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--trace-gc', '--expose-gc', probe, mode, String(assetCount)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith('MARK start'));
  const end = lines.findIndex((line) => line.startsWith('MARK end'));
  if (start < 0 || end < start) throw new Error(`heap probe printed no marks:\n${output.slice(-2000)}`);
  const startMb = Number(lines[start]?.split(' ')[2]) / 2 ** 20;
  let peakMb = Number(lines[end]?.split(' ')[2]) / 2 ** 20;
  for (const line of lines.slice(start + 1, end)) {
    // "... Scavenge 47.9 (65.9) -> 43.6 (65.1) MB": the first figure is the heap in use before that collection.
    const match = /: (?:Scavenge|Mark-Compact|Mark-sweep)[^0-9]*([0-9.]+) \(/.exec(line);
    if (match !== null) peakMb = Math.max(peakMb, Number(match[1]));
  }
  return peakMb - startMb;
}

console.log('');
console.log('Peak heap above the input, selectAssets vs building and sorting the ranking records (own process each)');
console.log('assets    | selectAssets MB | sort MB | ratio');
for (const assetCount of [100_000, 1_000_000]) {
  const sortMb = peakHeapMb('sort', assetCount);
  const selectMb = peakHeapMb('select', assetCount);
  console.log(
    `${String(assetCount).padEnd(9)} | ${selectMb.toFixed(1).padStart(15)} | ${sortMb.toFixed(1).padStart(7)} | ${(selectMb / sortMb).toFixed(2).padStart(5)}`,
  );
}
