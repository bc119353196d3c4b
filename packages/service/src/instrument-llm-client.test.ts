import { LlmError, type LlmClient } from '@leaseback/llm';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricValue, offlineClientWith } from './__fixtures__/test-service.js';
import { instrumentLlmClient } from './instrument-llm-client.js';
import { createServiceMetrics } from './service-metrics.js';

describe('instrumentLlmClient', () => {
  it('passes values through and counts successes by provider and method', async () => {
    const registry = new Registry();
    const metrics = createServiceMetrics(registry);
    const inner = offlineClientWith({});
    let clock = 0;
    const client = instrumentLlmClient(inner, { metrics, monotonicNow: () => (clock += 250) });
    const fields = await client.extractFields('raise $50M', ['target_amount'], {});
    expect(fields).toEqual(await inner.extractFields('raise $50M', ['target_amount'], {}));
    expect(client.provider).toBe(inner.provider);
    expect(
      await metricValue(registry, 'leaseback_llm_calls_total', { provider: inner.provider, method: 'extractFields', outcome: 'ok' }),
    ).toBe(1);
    // One reading before, one after: 250 ms.
    expect(
      await metricValue(registry, 'leaseback_llm_call_duration_seconds_sum', { provider: inner.provider, method: 'extractFields' }),
    ).toBeCloseTo(0.25);
  });

  it('rethrows the same error and counts it by its code', async () => {
    const registry = new Registry();
    const metrics = createServiceMetrics(registry);
    const failure = new LlmError('llm_rate_limited', 'slow down', { provider: 'test' });
    const inner: LlmClient = offlineClientWith({ provider: 'test', generateExplanationSummary: async () => Promise.reject(failure) });
    const client = instrumentLlmClient(inner, { metrics });
    await expect(client.generateExplanationSummary({} as never, {} as never, [])).rejects.toBe(failure);
    expect(
      await metricValue(registry, 'leaseback_llm_calls_total', {
        provider: 'test',
        method: 'generateExplanationSummary',
        outcome: 'llm_rate_limited',
      }),
    ).toBe(1);
    expect(
      await metricValue(registry, 'leaseback_llm_calls_total', { provider: 'test', method: 'generateExplanationSummary', outcome: 'ok' }),
    ).toBe(0);
  });

  it('shares series when two services register on one registry', () => {
    const registry = new Registry();
    const first = createServiceMetrics(registry);
    const second = createServiceMetrics(registry);
    expect(second.llmCalls).toBe(first.llmCalls);
    expect(second.runs).toBe(first.runs);
  });
});
