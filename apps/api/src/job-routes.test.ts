import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';
import { prefersAsync } from './job-routes.js';

const KEY_A = 'key-a-0123456789abcdef';
const KEY_B = 'key-b-0123456789abcdef';
const as = (key: string) => ({ authorization: `Bearer ${key}` });
const async = (key: string) => ({ ...as(key), prefer: 'respond-async' });

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ apiKeys: { [KEY_A]: ['fund-a'], [KEY_B]: ['fund-b'] } });
});

afterAll(async () => {
  await server?.close();
});

/** Polls the job until it has ended, within a deadline. */
async function untilFinished(location: string, key: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await request(server.url, 'GET', location, { headers: as(key) });
    expect(answer.status).toBe(200);
    if (!['queued', 'running'].includes(answer.body.status)) return answer.body;
    if (Date.now() > deadline) throw new Error(`job still ${answer.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Reads a whole server-sent event stream into its events. */
async function readEvents(
  path: string,
  key: string,
): Promise<{ status: number; type: string | null; events: { event: string; data: any }[] }> {
  const response = await fetch(`${server.url}${path}`, { headers: as(key), signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  const events = text
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine?.slice('event: '.length) ?? '', data: JSON.parse(dataLine?.slice('data: '.length) ?? 'null') };
    });
  return { status: response.status, type: response.headers.get('content-type'), events };
}

describe('Prefer: respond-async', () => {
  it('recognises the preference among others, in any case', () => {
    expect(prefersAsync('respond-async')).toBe(true);
    expect(prefersAsync('return=minimal, Respond-Async; wait=10')).toBe(true);
    expect(prefersAsync(['handling=lenient', 'respond-async'])).toBe(true);
    expect(prefersAsync('respond-asynchronously')).toBe(false);
    expect(prefersAsync(undefined)).toBe(false);
  });

  it('queues a run: 202 with Location, then the job completes and points at the stored run', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers: async(KEY_A) });
    expect(answer.status).toBe(202);
    expect(answer.headers.get('location')).toBe(`/api/jobs/${answer.body.job_id}`);
    expect(answer.headers.get('preference-applied')).toBe('respond-async');
    expect(answer.body).toMatchObject({ kind: 'run', fund_id: 'fund-a', result_url: null, error: null });
    const job = await untilFinished(answer.headers.get('location') ?? '', KEY_A);
    expect(job).toMatchObject({ status: 'completed', attempts: 1 });
    expect(job.result_url).toMatch(/^\/api\/runs\//);
    const run = await request(server.url, 'GET', job.result_url, { headers: as(KEY_A) });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'completed', fund_id: 'fund-a' });
    // Another fund's key sees no such job, and cannot cancel it.
    expect((await request(server.url, 'GET', `/api/jobs/${job.job_id}`, { headers: as(KEY_B) })).status).toBe(404);
    expect((await request(server.url, 'DELETE', `/api/jobs/${job.job_id}`, { headers: as(KEY_B) })).status).toBe(404);
    expect((await request(server.url, 'GET', `/api/jobs/${job.job_id}/events`, { headers: as(KEY_B) })).status).toBe(404);
  });

  it('streams a scenario set job as server-sent events, ending with the result', async () => {
    const queued = await request(server.url, 'POST', '/api/scenario_sets', { json: exampleScenarioSetRequest(), headers: async(KEY_A) });
    expect(queued.status).toBe(202);
    const stream = await readEvents(`/api/jobs/${queued.body.job_id}/events`, KEY_A);
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    const last = stream.events.at(-1);
    expect(last?.event).toBe('result');
    expect(last?.data.job).toMatchObject({ status: 'completed', progress: { scenarios_done: 3, scenarios_total: 3 } });
    expect(last?.data.result.comparison).toHaveLength(3);
    expect(stream.events.slice(0, -1).every((event) => event.event === 'progress')).toBe(true);
    // Progress never goes backwards.
    const done = stream.events.filter((event) => event.event === 'progress').map((event) => event.data.progress.scenarios_done as number);
    expect(done).toEqual([...done].sort((left, right) => left - right));
  });

  it('keeps a program response with its job, readable at result_url; 409 before it exists', async () => {
    const queued = await request(server.url, 'POST', '/api/programs', { json: exampleProgramRequest(), headers: async(KEY_A) });
    expect(queued.status).toBe(202);
    const early = await request(server.url, 'GET', `/api/jobs/${queued.body.job_id}/result`, { headers: as(KEY_A) });
    if (early.status !== 200) expect(early.body.error.code).toBe('job_not_completed');
    const job = await untilFinished(`/api/jobs/${queued.body.job_id}`, KEY_A);
    expect(job.result_url).toBe(`/api/jobs/${queued.body.job_id}/result`);
    const result = await request(server.url, 'GET', job.result_url, { headers: as(KEY_A) });
    expect(result.status).toBe(200);
    expect(result.body.outcome.status).toBe('ok');
  });

  it('validates before queueing, honours Idempotency-Key, and cancels with DELETE', async () => {
    const invalid = await request(server.url, 'POST', '/api/runs', { json: { assets: [] }, headers: async(KEY_A) });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid_input');
    const otherFund = await request(server.url, 'POST', '/api/runs', {
      json: exampleProgramRequest({ fund_id: 'fund-b' }),
      headers: async(KEY_A),
    });
    expect(otherFund.status).toBe(404);

    const headers = { ...async(KEY_A), 'idempotency-key': 'async-run-1' };
    const first = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers });
    const retry = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers });
    expect(retry.status).toBe(202);
    expect(retry.body.job_id).toBe(first.body.job_id);
    const cancelled = await request(server.url, 'DELETE', `/api/jobs/${first.body.job_id}`, { headers: as(KEY_A) });
    expect(cancelled.status).toBe(200);
    expect(['cancelled', 'running', 'completed']).toContain(cancelled.body.status);
    const job = await untilFinished(`/api/jobs/${first.body.job_id}`, KEY_A);
    // Either the worker had already finished it, or it ended cancelled: never left running.
    expect(['cancelled', 'completed']).toContain(job.status);
    expect((await request(server.url, 'GET', '/api/jobs/no-such-job', { headers: as(KEY_A) })).status).toBe(404);
  });

  it('answers exactly as before without the header', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest(), headers: as(KEY_A) });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBeNull();
    expect(answer.body.status).toBe('completed');
  });
});
