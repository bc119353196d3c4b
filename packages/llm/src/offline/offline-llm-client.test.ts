import { DEFAULT_REVISION_POLICY_CONFIG } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { infeasibleOutcome, specFixture } from '../__fixtures__/outcomes.js';
import { LlmError } from '../llm-error.js';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { OFFLINE_MODEL, OFFLINE_PROVIDER, createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();

describe('createOfflineLlmClient', () => {
  it('records provider, model, zero latency and usage, one attempt', async () => {
    const { metadata } = await client.generateSelectorSpec('Raise $50M.', BRIEF_TABLE_SUMMARY);
    expect(client.provider).toBe(OFFLINE_PROVIDER);
    expect(metadata).toMatchObject({
      provider: 'offline',
      model: 'offline-parser-v1',
      latency_ms: 0,
      usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
      attempts: 1,
    });
    expect(OFFLINE_MODEL).toBe('offline-parser-v1');
  });

  it('records a copy of the value as raw output, not the value itself', async () => {
    const { value, metadata } = await client.generateSelectorSpec('Raise $50M from warehouses.', BRIEF_TABLE_SUMMARY);
    expect(metadata.raw_output).toStrictEqual(JSON.parse(JSON.stringify(value)));
    value.asset_filters.asset_types?.push('office');
    expect(metadata.raw_output).toMatchObject({ asset_filters: { asset_types: ['warehouse'] } });
  });

  it('applies overridden defaults and says which it applied', async () => {
    const custom = createOfflineLlmClient({ defaults: { max_net_leverage: 3, target_fraction_of_potential_proceeds: 0.1 } });
    const { value, metadata } = await custom.generateSelectorSpec('Sell warehouses.', BRIEF_TABLE_SUMMARY);
    expect(value.hard_constraints).toStrictEqual({ max_net_leverage: 3, min_fixed_charge_coverage: 1.5 });
    // 10 % of $1,203.4M is $120.34M, rounded to the nearest $1M.
    expect(value.target_amount).toBe(120_000_000);
    expect(metadata.assumptions).toEqual([
      "target not stated: assumed $120M, 10% of the portfolio's potential proceeds of $1.2B, rounded to the nearest $1M (default)",
      'net leverage limit not stated: assumed at most 3.00x (default)',
      'fixed charge coverage limit not stated: assumed at least 1.50x (default)',
    ]);
  });

  it('keeps a small default target unrounded rather than rounding it to zero', async () => {
    const { value } = await client.generateSelectorSpec('Sell something.', { ...BRIEF_TABLE_SUMMARY, total_potential_proceeds: 400 });
    expect(value.target_amount).toBe(100);
  });

  it('accepts extra metros for state names', async () => {
    const custom = createOfflineLlmClient({ extraMetros: [{ name: 'Gotham', state: 'NJ' }] });
    const summary = { ...BRIEF_TABLE_SUMMARY, markets: ['Dallas', 'Gotham', 'Newark'] };
    const { value } = await custom.generateSelectorSpec('Raise $5M outside New Jersey.', summary);
    expect(value.asset_filters.exclude_markets).toEqual(['Gotham', 'Newark']);
  });

  it('throws llm_cancelled from every method when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const signal = controller.signal;
    const spec = specFixture();
    const calls = [
      client.generateSelectorSpec('Raise $5M', BRIEF_TABLE_SUMMARY, { signal }),
      client.reviseSelectorSpec(
        spec,
        infeasibleOutcome(),
        { original: spec, iteration: 1, max_iterations: 5, capacity: null, policy: DEFAULT_REVISION_POLICY_CONFIG },
        { signal },
      ),
      client.generateExplanationSummary(spec, infeasibleOutcome(), [], { signal }),
      client.generateScenarioDefinitions('Raise $5M', BRIEF_TABLE_SUMMARY, 3, { signal }),
      client.extractFields('yes', ['confirmation'], {}, { signal }),
    ];
    for (const call of calls) {
      const error = await call.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(LlmError);
      expect(error).toMatchObject({ code: 'llm_cancelled', provider: 'offline', isRetryable: false });
    }
  });
});
