import { LlmError, type LlmClient } from '@leaseback/llm';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricValue, offlineClientWith } from './__fixtures__/test-service.js';
import { instrumentLlmClient } from './instrument-llm-client.js';
import { createServiceMetrics } from './service-metrics.js';

describe('LLM token metrics', () => {
  it("counts a successful call's input and output tokens by provider, model and kind", async () => {
    const registry = new Registry();
    const usage = { input_tokens: 812, output_tokens: 95, total_tokens: 907 };
    const inner: LlmClient = offlineClientWith({
      provider: 'openai',
      extractFields: async () => ({
        value: {},
        metadata: {
          provider: 'openai',
          model: 'gpt-5.4-mini-2026-03-17',
          latency_ms: 1,
          usage,
          attempts: 1,
          raw_output: {},
          unrecognized: [],
          assumptions: [],
        },
      }),
    });
    const client = instrumentLlmClient(inner, { metrics: createServiceMetrics(registry) });
    await client.extractFields('x', ['target_amount'], {});
    await client.extractFields('x', ['target_amount'], {});
    const labels = { provider: 'openai', model: 'gpt-5.4-mini-2026-03-17' };
    expect(await metricValue(registry, 'leaseback_llm_tokens_total', { ...labels, kind: 'input' })).toBe(1_624);
    expect(await metricValue(registry, 'leaseback_llm_tokens_total', { ...labels, kind: 'output' })).toBe(190);
  });

  it('counts the tokens a failed call used, from the error', async () => {
    const registry = new Registry();
    const refused = new LlmError('llm_refused', 'refused', {
      provider: 'anthropic',
      model: 'claude-sonnet-5-5',
      usage: { input_tokens: 1_420, output_tokens: 3, total_tokens: 1_423 },
      attempts: 1,
    });
    const inner: LlmClient = offlineClientWith({ provider: 'anthropic', generateExplanationSummary: async () => Promise.reject(refused) });
    const client = instrumentLlmClient(inner, { metrics: createServiceMetrics(registry) });
    await expect(client.generateExplanationSummary({} as never, {} as never, [])).rejects.toBe(refused);
    expect(
      await metricValue(registry, 'leaseback_llm_tokens_total', { provider: 'anthropic', model: 'claude-sonnet-5-5', kind: 'input' }),
    ).toBe(1_420);
    expect(
      await metricValue(registry, 'leaseback_llm_tokens_total', { provider: 'anthropic', model: 'claude-sonnet-5-5', kind: 'output' }),
    ).toBe(3);
  });
});
