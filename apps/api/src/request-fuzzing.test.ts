import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer, type HttpAnswer, type TestServer } from './__fixtures__/api-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const POST_PATHS = ['/api/programs', '/api/runs', '/api/scenario_sets', '/api/capacity'] as const;

/** Raw JSON tokens, including ones JSON.stringify cannot produce (1e999 parses to Infinity). */
const hostileToken = fc.oneof(
  fc.constantFrom('"NaN"', '"Infinity"', '"-Infinity"', '1e999', '-1e999', '1e308', '-1e308', '5e-324', '-0', '0', '1', '-1'),
  fc.constantFrom('99999999999999999999999999999999', '"1e6"', '""', '"   "', 'null', 'true', 'false', '[]', '{}', '[null]'),
  fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '"__proto__"'),
  fc.double().map((value) => JSON.stringify(value)),
  fc.integer().map(String),
  fc.string({ maxLength: 40 }).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
);

const FIELD_PATHS: readonly (readonly (string | number)[])[] = [
  ['program_description'],
  ['fund_id'],
  ['program_type'],
  ['strategy'],
  ['target_override'],
  ['max_leverage_override'],
  ['exclude_markets_override'],
  ['assets'],
  ['corporate_state'],
  ['corporate_state', 'ebitda'],
  ['corporate_state', 'net_debt'],
  ['corporate_state', 'transaction_cost_rate'],
  ['assets', 0],
  ['assets', 0, 'cap_rate'],
  ['assets', 1, 'market_rent'],
  ['assets', 2, 'asset_id'],
  ['assets', 3, 'criticality'],
  ['__proto__'],
  ['constructor'],
];

const PLACEHOLDER = '"__hostile_token__"';

/** A valid request with one field replaced by a raw hostile token. */
const mutatedRequest = fc.tuple(fc.constantFrom(...FIELD_PATHS), hostileToken).map(([path, token]) => {
  const body: Record<string, unknown> = exampleProgramRequest();
  let holder: any = body;
  for (const segment of path.slice(0, -1)) holder = holder[segment];
  const last = path[path.length - 1] as string | number;
  if (last === '__proto__' || last === 'constructor') {
    // Written into the text, since assigning `__proto__` on an object would change its prototype.
    return JSON.stringify(body).replace(/^\{/, `{"${last}":${token},`);
  }
  holder[last] = '__hostile_token__';
  return JSON.stringify(body).replace(PLACEHOLDER, token);
});

/** Deeply nested arrays or objects, alone or under a real field. */
const deepNesting = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean(), fc.boolean()).map(([depth, arrays, underField]) => {
  const nested = arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return underField ? `{"assets":${nested},"corporate_state":${nested},"program_description":"x"}` : nested;
});

/** Objects whose keys are hostile (prototype pollution, unknown fields). */
const hostileKeys = fc
  .array(
    fc.tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'assets', 'fund_id', 'brief', 'base_request'),
      hostileToken,
    ),
    {
      maxLength: 6,
    },
  )
  .map((entries) => `{${entries.map(([key, token]) => `${JSON.stringify(key)}:${token}`).join(',')}}`);

/** Text that is not JSON at all, or is cut short. */
const brokenText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '[', '{"a":}', '{"a" 1}', "{'a':1}", 'undefined', 'NaN', '\u0000', '{"a":1}{"b":2}', '\uFEFF{}'),
  mutatedRequest.map((text) => text.slice(0, Math.floor(text.length / 2))),
);

const hostileBody = fc.oneof(
  { weight: 4, arbitrary: mutatedRequest },
  { weight: 2, arbitrary: hostileKeys },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: brokenText },
  { weight: 1, arbitrary: hostileToken },
);

function expectHandled(answer: HttpAnswer): void {
  expect(answer.status, answer.text.slice(0, 500)).toBeLessThan(500);
  // Parsed with JSON.parse, so it holds no NaN or Infinity token.
  expect(answer.body, 'the answer is JSON').toBeDefined();
  if (answer.status >= 400) {
    expect(answer.body.error.code).toEqual(expect.any(String));
    expect(answer.body.error.message).toEqual(expect.any(String));
  }
}

describe('hostile request bodies', () => {
  it('never answer with a 5xx and never stop the server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...POST_PATHS), hostileBody, async (path, body) => {
        // Scenario sets run three programs per valid request; keep their share small.
        const answer = await request(server.url, 'POST', path, { rawBody: body, headers: { 'content-type': 'application/json' } });
        expectHandled(answer);
      }),
      { numRuns: 300 },
    );
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never answer a hostile query or id with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/runs', '/api/scenario_sets'),
        fc.array(fc.tuple(fc.constantFrom('limit', 'fund_id', 'limit[]', '__proto__', 'x'), fc.string({ maxLength: 30 })), {
          maxLength: 4,
        }),
        async (path, pairs) => {
          const query = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
          expectHandled(await request(server.url, 'GET', `${path}?${query}`));
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/runs/', '/api/scenario_sets/'),
        // `.` and `..` are dot segments: the client resolves them away before sending.
        fc.string({ minLength: 1, maxLength: 300 }).filter((id) => id !== '.' && id !== '..'),
        async (prefix, id) => {
          const answer = await request(server.url, 'GET', `${prefix}${encodeURIComponent(id)}`);
          expectHandled(answer);
          // Ids accept a unique prefix, so a short random id may name a stored record (200).
          expect([200, 400, 404]).toContain(answer.status);
        },
      ),
      { numRuns: 150 },
    );
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
  });
});
