import { LlmError } from '@leaseback/llm';
import { openAiChatCompletionsProtocol, startFakeApiServer, type FakeApiServer } from '@leaseback/llm/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from './__fixtures__/fake-api-server.js';
import { assetSummary, brief } from './__fixtures__/planning-inputs.js';
import { OPENAI_RETIRED_MODELS, openAiCatalogue, sdkChatModels } from './__fixtures__/sdk-models.js';
import { DEFAULT_OPENAI_MODEL, createOpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';

const API_KEY = 'sk-test-leaseback-0123456789abcdef';
let server: FakeApiServer;
beforeEach(async () => {
  server = await startFakeApiServer({ protocol: openAiChatCompletionsProtocol(openAiCatalogue()) });
});
afterEach(async () => {
  await server.close();
});

const client = (options: OpenAiLlmClientOptions = {}) =>
  createOpenAiLlmClient({ apiKey: API_KEY, baseURL: `${server.origin}/v1`, ...options });

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected the call to fail');
}

const request = (body: unknown) => ({ method: 'POST', path: '/v1/chat/completions', headers: { authorization: 'Bearer k' }, body });
const base = { model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'x' }], max_completion_tokens: 100 };

describe('defaults checked against the installed SDK', () => {
  it("the default model is in the SDK's chat model list and not retired", () => {
    expect(sdkChatModels()).toContain(DEFAULT_OPENAI_MODEL);
    expect(OPENAI_RETIRED_MODELS).not.toContain(DEFAULT_OPENAI_MODEL);
  });

  it('the default request is one the strict fake API accepts', async () => {
    server.enqueue({ json: fixture('chat-completion-selector-spec.json') });
    await client().generateSelectorSpec(brief, assetSummary);
    expect(server.rejections).toEqual([]);
    expect(server.requests[0]?.body.model).toBe(DEFAULT_OPENAI_MODEL);
  });
});

describe('the strict fake API refuses what the real one refuses', () => {
  it('a retired model → 404 model_not_found → llm_bad_request', async () => {
    const error = await failure(client({ model: 'o1-preview' }).generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_bad_request', statusCode: 404, requestId: 'req_fake_000001' });
    expect(error.message).toContain('The model `o1-preview` does not exist');
  });

  it('an unknown parameter, a missing one, an out-of-range max_completion_tokens and a non-strict schema are each refused', () => {
    const protocol = openAiChatCompletionsProtocol(openAiCatalogue());
    expect(protocol.validate(request(base))).toBeNull();
    expect(protocol.validate(request({ ...base, temprature: 0 }))?.json).toMatchObject({
      error: { message: 'Unrecognized request argument supplied: temprature' },
    });
    expect(protocol.validate(request({ model: base.model }))?.json).toMatchObject({
      error: { code: 'missing_required_parameter', param: 'messages' },
    });
    expect(protocol.validate(request({ ...base, max_completion_tokens: 0 }))?.status).toBe(400);
    const notStrict = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    };
    const rejected = protocol.validate(
      request({ ...base, response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: notStrict } } }),
    );
    expect(rejected?.json).toMatchObject({ error: { code: 'invalid_json_schema', param: 'response_format' } });
  });

  it('an oversized max_completion_tokens is clamped to what the API accepts', async () => {
    server.enqueue({ json: fixture('chat-completion-selector-spec.json') });
    await client({ maxOutputTokens: 10_000_000 }).generateSelectorSpec(brief, assetSummary);
    expect(server.rejections).toEqual([]);
    expect(server.requests[0]?.body.max_completion_tokens).toBe(128_000);
  });
});

describe('malformed answers are LLM errors with the request id', () => {
  it('an HTML page with status 200 → llm_unavailable', async () => {
    server.enqueue({ text: '<html><body>Bad gateway</body></html>' });
    const error = await failure(client().generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_unavailable', requestId: 'req_fake_000001' });
    expect(error.message).toContain('not JSON (text/html');
  });

  it('JSON content type with a body that is not JSON → llm_unavailable', async () => {
    server.enqueue({ text: '{"choices": [', headers: { 'content-type': 'application/json' } });
    expect((await failure(client().generateSelectorSpec(brief, assetSummary))).code).toBe('llm_unavailable');
  });

  it('a completion without choices → llm_invalid_output', async () => {
    server.enqueue({ json: { ...fixture('chat-completion-selector-spec.json'), choices: [] } });
    const error = await failure(client().generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_invalid_output', requestId: 'req_fake_000001' });
    expect(error.message).toContain('choices: must hold at least one choice');
  });

  it('a refusal carries the tokens it used', async () => {
    server.enqueue({ json: fixture('chat-completion-refusal.json') });
    const error = await failure(client().generateSelectorSpec(brief, assetSummary));
    expect(error.code).toBe('llm_refused');
    expect(error.usage?.total_tokens).toBe(fixture('chat-completion-refusal.json').usage.total_tokens);
    expect(error.requestId).toBe('req_fake_000001');
  });
});

describe('bounded waits', () => {
  it('a 429 asking for an hour is not waited: llm_rate_limited at once', async () => {
    server.enqueue({ status: 429, headers: { 'retry-after': '3600' }, json: fixture('error-rate-limit.json') });
    const error = await failure(client({ maxRetries: 2 }).generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_rate_limited', retryAfterMs: 3_600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('an abort during an honoured retry-after wait (30 s, within the deadline) ends the call without the retry', async () => {
    server.enqueue({ status: 429, headers: { 'retry-after': '30' }, json: fixture('error-rate-limit.json') });
    const controller = new AbortController();
    const call = client({ maxRetries: 2 }).generateSelectorSpec(brief, assetSummary, { signal: controller.signal });
    await server.waitForRequests(1);
    // Long enough for the 429 to arrive and the wait to start; the call would otherwise wait 30 s and fail the test's 5 s limit.
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    expect((await failure(call)).code).toBe('llm_cancelled');
    expect(server.requests).toHaveLength(1);
  });

  it("a body that stalls after the headers: the caller's abort ends the call", async () => {
    server.enqueue({ stall: true });
    const controller = new AbortController();
    const call = client().generateSelectorSpec(brief, assetSummary, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    expect((await failure(call)).code).toBe('llm_cancelled');
  });

  it('a body that stalls after the headers: the deadline ends the call with llm_timeout', async () => {
    server.enqueue({ stall: true });
    const error = await failure(client({ deadlineMs: 200, timeoutMs: 60_000 }).generateSelectorSpec(brief, assetSummary));
    expect(error.code).toBe('llm_timeout');
  });
});
