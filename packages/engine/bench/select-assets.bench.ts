/**
 * Greedy selection against sorting: for 1k, 10k and 100k generated assets,
 * the median time of `selectAssets` and its ratio to sorting the same records
 * by the ranking key in the same process. Run with `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { selectAssets } from '../src/index.js';
import { createRandom, generatePortfolio } from '../src/__fixtures__/portfolio-generator.js';

interface RankingRecord {
  readonly criticality: number;
  readonly leaseability: number;
  readonly cash: number;
  readonly assetId: string;
}

function compareRecords(left: RankingRecord, right: RankingRecord): number {
  if (left.criticality !== right.criticality) return left.criticality - right.criticality;
  if (left.leaseability !== right.leaseability) return right.leaseability - left.leaseability;
  if (left.cash !== right.cash) return right.cash - left.cash;
  return left.assetId < right.assetId ? -1 : left.assetId > right.assetId ? 1 : 0;
}

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

export function benchGreedy(): Array<{ assets: number; selectMs: number; sortMs: number; ratio: number; selected: number; status: string }> {
  const rows = [];
  for (const [assetCount, runs] of [
    [1_000, 60],
    [10_000, 30],
    [100_000, 15],
  ] as const) {
    const instance = generatePortfolio(createRandom(20_260 + assetCount), { assetCount, targetShare: [0.1, 0.3] });
    const { assets, corporateState, spec } = instance;
    const records: RankingRecord[] = assets.map((asset) => ({
      criticality: asset.criticality,
      leaseability: asset.leaseability,
      cash: (asset.market_rent / asset.cap_rate) * 0.98 - asset.mortgage_balance,
      assetId: asset.asset_id,
    }));
    // Warm up both code paths before measuring.
    for (let warm = 0; warm < 3; warm += 1) {
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
    rows.push({ assets: assetCount, selectMs, sortMs, ratio: selectMs / sortMs, selected: outcome.selected_asset_ids.length, status: outcome.status });
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
