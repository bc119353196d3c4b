import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { infeasibleOutcome, okOutcome, specFixture } from '../__fixtures__/outcomes.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();

describe('offline generateExplanationSummary', () => {
  it('states status, proceeds against target, assets sold and each covenant before and after', async () => {
    const { value, metadata } = await client.generateExplanationSummary(specFixture({ target_amount: 50_000_000 }), okOutcome(), []);
    expect(value).toBe(
      'Status: ok. The program raises $52.3M against a target of $50M by selling 2 assets (DAL-02, ATL-01), using the greedy strategy. ' +
        'Covenants: net leverage 3.00x before and 2.52x after (limit 3.50x); fixed-charge coverage 4.57x before and 4.44x after (minimum 1.50x). ' +
        'No covenant binds.',
    );
    expect(metadata.raw_output).toBe(value);
  });

  it('explains an infeasible outcome: shortfall, binding covenant, filtered assets, reasons and capacity', async () => {
    const spec = specFixture({ asset_filters: { max_criticality: 0.7, min_leaseability: 0.5 } });
    const outcome = infeasibleOutcome({ capacity: { max_proceeds: 72_000_000, asset_ids: ['WH-01'], proven_optimal: true } });
    const nodes = [
      { kind: 'asset_rejected' as const, asset_id: 'DC-01', constraint: 'max_net_leverage' as const, message: 'DC-01 would push net leverage to 3.62x', values: {} },
    ];
    const { value } = await client.generateExplanationSummary(spec, outcome, nodes);
    expect(value).toBe(
      'Status: infeasible. The program raises $60M against a target of $100M, a shortfall of $40M, selling 2 assets (WH-01, WH-02), using the greedy strategy. ' +
        'Covenants: net leverage 3.00x before and 2.85x after (limit 3.50x); fixed-charge coverage 4.57x before and 3.90x after (minimum 1.50x). ' +
        'Binding covenant: net leverage. ' +
        '1 asset was passed over because a covenant would have broken. ' +
        '3 assets were filtered out (2 for criticality, 1 for leaseability). ' +
        'Filters: criticality at most 0.7, leaseability at least 0.5. ' +
        'Reasons: proceeds $60M fall short of the $100M target by $40M; net leverage would exceed 3.50x with DC-01. ' +
        'The most the portfolio can raise under these covenants and filters is $72M.',
    );
  });

  it('formats a market-share covenant as a percentage, a failed covenant as not met, and carries optimality facts', async () => {
    const outcome = okOutcome({
      strategy: 'exact',
      selected_asset_ids: ['A1'],
      proceeds: 1_250_000_000,
      target_amount: 1_200_000_000,
      constraint_checks: [
        { name: 'max_market_share', limit: 0.4, before: 0, after: 0.45, passed: false, binding: true, note: null },
        { name: 'max_lease_adjusted_leverage', limit: 5, before: 4.2, after: null, passed: true, binding: false, note: 'no rent' },
      ],
    });
    const nodes = [{ kind: 'optimality' as const, asset_id: null, constraint: null, message: 'Optimality proven: no smaller set meets the target', values: {} }];
    const { value } = await client.generateExplanationSummary(specFixture(), outcome, nodes);
    expect(value).toBe(
      'Status: ok. The program raises $1.25B against a target of $1.2B by selling 1 asset (A1), using the exact strategy. ' +
        'Covenants: largest single-market share 0% before and 45% after (limit 40%, not met); lease-adjusted leverage 4.20x before and n/a after (limit 5.00x). ' +
        'Binding covenant: largest single-market share. ' +
        'Optimality proven: no smaller set meets the target.',
    );
  });

  it('reports a numeric error with its reasons', async () => {
    const outcome = infeasibleOutcome({
      status: 'numeric_error',
      selected_asset_ids: [],
      proceeds: 0,
      shortfall: 100_000_000,
      constraint_checks: [],
      excluded_assets: [],
      reasons: [{ code: 'numeric_error', message: 'EBITDA is not positive (-5000000).', constraint: null, amount: null }],
    });
    const { value } = await client.generateExplanationSummary(specFixture(), outcome, []);
    expect(value).toBe('Status: numeric error. The program could not be evaluated for a target of $100M. Reasons: EBITDA is not positive (-5000000).');
  });

  it('is deterministic and states the proceeds and the target in $M (from $1M to $999.9M)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 10, max: 9_999 }), fc.integer({ min: 10, max: 9_999 }), async (proceedsHundredK, targetHundredK) => {
        const outcome = okOutcome({ proceeds: proceedsHundredK * 100_000, target_amount: targetHundredK * 100_000 });
        const first = await client.generateExplanationSummary(specFixture(), outcome, []);
        const second = await client.generateExplanationSummary(specFixture(), outcome, []);
        expect(second).toStrictEqual(first);
        expect(first.value).toContain(`raises $${(proceedsHundredK / 10).toFixed(1).replace(/\.0$/, '')}M`);
        expect(first.value).toContain(`target of $${(targetHundredK / 10).toFixed(1).replace(/\.0$/, '')}M`);
      }),
    );
  });
});
