// `npm run bench:write-cpu`: the service's createRun in a loop (offline client,
// example portfolio, first example brief, engine inline) and the CPU
// milliseconds one write costs this process, without HTTP. Why: CPU per write
// does not depend on the machine's load as a rate does, and run under
// `node --cpu-prof` it shows the whole write's split. On PostgreSQL when
// DATABASE_URL is set (a fresh schema, dropped afterwards), else embedded
// PGlite (whose own CPU then counts too). BENCH_WRITES writes (default 300) are measured after 50 of warm-up.
// The npm script runs Node with `--no-regexp-tier-up`, as the server runs (bin/leaseback-api.js), so that the
// reader's patterns cost here what they cost a write; run under a profiler, give Node the flag too.
import { readFile } from 'node:fs/promises';
import { createLeasebackService, parseServiceConfig } from '@leaseback/service';
import { openStore } from '@leaseback/store';

const examples = new URL('../../../examples/', import.meta.url);
const portfolio = JSON.parse(await readFile(new URL('portfolio.json', examples), 'utf8'));
const briefs = JSON.parse(await readFile(new URL('briefs.json', examples), 'utf8'));
const body = JSON.stringify({
  assets: portfolio.assets,
  corporate_state: portfolio.corporate_state,
  program_description: briefs[0].brief,
  fund_id: 'bench-fund',
});
const databaseUrl = process.env.DATABASE_URL;
const config = parseServiceConfig({ store: { data_dir: 'memory://' }, planner: { engine_threads: 0 } });
const store = databaseUrl ? await openStore({ databaseUrl, schema: `bench_write_cpu_${process.pid}` }) : undefined;
const service = await createLeasebackService({ config, ...(store ? { store } : {}) });
const writes = Number(process.env.BENCH_WRITES ?? 300);
for (let count = 0; count < 50; count += 1) await service.createRun(JSON.parse(body));
const before = process.cpuUsage();
const startedAt = performance.now();
for (let count = 0; count < writes; count += 1) await service.createRun(JSON.parse(body));
const cpu = process.cpuUsage(before);
console.log(
  JSON.stringify({
    writes,
    cpu_ms_per_write: +((cpu.user + cpu.system) / 1000 / writes).toFixed(3),
    wall_ms_per_write: +((performance.now() - startedAt) / writes).toFixed(3),
  }),
);
await service.close();
if (databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS bench_write_cpu_${process.pid} CASCADE`);
  await client.end();
}
