/**
 * createRun + getRun throughput on embedded PGlite (in memory and on disk) and,
 * when DATABASE_URL is set, on PostgreSQL (in a fresh schema, dropped at the end).
 * Prints operations per second (median of interleaved rounds) and the ratios
 * between backends, measured in one run.
 *
 *   npm run bench                      # PGlite only
 *   DATABASE_URL=postgres://... npm run bench
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RunRecordSchema, type RunRecord } from '@leaseback/domain';
import pg from 'pg';
import { buildRun } from '../src/__fixtures__/run-records.js';
import { openStore, type LeasebackStore } from '../src/index.js';

const ROUNDS = 5;
const OPERATIONS_PER_ROUND = Number(process.env.BENCH_OPERATIONS ?? 200);
const CONCURRENCY = 8;

/** A run the size of a plan over the example portfolio: 25 explanation nodes and 10 exclusions. */
function sizedRun(runId: string): RunRecord {
  const run = buildRun({ runId, fundId: 'bench-fund', createdAt: new Date(Date.UTC(2020, 0, 1)).toISOString() });
  const outcome = run.response!.outcome;
  const nodes = Array.from({ length: 25 }, (_, index) => ({
    kind: 'asset_not_needed' as const,
    asset_id: `asset-${index}`,
    constraint: null,
    message: `asset-${index} was not needed: the target was met before it (cap rate ${(0.05 + index / 1000).toFixed(3)})`,
    values: { proceeds: 1_000_000 + index * 10_000, cap_rate: 0.05 + index / 1000, market: `Market ${index % 7}` },
  }));
  const excluded = Array.from({ length: 10 }, (_, index) => ({
    asset_id: `excluded-${index}`,
    reason: 'criticality' as const,
    detail: `criticality 0.9${index} > max 0.7`,
  }));
  return {
    ...run,
    response: {
      ...run.response!,
      outcome: { ...outcome, explanation_nodes: [...outcome.explanation_nodes, ...nodes], excluded_assets: excluded },
    },
  };
}

interface Measured {
  readonly createPerSecond: number;
  readonly getPerSecond: number;
  readonly concurrentCreatePerSecond: number;
  readonly concurrentGetPerSecond: number;
}

async function timed(count: number, operation: (index: number) => Promise<unknown>, concurrency = 1): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        await operation(index);
      }
    }),
  );
  return count / ((performance.now() - started) / 1_000);
}

/** One round on one store: sequential then concurrent creates and reads of fresh runs. */
async function round(store: LeasebackStore, prefix: string): Promise<Measured> {
  const sequential = Array.from({ length: OPERATIONS_PER_ROUND }, (_, index) => sizedRun(`${prefix}-s${index}`));
  const concurrent = Array.from({ length: OPERATIONS_PER_ROUND }, (_, index) => sizedRun(`${prefix}-c${index}`));
  return {
    createPerSecond: await timed(OPERATIONS_PER_ROUND, (index) => store.createRun(sequential[index]!)),
    getPerSecond: await timed(OPERATIONS_PER_ROUND, (index) => store.getRun(sequential[index]!.run_id)),
    concurrentCreatePerSecond: await timed(OPERATIONS_PER_ROUND, (index) => store.createRun(concurrent[index]!), CONCURRENCY),
    concurrentGetPerSecond: await timed(OPERATIONS_PER_ROUND, (index) => store.getRun(concurrent[index]!.run_id), CONCURRENCY),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function validationPerSecond(): number {
  const run = sizedRun('validation');
  const count = 5_000;
  const started = performance.now();
  for (let index = 0; index < count; index += 1) RunRecordSchema.parse(run);
  return count / ((performance.now() - started) / 1_000);
}

const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-bench-'));
const databaseUrl = process.env.DATABASE_URL?.trim();
const schema = `store_bench_${process.pid}`;
const backends: [string, LeasebackStore][] = [
  ['PGlite (memory)', await openStore({ dataDir: 'memory://' })],
  ['PGlite (disk)', await openStore({ dataDir })],
];
if (databaseUrl) backends.push(['PostgreSQL', await openStore({ databaseUrl, schema })]);

const rounds = new Map<string, Measured[]>(backends.map(([label]) => [label, []]));
try {
  // Warm-up (connections, query plans, JIT), then rounds that take turns between the
  // backends, so that a change of load on the machine touches all of them alike.
  for (const [label, store] of backends) await round(store, `warm-${label}`);
  for (let index = 0; index < ROUNDS; index += 1) {
    for (const [label, store] of backends) rounds.get(label)!.push(await round(store, `${randomUUID().slice(0, 8)}-${index}`));
  }
} finally {
  for (const [, store] of backends) await store.close();
  await rm(dataDir, { recursive: true, force: true });
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}
const results: [string, Measured][] = [...rounds].map(([label, measured]) => [
  label,
  {
    createPerSecond: median(measured.map((entry) => entry.createPerSecond)),
    getPerSecond: median(measured.map((entry) => entry.getPerSecond)),
    concurrentCreatePerSecond: median(measured.map((entry) => entry.concurrentCreatePerSecond)),
    concurrentGetPerSecond: median(measured.map((entry) => entry.concurrentGetPerSecond)),
  },
]);

const payloadBytes = Buffer.byteLength(JSON.stringify(sizedRun('size')));
console.log(
  `store benchmark: median of ${ROUNDS} interleaved rounds of ${OPERATIONS_PER_ROUND} operations, run payload ${payloadBytes} bytes, "c8" = ${CONCURRENCY} at a time\n`,
);
const format = (value: number) => value.toFixed(0).padStart(9);
console.log(
  `${'backend'.padEnd(18)}${'create/s'.padStart(9)}${'get/s'.padStart(9)}${'create/s c8'.padStart(13)}${'get/s c8'.padStart(11)}`,
);
for (const [label, measured] of results) {
  console.log(
    `${label.padEnd(18)}${format(measured.createPerSecond)}${format(measured.getPerSecond)}${format(measured.concurrentCreatePerSecond).padStart(13)}${format(measured.concurrentGetPerSecond).padStart(11)}`,
  );
}
const baseline = results[0]![1];
console.log('\nratios to PGlite (memory), same run:');
for (const [label, measured] of results.slice(1)) {
  console.log(
    `  ${label}: create x${(measured.createPerSecond / baseline.createPerSecond).toFixed(2)}, get x${(measured.getPerSecond / baseline.getPerSecond).toFixed(2)}, ` +
      `create c8 x${(measured.concurrentCreatePerSecond / baseline.concurrentCreatePerSecond).toFixed(2)}, get c8 x${(measured.concurrentGetPerSecond / baseline.concurrentGetPerSecond).toFixed(2)}`,
  );
}
const validations = validationPerSecond();
console.log(`\nschema validation alone: ${validations.toFixed(0)} records/s; its share of one getRun:`);
for (const [label, measured] of results) {
  console.log(`  ${label}: ${((measured.getPerSecond / validations) * 100).toFixed(0)} %`);
}
