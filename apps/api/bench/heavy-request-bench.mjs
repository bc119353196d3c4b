// Measures what one heavy request does to everyone else: /healthz latency while
// an exact plan (and a capacity) of the largest allowed portfolio runs, with
// the engine in worker threads (the server's default) and inline (threads = 0)
// for comparison. Run after a build: `node bench/heavy-request-bench.mjs`.
// Prints one JSON line per mode; the API README quotes them.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createLeasebackService, parseServiceConfig, DEFAULT_MAX_ASSETS } from '@leaseback/service';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { startServer } from '../dist/index.js';

const portfolio = JSON.parse(readFileSync(new URL('../../../examples/portfolio.json', import.meta.url), 'utf8'));
const briefs = JSON.parse(readFileSync(new URL('../../../examples/briefs.json', import.meta.url), 'utf8'));
const assetCount = Number(process.env['HEAVY_ASSETS'] ?? DEFAULT_MAX_ASSETS);

/** `count` assets cloned from the example portfolio, each with its own id and slightly different figures. */
function largePortfolio(count) {
  return Array.from({ length: count }, (_, index) => {
    const base = portfolio.assets[index % portfolio.assets.length];
    const scale = 0.5 + ((index * 7919) % 1000) / 1000;
    return {
      ...base,
      asset_id: `${base.asset_id}-${index}`,
      name: `${base.name} ${index}`,
      market_rent: base.market_rent * scale,
      book_value: base.book_value * scale,
    };
  });
}

async function measure(threads, path) {
  const config = parseServiceConfig({ api: { port: 0 }, store: { data_dir: 'memory://' }, planner: { engine_threads: threads } });
  const service = await createLeasebackService({ config });
  const running = await startServer({ service, config, logger: pino({ level: 'silent' }), registry: new Registry(), handleSignals: false });
  const body = JSON.stringify({
    assets: largePortfolio(assetCount),
    corporate_state: portfolio.corporate_state,
    program_description: briefs[0].brief,
    strategy: 'exact',
  });
  const started = performance.now();
  let finished = false;
  const heavy = fetch(`${running.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
    async (response) => {
      const text = await response.text();
      finished = true;
      if (response.status >= 400) process.stderr.write(`${text.slice(0, 400)}\n`);
      return response.status;
    },
  );
  const latencies = [];
  while (!finished) {
    const probe = performance.now();
    // A probe that fails (the connection dropped while the event loop was blocked) counts as the time it took.
    // Every probe sent while the heavy request is in flight counts, including one that only
    // gets its answer after the heavy request finished (that is what a blocked event loop does).
    // A probe whose connection fails is retried, and counts until it is answered.
    for (;;) {
      const answered = await fetch(`${running.url}/healthz`, { headers: { connection: 'close' } })
        .then((response) => response.text())
        .then(
          () => true,
          () => false,
        );
      if (answered) break;
    }
    latencies.push(performance.now() - probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const status = await heavy;
  const heavyMs = performance.now() - started;
  await running.close();
  latencies.sort((left, right) => left - right);
  const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? null;
  return {
    mode: threads === 0 ? 'inline' : `workers:${threads}`,
    path,
    assets: assetCount,
    status,
    heavy_ms: Math.round(heavyMs),
    healthz_probes: latencies.length,
    healthz_p50_ms: at(0.5)?.toFixed(1),
    healthz_p99_ms: at(0.99)?.toFixed(1),
    healthz_max_ms: latencies.at(-1)?.toFixed(1),
  };
}

for (const path of (process.env['HEAVY_PATHS'] ?? '/api/programs,/api/capacity').split(',')) {
  for (const threads of (process.env['HEAVY_MODES'] ?? '1,0').split(',').map(Number)) {
    process.stdout.write(`${JSON.stringify(await measure(threads, path))}\n`);
  }
}
