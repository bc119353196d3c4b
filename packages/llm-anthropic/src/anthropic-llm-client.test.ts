import { transformJSONSchema } from '@anthropic-ai/sdk/lib/transform-json-schema';
import { fitAnthropicLimits, type JsonSchema } from '@leaseback/llm';

/** The schema as the adapter sends it: reduced to the SDK's supported subset, then fitted to the union limit. */
const anthropicSchema = (schema: JsonSchema): JsonSchema => fitAnthropicLimits(transformJSONSchema(schema) as JsonSchema);
import {
  LlmError,
  SummaryOutputSchema,
  extractFieldsOutputSchema,
  scenarioDefinitionsTask,
  selectorSpecTask,
  toStrictJsonSchema,
} from '@leaseback/llm';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anthropicMessagesProtocol } from '@leaseback/llm/testing';
import { fixture, startFakeApiServer, type FakeApiServer } from './__fixtures__/fake-api-server.js';
import { anthropicCatalogue } from './__fixtures__/sdk-models.js';
import { assetSummary, brief, nodes, outcome, revisionContext, spec } from './__fixtures__/planning-inputs.js';
import {
  DEFAULT_ANTHROPIC_MODEL,
  acceptsForcedToolChoice,
  createAnthropicLlmClient,
  type AnthropicLlmClientOptions,
} from './anthropic-llm-client.js';

const API_KEY = 'sk-ant-test-leaseback-0123456789';
const ok = (name: string) => ({ json: fixture(`${name}.json`) });

/** The spec the good fixtures' answer must become: nulls gone, defaults kept. */
const EXPECTED_SPEC = {
  program_type: 'slb',
  target_amount: 250_000_000,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8 },
  asset_filters: { min_leaseability: 0.7, exclude_markets: ['Chicago'] },
  strategy: 'greedy',
};

let server: FakeApiServer;
// The strict fake Messages API: it refuses what the real one refuses, with the installed SDK's model list.
const startStrictServer = async () =>
  startFakeApiServer({
    protocol: anthropicMessagesProtocol(await anthropicCatalogue(), {
      rejectsForcedToolChoice: (model) => !acceptsForcedToolChoice(model),
    }),
  });
beforeEach(async () => {
  server = await startStrictServer();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

function client(options: AnthropicLlmClientOptions = {}) {
  return createAnthropicLlmClient({
    apiKey: API_KEY,
    baseURL: server.origin,
    model: 'claude-sonnet-4-6',
    structuredOutput: 'strict_tool',
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

type Body = {
  model: string;
  max_tokens: number;
  system: { type: string; text: string; cache_control?: unknown }[];
  messages: { role: string; content: any }[];
  tools?: any[];
  tool_choice?: any;
  output_config?: any;
};
const body = (index: number) => server.requests[index]?.body as Body;

describe('createAnthropicLlmClient', () => {
  describe('a good answer for each method (strict tool, forced on a Claude 4 model)', () => {
    it('generateSelectorSpec forces the strict tool with the schema and returns the spec', async () => {
      server.enqueue(ok('message-selector-spec-tool'));
      const result = await client().generateSelectorSpec(brief, assetSummary);

      expect(server.requests).toHaveLength(1);
      const request = server.requests[0];
      expect(request?.method).toBe('POST');
      expect(request?.path).toBe('/v1/messages');
      expect(JSON.stringify(request?.headers)).toContain(API_KEY);
      const sent = body(0);
      expect(sent.model).toBe('claude-sonnet-4-6');
      expect(sent.max_tokens).toBe(16_000);
      expect(sent.tools).toEqual([
        {
          name: 'selector_spec',
          description: 'The selector spec the brief asks for. Always answer by calling this tool.',
          input_schema: anthropicSchema(selectorSpecTask(brief, assetSummary).jsonSchema),
          strict: true,
        },
      ]);
      expect(sent.tool_choice).toEqual({ type: 'tool', name: 'selector_spec' });
      expect(sent.output_config).toBeUndefined();
      expect(sent.system[0]?.text).toContain('corporate sale-leaseback (SLB) brief');
      expect(sent.messages).toHaveLength(1);
      expect(sent.messages[0]?.role).toBe('user');
      expect(sent.messages[0]?.content).toContain(brief);

      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata).toMatchObject({
        provider: 'anthropic',
        model: 'claude-sonnet-4-5-20250929',
        attempts: 1,
        usage: { input_tokens: 1_420, output_tokens: 160, total_tokens: 1_580 },
        raw_output: EXPECTED_SPEC,
      });
      expectNoKey(result.metadata);
    });

    it('reviseSelectorSpec', async () => {
      server.enqueue(ok('message-revised-spec-tool'));
      const result = await client().reviseSelectorSpec(spec, outcome, revisionContext);
      expect(body(0).tool_choice).toEqual({ type: 'tool', name: 'revised_selector_spec' });
      expect(body(0).messages[0]?.content).toContain('this iteration between $200,000,000 and $250,000,000');
      expect(body(0).messages[0]?.content).toContain('"code": "target_shortfall"');
      expect(result.value).toEqual({ ...EXPECTED_SPEC, target_amount: 225_000_000 });
      expect(result.metadata.usage).toEqual({ input_tokens: 2_240, output_tokens: 162, total_tokens: 2_402 });
    });

    it('generateExplanationSummary', async () => {
      server.enqueue(ok('message-explanation-summary-tool'));
      const result = await client().generateExplanationSummary(spec, outcome, nodes);
      expect(body(0).tools?.[0]).toMatchObject({
        name: 'explanation_summary',
        input_schema: anthropicSchema(toStrictJsonSchema(SummaryOutputSchema)),
        strict: true,
      });
      expect(body(0).messages[0]?.content).toContain('- target_shortfall: Proceeds of $232.4M fall $17.6M short of the $250M target.');
      expect(result.value).toMatch(/^The selection raises \$232\.4M, \$17\.6M short of the \$250M target\./);
    });

    it('generateScenarioDefinitions', async () => {
      server.enqueue(ok('message-scenario-definitions-tool'));
      const result = await client().generateScenarioDefinitions(brief, assetSummary, 2);
      expect(body(0).tools?.[0]).toMatchObject({
        name: 'scenario_definitions',
        input_schema: anthropicSchema(scenarioDefinitionsTask(brief, assetSummary, 2).jsonSchema),
        strict: true,
      });
      expect(body(0).messages[0]?.content).toContain('Number of scenarios: 2.');
      expect(result.value.map((definition) => [definition.kind, definition.target_amount, definition.min_leaseability])).toEqual([
        ['base', 250_000_000, null],
        ['aggressive', 300_000_000, 0.6],
      ]);
    });

    it('extractFields', async () => {
      server.enqueue(ok('message-extracted-fields-tool'));
      const fields = ['target_amount', 'max_net_leverage', 'exclude_markets'];
      const result = await client().extractFields('Go for $120M and keep leverage under 3.5x', fields, {
        known_fields: { target_amount: 100_000_000 },
      });
      expect(body(0).tools?.[0]).toMatchObject({
        name: 'extracted_fields',
        input_schema: anthropicSchema(toStrictJsonSchema(extractFieldsOutputSchema(fields))),
        strict: true,
      });
      expect(body(0).messages[0]?.content).toContain('"target_amount": 100000000');
      expect(result.value).toEqual({ target_amount: 120_000_000, max_net_leverage: 3.5 });
    });
  });

  describe('a brief that states no amount', () => {
    it('lets the model answer a null target, fills the default and reports it as target_defaulted', async () => {
      const answer = fixture('message-selector-spec-tool.json');
      answer.content[0].input = { ...answer.content[0].input, target_amount: null };
      server.enqueue({ json: answer });
      const result = await client().generateSelectorSpec('Sell warehouses outside Chicago, leverage under 3.25x.', assetSummary);

      const body = server.requests[0]?.body as Body;
      expect(JSON.stringify(body.tools?.[0]?.input_schema.properties.target_amount)).toContain('"type":"null"');
      expect(body.system.map((part) => part.text).join('\n')).toContain('null when the brief states no amount');
      // The documented default: 25 % of the potential proceeds, to the nearest $1M.
      const assumed = Math.round((assetSummary.total_potential_proceeds * 0.25) / 1e6) * 1e6;
      expect(result.value).toEqual({ ...EXPECTED_SPEC, target_amount: assumed });
      expect(result.metadata.notices).toEqual([expect.objectContaining({ code: 'target_defaulted', field: 'target_amount' })]);
    });
  });

  describe('repair', () => {
    it('a reply without the tool call (unusable text) is re-asked as plain text', async () => {
      server.enqueue(ok('message-no-tool-call'), ok('message-repaired-selector-spec-tool'));
      const result = await client().generateSelectorSpec(brief, assetSummary);
      const messages = body(1).messages;
      expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
      expect(messages[1]?.content).toEqual([
        { type: 'text', text: 'Here is the spec: {program_type: slb, target_amount: 250M, exclude Chicago}' },
      ]);
      expect(messages[2]?.content).toBe(
        'Your previous answer was rejected by validation:\n- (root): no JSON answer: the reply did not call the selector_spec tool\nReply again with the complete corrected JSON object, matching the schema. Fix every problem listed; keep everything else as it was.',
      );
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata).toMatchObject({
        attempts: 2,
        usage: { input_tokens: 1_420 + 1_702, output_tokens: 38 + 160, total_tokens: 3_320 },
      });
    });

    it('a schema-invalid tool call is answered with an error tool_result listing the zod issues', async () => {
      server.enqueue(ok('message-schema-invalid-tool'), ok('message-repaired-selector-spec-tool'));
      const result = await client().generateSelectorSpec(brief, assetSummary);
      const messages = body(1).messages;
      const invalidInput = fixture('message-schema-invalid-tool.json').content[0].input;
      expect(messages[1]).toEqual({
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_01InvA', name: 'selector_spec', input: invalidInput }],
      });
      expect(messages[2]?.role).toBe('user');
      const [toolResult] = (messages[2]?.content ?? []) as { type: string; tool_use_id: string; is_error: boolean; content: string }[];
      expect(toolResult).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_01InvA', is_error: true });
      expect(toolResult?.content).toContain('- target_amount: must be a finite number');
      expect(toolResult?.content).toContain('- asset_filters.min_leaseability: must be between 0 and 1');
      expect(body(1).tool_choice).toEqual({ type: 'tool', name: 'selector_spec' });
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata).toMatchObject({ attempts: 2, usage: { input_tokens: 3_122, output_tokens: 318, total_tokens: 3_440 } });
    });

    it('gives up with llm_invalid_output after maxRepairs', async () => {
      server.enqueue(ok('message-schema-invalid-tool'), ok('message-schema-invalid-tool'), ok('message-schema-invalid-tool'));
      const error = await failure(client().generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_invalid_output');
      expect(error.message).toContain('after 3 attempts');
      expect(error.message).toContain('target_amount: must be a finite number');
      expect(server.requests).toHaveLength(3);
    });
  });

  describe('output_config mode (the default)', () => {
    it('sends the schema reduced to the supported subset and parses the text answer', async () => {
      server.enqueue(ok('message-selector-spec-json'));
      const result = await client({ structuredOutput: 'output_config' }).generateSelectorSpec(brief, assetSummary);
      const sent = body(0);
      expect(sent.tools).toBeUndefined();
      expect(sent.tool_choice).toBeUndefined();
      expect(sent.output_config).toEqual({
        format: { type: 'json_schema', schema: anthropicSchema(selectorSpecTask(brief, assetSummary).jsonSchema) },
      });
      // Numeric bounds are not accepted there; the SDK moves them into the description.
      // The target is nullable (a brief may state no amount): the bound moves into its number branch.
      expect(sent.output_config.format.schema.properties.target_amount.anyOf).toContainEqual({
        type: 'number',
        description: 'Cash proceeds sought, USD\n\n{exclusiveMinimum: 0}',
      });
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata.usage.total_tokens).toBe(1_530);
    });

    it('re-asks after malformed JSON text', async () => {
      server.enqueue(ok('message-malformed-json-text'), ok('message-selector-spec-json'));
      const result = await client({ structuredOutput: 'output_config' }).generateSelectorSpec(brief, assetSummary);
      const messages = body(1).messages;
      expect(messages[1]).toEqual({
        role: 'assistant',
        content: [{ type: 'text', text: fixture('message-malformed-json-text.json').content[0].text }],
      });
      expect(messages[2]?.content).toMatch(/^Your previous answer was rejected by validation:\n- \(root\): not valid JSON \(/);
      expect(result.value).toEqual(EXPECTED_SPEC);
      expect(result.metadata.attempts).toBe(2);
    });
  });

  describe('refusal and truncation are never repaired', () => {
    it('stop_reason "refusal" → llm_refused', async () => {
      server.enqueue(ok('message-refusal'), ok('message-selector-spec-tool'));
      const error = await failure(client().generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_refused');
      expect(error.message).toContain('The request was declined by the safety system.');
      expect(server.requests).toHaveLength(1);
    });

    it('stop_reason "max_tokens" → llm_truncated', async () => {
      server.enqueue(ok('message-truncated-tool'), ok('message-selector-spec-tool'));
      const error = await failure(client({ maxOutputTokens: 16 }).generateSelectorSpec(brief, assetSummary));
      expect(error.code).toBe('llm_truncated');
      expect(body(0).max_tokens).toBe(16);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('provider failures', () => {
    it('429 with retry-after: waited (within the deadline) and retried, one attempt for the repair loop', async () => {
      server.enqueue(
        { status: 429, headers: { 'retry-after-ms': '5' }, json: fixture('error-rate-limit.json') },
        ok('message-selector-spec-tool'),
      );
      const result = await client().generateSelectorSpec(brief, assetSummary);
      expect(server.requests).toHaveLength(2);
      expect(body(1)).toEqual(body(0));
      expect(result.metadata.attempts).toBe(1);
      expect(result.metadata.usage.total_tokens).toBe(1_580);
    });

    it('429 past the retries → llm_rate_limited with retryAfterMs', async () => {
      const limited = { status: 429, headers: { 'retry-after-ms': '3' }, json: fixture('error-rate-limit.json') };
      server.enqueue(limited, limited);
      const error = await failure(client({ maxRetries: 1 }).generateSelectorSpec(brief, assetSummary));
      expect(error).toMatchObject({ code: 'llm_rate_limited', statusCode: 429, retryAfterMs: 3, isRetryable: true });
      expect(server.requests).toHaveLength(2);
    });

    it('500 then success: retried', async () => {
      server.enqueue(
        { status: 500, headers: { 'retry-after-ms': '1' }, json: fixture('error-api.json') },
        ok('message-selector-spec-tool'),
      );
      const result = await client().generateSelectorSpec(brief, assetSummary);
      expect(server.requests).toHaveLength(2);
      expect(result.value).toEqual(EXPECTED_SPEC);
    });

    it('529 overloaded past the retries → llm_unavailable', async () => {
      const overloaded = {
        status: 529,
        headers: { 'retry-after-ms': '1', 'request-id': 'req_011Over' },
        json: fixture('error-overloaded.json'),
      };
      server.enqueue(overloaded, overloaded);
      const error = await failure(client({ maxRetries: 1 }).generateSelectorSpec(brief, assetSummary));
      expect(error).toMatchObject({ code: 'llm_unavailable', statusCode: 529 });
      expect(error.message).toBe('anthropic is unavailable (529) (request req_011Over)');
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
    });

    it('401 → llm_auth without retry, and the key appears nowhere in the error', async () => {
      server.enqueue({ status: 401, json: fixture('error-authentication.json') });
      const error = await failure(client().generateSelectorSpec(brief, assetSummary));
      expect(error).toMatchObject({ code: 'llm_auth', statusCode: 401, provider: 'anthropic' });
      expect(server.requests).toHaveLength(1);
      expectNoKey(error);
    });
  });

  describe('configuration', () => {
    it('takes the key from ANTHROPIC_API_KEY and defaults the model', async () => {
      vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-from-environment-4242');
      server.enqueue(ok('message-selector-spec-json'));
      await createAnthropicLlmClient({ baseURL: server.origin }).generateSelectorSpec(brief, assetSummary);
      expect(JSON.stringify(server.requests[0]?.headers)).toContain('sk-ant-from-environment-4242');
      expect(body(0).model).toBe(DEFAULT_ANTHROPIC_MODEL);
    });

    it('refuses to start without a key', () => {
      vi.stubEnv('ANTHROPIC_API_KEY', '');
      expect(() => createAnthropicLlmClient({ baseURL: server.origin })).toThrowError(
        expect.objectContaining({ code: 'llm_auth', message: 'no Anthropic API key: set ANTHROPIC_API_KEY or pass apiKey' }),
      );
    });
  });
});
