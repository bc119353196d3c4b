import { request as httpRequest } from 'node:http';
import { createOfflineLlmClient, type LlmClient } from '@leaseback/llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_PORTFOLIO,
  exampleProgramRequest,
  exampleScenarioSetRequest,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';
import { API_ROUTES } from './api-routes.js';
import { OPS_ROUTES } from './ops-routes.js';

/**
 * The hostile-input suite: real HTTP against a real server, walking every
 * route of `API_ROUTES` and `OPS_ROUTES` with the cases a hostile client
 * sends (bodies that are not the encoding they claim, paths that are not
 * valid percent-encoding, strings the database cannot hold, credentials in
 * the URL). Every answer must be a 4xx with a code and a message (never a
 * 5xx), leak nothing (no stack, no echoed secret, no NaN), and come back.
 */

const SECRET = 'sk-hostile-secret-0123456789';
const API_KEY = 'hostile-suite-key';

/** Counts model calls: strings the database cannot hold must be refused before any planning work. */
function countingLlm(): { llm: LlmClient; calls: () => number } {
  const offline = createOfflineLlmClient();
  let count = 0;
  const counted = <T extends (...args: never[]) => unknown>(method: T): T =>
    ((...args: Parameters<T>) => {
      count += 1;
      return method(...args);
    }) as T;
  return {
    llm: {
      provider: offline.provider,
      generateSelectorSpec: counted(offline.generateSelectorSpec.bind(offline)),
      reviseSelectorSpec: counted(offline.reviseSelectorSpec.bind(offline)),
      generateExplanationSummary: counted(offline.generateExplanationSummary.bind(offline)),
      generateScenarioDefinitions: counted(offline.generateScenarioDefinitions.bind(offline)),
      extractFields: counted(offline.extractFields.bind(offline)),
    },
    calls: () => count,
  };
}

interface RawAnswer {
  readonly status: number;
  readonly text: string;
  readonly body: any;
  readonly headers: Record<string, string | string[] | undefined>;
}

/** One request with the path sent byte for byte (fetch would normalise `%` sequences). */
function raw(
  url: string,
  method: string,
  path: string,
  options: { body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname,
        port,
        method,
        path,
        headers: {
          authorization: `Bearer ${API_KEY}`,
          ...(options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          resolve({ status: incoming.statusCode ?? 0, text, body, headers: incoming.headers });
        });
        incoming.on('error', reject);
      },
    );
    // A hang is a failure, not a wait: no answer within a minute rejects (the suite counts it).
    outgoing.setTimeout(60_000, () => outgoing.destroy(new Error(`no answer to ${method} ${path}`)));
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** `/api/runs/{run_id}` with every parameter replaced. */
function fill(template: string, value: string): string {
  return template.replace(/\{[^}]+\}/g, value);
}

/** A body for each POST route with a NUL or lone surrogate at a known path. */
function bodyWithBadText(operationId: string, bad: string): { body: unknown; path: string } | undefined {
  switch (operationId) {
    case 'runProgram':
    case 'createRun':
    case 'capacity':
      return { body: exampleProgramRequest({ program_description: `Raise $150M ${bad}` }), path: 'request.program_description' };
    case 'createScenarioSet':
      return { body: exampleScenarioSetRequest({ fund_id: `fund${bad}` }), path: 'request.fund_id' };
    case 'createSession':
      return { body: { portfolio: { ...EXAMPLE_PORTFOLIO, company: `North${bad}wind` } }, path: 'request.portfolio.company' };
    case 'postTurn':
      return { body: { message: `explain run ${bad}` }, path: 'request.message' };
    default:
      return undefined;
  }
}

const tally = { requests: 0, serverErrors: 0, leaks: 0, hangs: 0 };
const failures: string[] = [];

let server: TestServer;
let llmCalls: () => number;
beforeAll(async () => {
  const counting = countingLlm();
  llmCalls = counting.calls;
  server = await startTestServer({ apiKeys: { [API_KEY]: ['fund-a'] }, llm: counting.llm });
});
afterAll(async () => {
  // The figures the API README quotes.
  console.log(`hostile-input suite: ${JSON.stringify(tally)}`);
  await server.close();
});

/** Sends one hostile request and checks the answer is a coded 4xx that leaks nothing. */
async function hostile(
  method: string,
  path: string,
  options: { body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  tally.requests += 1;
  let answer: RawAnswer;
  try {
    answer = await raw(server.url, method, path, options);
  } catch (error) {
    tally.hangs += 1;
    throw error;
  }
  const label = `${method} ${path} -> ${answer.status} ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500) tally.serverErrors += 1;
  const leaked = /\bat .+:\d+:\d+|node_modules|\.ts:\d+|NaN|Z_DATA_ERROR|URIError/.test(answer.text) || answer.text.includes(SECRET);
  if (leaked) tally.leaks += 1;
  if (answer.status >= 500 || leaked) failures.push(label);
  expect(answer.status, label).toBeGreaterThanOrEqual(400);
  expect(answer.status, label).toBeLessThan(500);
  expect(answer.body?.error?.code, label).toEqual(expect.any(String));
  expect(answer.body?.error?.message, label).toEqual(expect.any(String));
  expect(leaked, label).toBe(false);
  return answer;
}

const POST_WITH_BODY = API_ROUTES.filter((route) => route.method === 'post' && route.requestBody !== undefined);
const WITH_PATH_PARAMETER = API_ROUTES.filter((route) => route.path.includes('{'));

describe('hostile input on every route', () => {
  it('answers a body that is not the encoding it claims with 400 malformed_request, on every POST', async () => {
    expect(POST_WITH_BODY.length).toBeGreaterThan(0);
    for (const route of POST_WITH_BODY) {
      for (const encoding of ['gzip', 'br', 'deflate']) {
        const answer = await hostile('POST', fill(route.path, 'no-such-id'), {
          body: JSON.stringify(exampleProgramRequest()),
          headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        });
        expect(answer.status).toBe(400);
        expect(answer.body.error.code).toBe('malformed_request');
      }
      // An encoding body-parser does not know at all is a 415.
      const unknown = await hostile('POST', fill(route.path, 'no-such-id'), {
        body: '{}',
        headers: { 'content-type': 'application/json', 'content-encoding': 'zstd-made-up' },
      });
      expect(unknown.status).toBe(415);
    }
  });

  it('answers a path that is not valid percent-encoding with 400, on every route with an id', async () => {
    expect(WITH_PATH_PARAMETER.length).toBeGreaterThan(0);
    for (const route of WITH_PATH_PARAMETER) {
      for (const bad of ['%FF', '%E0%A4%A', '%', '%C0%AF', '%ED%A0%80']) {
        const answer = await hostile(
          route.method.toUpperCase(),
          fill(route.path, bad),
          route.method === 'post' ? { body: '{}', headers: { 'content-type': 'application/json' } } : {},
        );
        expect(answer.status, `${route.path} ${bad}`).toBe(400);
        expect(['malformed_request', 'invalid_input']).toContain(answer.body.error.code);
      }
    }
  });

  it('refuses NUL and unpaired surrogates in ids, queries and bodies with the path, before any model call', async () => {
    const callsBefore = llmCalls();
    for (const route of WITH_PATH_PARAMETER) {
      for (const bad of ['%00', 'run%00id']) {
        const answer = await hostile(
          route.method.toUpperCase(),
          fill(route.path, bad),
          route.method === 'post' ? { body: '{"message":"hi"}', headers: { 'content-type': 'application/json' } } : {},
        );
        expect(answer.status).toBe(400);
        expect(answer.body.error.problems?.[0]?.path).toMatch(/^(run_id|id|job_id)$/);
      }
    }
    for (const route of API_ROUTES.filter((candidate) => candidate.listQuery === true)) {
      const answer = await hostile('GET', `${route.path}?fund_id=fund%00a`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.problems?.[0]?.path).toBe('query.fund_id');
    }
    for (const route of POST_WITH_BODY) {
      for (const bad of ['\u0000', '\uD800']) {
        const entry = bodyWithBadText(route.operationId, bad);
        expect(entry, `a hostile body for ${route.operationId}`).toBeDefined();
        if (entry === undefined) continue;
        const answer = await hostile('POST', fill(route.path, 'no-such-id'), {
          body: JSON.stringify(entry.body),
          headers: { 'content-type': 'application/json' },
        });
        expect(answer.status, route.operationId).toBe(400);
        expect(answer.body.error.code).toBe('invalid_input');
        expect(answer.body.error.problems.map((problem: { path: string }) => problem.path)).toEqual([entry.path]);
      }
    }
    expect(llmCalls() - callsBefore, 'model calls made for refused input').toBe(0);
  });

  it('refuses a credential in the query string on every route with 400, and never logs it', async () => {
    const routes = [
      ...API_ROUTES.map((route) => ({ method: route.method.toUpperCase(), path: fill(route.path, 'some-id') })),
      ...OPS_ROUTES.map((route) => ({ method: 'GET', path: route.path })),
    ];
    for (const { method, path } of routes) {
      for (const name of ['api_key', 'apiKey', 'access_token', 'X-API-Key', 'token']) {
        const answer = await hostile(
          method,
          `${path}?${encodeURIComponent(name)}=${SECRET}`,
          method === 'POST' ? { body: '{}', headers: { 'content-type': 'application/json' } } : {},
        );
        expect(answer.status).toBe(400);
        expect(answer.body.error.code).toBe('credentials_in_query');
      }
    }
    expect(server.logText()).not.toContain(SECRET);
    expect(server.logText()).toContain('[REDACTED]');
  });

  it('keeps answering after all of it', async () => {
    const health = await raw(server.url, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(failures).toEqual([]);
    expect(tally.serverErrors).toBe(0);
    expect(tally.leaks).toBe(0);
    expect(tally.hangs).toBe(0);
  });
});
