import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes.js';
import { directReads, isDirectRead } from './direct-reads.js';
import { HTTP_DURATION_METRIC } from './http-metrics.js';
import { exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

const API_KEYS = { 'key-a': ['fund-a'], 'key-b': ['fund-b'] };
const asA = { authorization: 'Bearer key-a' };

let server: TestServer;
let runId: string;
// The direct reads alone, in front of a stand-in that marks what they left: what Express would get.
let laneOnly: Server;
let laneUrl: string;

beforeAll(async () => {
  server = await startTestServer({ apiKeys: API_KEYS });
  const created = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest({ fund_id: 'fund-a' }), headers: asA });
  expect(created.status).toBe(201);
  runId = (created.body as { run_id: string }).run_id;
  const answerDirectly = directReads({
    service: server.service,
    apiKeys: API_KEYS,
    logger: pino({ level: 'silent' }),
    generateRequestId: () => 'generated',
    observe: undefined,
  });
  laneOnly = createServer((incoming, response) => {
    if (answerDirectly(incoming, response)) return;
    response.statusCode = 299;
    response.end('left for Express');
  });
  await new Promise<void>((resolve) => laneOnly.listen(0, '127.0.0.1', resolve));
  laneUrl = `http://127.0.0.1:${(laneOnly.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => laneOnly.close(resolve));
  await server.close();
});

describe('the direct reads', () => {
  it('are the GET routes whose answer is JSON', () => {
    expect(API_ROUTES.filter(isDirectRead).map((route) => route.operationId)).toEqual([
      'listRuns',
      'getRun',
      'listScenarioSets',
      'getScenarioSet',
      'getSession',
      'getJob',
      'getJobResult',
    ]);
  });

  it('answer a plain read themselves and leave every unusual request to Express', async () => {
    const answered = await request(laneUrl, 'GET', `/api/runs/${runId}`, { headers: asA });
    expect(answered.status).toBe(200);
    expect((answered.body as { run_id: string }).run_id).toBe(runId);
    expect((await request(laneUrl, 'GET', '/api/runs?limit=1', { headers: asA })).status).toBe(200);
    const left: [string, string, Record<string, string>, string?][] = [
      ['HEAD', `/api/runs/${runId}`, asA],
      ['POST', '/api/runs', asA, '{}'],
      ['GET', `/api/runs/${runId}/`, asA],
      ['GET', `/API/runs/${runId}`, asA],
      ['GET', '/api/runs/%E0%A4%A', asA],
      ['GET', `/api/runs/${runId}?api_key=key-a`, asA],
      ['GET', `/api/runs/${runId}`, {}],
      ['GET', `/api/runs/${runId}`, { authorization: 'Bearer not-a-key' }],
      ['GET', `/api/runs/${runId}/export?format=xlsx`, asA],
      ['GET', '/api/jobs/some-job/events', asA],
      ['GET', '/healthz', {}],
    ];
    for (const [method, path, headers, rawBody] of left) {
      const answer = await request(laneUrl, method, path, rawBody === undefined ? { headers } : { headers, rawBody });
      expect(answer.status, `${method} ${path}`).toBe(299);
    }
    // A GET with a body (fetch sends none): Express decides what to make of it.
    const withBody = await new Promise<number | undefined>((resolve, reject) => {
      const sent = httpRequest(
        `${laneUrl}/api/runs/${runId}`,
        { method: 'GET', headers: { ...asA, 'content-type': 'application/json', 'content-length': '2' } },
        (answer) => {
          answer.resume();
          answer.on('end', () => resolve(answer.statusCode));
        },
      );
      sent.on('error', reject);
      sent.end('{}');
    });
    expect(withBody).toBe(299);
  });

  it('answer what Express answers: the same status, headers and bytes', async () => {
    // A trailing slash or a capital in the path takes a request through Express to the same route.
    const pairs: [string, string, Record<string, string>][] = [
      [`/api/runs/${runId}`, `/api/runs/${runId}/`, asA],
      ['/api/runs?limit=1&fund_id=fund-a', '/api/runs/?limit=1&fund_id=fund-a', asA],
      ['/api/runs?limit=0', '/api/runs/?limit=0', asA],
      ['/api/runs/no-such-run', '/api/runs/no-such-run/', asA],
      [`/api/runs/${runId}`, `/API/runs/${runId}`, { authorization: 'Bearer key-b' }],
      ['/api/scenario_sets?limit=5', '/API/scenario_sets?limit=5', asA],
      ['/api/jobs/no-such-job', '/api/jobs/no-such-job/', asA],
    ];
    for (const [direct, viaExpress, headers] of pairs) {
      const first = await request(server.url, 'GET', direct, { headers });
      const second = await request(server.url, 'GET', viaExpress, { headers });
      expect(first.status, direct).toBe(second.status);
      expect(first.text, direct).toBe(second.text);
      for (const name of ['content-type', 'content-length', 'www-authenticate', 'retry-after'])
        expect(first.headers.get(name), `${direct} ${name}`).toBe(second.headers.get(name));
      expect(first.headers.get('x-request-id')).toMatch(/\S/);
    }
    expect((await request(server.url, 'GET', '/api/runs/no-such-run', { headers: asA })).status).toBe(404);
    expect((await request(server.url, 'GET', '/api/runs?limit=0', { headers: asA })).status).toBe(400);
  });

  it('log and count a read like any other request', async () => {
    const answer = await request(server.url, 'GET', `/api/runs/${runId}`, { headers: { ...asA, 'x-request-id': 'direct-read-1' } });
    expect(answer.headers.get('x-request-id')).toBe('direct-read-1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = server.logs.find((entry) => entry['reqId'] === 'direct-read-1');
    expect(line).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: `/api/runs/${runId}` }, res: { statusCode: 200 } });
    const metric = await server.registry.getSingleMetricAsString(HTTP_DURATION_METRIC);
    expect(metric).toMatch(/_count\{method="GET",route="\/api\/runs\/\{run_id\}",status_code="200"\} [1-9]/);
    const failed = await request(server.url, 'GET', '/api/runs/no-such-run', { headers: { ...asA, 'x-request-id': 'direct-read-2' } });
    expect(failed.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.logs.find((entry) => entry['reqId'] === 'direct-read-2')).toMatchObject({
      error_code: 'not_found',
      res: { statusCode: 404 },
    });
  });
});
