/**
 * The exact strategy: (1) median time and share proven optimal on 50, 200 and
 * 1,000 generated assets; (2) greedy against exact over 500 generated programs:
 * how often greedy says infeasible when exact finds a set, and the mean
 * overshoot of each over the target. Run with `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import type { ProgramOutcome } from '@leaseback/domain';
import { loadExactSolver, selectAssets } from '../src/index.js';
import { createRandom, generatePortfolio } from '../src/__fixtures__/portfolio-generator.js';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

const loadStart = performance.now();
await loadExactSolver();
console.log(`Solver loaded once in ${(performance.now() - loadStart).toFixed(0)} ms`);
console.log('');

// (0) The hard regime: 20-50 eligible assets, the method chosen by size against HiGHS alone.
const HARD_INSTANCES = 24;
const HIGHS_TIME_LIMIT_MS = 3_000;
interface HardRow {
  readonly eligible: number;
  readonly chosenMs: number;
  readonly highsMs: number;
  readonly chosenProven: boolean;
  readonly highsProven: boolean;
  readonly chosenProceeds: number;
  readonly highsProceeds: number;
}
const hardRows: HardRow[] = [];
for (let seed = 1; hardRows.length < HARD_INSTANCES; seed += 1) {
  const random = createRandom(4_242 + seed);
  const wanted = 20 + (hardRows.length % 31);
  const { assets, corporateState, spec } = generatePortfolio(random, { assetCount: wanted, filterShare: 0, targetShare: [0.1, 0.5] });
  const greedy = selectAssets(assets, corporateState, spec);
  const eligible = assets.length - greedy.excluded_assets.length;
  if (eligible < 20 || eligible > 50) continue;
  const exactSpec = { ...spec, strategy: 'exact' as const };
  let start = performance.now();
  const chosen = selectAssets(assets, corporateState, exactSpec);
  const chosenMs = performance.now() - start;
  start = performance.now();
  const highs = selectAssets(assets, corporateState, exactSpec, {
    exact: { combinatorial_max_assets: 0, time_limit_ms: HIGHS_TIME_LIMIT_MS },
  });
  const highsMs = performance.now() - start;
  hardRows.push({
    eligible,
    chosenMs,
    highsMs,
    chosenProven: chosen.solver?.proven_optimal === true,
    highsProven: highs.solver?.proven_optimal === true,
    chosenProceeds: chosen.proceeds,
    highsProceeds: highs.proceeds,
  });
}
const p90 = (values: readonly number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] as number;
};
const chosenTimes = hardRows.map((row) => row.chosenMs);
const highsTimes = hardRows.map((row) => row.highsMs);
const aboveHighs = hardRows.filter((row) => row.chosenProceeds > row.highsProceeds * (1 + 1e-9)).length;
const belowHighs = hardRows.filter((row) => row.chosenProceeds < row.highsProceeds * (1 - 1e-9)).length;
console.log(`20-50 eligible assets (${HARD_INSTANCES} seeded programs; HiGHS alone with a ${HIGHS_TIME_LIMIT_MS} ms limit)`);
console.log('| method | median ms | p90 ms | max ms | proven |');
console.log('|---|---:|---:|---:|---:|');
console.log(
  `| chosen by size (combinatorial here) | ${median(chosenTimes).toFixed(1)} | ${p90(chosenTimes).toFixed(1)} | ${Math.max(...chosenTimes).toFixed(1)} | ` +
    `${hardRows.filter((row) => row.chosenProven).length}/${HARD_INSTANCES} |`,
);
console.log(
  `| HiGHS alone | ${median(highsTimes).toFixed(1)} | ${p90(highsTimes).toFixed(1)} | ${Math.max(...highsTimes).toFixed(1)} | ` +
    `${hardRows.filter((row) => row.highsProven).length}/${HARD_INSTANCES} |`,
);
console.log(
  `p90 ratio chosen/HiGHS ${(p90(chosenTimes) / p90(highsTimes)).toFixed(3)}; ` +
    `chosen raised less than HiGHS on ${belowHighs}, more on ${aboveHighs} programs`,
);
console.log('');

// (1) Scale.
const INSTANCES_PER_SIZE = 15;
console.log(`Exact strategy on generated portfolios (${INSTANCES_PER_SIZE} seeded instances per size, time limit 10 s)`);
console.log('assets | median ms | p90 ms | proven optimal | ok | mean overshoot (ok)');
for (const assetCount of [50, 200, 1_000]) {
  const times: number[] = [];
  let proven = 0;
  let ok = 0;
  let overshoot = 0;
  for (let seed = 1; seed <= INSTANCES_PER_SIZE; seed += 1) {
    const { assets, corporateState, spec } = generatePortfolio(createRandom(31_337 * seed + assetCount), { assetCount });
    const start = performance.now();
    const outcome = selectAssets(assets, corporateState, { ...spec, strategy: 'exact' });
    times.push(performance.now() - start);
    if (outcome.solver?.proven_optimal) proven += 1;
    if (outcome.status === 'ok') {
      ok += 1;
      overshoot += outcome.proceeds / outcome.target_amount - 1;
    }
  }
  const sorted = [...times].sort((left, right) => left - right);
  console.log(
    `${String(assetCount).padStart(6)} | ${median(times).toFixed(0).padStart(9)} | ${(sorted[Math.floor(sorted.length * 0.9)] as number).toFixed(0).padStart(6)} | ` +
      `${`${proven}/${INSTANCES_PER_SIZE}`.padStart(14)} | ${String(ok).padStart(2)} | ${(ok === 0 ? 0 : overshoot / ok).toExponential(2)}`,
  );
}
console.log('');

// (2) Greedy against exact.
const PROGRAMS = 500;
let bothOk = 0;
let greedyOk = 0;
let exactOk = 0;
let greedyMissed = 0;
let rescued = 0;
let provenInfeasible = 0;
let unknown = 0;
let exactProven = 0;
let greedyOvershoot = 0;
let exactOvershoot = 0;
let greedyOvershootBoth = 0;
let exactOvershootBoth = 0;
const exactTimes: number[] = [];
const greedyTimes: number[] = [];
const overshootOf = (outcome: ProgramOutcome) => outcome.proceeds / outcome.target_amount - 1;
for (let seed = 1; seed <= PROGRAMS; seed += 1) {
  const random = createRandom(271_828 + seed);
  const { assets, corporateState, spec } = generatePortfolio(random, {
    assetCount: 10 + Math.floor(random() * 51),
    targetShare: [0.05, 0.6],
    leverageHeadroom: [-0.05, 0.2],
    leaseAdjustedHeadroom: [-0.05, 0.1],
    capRateRange: seed % 2 === 0 ? [0.05, 0.25] : [0.05, 0.09],
  });
  let start = performance.now();
  const greedy = selectAssets(assets, corporateState, spec);
  greedyTimes.push(performance.now() - start);
  start = performance.now();
  const exact = selectAssets(assets, corporateState, { ...spec, strategy: 'exact' }, { exact: { time_limit_ms: 2_000 } });
  exactTimes.push(performance.now() - start);
  if (exact.solver?.proven_optimal) exactProven += 1;
  if (greedy.status === 'ok') {
    greedyOk += 1;
    greedyOvershoot += overshootOf(greedy);
  }
  if (exact.status === 'ok') {
    exactOk += 1;
    exactOvershoot += overshootOf(exact);
  }
  if (greedy.status === 'ok' && exact.status === 'ok') {
    bothOk += 1;
    greedyOvershootBoth += overshootOf(greedy);
    exactOvershootBoth += overshootOf(exact);
  }
  if (greedy.status !== 'ok') {
    if (exact.status === 'ok') {
      greedyMissed += 1;
      rescued += 1;
    } else if (exact.solver?.proven_optimal) provenInfeasible += 1;
    else unknown += 1;
  }
}
console.log(`Greedy against exact on ${PROGRAMS} generated programs (10-60 assets, covenants near the baseline, exact time limit 2 s)`);
console.log('| measure | greedy | exact |');
console.log('|---|---:|---:|');
console.log(`| programs solved (ok) | ${greedyOk} | ${exactOk} |`);
console.log(`| greedy infeasible, exact finds a set | ${greedyMissed} | rescued ${rescued} |`);
console.log(`| greedy infeasible, exact proves none exists | ${provenInfeasible} | ${provenInfeasible} |`);
console.log(`| greedy infeasible, exact undecided (time limit) | ${unknown} | ${unknown} |`);
console.log(
  `| mean overshoot over target (own ok programs) | ${percent(greedyOk === 0 ? 0 : greedyOvershoot / greedyOk)} | ${percent(exactOk === 0 ? 0 : exactOvershoot / exactOk)} |`,
);
console.log(
  `| mean overshoot over target (programs both solve, n=${bothOk}) | ${percent(bothOk === 0 ? 0 : greedyOvershootBoth / bothOk)} | ${percent(bothOk === 0 ? 0 : exactOvershootBoth / bothOk)} |`,
);
console.log(`| exact proven optimal or proven infeasible | - | ${exactProven}/${PROGRAMS} |`);
console.log(`| median time per program | ${median(greedyTimes).toFixed(2)} ms | ${median(exactTimes).toFixed(1)} ms |`);
console.log(
  `Exact rescued ${rescued} of the ${rescued + unknown} greedy misses that have (or may have) a valid set; ${unknown} left undecided.`,
);
