import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@leaseback/store';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServerOptions,
} from './__fixtures__/api-test-server.js';

/** Creates a run and a set, restarts the server on a fresh service and store, and reads them back. */
async function createRestartAndRead(open: () => Promise<TestServerOptions>): Promise<void> {
  const first = await startTestServer(await open());
  const run = await request(first.url, 'POST', '/api/runs', { json: exampleProgramRequest({ fund_id: 'fund-restart' }) });
  const set = await request(first.url, 'POST', '/api/scenario_sets', {
    json: exampleScenarioSetRequest({ num_scenarios: 2, fund_id: 'fund-restart' }),
  });
  expect(run.status).toBe(201);
  expect(set.status).toBe(201);
  const runBefore = (await request(first.url, 'GET', `/api/runs/${run.body.run_id}`)).body;
  const setBefore = (await request(first.url, 'GET', `/api/scenario_sets/${set.body.scenario_set.id}`)).body;
  await first.close();
  await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();

  const second = await startTestServer(await open());
  try {
    const runAfter = await request(second.url, 'GET', `/api/runs/${run.body.run_id}`);
    expect(runAfter.status).toBe(200);
    expect(runAfter.body).toEqual(runBefore);
    const setAfter = await request(second.url, 'GET', `/api/scenario_sets/${set.body.scenario_set.id}`);
    expect(setAfter.status).toBe(200);
    expect(setAfter.body).toEqual(setBefore);
    const listed = (await request(second.url, 'GET', '/api/runs?fund_id=fund-restart&limit=100')).body as { run_id: string }[];
    expect(listed.map((item) => item.run_id).sort()).toEqual([run.body.run_id, ...set.body.scenario_set.run_ids].sort());
  } finally {
    await second.close();
  }
}

describe('restart persistence on PGlite', () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it('reads a run and a set created before a restart on the same data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-api-restart-'));
    directories.push(dataDir);
    await createRestartAndRead(async () => ({ dataDir }));
  });
});

const databaseUrl = process.env['DATABASE_URL']?.trim();

describe('restart persistence on PostgreSQL', () => {
  if (!databaseUrl) {
    // The only skip in the suite, and on purpose: without DATABASE_URL there is no PostgreSQL
    // server here. CI's .ci/run sets DATABASE_URL (a fresh schema) whenever PostgreSQL answers on
    // 127.0.0.1:5432, as it does on the CI machine, so this runs there; the PGlite restart test
    // above runs everywhere.
    it.skip('skipped: DATABASE_URL is not set, so there is no PostgreSQL server to restart against', () => {});
    return;
  }
  const schema = `api_restart_${process.pid}_${Date.now()}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });

  it('reads a run and a set created before a restart on the same database', async () => {
    await createRestartAndRead(async () => ({ store: await openStore({ databaseUrl, schema }) }));
  });
});
