import { startFakeApiServer, type FakeApiServer } from '@leaseback/llm/testing';
import { createLlmClientFromConfig, parseServiceConfig } from '@leaseback/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

// The real provider adapters behind the API, pointed at a local fake provider that answers badly.
describe.each(['openai', 'anthropic'] as const)(
  'POST /api/programs when %s answers with something that is not an API response',
  (provider) => {
    let fake: FakeApiServer;
    let server: TestServer;
    beforeAll(async () => {
      // No request checks, only each provider's request-id header, as a gateway in front of it would keep.
      fake = await startFakeApiServer({
        protocol: { name: provider, requestIdHeader: provider === 'openai' ? 'x-request-id' : 'request-id', validate: () => null },
      });
      const config = parseServiceConfig({
        provider,
        llm: {
          max_retries: 0,
          [provider]: { base_url: provider === 'openai' ? `${fake.origin}/v1` : fake.origin, api_key: 'sk-test-not-a-real-key-0123456789' },
        },
      });
      server = await startTestServer({ llm: await createLlmClientFromConfig(config) });
    });
    afterAll(async () => {
      await server.close();
      await fake.close();
    });

    it('an HTML page with status 200 → 503 llm_unavailable, not a 500', async () => {
      fake.enqueue({ text: '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>' });
      const answer = await request(server.url, 'POST', '/api/programs', { json: exampleProgramRequest() });
      expect(answer.status).toBe(503);
      expect(answer.body.error.code).toBe('llm_unavailable');
      expect(answer.body.error.message).toContain('req_fake_');
      expect(JSON.stringify(answer.body)).not.toContain('sk-test-not-a-real-key');
    });

    it("a JSON body missing the protocol's fields → 502 llm_invalid_output", async () => {
      fake.enqueue({ json: { id: 'x', object: 'unexpected' } });
      const answer = await request(server.url, 'POST', '/api/programs', { json: exampleProgramRequest() });
      expect(answer.status).toBe(502);
      expect(answer.body.error.code).toBe('llm_invalid_output');
    });
  },
);
