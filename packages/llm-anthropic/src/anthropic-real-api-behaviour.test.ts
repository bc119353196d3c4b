import { LlmError } from '@leaseback/llm';
import { anthropicMessagesProtocol, startFakeApiServer, type FakeApiServer } from '@leaseback/llm/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from './__fixtures__/fake-api-server.js';
import { assetSummary, brief } from './__fixtures__/planning-inputs.js';
import { anthropicCatalogue, sdkDeprecatedModels, sdkModels } from './__fixtures__/sdk-models.js';
import {
  DEFAULT_ANTHROPIC_MODEL,
  acceptsForcedToolChoice,
  createAnthropicLlmClient,
  type AnthropicLlmClientOptions,
} from './anthropic-llm-client.js';

const API_KEY = 'sk-ant-test-leaseback-0123456789';
let server: FakeApiServer;
beforeEach(async () => {
  server = await startFakeApiServer({
    protocol: anthropicMessagesProtocol(await anthropicCatalogue(), {
      rejectsForcedToolChoice: (model) => !acceptsForcedToolChoice(model),
    }),
  });
});
afterEach(async () => {
  await server.close();
});

const client = (options: AnthropicLlmClientOptions = {}) =>
  createAnthropicLlmClient({ apiKey: API_KEY, baseURL: server.origin, ...options });

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected the call to fail');
}

describe('defaults checked against the installed SDK', () => {
  it("the default model is in the SDK's model list and not in its deprecation list", async () => {
    expect(sdkModels()).toContain(DEFAULT_ANTHROPIC_MODEL);
    expect(Object.keys(await sdkDeprecatedModels())).not.toContain(DEFAULT_ANTHROPIC_MODEL);
  });

  it('the default request (output_config, default model) is one the strict fake API accepts', async () => {
    server.enqueue({ json: fixture('message-selector-spec-json.json') });
    const result = await client().generateSelectorSpec(brief, assetSummary);
    expect(server.rejections).toEqual([]);
    expect(server.requests[0]?.body.model).toBe('claude-sonnet-5-5');
    expect(server.requests[0]?.body.output_config.format.type).toBe('json_schema');
    expect(result.value.target_amount).toBe(250_000_000);
  });
});

describe('the strict fake API refuses what the real one refuses', () => {
  it('a retired model (the old default, and one past its end of life) → 404 → llm_bad_request', async () => {
    for (const model of ['claude-sonnet-4-5', 'claude-mythos-preview']) {
      const error = await failure(client({ model }).generateSelectorSpec(brief, assetSummary));
      expect(error).toMatchObject({ code: 'llm_bad_request', statusCode: 404 });
      expect(error.message).toContain(`model: ${model}`);
    }
  });

  it('an unknown parameter, a missing one, an out-of-range max_tokens and a non-strict schema are each refused', async () => {
    const protocol = anthropicMessagesProtocol(await anthropicCatalogue());
    const base = { model: 'claude-sonnet-5-5', max_tokens: 1_000, messages: [{ role: 'user', content: 'x' }] };
    const request = (body: unknown) => ({
      method: 'POST',
      path: '/v1/messages',
      headers: { authorization: 'Bearer k', 'anthropic-version': '2023-06-01' },
      body,
    });
    expect(protocol.validate(request(base))).toBeNull();
    expect(protocol.validate(request({ ...base, temprature: 0 }))?.json).toMatchObject({
      error: { message: 'temprature: Extra inputs are not permitted' },
    });
    expect(protocol.validate(request({ model: base.model, messages: base.messages }))?.json).toMatchObject({
      error: { message: 'max_tokens: Field required' },
    });
    expect(protocol.validate(request({ ...base, max_tokens: 500_000 }))?.status).toBe(400);
    const open = { type: 'object', properties: { a: { type: 'string', minLength: 1 } }, required: ['a'] };
    const rejected = protocol.validate(request({ ...base, output_config: { format: { type: 'json_schema', schema: open } } }));
    expect(rejected?.status).toBe(400);
    expect(JSON.stringify(rejected?.json)).toMatch(/additionalProperties: false|minLength/);
  });

  it('a forced tool choice on a model that refuses it is never sent: the strict tool is offered with tool_choice auto', async () => {
    server.enqueue({ json: { ...fixture('message-selector-spec-tool.json'), model: 'claude-sonnet-5-5' } });
    await client({ structuredOutput: 'strict_tool' }).generateSelectorSpec(brief, assetSummary);
    expect(server.rejections).toEqual([]);
    expect(server.requests[0]?.body.tool_choice).toEqual({ type: 'auto' });
    expect(server.requests[0]?.body.tools[0].strict).toBe(true);
  });
});

describe('malformed answers are LLM errors with the request id', () => {
  it('an HTML page with status 200 → llm_unavailable', async () => {
    server.enqueue({ text: '<html><body>Bad gateway</body></html>' });
    const error = await failure(client().generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_unavailable', requestId: 'req_fake_000001' });
    expect(error.message).toContain('not JSON (text/html');
  });

  it('a JSON body without the message fields → llm_invalid_output', async () => {
    server.enqueue({ json: { id: 'msg_1', type: 'message' } });
    const error = await failure(client().generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_invalid_output', requestId: 'req_fake_000001' });
    expect(error.message).toContain('malformed message');
  });

  it('a tool input nested 10,000 levels deep is rejected unread, repaired, then llm_invalid_output', async () => {
    // Written as text: serialising a 10,000-level value would itself exhaust the stack.
    const deep = `${'{"child":'.repeat(10_000)}"leaf"${'}'.repeat(10_000)}`;
    const reply = JSON.stringify(fixture('message-selector-spec-tool.json')).replace(/"input":\{.*?\}\}\]/, `"input":${deep}}]`);
    expect(reply).toContain(deep);
    const json = { text: reply, headers: { 'content-type': 'application/json' } };
    server.enqueue(json, json);
    const error = await failure(
      client({ model: 'claude-sonnet-4-6', structuredOutput: 'strict_tool', maxRepairs: 1 }).generateSelectorSpec(brief, assetSummary),
    );
    expect(error.code).toBe('llm_invalid_output');
    expect(error.message).toContain('nests deeper than 64 levels');
    expect(error.usage?.total_tokens).toBe(2 * 1_580);
  });
});

describe('bounded waits', () => {
  it('a 429 asking for an hour is not waited: llm_rate_limited at once, with the wait it asked for', async () => {
    server.enqueue({ status: 429, headers: { 'retry-after': '3600' }, json: fixture('error-rate-limit.json') });
    const error = await failure(client({ maxRetries: 2 }).generateSelectorSpec(brief, assetSummary));
    expect(error).toMatchObject({ code: 'llm_rate_limited', retryAfterMs: 3_600_000, requestId: 'req_fake_000001' });
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
    expect(error.message).toContain('deadline of 200 ms');
  });
});
