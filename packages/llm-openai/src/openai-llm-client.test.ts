import { SelectorSpecSchema } from '@leaseback/domain';
import {
  LlmError,
  SummaryOutputSchema,
  extractFieldsOutputSchema,
  scenarioDefinitionsTask,
  selectorSpecTask,
  toStrictJsonSchema,
  withPortfolioEnums,
} from '@leaseback/llm';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAiChatCompletionsProtocol } from '@leaseback/llm/testing';
import { fixture, startFakeApiServer, type FakeApiServer } from './__fixtures__/fake-api-server.js';
import { openAiCatalogue } from './__fixtures__/sdk-models.js';
import { assetSummary, brief, nodes, outcome, revisionContext, spec } from './__fixtures__/planning-inputs.js';
import { DEFAULT_OPENAI_MODEL, createOpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';

const API_KEY = 'sk-test-leaseback-0123456789abcdef';
const ok = (name: string) => ({ json: fixture(`${name}.json`) });

/** The spec the good fixture's answer must become: nulls gone, defaults kept. */
const EXPECTED_SPEC = {
  program_type: 'slb',
  target_amount: 250_000_000,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8 },
  asset_filters: { min_leaseability: 0.7, exclude_markets: ['Chicago'] },
  strategy: 'greedy',
};

let server: FakeApiServer;
// The strict fake Chat Completions API: it refuses what the real one refuses, with the installed SDK's model list.
const startStrictServer = () => startFakeApiServer({ protocol: openAiChatCompletionsProtocol(openAiCatalogue()) });
beforeEach(async () => {
  server = await startStrictServer();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

function client(options: OpenAiLlmClientOptions = {}) {
  return createOpenAiLlmClient({
    apiKey: API_KEY,
    baseURL: `${server.origin}/v1`,
    model: 'gpt-5.4-mini',
    timeoutMs: 2_000,
    maxRetries: 2,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected the call to fail');
}

function expectNoKey(value: unknown) {
  expect(inspect(value, { depth: 10 })).not.toContain(API_KEY);
  expect(JSON.stringify(value) ?? '').not.toContain(API_KEY);
}

describe('createOpenAiLlmClient', () => {
  describe('a good answer for each method', () => {
    it('generateSelectorSpec sends the strict schema and the brief, and returns the spec', async () => {
      server.enqueue(ok('chat-completion-selector-spec'));
      const result = await client().generateSelectorSpec(brief, assetSummary);

      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request?.method).toBe('POST');
      expect(request?.path).toBe('/v1/chat/completions');
      expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request?.body.model).toBe('gpt-5.4-mini');
      expect(request?.body.max_completion_tokens).toBe(8_192);
      expect(request?.body.response_format).toEqual({
        type: 'json_schema',
        json_schema: {
          name: 'selector_spec',
          description: 'The selector spec the brief asks for.',
          strict: true,
          schema: selectorSpecTask(brief, assetSummary).jsonSchema,
        },
      });
      expect(request?.body.response_format.json_schema.schema.required).toContain('floor_amount');
      expect(request?.body.messages.map((message: { role: string }) => message.role)).toEqual(['system', 'user']);
      expect(request?.body.messages[0].content).toContain('corporate sale-leaseback (SLB) brief');
      expect(request?.body.messages[1].content).toContain(brief);
      expect(request?.body.messages[1].content).toContain('Markets (use these exact names): Atlanta, Chicago,');

      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata).toMatchObject({
        provider: 'openai',
        model: 'gpt-5.4-mini-2026-03-17',
        attempts: 1,
        usage: { input_tokens: 812, output_tokens: 95, total_tokens: 907 },
        raw_output: EXPECTED_SPEC,
      });
      expect(result.metadata.latency_ms).toBeGreaterThanOrEqual(0);
      expectNoKey(result.metadata);
    });

    it('reviseSelectorSpec sends the policy bounds, outcome and capacity', async () => {
      server.enqueue(ok('chat-completion-revised-spec'));
      const result = await client().reviseSelectorSpec(spec, outcome, revisionContext);
      const body = server.requests[0]?.body;
      expect(body.response_format.json_schema.name).toBe('revised_selector_spec');
      expect(body.response_format.json_schema.schema).toEqual(toStrictJsonSchema(SelectorSpecSchema));
      expect(body.messages[1].content).toContain('this iteration between $200,000,000 and $250,000,000');
      expect(body.messages[1].content).toContain('Capacity under the current spec: at most $232,400,000');
      expect(result.value).toEqual({
        ...EXPECTED_SPEC,
        target_amount: 232_000_000,
        asset_filters: { min_leaseability: 0.65, exclude_markets: ['Chicago'] },
      });
      expect(result.metadata.usage).toEqual({ input_tokens: 1_630, output_tokens: 102, total_tokens: 1_732 });
    });

    it('generateExplanationSummary unwraps {summary}', async () => {
      server.enqueue(ok('chat-completion-explanation-summary'));
      const result = await client().generateExplanationSummary(spec, outcome, nodes);
      const body = server.requests[0]?.body;
      expect(body.response_format.json_schema.name).toBe('explanation_summary');
      expect(body.response_format.json_schema.schema).toEqual(toStrictJsonSchema(SummaryOutputSchema));
      expect(body.messages[1].content).toContain('Wilmer Automated Distribution Center was excluded');
      expect(result.value).toMatch(/^The program raises \$232\.4M against a \$250M target, \$17\.6M short\./);
      expect(result.metadata.raw_output).toBe(result.value);
    });

    it('generateScenarioDefinitions asks for exactly the count and returns the list', async () => {
      server.enqueue(ok('chat-completion-scenario-definitions'));
      const result = await client().generateScenarioDefinitions(brief, assetSummary, 3);
      const body = server.requests[0]?.body;
      expect(body.response_format.json_schema.name).toBe('scenario_definitions');
      expect(body.response_format.json_schema.schema).toEqual(scenarioDefinitionsTask(brief, assetSummary, 3).jsonSchema);
      expect(body.response_format.json_schema.schema.properties.scenarios).toMatchObject({ minItems: 3, maxItems: 3 });
      expect(result.value.map((definition) => [definition.kind, definition.label, definition.target_amount])).toEqual([
        ['base', 'Base case', 250_000_000],
        ['risk_off', 'Risk-off', 200_000_000],
        ['geo_focus', 'Sun Belt only', 230_000_000],
      ]);
      expect(result.value[2]?.exclude_markets).toEqual(['Chicago', 'Newark', 'Columbus']);
    });

    it('extractFields drops the fields the message did not state', async () => {
      server.enqueue(ok('chat-completion-extracted-fields'));
      const result = await client().extractFields(
        'Make it $180M and leave out Dallas and Houston',
        ['target_amount', 'exclude_markets', 'confirmed'],
        {
          markets: ['Dallas', 'Houston'],
        },
      );
      const body = server.requests[0]?.body;
      expect(body.response_format.json_schema.name).toBe('extracted_fields');
      expect(body.response_format.json_schema.schema).toEqual(
        withPortfolioEnums(toStrictJsonSchema(extractFieldsOutputSchema(['target_amount', 'exclude_markets', 'confirmed'])), {
          markets: ['Dallas', 'Houston'],
        }),
      );
      expect(body.messages[1].content).toContain('Make it $180M and leave out Dallas and Houston');
      expect(result.value).toEqual({ target_amount: 180_000_000, exclude_markets: ['Dallas', 'Houston'] });
    });
  });

  describe('a brief that states no amount', () => {
    it('lets the model answer a null target, fills the default and reports it as target_defaulted', async () => {
      const answer = fixture('chat-completion-selector-spec.json');
      const content = JSON.parse(answer.choices[0].message.content);
      answer.choices[0].message.content = JSON.stringify({ ...content, target_amount: null });
      server.enqueue({ json: answer });
      const result = await client().generateSelectorSpec('Sell warehouses outside Chicago, leverage under 3.25x.', assetSummary);

      const schema = server.requests[0]?.body.response_format.json_schema.schema;
      expect(schema.properties.target_amount.anyOf).toContainEqual({ type: 'null' });
      expect(server.requests[0]?.body.messages[0].content).toContain('null when the brief states no amount');
      // The documented default: 25 % of the potential proceeds, to the nearest $1M.
      const assumed = Math.round((assetSummary.total_potential_proceeds * 0.25) / 1e6) * 1e6;
      expect(result.value).toEqual({ ...EXPECTED_SPEC, target_amount: assumed });
      expect(result.metadata.notices).toEqual([expect.objectContaining({ code: 'target_defaulted', field: 'target_amount' })]);
      expect(result.metadata.assumptions).toEqual([expect.stringMatching(/^target not stated/)]);
    });

    it('reports nothing when the model reads an amount', async () => {
      server.enqueue(ok('chat-completion-selector-spec'));
      const result = await client().generateSelectorSpec(brief, assetSummary);
      expect(result.metadata.notices).toBeUndefined();
      expect(result.metadata.assumptions).toEqual([]);
    });
  });

  describe('repair', () => {
    it('re-asks after malformed JSON, replaying the bad answer, and sums usage', async () => {
      server.enqueue(ok('chat-completion-malformed-json'), ok('chat-completion-repaired-selector-spec'));
      const result = await client().generateSelectorSpec(brief, assetSummary);
      expect(server.requests).toHaveLength(2);
      const messages = server.requests[1]?.body.messages as { role: string; content: string }[];
      expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
      expect(messages[2]?.content).toBe(fixture('chat-completion-malformed-json.json').choices[0].message.content);
      expect(messages[3]?.content).toMatch(/^Your previous answer was rejected by validation:\n- \(root\): not valid JSON \(/);
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata.attempts).toBe(2);
      expect(result.metadata.usage).toEqual({ input_tokens: 812 + 1_004, output_tokens: 41 + 95, total_tokens: 853 + 1_099 });
    });

    it('re-asks with the zod issues after a schema-invalid answer', async () => {
      server.enqueue(ok('chat-completion-schema-invalid'), ok('chat-completion-repaired-selector-spec'));
      const result = await client().generateSelectorSpec(brief, assetSummary);
      const repairMessage = server.requests[1]?.body.messages[3].content as string;
      expect(repairMessage).toContain('- asset_filters.asset_types[0]: ');
      expect(repairMessage).toContain('- asset_filters.exclude_markets[0]: must not be empty');
      expect(server.requests[1]?.body.response_format).toEqual(server.requests[0]?.body.response_format);
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata).toMatchObject({ attempts: 2, usage: { input_tokens: 1_816, output_tokens: 192, total_tokens: 2_008 } });
    });

    it('gives up with llm_invalid_output after maxRepairs', async () => {
      server.enqueue(ok('chat-completion-schema-invalid'), ok('chat-completion-schema-invalid'));
      const error = await failure(client({ maxRepairs: 1 }).generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_invalid_output');
      expect(error.message).toContain('asset_filters.exclude_markets[0]: must not be empty');
      expect(server.requests).toHaveLength(2);
    });
  });

  describe('refusal and truncation are never repaired', () => {
    it('message.refusal → llm_refused', async () => {
      server.enqueue(ok('chat-completion-refusal'), ok('chat-completion-selector-spec'));
      const error = await failure(client().generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_refused');
      expect(error.message).toContain("I'm sorry, but I can't help with that request.");
      expect(server.requests).toHaveLength(1);
    });

    it('finish_reason "length" → llm_truncated', async () => {
      server.enqueue(ok('chat-completion-truncated'), ok('chat-completion-selector-spec'));
      const error = await failure(client({ maxOutputTokens: 32 }).generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_truncated');
      expect(server.requests[0]?.body.max_completion_tokens).toBe(32);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('provider failures', () => {
    it('429 with retry-after: the SDK waits and retries once, the repair loop sees one attempt', async () => {
      server.enqueue(
        { status: 429, headers: { 'retry-after-ms': '5' }, json: fixture('error-rate-limit.json') },
        ok('chat-completion-selector-spec'),
      );
      const result = await client().generateSelectorSpec(brief, assetSummary);
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]?.body).toEqual(server.requests[0]?.body);
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata.attempts).toBe(1);
      expect(result.metadata.usage.total_tokens).toBe(907);
    });

    it('429 past the SDK retries → llm_rate_limited with the wait the provider asked for', async () => {
      const limited = { status: 429, headers: { 'retry-after-ms': '7' }, json: fixture('error-rate-limit.json') };
      server.enqueue(limited, limited);
      const error = await failure(client({ maxRetries: 1 }).generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_rate_limited');
      expect(error.isRetryable).toBe(true);
      expect(error.statusCode).toBe(429);
      expect(error.retryAfterMs).toBe(7);
      // maxRetries 1: one request and one retry, no more.
      expect(server.requests).toHaveLength(2);
    });

    it('500 then success: retried by the SDK', async () => {
      server.enqueue(
        { status: 500, headers: { 'retry-after-ms': '1' }, json: fixture('error-server.json') },
        ok('chat-completion-selector-spec'),
      );
      const result = await client().generateSelectorSpec(brief, assetSummary);
      expect(server.requests).toHaveLength(2);
      expect(result.value).toEqual(EXPECTED_SPEC);
    });

    it('500 past the SDK retries → llm_unavailable', async () => {
      const down = { status: 503, headers: { 'retry-after-ms': '1' }, json: fixture('error-server.json') };
      server.enqueue(down, down, down);
      const error = await failure(client({ maxRetries: 2 }).generateSelectorSpec(brief, assetSummary));
      expect(error).toMatchObject({ code: 'llm_unavailable', statusCode: 503, isRetryable: true });
      expect(server.requests).toHaveLength(3);
    });

    it('a hang past the timeout → llm_timeout', async () => {
      server.enqueue({ hang: true });
      const error = await failure(client({ timeoutMs: 100, maxRetries: 0 }).generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_timeout');
      expect(server.requests).toHaveLength(1);
    });

    it('an aborted call → llm_cancelled', async () => {
      server.enqueue({ hang: true });
      const controller = new AbortController();
      const call = client({ timeoutMs: 30_000 }).generateSelectorSpec(brief, assetSummary, { signal: controller.signal });
      await server.waitForRequests(1);
      controller.abort();
      expect((await failure(call)).code).toBe('llm_cancelled');
      expect(server.requests).toHaveLength(1);
    });

    it('an already-aborted signal sends nothing', async () => {
      const controller = new AbortController();
      controller.abort();
      expect((await failure(client().generateSelectorSpec(brief, assetSummary, { signal: controller.signal }))).code).toBe('llm_cancelled');
      expect(server.requests).toHaveLength(0);
    });

    it('401 → llm_auth at once, and the key appears nowhere in the error', async () => {
      server.enqueue({ status: 401, json: fixture('error-invalid-api-key.json') });
      const error = await failure(client().generateSelectorSpec(brief, assetSummary));
      expect(error).toMatchObject({ code: 'llm_auth', statusCode: 401, isRetryable: false, provider: 'openai' });
      expect(error.message).toBe('openai rejected the credentials (401); check the API key (request req_fake_000001)');
      expect(server.requests).toHaveLength(1);
      expectNoKey(error);
      expectNoKey(String(error.cause));
    });

    it('400 (a rejected request) → llm_bad_request, not retryable, carrying the redacted provider message', async () => {
      server.enqueue({ status: 400, json: fixture('error-invalid-schema.json') });
      const error = await failure(client().generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_bad_request');
      expect(error.isRetryable).toBe(false);
      expect(error.statusCode).toBe(400);
      expect(error.message).toContain("Invalid schema for response_format 'selector_spec'");
      expect(server.requests).toHaveLength(1);
    });

    it('nothing listening → llm_unavailable', async () => {
      const closed = `${server.origin}/v1`;
      await server.close();
      const error = await failure(
        createOpenAiLlmClient({ apiKey: API_KEY, baseURL: closed, maxRetries: 0 }).generateSelectorSpec(brief, assetSummary),
      );
      expect(error.code).toBe('llm_unavailable');
      server = await startStrictServer();
    });
  });

  describe('configuration', () => {
    it('takes the key from OPENAI_API_KEY and defaults the model', async () => {
      vi.stubEnv('OPENAI_API_KEY', 'sk-from-environment-42424242');
      server.enqueue(ok('chat-completion-selector-spec'));
      await createOpenAiLlmClient({ baseURL: `${server.origin}/v1` }).generateSelectorSpec(brief, assetSummary);
      expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-from-environment-42424242');
      expect(server.requests[0]?.body.model).toBe(DEFAULT_OPENAI_MODEL);
    });

    it('refuses to start without a key', () => {
      vi.stubEnv('OPENAI_API_KEY', '');
      expect(() => createOpenAiLlmClient({ baseURL: `${server.origin}/v1` })).toThrowError(
        expect.objectContaining({ code: 'llm_auth', message: 'no OpenAI API key: set OPENAI_API_KEY or pass apiKey' }),
      );
    });

    it('uses the injected fetch and clock', async () => {
      server.enqueue(ok('chat-completion-selector-spec'));
      const fetchSpy = vi.fn((input: string | URL | Request, init?: RequestInit) => fetch(input, init));
      const clock = vi.fn().mockReturnValueOnce(10).mockReturnValueOnce(42);
      const result = await client({ fetch: fetchSpy, now: clock }).generateSelectorSpec(brief, assetSummary);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(result.metadata.latency_ms).toBe(32);
    });
  });
});
