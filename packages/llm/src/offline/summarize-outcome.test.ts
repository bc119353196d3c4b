import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRICS_BEFORE, infeasibleOutcome, okOutcome, specFixture } from '../__fixtures__/outcomes.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();

describe('offline generateExplanationSummary', () => {
  it('states status, proceeds against target, assets sold and each covenant before and after', async () => {
    const { value, metadata } = await client.generateExplanationSummary(specFixture({ target_amount: 50_000_000 }), okOutcome(), []);
    expect(value).toBe(
      'Status: ok. Asked: $50M with net leverage at most 3.50x, fixed-charge coverage at least 1.50x. Proposed: sell 2 assets (DAL-02, ATL-01) for $52.3M of cash proceeds, using the greedy strategy. The greedy rule took them in order of least critical first, then most re-lettable, then largest cash, until the target was reached. Proceeds meet the $50M target, $2.3M above it. Covenants: net leverage 3.00x before and 2.52x after (limit 3.50x, headroom 0.98x); fixed-charge coverage 4.57x before and 4.44x after (minimum 1.50x, headroom 2.94x).',
    );
    expect(metadata.raw_output).toBe(value);
  });

  it('explains an infeasible outcome: shortfall, binding covenant, filtered assets, reasons and capacity', async () => {
    const spec = specFixture({ asset_filters: { max_criticality: 0.7, min_leaseability: 0.5 } });
    const outcome = infeasibleOutcome({ capacity: { max_proceeds: 72_000_000, asset_ids: ['WH-01'], proven_optimal: true } });
    const nodes = [
      {
        kind: 'asset_rejected' as const,
        asset_id: 'DC-01',
        constraint: 'max_net_leverage' as const,
        message: 'DC-01 would push net leverage to 3.62x',
        values: {},
      },
    ];
    const { value } = await client.generateExplanationSummary(spec, outcome, nodes);
    expect(value).toBe(
      'Status: infeasible. Asked: $100M with net leverage at most 3.50x, fixed-charge coverage at least 1.50x, criticality at most 0.7, leaseability at least 0.5. Proposed: sell 2 assets (WH-01, WH-02) for $60M of cash proceeds, using the greedy strategy. The greedy rule took them in order of least critical first, then most re-lettable, then largest cash, until the target was reached. Proceeds fall $40M short of the $100M asked. Covenants: net leverage 3.00x before and 2.85x after (limit 3.50x, headroom 0.65x); fixed-charge coverage 4.57x before and 3.90x after (minimum 1.50x, headroom 2.40x). Binding: net leverage, which stopped the selection from taking more. 3 assets were left out by the filters (2 for criticality, 1 for leaseability). Reasons: proceeds $60M fall short of the $100M target by $40M; net leverage would exceed 3.50x with DC-01. Alternative: the most the portfolio can raise under these covenants and filters is $72M.',
    );
  });

  it('says when greedy missed a target that the capacity run shows another set meets, and that exact finds it', async () => {
    const outcome = infeasibleOutcome({
      capacity: { max_proceeds: 104_000_000, asset_ids: ['WH-01', 'DC-01', 'WH-03'], proven_optimal: true },
    });
    const { value } = await client.generateExplanationSummary(specFixture(), outcome, []);
    expect(value).toMatch(
      /Alternative: the most the portfolio can raise under these covenants and filters is \$104M, from 3 assets, which meets the \$100M target that greedy missed: the exact strategy finds such a set\.$/,
    );
    const exactOutcome = infeasibleOutcome({
      strategy: 'exact',
      capacity: { max_proceeds: 104_000_000, asset_ids: ['WH-01'], proven_optimal: true },
    });
    expect((await client.generateExplanationSummary(specFixture(), exactOutcome, [])).value).toMatch(/is \$104M\.$/);
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
    const nodes = [
      {
        kind: 'optimality' as const,
        asset_id: null,
        constraint: null,
        message: 'Optimality proven: no smaller set meets the target',
        values: {},
      },
    ];
    const { value } = await client.generateExplanationSummary(specFixture(), outcome, nodes);
    expect(value).toBe(
      'Status: ok. Asked: $1.2B with net leverage at most 3.50x, fixed-charge coverage at least 1.50x. Proposed: sell 1 asset (A1) for $1.25B of cash proceeds, using the exact strategy. The exact strategy chose it as the smallest proceeds that meet the target within every covenant. Proceeds meet the $1.2B target, $50M above it. Covenants: largest single-market share 0% before and 45% after (limit 40%, not met); lease-adjusted leverage 4.20x before and n/a after (limit 5.00x). Binding: largest single-market share, which stopped the selection from taking more. Optimality proven: no smaller set meets the target.',
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
    expect(value).toBe(
      'Status: numeric error. The program could not be evaluated for a target of $100M. Reasons: EBITDA is not positive (-5000000).',
    );
  });

  it('is deterministic and states the proceeds and the target in $M (from $1M to $999.9M)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10, max: 9_999 }),
        fc.integer({ min: 10, max: 9_999 }),
        async (proceedsHundredK, targetHundredK) => {
          const outcome = okOutcome({ proceeds: proceedsHundredK * 100_000, target_amount: targetHundredK * 100_000 });
          const first = await client.generateExplanationSummary(specFixture(), outcome, []);
          const second = await client.generateExplanationSummary(specFixture(), outcome, []);
          expect(second).toStrictEqual(first);
          expect(first.value).toContain(`for $${(proceedsHundredK / 10).toFixed(1).replace(/\.0$/, '')}M of cash proceeds`);
          expect(first.value).toContain(`Asked: $${(targetHundredK / 10).toFixed(1).replace(/\.0$/, '')}M with`);
        },
      ),
    );
  });

  it('leads an answer the revision moved with the original ask, says what was relaxed, and what the program costs in rent', async () => {
    const spec = specFixture({ target_amount: 80_000_000, asset_filters: { min_leaseability: 0.6 } });
    const base = infeasibleOutcome();
    const outcome = {
      ...base,
      target_amount: 80_000_000,
      shortfall: 20_000_000,
      requested_target_amount: 100_000_000,
      shortfall_against_request: 40_000_000,
      metrics_after:
        base.metrics_after === null ? null : { ...base.metrics_after, rent_expense: (base.metrics_before?.rent_expense ?? 0) + 4_200_000 },
    };
    const nodes = [
      {
        kind: 'spec_revised' as const,
        asset_id: null,
        constraint: null,
        message: 'leaseability relaxed from 0.70 to 0.60 (revision 1)',
        values: { field: 'asset_filters.min_leaseability' },
      },
      {
        kind: 'spec_revised' as const,
        asset_id: null,
        constraint: null,
        message: 'target lowered from $100M to $80M (revision 2)',
        values: { field: 'target_amount' },
      },
    ];
    const { value } = await client.generateExplanationSummary(spec, outcome, nodes);
    expect(value).toContain('Asked: $100M with');
    // The relaxed filter is told as relaxed, not as what was asked.
    expect(value).not.toContain('leaseability at least 0.6');
    expect(value).toContain('Proceeds fall $40M short of the $100M asked (and $20M short of the revised target of $80M).');
    expect(value).toContain(
      'Relaxed to find a program: leaseability relaxed from 0.70 to 0.60 (revision 1); target lowered from $100M to $80M (revision 2).',
    );
    expect(value).toContain('Cost: $4.2M a year of new rent');
    expect(value.indexOf('Asked')).toBeLessThan(value.indexOf('Proceeds fall'));
  });
});

describe('offline generateExplanationSummary: basis and objective', () => {
  const metricsBefore = { ...METRICS_BEFORE, ratio_notes: {} };
  const economics = (basis: 'us_gaap' | 'ifrs16') => ({
    accounting_basis: basis,
    annual_rent_added: 3_000_000,
    rent_coverage_after: 13.1,
    lease_liability_added: 34_500_000,
    implied_cost_of_capital: 0.071,
    npv_cost: 6_000_000,
    gain_on_sale: 12_000_000,
    tax_on_gain: 2_500_000,
    after_tax_proceeds: 49_800_000,
    cost_of_debt: 0.06,
    net_leverage_after_other_basis: 2.6,
    assets: [],
  });

  it('under IFRS 16 says the rent stays in EBITDA and the lease liability joins net debt, with the outcome figures', async () => {
    const outcome = okOutcome({
      metrics_before: metricsBefore,
      // IFRS 16: EBITDA unchanged; net debt is lower by the proceeds and higher by the lease liability.
      metrics_after: { ...metricsBefore, ebitda: 100_000_000, rent_expense: 8_000_000, net_debt: 282_200_000 },
      economics: economics('ifrs16'),
    });
    const { value } = await client.generateExplanationSummary(specFixture({ target_amount: 50_000_000 }), outcome, []);
    expect(value).toContain(
      'Cost: $3M a year of new rent; under IFRS 16 EBITDA keeps the rent ($100M) and the leases add $34.5M of lease liability to net debt ($300M before, $282.2M after the proceeds repay debt).',
    );
    expect(value).not.toContain('lowering EBITDA');
  });

  it('under US GAAP says the new rent lowers EBITDA', async () => {
    const outcome = okOutcome({
      metrics_before: metricsBefore,
      metrics_after: { ...metricsBefore, ebitda: 97_000_000, rent_expense: 8_000_000 },
      economics: economics('us_gaap'),
    });
    const { value } = await client.generateExplanationSummary(specFixture({ target_amount: 50_000_000 }), outcome, []);
    expect(value).toContain('Cost: $3M a year of new rent, lowering EBITDA from $100M to $97M.');
  });

  it('says the exact strategy chose the cheapest capital under min_npv_cost, the smallest proceeds otherwise', async () => {
    const outcome = okOutcome({ strategy: 'exact' });
    const cheapest = await client.generateExplanationSummary(
      specFixture({ target_amount: 50_000_000, strategy: 'exact', objective: 'min_npv_cost' }),
      outcome,
      [],
    );
    expect(cheapest.value).toContain('The exact strategy chose them as the cheapest capital (the smallest summed NPV cost of the leases)');
    expect(cheapest.value).not.toContain('smallest proceeds');
    const smallest = await client.generateExplanationSummary(specFixture({ target_amount: 50_000_000, strategy: 'exact' }), outcome, []);
    expect(smallest.value).toContain('The exact strategy chose them as the smallest proceeds that meet the target');
  });
});
