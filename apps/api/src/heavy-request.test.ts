import type { EngineRunner } from '@leaseback/planner';
import { createEngineWorkerPool, type EngineWorkerPool } from '@leaseback/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

const MAX_ASSETS = 1_500;

/** `count` assets cloned from the example portfolio, each with its own id and figures. */
function largePortfolio(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => {
    const base = EXAMPLE_PORTFOLIO.assets[index % EXAMPLE_PORTFOLIO.assets.length] as Record<string, number | string>;
    const scale = 0.5 + ((index * 7919) % 1000) / 1000;
    return {
      ...base,
      asset_id: `${String(base['asset_id'])}-${index}`,
      name: `${String(base['name'])} ${index}`,
      market_rent: Number(base['market_rent']) * scale,
      book_value: Number(base['book_value']) * scale,
    };
  });
}

/** The worker pool, reporting when a solve starts and whether one is running. */
function observedPool(pool: EngineWorkerPool) {
  let running = 0;
  let notifyStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    notifyStarted = resolve;
  });
  const observe = async <T>(work: () => Promise<T>): Promise<T> => {
    running += 1;
    notifyStarted();
    try {
      return await work();
    } finally {
      running -= 1;
    }
  };
  const engine: EngineRunner = {
    selectAssets: (...args) => observe(() => pool.selectAssets(...args)),
    maxProceeds: (...args) => observe(() => pool.maxProceeds(...args)),
  };
  return { engine, started, running: () => running };
}

let server: TestServer;
let pool: EngineWorkerPool;
let observed: ReturnType<typeof observedPool>;
beforeAll(async () => {
  pool = createEngineWorkerPool({ threads: 1 });
  observed = observedPool(pool);
  server = await startTestServer({
    engine: observed.engine,
    planner: { max_assets: MAX_ASSETS, solver_time_limit_ms: 5_000, max_iterations: 1 },
  });
});
afterAll(async () => {
  await server.close();
  await pool.close();
});

describe('one heavy request', () => {
  it('does not stop /healthz from answering while its exact solve runs in a worker thread', async () => {
    const heavy = request(server.url, 'POST', '/api/programs', {
      json: exampleProgramRequest({ assets: largePortfolio(MAX_ASSETS), strategy: 'exact' }),
    });
    await observed.started;
    const answeredDuringSolve: boolean[] = [];
    for (let probe = 0; probe < 5; probe += 1) {
      const health = await request(server.url, 'GET', '/healthz');
      expect(health.status).toBe(200);
      answeredDuringSolve.push(observed.running() > 0);
    }
    expect(answeredDuringSolve).toEqual([true, true, true, true, true]);
    const answer = await heavy;
    expect(answer.status).toBe(200);
    expect(answer.body.outcome.strategy ?? 'exact').toBe('exact');
  });

  it('refuses a portfolio over planner.max_assets with 413 too_many_assets and the limit', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', {
      json: exampleProgramRequest({ assets: largePortfolio(MAX_ASSETS + 1) }),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'too_many_assets', limit: MAX_ASSETS });
    expect(answer.body.error.message).toContain(String(MAX_ASSETS));
  });
});
