import {
  CreateRunResponseSchema,
  ProgramResponseSchema,
  RunListItemSchema,
  RunRecordSchema,
  ScenarioComparisonRowSchema,
  ScenarioSetSummarySchema,
  CapacityReportSchema,
} from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EXAMPLE_PORTFOLIO,
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';

const ErrorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    problems: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
});
const ScenarioSetAnswerSchema = z.strictObject({
  scenario_set: ScenarioSetSummarySchema,
  runs: z.array(RunRecordSchema),
  comparison: z.array(ScenarioComparisonRowSchema),
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, headers?: Record<string, string>) => request(server.url, 'GET', path, headers ? { headers } : {});
const post = (path: string, json: unknown, headers?: Record<string, string>) =>
  request(server.url, 'POST', path, headers ? { json, headers } : { json });

describe('POST /api/programs', () => {
  it('plans the example program (200, ProgramResponse) and stores nothing', async () => {
    const before = await get('/api/runs?limit=100');
    const answer = await post('/api/programs', exampleProgramRequest({ fund_id: 'programs-only' }));
    expect(answer.status).toBe(200);
    const response = ProgramResponseSchema.parse(answer.body);
    // The first brief asks for $150M from distribution centers and warehouses.
    expect(response.spec.target_amount).toBe(150_000_000);
    const assetTypes = new Map(EXAMPLE_PORTFOLIO.assets.map((asset) => [asset.asset_id, asset.asset_type]));
    for (const assetId of response.outcome.selected_asset_ids) {
      expect(['distribution_center', 'warehouse']).toContain(assetTypes.get(assetId));
    }
    const after = await get('/api/runs?limit=100');
    expect(after.body).toEqual(before.body);
    expect((await get('/api/runs?fund_id=programs-only')).body).toEqual([]);
  });
});

describe('POST /api/runs and GET /api/runs/{run_id}', () => {
  it('creates a completed run (201) that reads back as the same RunRecord', async () => {
    const created = await post('/api/runs', exampleProgramRequest({ fund_id: 'fund-runs' }));
    expect(created.status).toBe(201);
    const answer = CreateRunResponseSchema.parse(created.body);
    expect(Object.keys(created.body).sort()).toEqual(['error', 'error_code', 'response', 'run_id', 'status']);
    expect(answer.status).toBe('completed');
    expect(answer.error).toBeNull();
    expect(answer.error_code).toBeNull();

    const read = await get(`/api/runs/${encodeURIComponent(answer.run_id)}`);
    expect(read.status).toBe(200);
    const record = RunRecordSchema.parse(read.body);
    expect(record.run_id).toBe(answer.run_id);
    expect(record.fund_id).toBe('fund-runs');
    expect(record.status).toBe('completed');
    expect(record.response).toEqual(answer.response);
    expect(record.program_description).toBe(exampleProgramRequest()['program_description']);
    // The scenario fields are always present, and null for single runs.
    expect(read.body).toHaveProperty('scenario_set_id', null);
    expect(read.body).toHaveProperty('scenario_kind', null);
    expect(read.body).toHaveProperty('scenario_label', null);
  });

  it('answers 404 with the error shape for an unknown run id', async () => {
    const answer = await get('/api/runs/no-such-run');
    expect(answer.status).toBe(404);
    expect(ErrorBodySchema.parse(answer.body).error.code).toBe('not_found');
  });

  it('answers 400 for a run id longer than 200 characters', async () => {
    const answer = await get(`/api/runs/${'x'.repeat(201)}`);
    expect(answer.status).toBe(400);
    expect(ErrorBodySchema.parse(answer.body).error.code).toBe('invalid_input');
  });
});

describe('POST /api/runs/{run_id}/replay', () => {
  it('replays a stored run from its audit trace and says it is identical', async () => {
    const created = CreateRunResponseSchema.parse((await post('/api/runs', exampleProgramRequest({ fund_id: 'fund-replay' }))).body);
    const replayed = await post(`/api/runs/${encodeURIComponent(created.run_id)}/replay`, undefined);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({
      run_id: created.run_id,
      identical: true,
      differences: [],
      llm_calls_replayed: created.response?.audit_trace.entries.filter((entry) => entry.llm_call !== null).length,
    });
  });

  it('answers 404 for an unknown run', async () => {
    const answer = await post('/api/runs/no-such-run/replay', undefined);
    expect(answer.status).toBe(404);
    expect(ErrorBodySchema.parse(answer.body).error.code).toBe('not_found');
  });
});

describe('GET /api/runs', () => {
  it('lists runs newest first, filtered by fund_id and cut at limit', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const created = await post('/api/runs', exampleProgramRequest({ fund_id: 'fund-list' }));
      ids.push(created.body.run_id as string);
    }
    await post('/api/runs', exampleProgramRequest({ fund_id: 'fund-other' }));
    const answer = await get('/api/runs?fund_id=fund-list');
    expect(answer.status).toBe(200);
    const items = z.array(RunListItemSchema).parse(answer.body);
    expect(items.map((item) => item.run_id).sort()).toEqual([...ids].sort());
    expect(items.every((item) => item.fund_id === 'fund-list')).toBe(true);
    const times = items.map((item) => Date.parse(item.created_at));
    expect(times).toEqual([...times].sort((left, right) => right - left));
    // List items carry neither the response nor the error.
    for (const item of answer.body as Record<string, unknown>[]) {
      expect(item).not.toHaveProperty('response');
      expect(item).not.toHaveProperty('error');
    }
    const limited = await get('/api/runs?fund_id=fund-list&limit=2');
    expect(limited.body).toEqual(answer.body.slice(0, 2));
  });

  it.each([
    ['0', 'query.limit'],
    ['101', 'query.limit'],
    ['abc', 'query.limit'],
    ['2.5', 'query.limit'],
  ])('answers 400 for limit=%s with the problem at %s', async (limit, path) => {
    const answer = await get(`/api/runs?limit=${limit}`);
    expect(answer.status).toBe(400);
    const body = ErrorBodySchema.parse(answer.body);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.problems?.map((problem) => problem.path)).toEqual([path]);
  });
});

describe('scenario sets', () => {
  it('creates a set (201), lists it and reads it back with its runs', async () => {
    const created = await post('/api/scenario_sets', exampleScenarioSetRequest({ fund_id: 'fund-sets', num_scenarios: 3 }));
    expect(created.status).toBe(201);
    const answer = ScenarioSetAnswerSchema.parse(created.body);
    expect(answer.runs).toHaveLength(3);
    expect(answer.scenario_set.run_ids).toEqual(answer.runs.map((run) => run.run_id));
    expect(answer.comparison.map((row) => row.run_id)).toEqual(answer.scenario_set.run_ids);
    expect(answer.runs[0]?.scenario_kind).toBe('base');
    for (const run of answer.runs) {
      expect(run.scenario_set_id).toBe(answer.scenario_set.id);
      expect(run.scenario_label).not.toBeNull();
    }

    const read = await get(`/api/scenario_sets/${answer.scenario_set.id}`);
    expect(read.status).toBe(200);
    expect(ScenarioSetAnswerSchema.parse(read.body)).toEqual(answer);

    const listed = await get('/api/scenario_sets');
    expect(listed.status).toBe(200);
    const summaries = z.array(ScenarioSetSummarySchema).parse(listed.body);
    expect(summaries.map((summary) => summary.id)).toContain(answer.scenario_set.id);

    const run = await get(`/api/runs/${answer.runs[1]?.run_id}`);
    expect(run.body.scenario_set_id).toBe(answer.scenario_set.id);
    expect(run.body.scenario_kind).toBe(answer.runs[1]?.scenario_kind);
  });

  it('lists 10 sets by default, newest first, and honours limit', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 11; index += 1) {
      const created = await post('/api/scenario_sets', exampleScenarioSetRequest({ num_scenarios: 1, fund_id: 'fund-many-sets' }));
      expect(created.status).toBe(201);
      ids.push(created.body.scenario_set.id as string);
    }
    const listed = z.array(ScenarioSetSummarySchema).parse((await get('/api/scenario_sets?fund_id=fund-many-sets')).body);
    expect(listed).toHaveLength(10);
    const times = listed.map((summary) => Date.parse(summary.created_at));
    expect(times).toEqual([...times].sort((left, right) => right - left));
    expect((await get('/api/scenario_sets?fund_id=fund-many-sets&limit=11')).body).toHaveLength(11);
    expect((await get('/api/scenario_sets?fund_id=fund-many-sets&limit=3')).body).toHaveLength(3);
    expect((await get('/api/scenario_sets?limit=101')).status).toBe(400);
  });

  it('answers 404 for an unknown set and 400 with every problem for a bad request', async () => {
    expect((await get('/api/scenario_sets/no-such-set')).status).toBe(404);
    const answer = await post('/api/scenario_sets', { brief: '', base_request: {}, num_scenarios: 9 });
    expect(answer.status).toBe(400);
    const paths = ErrorBodySchema.parse(answer.body).error.problems?.map((problem) => problem.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'request.brief',
        'request.num_scenarios',
        'request.base_request.assets',
        'request.base_request.corporate_state',
        'request.base_request.program_description',
      ]),
    );
  });
});

describe('POST /api/capacity', () => {
  it('answers the spec read from the brief and the capacity under it', async () => {
    const answer = await post('/api/capacity', exampleProgramRequest());
    expect(answer.status).toBe(200);
    const body = CapacityReportSchema.parse(answer.body);
    expect(body.spec.target_amount).toBe(150_000_000);
    expect(body.capacity.max_proceeds).toBeGreaterThan(0);
  });
});

describe('request errors', () => {
  it('lists every problem of an invalid body with its path (400)', async () => {
    const body = exampleProgramRequest();
    const assets = body['assets'] as Record<string, unknown>[];
    assets[0] = { ...assets[0], cap_rate: -1 };
    assets[2] = { ...assets[2], market_rent: 'lots' };
    body['corporate_state'] = { ...(body['corporate_state'] as object), ebitda: null };
    body['colour'] = 'blue';
    const answer = await post('/api/runs', body);
    expect(answer.status).toBe(400);
    const error = ErrorBodySchema.parse(answer.body).error;
    expect(error.code).toBe('invalid_input');
    expect(error.problems?.map((problem) => problem.path).sort()).toEqual(
      ['request.assets[0].cap_rate', 'request.assets[2].market_rent', 'request.corporate_state.ebitda', 'request.colour'].sort(),
    );
    for (const problem of error.problems ?? []) expect(problem.message).not.toBe('');
  });

  it('answers 400 malformed_json for a body that is not JSON', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', {
      rawBody: '{"assets": [',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(ErrorBodySchema.parse(answer.body).error.code).toBe('malformed_json');
  });

  it('answers 415 for a body that is not declared as JSON', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const answer = await request(server.url, 'POST', '/api/runs', { rawBody: 'a=1', headers: { 'content-type': contentType } });
      expect(answer.status).toBe(415);
      expect(ErrorBodySchema.parse(answer.body).error.code).toBe('unsupported_media_type');
    }
  });

  it('answers 400 for a POST without a body', async () => {
    const answer = await request(server.url, 'POST', '/api/programs');
    expect(answer.status).toBe(400);
    expect(ErrorBodySchema.parse(answer.body).error.code).toBe('invalid_input');
  });

  it('answers 404 JSON for unknown routes and 405 with Allow for a wrong method', async () => {
    const unknown = await get('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(ErrorBodySchema.parse(unknown.body).error.code).toBe('route_not_found');
    expect((await get('/favicon.ico')).status).toBe(404);
    const wrongMethod = await request(server.url, 'DELETE', '/api/runs/some-id');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
    expect(ErrorBodySchema.parse(wrongMethod.body).error.code).toBe('method_not_allowed');
  });

  it('never answers with a stack trace', async () => {
    const answers = [
      await post('/api/runs', { assets: 'x' }),
      await request(server.url, 'POST', '/api/runs', { rawBody: '{', headers: { 'content-type': 'application/json' } }),
      await get('/api/runs/none'),
    ];
    for (const answer of answers) {
      expect(answer.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
    }
  });
});

describe('413 over the body limit', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ bodyLimit: '16kb' });
  });
  afterAll(async () => {
    await small.close();
  });

  it('answers 413 payload_too_large and keeps serving', async () => {
    const body = exampleProgramRequest({ program_description: 'x'.repeat(20_000) });
    const answer = await request(small.url, 'POST', '/api/runs', { json: body });
    expect(answer.status).toBe(413);
    expect(ErrorBodySchema.parse(answer.body).error.code).toBe('payload_too_large');
    expect((await request(small.url, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('ops endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('serves the interactive reference and its assets locally', async () => {
    const page = await get('/docs/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.text).toContain('swagger-ui');
    const initScript = await get('/docs/swagger-ui-init.js');
    expect(initScript.text).toContain('/openapi.json');
    const bundle = await get('/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    const redirected = await fetch(`${server.url}/docs`, { redirect: 'manual' });
    expect(redirected.status).toBe(301);
    expect(redirected.headers.get('location')).toBe('/docs/');
  });

  it('serves the OpenAPI document', async () => {
    const answer = await get('/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe('3.1.0');
  });
});

describe('request ids', () => {
  it('honours a plain incoming X-Request-Id and generates one otherwise', async () => {
    const honoured = await get('/healthz', { 'x-request-id': 'trace-42.a:b' });
    expect(honoured.headers.get('x-request-id')).toBe('trace-42.a:b');
    const generated = await get('/healthz');
    const other = await get('/healthz');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.headers.get('x-request-id')).not.toBe(other.headers.get('x-request-id'));
    // An id that could forge log fields or headers is replaced.
    const replaced = await get('/healthz', { 'x-request-id': 'a b "c"' });
    expect(replaced.headers.get('x-request-id')).not.toBe('a b "c"');
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per request with its id, and errors with the same id', async () => {
    const answer = await get('/api/runs/missing-run', { 'x-request-id': 'log-check-1' });
    expect(answer.status).toBe(404);
    const lines = server.logs.filter((line) => line['reqId'] === 'log-check-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ req: { method: 'GET', url: '/api/runs/missing-run' }, res: { statusCode: 404 } });
  });

  it('logs neither bodies nor headers', async () => {
    const marker = 'Raise $77M from the body-marker-5150 portfolio.';
    const answer = await post('/api/runs', exampleProgramRequest({ program_description: marker }), {
      'x-custom-header': 'header-marker-6160',
    });
    expect(answer.status).toBe(201);
    const lines = server.logs.filter((line) => line['reqId'] === answer.headers.get('x-request-id'));
    expect(lines).toHaveLength(1);
    expect(server.logText()).not.toContain('body-marker-5150');
    expect(server.logText()).not.toContain('header-marker-6160');
    expect(server.logText()).not.toContain('DAL-01');
  });
});
