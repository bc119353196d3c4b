import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, json: unknown, key: string) => request(server.url, 'POST', path, { json, headers: { 'idempotency-key': key } });

describe('Idempotency-Key', () => {
  it('returns the first run for a retried POST /api/runs and stores one run', async () => {
    const body = exampleProgramRequest({ fund_id: 'fund-idempotent' });
    const first = await post('/api/runs', body, 'retry-run-1');
    const second = await post('/api/runs', body, 'retry-run-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(first.headers.get('idempotency-key')).toBe('retry-run-1');
    expect(second.headers.get('idempotency-key')).toBe('retry-run-1');
    const runs = (await request(server.url, 'GET', '/api/runs?fund_id=fund-idempotent')).body as { run_id: string }[];
    expect(runs.map((run) => run.run_id)).toEqual([first.body.run_id]);
  });

  it('runs again for a new key', async () => {
    const body = exampleProgramRequest({ fund_id: 'fund-new-key' });
    const first = await post('/api/runs', body, 'key-one');
    const second = await post('/api/runs', body, 'key-two');
    expect(second.body.run_id).not.toBe(first.body.run_id);
    expect((await request(server.url, 'GET', '/api/runs?fund_id=fund-new-key')).body).toHaveLength(2);
  });

  it('answers 422 idempotency_key_reused for the same key with a different body', async () => {
    const first = await post('/api/runs', exampleProgramRequest({ fund_id: 'fund-reuse' }), 'reused-key');
    expect(first.status).toBe(201);
    const second = await post(
      '/api/runs',
      exampleProgramRequest({ fund_id: 'fund-reuse', program_description: 'Raise $50M.' }),
      'reused-key',
    );
    expect(second.status).toBe(422);
    expect(second.body.error.code).toBe('idempotency_key_reused');
    expect((await request(server.url, 'GET', '/api/runs?fund_id=fund-reuse')).body).toHaveLength(1);
  });

  it('returns the first scenario set for a retried POST /api/scenario_sets', async () => {
    const body = exampleScenarioSetRequest({ fund_id: 'fund-idempotent-set', num_scenarios: 2 });
    const first = await post('/api/scenario_sets', body, 'retry-set-1');
    const second = await post('/api/scenario_sets', body, 'retry-set-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const sets = (await request(server.url, 'GET', '/api/scenario_sets?fund_id=fund-idempotent-set')).body as unknown[];
    expect(sets).toHaveLength(1);
    expect((await request(server.url, 'GET', '/api/runs?fund_id=fund-idempotent-set')).body).toHaveLength(2);
  });

  it('answers 400 for a malformed key', async () => {
    for (const key of ['has space', 'x'.repeat(256)]) {
      const answer = await post('/api/runs', exampleProgramRequest(), key);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_input');
    }
  });
});
