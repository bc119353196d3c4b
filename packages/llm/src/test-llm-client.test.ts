import { SelectorSpecSchema } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { infeasibleOutcome, specFixture } from './__fixtures__/outcomes.js';
import type { AssetSummary } from './llm-client.js';
import { LlmError } from './llm-error.js';
import { createTestLlmClient } from './testing.js';

const SUMMARY: AssetSummary = {
  asset_count: 1,
  markets: ['Dallas'],
  asset_types: ['warehouse'],
  total_potential_proceeds: 10_000_000,
  baseline: { ebitda: 100, net_debt: 300, net_leverage: 3, fixed_charge_coverage: 4.5 },
  text: 'one warehouse',
};
const SPEC_INPUT = {
  program_type: 'slb' as const,
  target_amount: 50_000_000,
  hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (thrown: unknown) => thrown,
  );
}

describe('createTestLlmClient', () => {
  it('answers every call with a configured value, validated and with defaults applied', async () => {
    const client = createTestLlmClient({ generateSelectorSpec: SPEC_INPUT });
    const first = await client.generateSelectorSpec('a', SUMMARY);
    const second = await client.generateSelectorSpec('b', SUMMARY);
    expect(first.value).toStrictEqual(SelectorSpecSchema.parse(SPEC_INPUT));
    expect(first.value.strategy).toBe('greedy');
    expect(second.value).toStrictEqual(first.value);
    expect(first.metadata).toStrictEqual({
      provider: 'test',
      model: 'test-model',
      latency_ms: 0,
      usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
      attempts: 1,
      unrecognized: [],
      assumptions: [],
      raw_output: JSON.parse(JSON.stringify(first.value)),
    });
    expect(client.provider).toBe('test');
  });

  it('answers from an array one call at a time and fails loudly when it runs out', async () => {
    const client = createTestLlmClient({ generateExplanationSummary: ['first', 'second'] });
    const spec = specFixture();
    expect((await client.generateExplanationSummary(spec, infeasibleOutcome(), [])).value).toBe('first');
    expect((await client.generateExplanationSummary(spec, infeasibleOutcome(), [])).value).toBe('second');
    const error = await rejection(client.generateExplanationSummary(spec, infeasibleOutcome(), []));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      'createTestLlmClient: generateExplanationSummary was called 3 times but only 2 results are configured',
    );
  });

  it('answers from a function of the arguments, sync or async', async () => {
    const client = createTestLlmClient({
      extractFields: (message, fieldNames) => ({ echoed: message, count: fieldNames.length }),
      generateExplanationSummary: async (spec) => `target ${spec.target_amount}`,
    });
    expect((await client.extractFields('hi', ['a', 'b'], {})).value).toStrictEqual({ echoed: 'hi', count: 2 });
    expect((await client.generateExplanationSummary(specFixture(), infeasibleOutcome(), [])).value).toBe('target 100000000');
  });

  it('throws a configured Error, whether given directly, in an array or returned by a function', async () => {
    const unavailable = new LlmError('llm_unavailable', 'down', { provider: 'test' });
    const direct = createTestLlmClient({ generateSelectorSpec: unavailable });
    expect(await rejection(direct.generateSelectorSpec('a', SUMMARY))).toBe(unavailable);

    const listed = createTestLlmClient({ generateSelectorSpec: [unavailable, SPEC_INPUT] });
    expect(await rejection(listed.generateSelectorSpec('a', SUMMARY))).toBe(unavailable);
    expect((await listed.generateSelectorSpec('a', SUMMARY)).value.target_amount).toBe(50_000_000);

    const returned = createTestLlmClient({ generateSelectorSpec: () => unavailable });
    expect(await rejection(returned.generateSelectorSpec('a', SUMMARY))).toBe(unavailable);
  });

  it('tells a list of definitions (one result) from a list of lists (one per call)', async () => {
    const base = { label: 'Base', kind: 'base' as const, rationale: 'as asked', target_amount: 1 };
    const risk = { label: 'Risk', kind: 'risk_off' as const, rationale: 'lower', target_amount: 0.8 };
    const single = createTestLlmClient({ generateScenarioDefinitions: [base, risk] });
    expect((await single.generateScenarioDefinitions('b', SUMMARY, 2)).value).toStrictEqual([base, risk]);
    expect((await single.generateScenarioDefinitions('b', SUMMARY, 2)).value).toStrictEqual([base, risk]);

    const perCall = createTestLlmClient({ generateScenarioDefinitions: [[base], [base, risk]] });
    expect((await perCall.generateScenarioDefinitions('b', SUMMARY, 1)).value).toStrictEqual([base]);
    expect((await perCall.generateScenarioDefinitions('b', SUMMARY, 2)).value).toStrictEqual([base, risk]);
  });

  it('rejects a configured value that the method schema refuses, as llm_invalid_output', async () => {
    const client = createTestLlmClient({ generateSelectorSpec: { ...SPEC_INPUT, target_amount: -1 } });
    const error = await rejection(client.generateSelectorSpec('a', SUMMARY));
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ code: 'llm_invalid_output' });
    expect((error as Error).message).toBe(
      'test double: the result configured for generateSelectorSpec is invalid: target_amount: must be > 0',
    );
  });

  it('fails loudly, naming the method, when a method is not configured', async () => {
    const client = createTestLlmClient({});
    const error = await rejection(client.reviseSelectorSpec(specFixture(), infeasibleOutcome(), {} as never));
    expect((error as Error).message).toBe('createTestLlmClient: reviseSelectorSpec was called but no result is configured for it');
  });

  it('records every call with its method and arguments, failed ones included', async () => {
    const client = createTestLlmClient({ extractFields: [{ a: 1 }] });
    const controller = new AbortController();
    await client.extractFields('one', ['a'], { markets: ['Dallas'] }, { signal: controller.signal });
    await rejection(client.extractFields('two', ['b'], {}));
    expect(client.calls).toStrictEqual([
      { method: 'extractFields', arguments: ['one', ['a'], { markets: ['Dallas'] }], options: { signal: controller.signal } },
      { method: 'extractFields', arguments: ['two', ['b'], {}] },
    ]);
    expect(client.callsTo('extractFields')).toHaveLength(2);
    expect(client.callsTo('generateSelectorSpec')).toEqual([]);
  });

  it('waits delayMs and stops waiting with llm_cancelled when the signal aborts', async () => {
    const client = createTestLlmClient({ generateExplanationSummary: 'done', delayMs: 60_000 });
    const controller = new AbortController();
    const pending = client.generateExplanationSummary(specFixture(), infeasibleOutcome(), [], { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ code: 'llm_cancelled', provider: 'test' });
  });

  it('answers after delayMs when nothing aborts, and records the delay as latency', async () => {
    const client = createTestLlmClient({ generateExplanationSummary: 'done', delayMs: 1 });
    const result = await client.generateExplanationSummary(specFixture(), infeasibleOutcome(), []);
    expect(result.value).toBe('done');
    expect(result.metadata.latency_ms).toBe(1);
  });

  it('throws llm_cancelled when the signal was aborted before the call', async () => {
    const client = createTestLlmClient({ generateExplanationSummary: 'done' });
    const error = await rejection(
      client.generateExplanationSummary(specFixture(), infeasibleOutcome(), [], { signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ code: 'llm_cancelled' });
  });

  it('reports configured metadata in place of the defaults', async () => {
    const client = createTestLlmClient({
      generateExplanationSummary: 'done',
      metadata: { provider: 'openai', model: 'gpt-test', attempts: 2, usage: { input_tokens: 10, output_tokens: 5, total_tokens: 15 } },
    });
    const { metadata } = await client.generateExplanationSummary(specFixture(), infeasibleOutcome(), []);
    expect(client.provider).toBe('openai');
    expect(metadata).toMatchObject({ provider: 'openai', model: 'gpt-test', attempts: 2, usage: { total_tokens: 15 }, raw_output: 'done' });
  });
});
