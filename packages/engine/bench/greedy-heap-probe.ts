/**
 * One side of the greedy heap comparison, run in its own process by
 * `select-assets.bench.ts` with `--trace-gc --expose-gc`: generates the
 * portfolio, collects garbage, prints a start mark, runs either `selectAssets`
 * or the plain sort (building the ranking records and sorting them), prints an
 * end mark with the heap in use. The parent reads the heap sizes the GC trace
 * printed between the marks: the largest is the peak.
 */
import { selectAssets } from '../src/index.js';
import { createRandom, generatePortfolio } from '../src/__fixtures__/portfolio-generator.js';
import { compareRecords, toRankingRecord } from './ranking-records.js';

const [mode, countText] = process.argv.slice(2);
const assetCount = Number(countText);
const { assets, corporateState, spec } = generatePortfolio(createRandom(20_260 + assetCount), { assetCount, targetShare: [0.1, 0.3] });
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with --expose-gc');
collect();
const before = process.memoryUsage().heapUsed;
console.log(`MARK start ${before}`);
let kept: unknown;
if (mode === 'select') kept = selectAssets(assets, corporateState, spec);
else kept = assets.map(toRankingRecord).sort(compareRecords);
console.log(`MARK end ${process.memoryUsage().heapUsed} ${kept === undefined ? 0 : 1}`);
