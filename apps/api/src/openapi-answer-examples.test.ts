import { readFileSync } from 'node:fs';
import type { JobKind } from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes.js';
import {
  EXAMPLE_PORTFOLIO,
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type HttpAnswer,
  type TestServer,
} from './__fixtures__/api-test-server.js';
import { componentSchema } from './openapi-document.js';
import { ANSWER_EXAMPLES, type AnswerExamples } from './openapi-answer-examples.js';

// The answer examples of the OpenAPI document are what the real API answers for the example
// portfolio (examples/portfolio.json and its first brief), with the offline language model.
// This test makes every call and compares with the stored file; `vitest -u` rewrites it after
// a deliberate change. Only ids and timestamps are replaced, since they differ on every run.

const WORKBOOK = readFileSync(new URL('../../../examples/portfolio.xlsx', import.meta.url));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEXT_EXPORTS = { csv: 'text/csv', md: 'text/markdown', html: 'text/html' } as const;
const FUND = { fund_id: 'fund-a' };

let server: TestServer;
/** A server that claims no jobs, so queued jobs stay queued until cancelled. */
let idle: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  idle = await startTestServer({ jobWorker: false });
});
afterAll(async () => {
  await server?.close();
  await idle?.close();
});

/** The answer to a call that must succeed. */
async function succeed(base: string, method: string, path: string, options: Parameters<typeof request>[3] = {}): Promise<HttpAnswer> {
  const answer = await request(base, method, path, options);
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer;
}

async function untilFinished(path: string): Promise<HttpAnswer> {
  for (;;) {
    const answer = await succeed(server.url, 'GET', path);
    if (!['queued', 'running'].includes(answer.body.status)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
/** How the memos print a timestamp (to the second, a space before the time). */
const PRINTED_TIMESTAMP = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z/g;

/**
 * The same answers whatever the run: each distinct id becomes a fixed one (in the order the
 * answers first mention it, so references between answers still match), each timestamp one instant.
 */
function withFixedIdsAndTimes(answers: AnswerExamples): AnswerExamples {
  const ids = new Map<string, string>();
  const text = JSON.stringify(answers)
    .replaceAll(UUID, (id) => {
      if (!ids.has(id)) ids.set(id, `7d3e9a41-5c2b-4f80-9e16-${(ids.size + 1).toString(16).padStart(12, '0')}`);
      return ids.get(id) as string;
    })
    .replaceAll(TIMESTAMP, '2026-01-15T14:30:00.000Z')
    .replaceAll(PRINTED_TIMESTAMP, '2026-01-15 14:30:00Z');
  return JSON.parse(text) as AnswerExamples;
}

async function realAnswers(): Promise<AnswerExamples> {
  const success: Record<string, Record<string, unknown>> = {};
  const json = (answer: HttpAnswer) => ({ 'application/json': answer.body });
  const program = exampleProgramRequest(FUND);
  success['runProgram'] = json(await succeed(server.url, 'POST', '/api/programs', { json: program }));
  const created = await succeed(server.url, 'POST', '/api/runs', { json: program });
  success['createRun'] = json(created);
  const runId = created.body.run_id as string;
  success['listRuns'] = json(await succeed(server.url, 'GET', '/api/runs'));
  success['getRun'] = json(await succeed(server.url, 'GET', `/api/runs/${runId}`));
  success['replayRun'] = json(await succeed(server.url, 'POST', `/api/runs/${runId}/replay`));
  const set = await succeed(server.url, 'POST', '/api/scenario_sets', { json: exampleScenarioSetRequest(FUND) });
  success['createScenarioSet'] = json(set);
  const setId = set.body.scenario_set.id as string;
  success['listScenarioSets'] = json(await succeed(server.url, 'GET', '/api/scenario_sets'));
  success['getScenarioSet'] = json(await succeed(server.url, 'GET', `/api/scenario_sets/${setId}`));
  success['capacity'] = json(await succeed(server.url, 'POST', '/api/capacity', { json: program }));
  const company = {
    company: 'Northwind Logistics, Inc.',
    assets: EXAMPLE_PORTFOLIO.assets,
    corporate_state: EXAMPLE_PORTFOLIO.corporate_state,
  };
  const session = await succeed(server.url, 'POST', '/api/sessions', { json: { ...company, ...FUND } });
  success['createSession'] = json(session);
  const turns = `/api/sessions/${session.body.session_id}/turns`;
  const brief = await succeed(server.url, 'POST', turns, {
    json: { message: program['program_description'], expected_version: session.body.version },
  });
  // The example is the answer to the confirmation: the turn that runs the program (tool results, informs).
  const confirmation = { message: 'yes, go ahead', expected_version: brief.body.version };
  success['postTurn'] = json(await succeed(server.url, 'POST', turns, { json: confirmation }));
  success['getSession'] = json(await succeed(server.url, 'GET', `/api/sessions/${session.body.session_id}`));
  const parsed = await fetch(`${server.url}/api/portfolios/parse`, { method: 'POST', body: WORKBOOK, headers: { 'content-type': XLSX } });
  expect(parsed.status).toBe(200);
  success['parsePortfolio'] = { 'application/json': await parsed.json() };
  const files: Record<string, string> = {};
  for (const [format, mediaType] of Object.entries(TEXT_EXPORTS))
    files[mediaType] = (await succeed(server.url, 'GET', `/api/runs/${runId}/export?format=${format}`)).text;
  success['exportRun'] = files;
  // A set's memo repeats each run's; its table is enough to show the shape.
  success['exportScenarioSet'] = { 'text/csv': (await succeed(server.url, 'GET', `/api/scenario_sets/${setId}/export?format=csv`)).text };
  const queuedProgram = await succeed(server.url, 'POST', '/api/programs', { json: program, headers: { prefer: 'respond-async' } });
  const job = await untilFinished(queuedProgram.headers.get('location') ?? '');
  success['getJob'] = json(job);
  success['getJobResult'] = json(await succeed(server.url, 'GET', `/api/jobs/${job.body.job_id}/result`));
  // What a 202 answers, by job kind: queued on the server that claims no jobs.
  const queued: Partial<Record<JobKind, unknown>> = {};
  const bodies: Record<JobKind, [string, unknown]> = {
    program: ['/api/programs', program],
    run: ['/api/runs', program],
    scenario_set: ['/api/scenario_sets', exampleScenarioSetRequest(FUND)],
  };
  for (const [kind, [path, body]] of Object.entries(bodies) as [JobKind, [string, unknown]][])
    queued[kind] = (await succeed(idle.url, 'POST', path, { json: body, headers: { prefer: 'respond-async' } })).body;
  const waiting = queued.program as { job_id: string };
  success['cancelJob'] = json(await succeed(idle.url, 'DELETE', `/api/jobs/${waiting.job_id}`));
  success['streamJobEvents'] = { 'text/event-stream': (await succeed(idle.url, 'GET', `/api/jobs/${waiting.job_id}/events`)).text };
  return withFixedIdsAndTimes({ success, queued });
}

describe('the answer examples of the OpenAPI document', () => {
  it('are what the API answers for the example portfolio', async () => {
    const answers = await realAnswers();
    await expect(`${JSON.stringify(answers, null, 2)}\n`).toMatchFileSnapshot('./openapi-answer-examples.json');
  });

  it('cover the success answer of every operation, and each is accepted by its response schema', () => {
    for (const route of API_ROUTES) {
      const examples = ANSWER_EXAMPLES.success[route.operationId];
      expect(examples, route.operationId).toBeDefined();
      const example = examples?.['application/json'];
      if (route.response.component === 'file' || route.contentType !== undefined) continue;
      const schema = componentSchema(route.response.component);
      expect(schema, route.response.component).toBeDefined();
      const parsed = (route.response.array === true ? schema!.array() : schema!).safeParse(example);
      expect(parsed.error?.issues ?? [], route.operationId).toEqual([]);
    }
    for (const [kind, job] of Object.entries(ANSWER_EXAMPLES.queued)) {
      expect(componentSchema('Job')!.safeParse(job).success, kind).toBe(true);
      expect(job).toMatchObject({ kind, status: 'queued' });
    }
  });
});
