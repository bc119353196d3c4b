import { createOfflineLlmClient, type LlmClient } from '@leaseback/llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

const DETAIL = 'internal detail 7f3a: cannot read properties of undefined';

/** The offline client whose first step fails with a bug of Leaseback's own (a TypeError). */
function brokenLlm(): LlmClient {
  const offline = createOfflineLlmClient();
  return {
    ...offline,
    provider: offline.provider,
    generateSelectorSpec: async () => {
      throw new TypeError(DETAIL);
    },
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ llm: brokenLlm() });
});
afterAll(async () => {
  await server.close();
});

function linesFor(requestId: string): Record<string, any>[] {
  return server.logs.filter((line) => line['reqId'] === requestId || (line['req'] as { id?: string } | undefined)?.id === requestId);
}

describe('internal_error', () => {
  it('answers a thrown internal error with a generic 500 and logs its class, message and stack with the request id', async () => {
    const answer = await request(server.url, 'POST', '/api/capacity', {
      json: exampleProgramRequest(),
      headers: { 'x-request-id': 'req-capacity-1' },
    });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: { code: 'internal_error', message: 'an internal error occurred' } });
    expect(answer.text).not.toContain('7f3a');
    const errors = linesFor('req-capacity-1').filter((line) => line['level'] === 50);
    expect(errors.length).toBeGreaterThan(0);
    const logged = JSON.stringify(errors);
    expect(logged).toContain('TypeError');
    expect(logged).toContain(DETAIL);
    expect(logged).toMatch(/at .+:\d+:\d+/);
  });

  it('logs the cause of a run stored as failed with internal_error, which is answered without it', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', {
      json: exampleProgramRequest(),
      headers: { 'x-request-id': 'req-run-1' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'failed', error_code: 'internal_error', error: 'an internal error occurred' });
    expect(answer.text).not.toContain('7f3a');
    const stored = await request(server.url, 'GET', `/api/runs/${answer.body.run_id as string}`);
    expect(stored.text).not.toContain('7f3a');
    const causeLines = linesFor('req-run-1').filter((line) => line['level'] === 50 && line['cause'] !== undefined);
    expect(causeLines).toHaveLength(1);
    expect(causeLines[0]?.['cause']).toMatchObject({ class: 'TypeError', message: DETAIL, stack: expect.stringMatching(/at .+:\d+:\d+/) });
    expect(causeLines[0]?.['error_code']).toBe('internal_error');
  });
});
