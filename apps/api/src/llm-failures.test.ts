import { LlmError, createOfflineLlmClient } from '@leaseback/llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';
import { createGate, gatedOfflineTestLlm, offlineTestLlm } from './__fixtures__/offline-test-llm.js';

describe('when the language model fails', () => {
  const offline = createOfflineLlmClient();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      llm: offlineTestLlm({
        generateSelectorSpec: async (brief, summary, options) => {
          if (brief.includes('[timeout]')) return new LlmError('llm_timeout', 'the model did not answer in time', { provider: 'test' });
          if (brief.includes('[invalid]'))
            return new LlmError('llm_invalid_output', 'the model answered with invalid output after repairs', { provider: 'test' });
          if (brief.includes('[down]')) return new LlmError('llm_unavailable', 'the model is unavailable', { provider: 'test' });
          return (await offline.generateSelectorSpec(brief, summary, options)).value;
        },
        generateScenarioDefinitions: new LlmError('llm_unavailable', 'the model is unavailable', { provider: 'test' }),
      }),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 503 scenario_definitions_unavailable when scenario definitions cannot be generated, storing nothing', async () => {
    const answer = await request(server.url, 'POST', '/api/scenario_sets', {
      json: exampleScenarioSetRequest({ fund_id: 'fund-no-defs' }),
    });
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe('scenario_definitions_unavailable');
    expect((await request(server.url, 'GET', '/api/scenario_sets?fund_id=fund-no-defs')).body).toEqual([]);
    expect((await request(server.url, 'GET', '/api/runs?fund_id=fund-no-defs')).body).toEqual([]);
  });

  it.each([
    ['[down]', 503, 'llm_unavailable'],
    ['[timeout]', 504, 'llm_timeout'],
    ['[invalid]', 502, 'llm_invalid_output'],
  ])('answers POST /api/programs for a %s model with %i %s', async (marker, status, code) => {
    const answer = await request(server.url, 'POST', '/api/programs', {
      json: exampleProgramRequest({ program_description: `Raise $100M. ${marker}` }),
    });
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
  });

  it('stores a run whose model failed as failed (201) with the error and its code', async () => {
    const created = await request(server.url, 'POST', '/api/runs', {
      json: exampleProgramRequest({ fund_id: 'fund-failed', program_description: 'Raise $100M. [down]' }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'failed', response: null, error_code: 'llm_unavailable', error: expect.any(String) });
    const record = await request(server.url, 'GET', `/api/runs/${created.body.run_id}`);
    expect(record.body).toMatchObject({ status: 'failed', response: null, error_code: 'llm_unavailable' });
  });
});

describe('a retry while the first request is still running', () => {
  it('answers 409 idempotency_in_progress, then the first result once it is done', async () => {
    const gate = createGate();
    const server = await startTestServer({ llm: gatedOfflineTestLlm(gate) });
    try {
      const body = exampleProgramRequest({ fund_id: 'fund-concurrent' });
      const headers = { 'idempotency-key': 'concurrent-1' };
      const first = request(server.url, 'POST', '/api/runs', { json: body, headers });
      await gate.entered;
      const early = await request(server.url, 'POST', '/api/runs', { json: body, headers });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('idempotency_in_progress');
      gate.open();
      const done = await first;
      expect(done.status).toBe(201);
      const retry = await request(server.url, 'POST', '/api/runs', { json: body, headers });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(done.body);
      expect((await request(server.url, 'GET', '/api/runs?fund_id=fund-concurrent')).body).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
