import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';

const KEY_A = 'key-for-fund-a-0123456789';
const KEY_B = 'key-for-fund-b-9876543210';
const KEY_BOTH = 'key-for-both-funds-5555';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKeys: { [KEY_A]: ['fund-a'], [KEY_B]: ['fund-b'], [KEY_BOTH]: ['fund-a', 'fund-b'] } });
});
afterAll(async () => {
  await server.close();
});

const as = (key: string) => ({ authorization: `Bearer ${key}` });

describe('API keys', () => {
  it('answers 401 without a key, with an unknown key, or with a malformed header', async () => {
    const attempts: Record<string, string>[] = [
      {},
      as('not-a-key'),
      { authorization: `Basic ${KEY_A}` },
      { authorization: 'Bearer' },
      { 'x-api-key': 'nope' },
    ];
    for (const headers of attempts) {
      const answer = await request(server.url, 'GET', '/api/runs', { headers });
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthorized');
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const post = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest() });
    expect(post.status).toBe(401);
  });

  it('asks for a key on API paths written in any case, which Express routes like their lower-case form', async () => {
    for (const path of ['/API/runs', '/Api/runs/some-id', '/api/RUNS', '/API']) {
      const answer = await request(server.url, 'GET', path);
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthorized');
    }
    expect((await request(server.url, 'GET', '/API/runs', { headers: as(KEY_A) })).status).toBe(200);
  });

  it('accepts the key as a Bearer token (any case) or in X-API-Key', async () => {
    for (const headers of [as(KEY_A), { authorization: `bearer ${KEY_A}` }, { 'x-api-key': KEY_A }]) {
      expect((await request(server.url, 'GET', '/api/runs', { headers })).status).toBe(200);
    }
  });

  it('leaves the ops endpoints open', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics', '/openapi.json', '/docs/']) {
      expect((await request(server.url, 'GET', path)).status).toBe(200);
    }
  });
});

describe('fund isolation', () => {
  it('never shows one fund’s runs to another fund’s key', async () => {
    const runA = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest({ fund_id: 'fund-a' }), headers: as(KEY_A) });
    expect(runA.status).toBe(201);
    // A key holding one fund writes there when the body names none.
    const runB = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers: as(KEY_B) });
    expect(runB.status).toBe(201);
    const idA = runA.body.run_id as string;
    const idB = runB.body.run_id as string;

    expect((await request(server.url, 'GET', `/api/runs/${idB}`, { headers: as(KEY_B) })).body.fund_id).toBe('fund-b');
    const foreign = await request(server.url, 'GET', `/api/runs/${idB}`, { headers: as(KEY_A) });
    const missing = await request(server.url, 'GET', '/api/runs/00000000-0000-4000-8000-000000000000', { headers: as(KEY_A) });
    expect(foreign.status).toBe(404);
    // Indistinguishable from an id that does not exist, apart from the id itself.
    expect(foreign.body.error.code).toBe(missing.body.error.code);
    expect(foreign.body.error.message.replace(idB, 'ID')).toBe(
      missing.body.error.message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );

    const listA = await request(server.url, 'GET', '/api/runs?limit=100', { headers: as(KEY_A) });
    const idsA = (listA.body as { run_id: string; fund_id: string }[]).map((item) => item.run_id);
    expect(idsA).toContain(idA);
    expect(idsA).not.toContain(idB);
    expect((listA.body as { fund_id: string }[]).every((item) => item.fund_id === 'fund-a')).toBe(true);
    expect((await request(server.url, 'GET', '/api/runs?fund_id=fund-b', { headers: as(KEY_A) })).body).toEqual([]);

    const listBoth = await request(server.url, 'GET', '/api/runs?limit=100', { headers: as(KEY_BOTH) });
    const idsBoth = (listBoth.body as { run_id: string }[]).map((item) => item.run_id);
    expect(idsBoth).toEqual(expect.arrayContaining([idA, idB]));
  });

  it('refuses a write to a fund the key does not hold with the same 404 as a read', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', {
      json: exampleProgramRequest({ fund_id: 'fund-b' }),
      headers: as(KEY_A),
    });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not_found');
    const before = (await request(server.url, 'GET', '/api/runs?limit=100', { headers: as(KEY_B) })).body as unknown[];
    expect(before.length).toBeGreaterThan(0);
    const set = await request(server.url, 'POST', '/api/scenario_sets', {
      json: exampleScenarioSetRequest({ fund_id: 'fund-b', num_scenarios: 1 }),
      headers: as(KEY_A),
    });
    expect(set.status).toBe(404);
    expect((await request(server.url, 'GET', '/api/runs?limit=100', { headers: as(KEY_B) })).body).toEqual(before);
  });

  it('asks a key holding several funds to name one (400)', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers: as(KEY_BOTH) });
    expect(answer.status).toBe(400);
    expect(answer.body.error.problems.map((problem: { path: string }) => problem.path)).toEqual(['request.fund_id']);
  });

  it('never shows one fund’s scenario sets to another fund’s key', async () => {
    const created = await request(server.url, 'POST', '/api/scenario_sets', {
      json: exampleScenarioSetRequest({ num_scenarios: 2 }),
      headers: as(KEY_A),
    });
    expect(created.status).toBe(201);
    const setId = created.body.scenario_set.id as string;
    expect((await request(server.url, 'GET', `/api/scenario_sets/${setId}`, { headers: as(KEY_A) })).status).toBe(200);
    expect((await request(server.url, 'GET', `/api/scenario_sets/${setId}`, { headers: as(KEY_B) })).status).toBe(404);
    const listB = await request(server.url, 'GET', '/api/scenario_sets?limit=100', { headers: as(KEY_B) });
    expect((listB.body as { id: string }[]).map((summary) => summary.id)).not.toContain(setId);
    for (const runId of created.body.scenario_set.run_ids as string[]) {
      expect((await request(server.url, 'GET', `/api/runs/${runId}`, { headers: as(KEY_B) })).status).toBe(404);
    }
  });

  it('keeps Idempotency-Keys apart between funds', async () => {
    const headersA = { ...as(KEY_A), 'idempotency-key': 'shared-key-1' };
    const headersB = { ...as(KEY_B), 'idempotency-key': 'shared-key-1' };
    const first = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers: headersA });
    const second = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers: headersB });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.run_id).not.toBe(first.body.run_id);
    expect((await request(server.url, 'GET', `/api/runs/${second.body.run_id}`, { headers: as(KEY_B) })).body.fund_id).toBe('fund-b');
  });

  it('never logs a key or the Authorization header', async () => {
    await request(server.url, 'GET', '/api/runs', { headers: as(KEY_A) });
    await request(server.url, 'GET', '/api/runs', { headers: { 'x-api-key': KEY_B } });
    await request(server.url, 'GET', '/api/runs', { headers: as('wrong-key-abcdef') });
    const text = server.logText();
    expect(text).not.toContain(KEY_A);
    expect(text).not.toContain(KEY_B);
    expect(text).not.toContain('wrong-key-abcdef');
    expect(text.toLowerCase()).not.toContain('authorization');
    expect(text.toLowerCase()).not.toContain('x-api-key');
  });
});
