// /healthz latency while one heavy request runs, against the real server in a
// process of its own (`node dist/main.js`, as deployed), so that the client's
// own work (building and reading a large body) is not counted against the
// server's event loop. Fires one exact plan (or capacity) of the largest
// allowed portfolio (planner.max_assets) and probes /healthz every 50 ms until
// it is answered. Run after a build: `node bench/healthz-during-heavy-request.mjs`.
// Environment: HEAVY_PATHS (default /api/programs,/api/capacity), HEAVY_MODES
// (engine threads; default 1,0: a worker pool of one thread, then inline),
// HEAVY_ASSETS (default planner.max_assets). Prints one JSON line per case.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_MAX_ASSETS } from '@leaseback/service';

const portfolio = JSON.parse(readFileSync(new URL('../../../examples/portfolio.json', import.meta.url), 'utf8'));
const briefs = JSON.parse(readFileSync(new URL('../../../examples/briefs.json', import.meta.url), 'utf8'));
const assetCount = Number(process.env['HEAVY_ASSETS'] ?? DEFAULT_MAX_ASSETS);
const PROBE_INTERVAL_MS = 50;

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

/** Starts `node dist/main.js` on a free port with an embedded store of its own; resolves with its URL. */
async function startServerProcess(threads) {
  const dataDir = mkdtempSync(join(tmpdir(), 'leaseback-heavy-'));
  const child = spawn(process.execPath, [new URL('../dist/main.js', import.meta.url).pathname], {
    env: {
      ...process.env,
      LEASEBACK_PORT: '0',
      LEASEBACK_DATA_DIR: dataDir,
      LEASEBACK_ENGINE_THREADS: String(threads),
      LEASEBACK_LOG_LEVEL: 'info',
      LEASEBACK_JOB_WORKER: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      for (const line of buffered.split('\n')) {
        const found = /"url":"([^"]+)"/.exec(line);
        if (found !== null && line.includes('listening')) resolve(found[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
  child.stdout.resume();
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

async function measure(threads, path) {
  const server = await startServerProcess(threads);
  const body = JSON.stringify({
    assets: largePortfolio(assetCount),
    corporate_state: portfolio.corporate_state,
    program_description: briefs[0].brief,
    strategy: 'exact',
  });
  // One small request first, as any running server has had: the first request's one-off costs are not the heavy one's.
  await fetch(`${server.url}/healthz`).then((response) => response.text());
  const started = performance.now();
  let finished = false;
  const heavy = fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
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
    // Every probe sent while the heavy request is in flight counts, including one answered only after it finished.
    for (;;) {
      const answered = await fetch(`${server.url}/healthz`, { headers: { connection: 'close' } })
        .then((response) => response.text())
        .then(
          () => true,
          () => false,
        );
      if (answered) break;
    }
    latencies.push(performance.now() - probe);
    await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
  }
  const status = await heavy;
  const heavyMs = performance.now() - started;
  await server.stop();
  latencies.sort((left, right) => left - right);
  const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))];
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
