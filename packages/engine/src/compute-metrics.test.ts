import { describe, expect, it } from 'vitest';
import { computeAssetProceeds, computePortfolioProceeds } from './asset-proceeds.js';
import { computeMetrics } from './compute-metrics.js';
import { NonFiniteQuantityError, UnknownAssetError } from './engine-errors.js';
import { WORKED_EXAMPLE_CORPORATE, makeAsset } from './__fixtures__/builders.js';

const assetA = makeAsset('A', { market_rent: 4.2, cap_rate: 0.07 });

describe('computeMetrics: the worked example of docs/domain.md', () => {
  it('reproduces the baseline to 1e-9', () => {
    const before = computeMetrics([assetA], WORKED_EXAMPLE_CORPORATE, []);
    expect(before.net_leverage).toBeCloseTo(3.0, 9);
    expect(before.fixed_charge_coverage).toBeCloseTo(105 / 23, 9);
    expect(before.lease_adjusted_leverage).toBeCloseTo(340 / 105, 9);
    expect(before.ebitda).toBe(100);
    expect(before.ebitdar).toBe(105);
    expect(before.net_debt).toBe(300);
    expect(before.interest_expense).toBe(18);
    expect(before.rent_expense).toBe(5);
    expect(before.ratio_notes).toEqual({});
  });

  it('reproduces the metrics after selling A to 1e-9', () => {
    const after = computeMetrics([assetA], WORKED_EXAMPLE_CORPORATE, ['A']);
    expect(after.ebitda).toBeCloseTo(95.8, 9);
    expect(after.ebitdar).toBeCloseTo(105, 9);
    expect(after.net_debt).toBeCloseTo(241.2, 9);
    expect(after.net_leverage).toBeCloseTo(241.2 / 95.8, 9);
    expect(after.interest_expense).toBeCloseTo(14.472, 9);
    expect(after.rent_expense).toBeCloseTo(9.2, 9);
    expect(after.fixed_charge_coverage).toBeCloseTo(105 / (14.472 + 5 + 4.2), 9);
    expect(after.lease_adjusted_leverage).toBeCloseTo((241.2 + 8 * 9.2) / 105, 9);
    // The figures quoted in the doc, to the digits it gives.
    expect(after.net_leverage).toBeCloseTo(2.5177, 4);
    expect(after.fixed_charge_coverage).toBeCloseTo(4.4356, 4);
    expect(after.lease_adjusted_leverage).toBeCloseTo(2.9981, 4);
  });
});

describe('computeMetrics: defaults and overrides', () => {
  it('defaults cost_of_debt to interest / net debt when net debt is positive', () => {
    const { cost_of_debt: _ignored, ...withoutCost } = WORKED_EXAMPLE_CORPORATE;
    // 18 / 300 = 0.06: the same as the worked example.
    const after = computeMetrics([assetA], withoutCost, ['A']);
    expect(after.interest_expense).toBeCloseTo(14.472, 9);
  });

  it('defaults cost_of_debt to 0 when net debt is not positive, and handles negative net debt', () => {
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, net_debt: -50, interest_expense: 2 };
    delete (corporate as { cost_of_debt?: number }).cost_of_debt;
    const after = computeMetrics([assetA], corporate, ['A']);
    expect(after.interest_expense).toBe(2); // nothing saved at a zero cost of debt
    expect(after.net_debt).toBeCloseTo(-108.8, 9);
    expect(after.net_leverage).toBeCloseTo(-108.8 / 95.8, 9);
    expect(after.fixed_charge_coverage).toBeCloseTo(105 / (2 + 5 + 4.2), 9);
    expect(after.lease_adjusted_leverage).toBeCloseTo((-108.8 + 8 * 9.2) / 105, 9);
  });

  it('uses the per-asset transaction cost rate over the corporate default', () => {
    const costly = makeAsset('B', { market_rent: 7, cap_rate: 0.07, transaction_cost_rate: 0.1 });
    // price 100, gross 90, cash 90.
    const after = computeMetrics([costly], WORKED_EXAMPLE_CORPORATE, ['B']);
    expect(after.net_debt).toBeCloseTo(300 - 90, 9);
    expect(after.interest_expense).toBeCloseTo(18 - 0.06 * 90, 9);
  });

  it('repays the mortgage from the gross and saves interest on u x C + M', () => {
    // price 100, gross 98, mortgage 40, cash 58; u = 0.5 -> debt repaid 0.5 x 58 + 40 = 69.
    const mortgaged = makeAsset('M', { market_rent: 7, cap_rate: 0.07, mortgage_balance: 40 });
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, debt_paydown_share: 0.5 };
    const after = computeMetrics([mortgaged], corporate, ['M']);
    expect(after.net_debt).toBeCloseTo(300 - 98, 9);
    expect(after.interest_expense).toBeCloseTo(18 - 0.06 * 69, 9);
  });

  it('floors interest at zero when the saving exceeds it', () => {
    const big = makeAsset('B', { market_rent: 35, cap_rate: 0.07 }); // cash 490, saving 29.4 > 18
    const after = computeMetrics([big], WORKED_EXAMPLE_CORPORATE, ['B']);
    expect(after.interest_expense).toBe(0);
    expect(after.fixed_charge_coverage).toBeCloseTo(105 / (0 + 5 + 35), 9);
  });

  it('counts a repeated id once', () => {
    const once = computeMetrics([assetA], WORKED_EXAMPLE_CORPORATE, ['A']);
    const twice = computeMetrics([assetA], WORKED_EXAMPLE_CORPORATE, ['A', 'A']);
    expect(twice).toEqual(once);
  });

  it('throws an error with a stable code for an unknown id', () => {
    expect(() => computeMetrics([assetA], WORKED_EXAMPLE_CORPORATE, ['Z'])).toThrow(UnknownAssetError);
    try {
      computeMetrics([assetA], WORKED_EXAMPLE_CORPORATE, ['Z']);
    } catch (error) {
      expect((error as UnknownAssetError).code).toBe('unknown_asset');
      expect((error as UnknownAssetError).assetId).toBe('Z');
    }
  });
});

describe('computeMetrics: undefined and unbounded ratios', () => {
  it('reports coverage as null with a note when there are no fixed charges, never Infinity', () => {
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, interest_expense: 0, rent_expense: 0, net_debt: 0 };
    const before = computeMetrics([assetA], corporate, []);
    expect(before.fixed_charge_coverage).toBeNull();
    expect(before.ratio_notes['fixed_charge_coverage']).toMatch(/no fixed charges/);
    expect(JSON.stringify(before)).not.toMatch(/Infinity|NaN/);
    const after = computeMetrics([assetA], corporate, ['A']);
    expect(after.fixed_charge_coverage).toBeCloseTo(100 / 4.2, 9);
  });

  it('reports net leverage as null with a note when EBITDA after the program is at or below zero', () => {
    const rentHeavy = makeAsset('R', { market_rent: 120, cap_rate: 0.07 });
    const after = computeMetrics([rentHeavy], WORKED_EXAMPLE_CORPORATE, ['R']);
    expect(after.ebitda).toBe(-20);
    expect(after.net_leverage).toBeNull();
    expect(after.ratio_notes['net_leverage']).toMatch(/at or below zero/);
  });

  it('throws NonFiniteQuantityError naming the quantity when a figure overflows', () => {
    const huge = makeAsset('H', { market_rent: 1e308, cap_rate: 0.01 });
    expect(() => computeMetrics([huge], WORKED_EXAMPLE_CORPORATE, ['H'])).toThrow(/price of asset H/);
    expect(() => computeMetrics([huge], WORKED_EXAMPLE_CORPORATE, ['H'])).toThrow(NonFiniteQuantityError);
  });
});

describe('computeAssetProceeds', () => {
  it('gives the worked example figures and applies overrides and mortgages', () => {
    const figures = computeAssetProceeds(assetA, WORKED_EXAMPLE_CORPORATE);
    expect(figures.price).toBeCloseTo(60, 9);
    expect(figures.gross).toBeCloseTo(58.8, 9);
    expect(figures.cash).toBeCloseTo(58.8, 9);
    const mortgaged = computeAssetProceeds(
      makeAsset('M', { market_rent: 7, transaction_cost_rate: 0.1, mortgage_balance: 40 }),
      WORKED_EXAMPLE_CORPORATE,
    );
    expect(mortgaged.gross).toBeCloseTo(90, 9);
    expect(mortgaged.cash).toBeCloseTo(50, 9);
  });

  it('gives every asset of a portfolio the very figures it gives each alone', () => {
    const assets = [
      assetA,
      makeAsset('M', { market_rent: 7, transaction_cost_rate: 0.1, mortgage_balance: 40 }),
      makeAsset('T', { lease_term_years: 20, rent_escalator: 0.03 }),
      makeAsset('U', { lease_term_years: 20, rent_escalator: 0.03, market_rent: 3 }),
    ];
    expect(computePortfolioProceeds(assets, WORKED_EXAMPLE_CORPORATE)).toEqual(
      assets.map((asset) => computeAssetProceeds(asset, WORKED_EXAMPLE_CORPORATE)),
    );
  });
});
