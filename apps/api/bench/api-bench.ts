// `npm run bench:api`: autocannon against a running API (127.0.0.1 only) for
// POST /api/runs (offline client, example portfolio, first example brief),
// GET /api/runs/{run_id}, GET /api/runs?limit=20 (and GET /healthz as the floor
// of the HTTP layer), on embedded PGlite and, when DATABASE_URL is set, on
// PostgreSQL in a fresh schema that is dropped afterwards. On PostgreSQL the
// bare Express + pg floor app runs beside the API and the two are measured in
// alternating rounds of each scenario, so that a change in the machine's load
// during the run falls on both alike and the ratio stays meaningful.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const DURATION_SECONDS = Number(process.env['BENCH_DURATION_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
/** Rounds per scenario in the API-against-floor comparison (each side gets DURATION_SECONDS / ROUNDS per round). */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 4);
const examples = new URL('../../../examples/', import.meta.url);

interface Measurement {
  readonly backend: string;
  readonly scenario: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  readonly failed: number;
  /** CPU milliseconds the server process spent per request (Linux only). */
  readonly cpuMsPerRequest?: number | undefined;
  /** PostgreSQL's CPU (every `postgres` process) per request over the same bursts, where /proc exists. */
  readonly databaseCpuMsPerRequest?: number | undefined;
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far, in milliseconds (user + system, from
 * /proc), or `undefined` where there is no /proc. Why: CPU per request does not
 * depend on how busy the machine is, as a rate does.
 */
async function cpuMilliseconds(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * CPU time used so far by every `postgres` process on this machine, in ms, or
 * `undefined` where there is no /proc. Why: on a machine whose cores the
 * database shares with the server, a request that costs the database more
 * lowers the server's rate as surely as its own CPU does; only one side is
 * loaded during a burst, so the difference over a burst is that side's.
 */
async function databaseCpuMilliseconds(): Promise<number | undefined> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return undefined;
  }
  let total = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if ((await readFile(`/proc/${entry}/comm`, 'utf8')).trim() !== 'postgres') continue;
      total += (await cpuMilliseconds(Number(entry))) ?? 0;
    } catch {
      // A process that ended between the listing and the read used no CPU in this burst that can be counted.
    }
  }
  return total;
}

async function exampleBody(): Promise<string> {
  const portfolio = JSON.parse(await readFile(new URL('portfolio.json', examples), 'utf8')) as Record<string, unknown>;
  const briefs = JSON.parse(await readFile(new URL('briefs.json', examples), 'utf8')) as { brief: string }[];
  return JSON.stringify({
    assets: portfolio['assets'],
    corporate_state: portfolio['corporate_state'],
    program_description: briefs[0]?.brief,
    fund_id: 'bench-fund',
  });
}

/** Node's flags for the API as `bin/leaseback-api.js` and `npm start` give them; the floor app runs on plain `node`. */
const API_NODE_FLAGS = ['--no-regexp-tier-up'];

async function startBenchServer(
  environment: Record<string, string>,
  scriptName = './bench-server.mjs',
  nodeFlags: readonly string[] = API_NODE_FLAGS,
): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL(scriptName, import.meta.url));
  const child = spawn(process.execPath, [...nodeFlags, script], {
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return { url, child };
}

async function stopBenchServer(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

async function load(
  backend: string,
  scenario: string,
  options: Omit<autocannon.Options, 'connections' | 'duration'>,
): Promise<Measurement> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_SECONDS, ...options });
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    backend,
    scenario,
    requestsPerSecond: result.requests.total / DURATION_SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed,
  };
}

async function measureBackend(backend: string, environment: Record<string, string>, body: string): Promise<Measurement[]> {
  const { url, child } = await startBenchServer(environment);
  try {
    const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
    // Warm up (JIT, solver, connection pool) before measuring.
    await autocannon({ url: `${url}/api/runs`, connections: 4, amount: 200, ...post });
    const created = await fetch(`${url}/api/runs`, { ...post });
    const runId = ((await created.json()) as { run_id: string }).run_id;
    // The floor: the same server's cheapest answer, through the same middleware (logs, metrics, routing).
    const floor = await load(backend, 'GET /healthz', { url: `${url}/healthz` });
    const writes = await load(backend, 'POST /api/runs', { url: `${url}/api/runs`, ...post });
    const reads = await load(backend, 'GET /api/runs/{run_id}', { url: `${url}/api/runs/${runId}` });
    const list = await load(backend, 'GET /api/runs?limit=20', { url: `${url}/api/runs?limit=20` });
    return [floor, writes, reads, list];
  } finally {
    await stopBenchServer(child);
  }
}

/** Autocannon for `seconds`, summed over rounds by `compare`. */
async function burst(options: autocannon.Options, seconds: number): Promise<autocannon.Result> {
  return autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
}

/**
 * PostgreSQL: the API and the bare Express + pg floor app side by side on the
 * same database, each scenario measured in ROUNDS alternating rounds (API then
 * floor, then floor then API, ...). Rates are totals over all rounds; p99 is the
 * worst round's.
 */
async function compareWithFloor(environment: Record<string, string>, body: string): Promise<Measurement[]> {
  const api = await startBenchServer(environment);
  let floor: { url: string; child: ChildProcess } | undefined;
  try {
    const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
    await autocannon({ url: `${api.url}/api/runs`, connections: 4, amount: 200, ...post });
    const apiRunId = ((await (await fetch(`${api.url}/api/runs`, { ...post })).json()) as { run_id: string }).run_id;
    // The floor inserts payloads of the same size as a run the API stored.
    const stored = (await (await fetch(`${api.url}/api/runs/${apiRunId}`)).json()) as Record<string, unknown>;
    floor = await startBenchServer(
      {
        ...environment,
        BENCH_RESPONSE_JSON: JSON.stringify(stored['response'] ?? null),
        BENCH_TRACE_JSON: JSON.stringify(stored['audit_trace'] ?? null),
      },
      './floor-server.mjs',
      [],
    );
    await autocannon({ url: `${floor.url}/api/runs`, connections: 4, amount: 200, ...post });
    const floorRunId = ((await (await fetch(`${floor.url}/api/runs`, { ...post })).json()) as { run_id: string }).run_id;
    const sides = [
      { backend: 'PostgreSQL', url: api.url, runId: apiRunId, pid: api.child.pid },
      { backend: 'floor', url: floor.url, runId: floorRunId, pid: floor.child.pid },
    ] as const;
    const scenarios = [
      { scenario: 'POST /api/runs', options: (side: (typeof sides)[number]) => ({ url: `${side.url}/api/runs`, ...post }) },
      { scenario: 'GET /api/runs/{run_id}', options: (side: (typeof sides)[number]) => ({ url: `${side.url}/api/runs/${side.runId}` }) },
      { scenario: 'GET /api/runs?limit=20', options: (side: (typeof sides)[number]) => ({ url: `${side.url}/api/runs?limit=20` }) },
    ];
    const measurements: Measurement[] = [];
    const seconds = DURATION_SECONDS / ROUNDS;
    // `BENCH_SCENARIOS=read,list` measures only the scenarios whose name contains one of the words (POST, read, list).
    const only = process.env['BENCH_SCENARIOS']?.split(',').map((word) => word.trim());
    const wanted = (scenario: string): boolean =>
      only === undefined ||
      only.some((word) =>
        word === 'read' ? scenario.includes('{run_id}') : word === 'list' ? scenario.includes('limit') : scenario.includes(word),
      );
    for (const { scenario, options } of scenarios.filter((candidate) => wanted(candidate.scenario))) {
      const totals = new Map<
        string,
        {
          requests: number;
          ok: number;
          failed: number;
          p50: number[];
          p99: number[];
          cpuMs: number | undefined;
          databaseCpuMs: number | undefined;
        }
      >();
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const cpuBefore = await cpuMilliseconds(side.pid);
          const databaseBefore = await databaseCpuMilliseconds();
          const result = await burst(options(side), seconds);
          const cpuAfter = await cpuMilliseconds(side.pid);
          const databaseAfter = await databaseCpuMilliseconds();
          const total = totals.get(side.backend) ?? { requests: 0, ok: 0, failed: 0, p50: [], p99: [], cpuMs: 0, databaseCpuMs: 0 };
          total.cpuMs =
            cpuBefore === undefined || cpuAfter === undefined || total.cpuMs === undefined ? undefined : total.cpuMs + cpuAfter - cpuBefore;
          total.databaseCpuMs =
            databaseBefore === undefined || databaseAfter === undefined || total.databaseCpuMs === undefined
              ? undefined
              : total.databaseCpuMs + databaseAfter - databaseBefore;
          total.requests += result.requests.total;
          total.ok += result['2xx'];
          total.failed += result.non2xx + result.errors + result.timeouts;
          total.p50.push(result.latency.p50);
          total.p99.push(result.latency.p99);
          totals.set(side.backend, total);
        }
      }
      for (const side of sides) {
        const total = totals.get(side.backend)!;
        const sortedP50 = [...total.p50].sort((left, right) => left - right);
        measurements.push({
          backend: side.backend,
          scenario,
          requestsPerSecond: total.requests / DURATION_SECONDS,
          p50: sortedP50[Math.floor(sortedP50.length / 2)] ?? 0,
          p99: Math.max(...total.p99),
          ok: total.ok,
          failed: total.failed,
          cpuMsPerRequest: total.cpuMs === undefined || total.requests === 0 ? undefined : total.cpuMs / total.requests,
          databaseCpuMsPerRequest:
            total.databaseCpuMs === undefined || total.requests === 0 ? undefined : total.databaseCpuMs / total.requests,
        });
      }
    }
    measurements.push(await load('PostgreSQL', 'GET /healthz', { url: `${api.url}/healthz` }));
    return measurements;
  } finally {
    if (floor) await stopBenchServer(floor.child);
    await stopBenchServer(api.child);
  }
}

const loadBefore = loadavg()[0] ?? 0;
const body = await exampleBody();
const measurements: Measurement[] = [];
if (process.env['BENCH_SKIP_PGLITE'] === '1') console.log('PGlite: skipped (BENCH_SKIP_PGLITE=1)');
else {
  const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-api-bench-'));
  try {
    measurements.push(...(await measureBackend('PGlite', { BENCH_DATA_DIR: dataDir }, body)));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const databaseUrl = process.env['DATABASE_URL']?.trim();
if (databaseUrl) {
  const schema = `api_bench_${process.pid}_${Date.now()}`;
  try {
    measurements.push(...(await compareWithFloor({ BENCH_DATABASE_URL: databaseUrl, BENCH_SCHEMA: schema }, body)));
  } finally {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
} else {
  console.log('PostgreSQL: skipped (DATABASE_URL is not set)');
}

console.log(
  `\n${cpus().length} cores (1-minute load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after), ` +
    `${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario, Node ${process.version}\n`,
);
console.log('backend     scenario                  req/s    p50 ms  p99 ms   2xx      failed');
for (const measurement of measurements) {
  console.log(
    `${measurement.backend.padEnd(11)} ${measurement.scenario.padEnd(24)} ${measurement.requestsPerSecond.toFixed(0).padStart(6)}  ${String(measurement.p50).padStart(6)}  ${String(measurement.p99).padStart(6)}   ${String(measurement.ok).padEnd(8)} ${measurement.failed}`,
  );
}
const find = (backend: string, scenario: string) =>
  measurements.find((item) => item.backend === backend && item.scenario.startsWith(scenario));
console.log('');
for (const backend of ['PGlite', 'PostgreSQL']) {
  const floor = find(backend, 'GET /healthz');
  const writes = find(backend, 'POST');
  const reads = find(backend, 'GET /api/runs');
  if (floor && writes && reads) {
    console.log(
      `${backend}: reads are ${(reads.requestsPerSecond / writes.requestsPerSecond).toFixed(1)}x writes; ` +
        `reads reach ${((100 * reads.requestsPerSecond) / floor.requestsPerSecond).toFixed(0)} % and writes ` +
        `${((100 * writes.requestsPerSecond) / floor.requestsPerSecond).toFixed(0)} % of the /healthz rate`,
    );
  }
}
if (measurements.some((measurement) => measurement.backend === 'floor')) {
  console.log(`\nPostgreSQL, the API against the bare Express + pg floor (same database, ${ROUNDS} alternating rounds per scenario)`);
  console.log(
    '| subject | API req/s | floor req/s | ratio | goal | met? | API p99 ms (goal < 100) | CPU ms/request API | CPU ms/request floor | CPU ratio (floor / API) | database CPU ms/request API / floor |',
  );
  console.log('|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const [scenario, goal] of [
    ['POST /api/runs', 0.5],
    ['GET /api/runs?limit=20', 0.8],
    ['GET /api/runs/{run_id}', 0.9],
  ] as const) {
    const api = measurements.find((item) => item.backend === 'PostgreSQL' && item.scenario === scenario);
    const floor = measurements.find((item) => item.backend === 'floor' && item.scenario === scenario);
    if (!api || !floor) continue;
    const ratio = api.requestsPerSecond / floor.requestsPerSecond;
    const cpu = (value: number | undefined): string => (value === undefined ? 'n/a' : value.toFixed(2));
    const cpuRatio =
      api.cpuMsPerRequest === undefined || floor.cpuMsPerRequest === undefined ? undefined : floor.cpuMsPerRequest / api.cpuMsPerRequest;
    console.log(
      `| ${scenario} | ${api.requestsPerSecond.toFixed(0)} | ${floor.requestsPerSecond.toFixed(0)} | ${ratio.toFixed(2)} | >= ${goal} | ` +
        `${ratio >= goal ? 'yes' : 'no'} | ${api.p99}${api.p99 < 100 ? '' : ' (missed)'} | ${cpu(api.cpuMsPerRequest)} | ` +
        `${cpu(floor.cpuMsPerRequest)} | ${cpu(cpuRatio)} | ${cpu(api.databaseCpuMsPerRequest)} / ${cpu(floor.databaseCpuMsPerRequest)} |`,
    );
  }
}
if (measurements.some((measurement) => measurement.failed > 0)) {
  console.error('some requests failed: the figures above are not valid');
  process.exitCode = 1;
}
