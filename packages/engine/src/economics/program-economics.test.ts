import type { Asset } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectAssets } from '../select-assets.js';
import { WORKED_EXAMPLE_CORPORATE, makeAsset, makeSpec } from '../__fixtures__/builders.js';
import { computeAssetFigures } from '../asset-figures.js';
import { resolveCorporateTerms } from '../corporate-terms.js';
import { internalRate, presentValueOfRents } from './lease-cash-flows.js';
import { computeProgramEconomics } from './program-economics.js';

/** Asset A of the worked example, with the economics inputs of the new section. */
const assetA: Asset = makeAsset('A', { market_rent: 4.2, cap_rate: 0.07, book_value: 40, lease_term_years: 15, rent_escalator: 0.02 });
const looseSpec = makeSpec({ target_amount: 50, hard_constraints: { max_net_leverage: 5, min_fixed_charge_coverage: 1 } });

/** The growing-annuity closed form, written independently of the engine's loop. */
function growingAnnuity(rent: number, growth: number, rate: number, years: number): number {
  return (rent / (rate - growth)) * (1 - ((1 + growth) / (1 + rate)) ** years);
}

/** Present value at `rate` of a leaseback's rents and residual, from the closed form. */
function leasebackValue(rent: number, growth: number, capRate: number, rate: number, years: number): number {
  return growingAnnuity(rent, growth, rate, years) + (rent * (1 + growth) ** years) / capRate / (1 + rate) ** years;
}

describe('economics: the worked example of docs/domain.md', () => {
  const outcome = selectAssets([assetA], WORKED_EXAMPLE_CORPORATE, looseSpec);
  const economics = outcome.economics;
  const figures = economics?.assets[0];

  it('gives lease liability, residual, implied cost, NPV cost and gain to 1e-9', () => {
    expect(outcome.selected_asset_ids).toEqual(['A']);
    expect(figures).toBeDefined();
    if (economics === null || figures === undefined) return;
    const liability = growingAnnuity(4.2, 0.02, 0.06, 15);
    expect(figures.lease_liability).toBeCloseTo(liability, 9);
    expect(figures.lease_liability).toBeCloseTo(46.0337, 4);
    expect(figures.residual_value).toBeCloseTo((4.2 * 1.02 ** 15) / 0.07, 9);
    expect(figures.residual_value).toBeCloseTo(80.7521, 4);
    expect(figures.implied_cost).not.toBeNull();
    const implied = figures.implied_cost as number;
    // The IRR is the rate at which the flows are worth the gross proceeds exactly.
    expect(Math.abs(leasebackValue(4.2, 0.02, 0.07, implied, 15) - 58.8)).toBeLessThan(1e-9);
    expect(implied).toBeCloseTo(0.092252, 6);
    expect(figures.npv_cost).toBeCloseTo(leasebackValue(4.2, 0.02, 0.07, 0.06, 15) - 58.8, 9);
    expect(figures.npv_cost).toBeCloseTo(20.9287, 4);
    expect(figures.gain_on_sale).toBeCloseTo(18.8, 9);
    expect(economics.implied_cost_of_capital).toBeCloseTo(implied, 10);
    expect(economics.annual_rent_added).toBe(4.2);
    expect(economics.rent_coverage_after).toBeCloseTo(105 / 9.2, 9);
    expect(economics.tax_on_gain).toBe(0);
    expect(economics.after_tax_proceeds).toBeCloseTo(58.8, 9);
    expect(economics.cost_of_debt).toBe(0.06);
    expect(economics.accounting_basis).toBe('us_gaap');
  });

  it('with no transaction cost the implied cost is 9.0000 %', () => {
    const free = selectAssets([assetA], { ...WORKED_EXAMPLE_CORPORATE, transaction_cost_rate: 0 }, looseSpec);
    expect(free.economics?.assets[0]?.implied_cost).toBeCloseTo(0.09, 10);
  });

  it('under ifrs16: ND 287.2337, net leverage 2.8723x against 2.5177x under us_gaap, I 17.2340', () => {
    const ifrs = selectAssets([assetA], { ...WORKED_EXAMPLE_CORPORATE, accounting_basis: 'ifrs16' }, looseSpec);
    const liability = growingAnnuity(4.2, 0.02, 0.06, 15);
    const after = ifrs.metrics_after;
    expect(after?.net_debt).toBeCloseTo(300 - 58.8 + liability, 9);
    expect(after?.net_debt).toBeCloseTo(287.2337, 4);
    expect(after?.ebitda).toBe(100);
    expect(after?.net_leverage).toBeCloseTo((300 - 58.8 + liability) / 100, 9);
    expect(after?.interest_expense).toBeCloseTo(14.472 + 0.06 * liability, 9);
    expect(after?.interest_expense).toBeCloseTo(17.234, 4);
    // Coverage is a cash measure: debt interest only, same on both bases.
    expect(after?.fixed_charge_coverage).toBeCloseTo(105 / (14.472 + 5 + 4.2), 9);
    expect(after?.lease_adjusted_leverage).toBeCloseTo((241.2 + 8 * 9.2) / 105, 9);
    expect(after?.rent_expense).toBeCloseTo(9.2, 9);
    expect(ifrs.economics?.net_leverage_after_other_basis).toBeCloseTo(241.2 / 95.8, 9);
    expect(outcome.economics?.net_leverage_after_other_basis).toBeCloseTo((300 - 58.8 + liability) / 100, 9);
  });

  it('tax applies to the net gain only', () => {
    const taxed = selectAssets([assetA], { ...WORKED_EXAMPLE_CORPORATE, tax_rate: 0.25 }, looseSpec);
    expect(taxed.economics?.tax_on_gain).toBeCloseTo(0.25 * 18.8, 9);
    expect(taxed.economics?.after_tax_proceeds).toBeCloseTo(58.8 - 0.25 * 18.8, 9);
    const loss = selectAssets([{ ...assetA, book_value: 100 }], { ...WORKED_EXAMPLE_CORPORATE, tax_rate: 0.25 }, looseSpec);
    expect(loss.economics?.gain_on_sale).toBeCloseTo(-41.2, 9);
    expect(loss.economics?.tax_on_gain).toBe(0);
  });

  it("records each sale's cash (gross proceeds less the mortgage repaid), adding up to the proceeds", () => {
    const mortgaged = makeAsset('M', { market_rent: 2.1, cap_rate: 0.07, mortgage_balance: 10 });
    const both = selectAssets([assetA, mortgaged], WORKED_EXAMPLE_CORPORATE, { ...looseSpec, target_amount: 80 });
    expect(both.selected_asset_ids).toEqual(['A', 'M']);
    const cash = new Map(both.economics?.assets.map((asset) => [asset.asset_id, asset.cash_proceeds]));
    expect(cash.get('A')).toBeCloseTo(58.8, 9);
    // Price 30, gross 29.4 after the 2 % selling costs, less the 10 mortgage.
    expect(cash.get('M')).toBeCloseTo(19.4, 9);
    expect((cash.get('A') ?? 0) + (cash.get('M') ?? 0)).toBeCloseTo(both.proceeds, 9);
  });

  it('an empty selection has no implied cost and no rent coverage without rent', () => {
    const none = selectAssets(
      [assetA],
      { ...WORKED_EXAMPLE_CORPORATE, rent_expense: 0 },
      { ...looseSpec, asset_filters: { exclude_asset_ids: ['A'] } },
    );
    expect(none.economics?.assets).toEqual([]);
    expect(none.economics?.implied_cost_of_capital).toBeNull();
    expect(none.economics?.rent_coverage_after).toBeNull();
  });

  it('program terms win over the asset and the corporate default', () => {
    const short = selectAssets(
      [assetA],
      { ...WORKED_EXAMPLE_CORPORATE, default_lease_term_years: 20 },
      { ...looseSpec, program_terms: { lease_term_years: 10, rent_escalator: 0 } },
    );
    expect(short.economics?.assets[0]?.lease_liability).toBeCloseTo(growingAnnuity(4.2, 0, 0.06, 10), 9);
    const byDefault = selectAssets(
      [makeAsset('B', { market_rent: 4.2 })],
      { ...WORKED_EXAMPLE_CORPORATE, default_lease_term_years: 20, default_rent_escalator: 0.01, incremental_borrowing_rate: 0.05 },
      looseSpec,
    );
    expect(byDefault.economics?.assets[0]?.lease_liability).toBeCloseTo(growingAnnuity(4.2, 0.01, 0.05, 20), 9);
  });

  it('names the cheapest capital and the sales dearer than debt', () => {
    const kinds = outcome.explanation_nodes.map((node) => node.kind);
    expect(kinds).toContain('cheapest_capital');
    expect(kinds).toContain('dearer_than_debt');
    const cheapDebt = selectAssets([assetA], { ...WORKED_EXAMPLE_CORPORATE, cost_of_debt: 0.12 }, looseSpec);
    expect(cheapDebt.explanation_nodes.map((node) => node.kind)).not.toContain('dearer_than_debt');
  });
});

const leaseArbitrary = fc.record({
  rent: fc.integer({ min: 1, max: 5_000 }).map((value) => value / 10),
  capRate: fc.integer({ min: 30, max: 150 }).map((value) => value / 1000),
  growth: fc.integer({ min: 0, max: 240 }).map((value) => value / 1000),
  years: fc.integer({ min: 1, max: 50 }),
});

/** A company large enough that any single sale keeps every covenant. */
const largeCompany = { ...WORKED_EXAMPLE_CORPORATE, ebitda: 1e6, net_debt: 1e6 };

describe('economics: properties', () => {
  it('with no transaction cost the implied cost equals cap_rate + g', () => {
    fc.assert(
      fc.property(leaseArbitrary, ({ rent, capRate, growth, years }) => {
        const asset = makeAsset('X', { market_rent: rent, cap_rate: capRate, lease_term_years: years, rent_escalator: growth });
        const outcome = selectAssets([asset], { ...largeCompany, transaction_cost_rate: 0 }, { ...looseSpec, target_amount: 1e-6 });
        const implied = outcome.economics?.assets[0]?.implied_cost;
        expect(implied).not.toBeNull();
        expect(Math.abs((implied as number) - (capRate + growth))).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('the implied cost rises with the transaction cost', () => {
    fc.assert(
      fc.property(
        leaseArbitrary,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        ({ rent, capRate, growth, years }, low, step) => {
          const asset = makeAsset('X', { market_rent: rent, cap_rate: capRate, lease_term_years: years, rent_escalator: growth });
          const costAt = (rate: number): number => {
            const outcome = selectAssets([asset], { ...largeCompany, transaction_cost_rate: rate }, { ...looseSpec, target_amount: 1e-6 });
            return outcome.economics?.assets[0]?.implied_cost as number;
          };
          expect(costAt((low + step) / 1000)).toBeGreaterThan(costAt(low / 1000));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the lease liability falls as the IBR rises', () => {
    fc.assert(
      fc.property(
        leaseArbitrary,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        ({ rent, growth, years }, low, step) => {
          const lease = { rent, escalator: growth, years };
          expect(presentValueOfRents(lease, (low + step) / 1000)).toBeLessThan(presentValueOfRents(lease, low / 1000));
        },
      ),
    );
  });

  it('figures do not depend on asset order', () => {
    const assets = [
      makeAsset('P', { market_rent: 3, cap_rate: 0.065, lease_term_years: 10, rent_escalator: 0.03, criticality: 0.1 }),
      makeAsset('Q', { market_rent: 2, cap_rate: 0.08, lease_term_years: 25, rent_escalator: 0, criticality: 0.1 }),
      makeAsset('R', { market_rent: 1.5, cap_rate: 0.055, criticality: 0.1 }),
      makeAsset('S', { market_rent: 2.5, cap_rate: 0.075, lease_term_years: 5, rent_escalator: 0.01, criticality: 0.1 }),
    ];
    const spec = { ...looseSpec, target_amount: 100 };
    const reference = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    fc.assert(
      fc.property(fc.shuffledSubarray(assets, { minLength: assets.length, maxLength: assets.length }), (shuffled) => {
        expect(selectAssets(shuffled, WORKED_EXAMPLE_CORPORATE, spec).economics).toEqual(reference.economics);
      }),
    );
  });

  it('per-asset figures read through the sale figures equal the valuation of each asset, bit for bit', () => {
    const sale = fc.record({
      rent: fc.integer({ min: 1, max: 50_000 }).map((value) => value / 10),
      capRate: fc.integer({ min: 30, max: 150 }).map((value) => value / 1000),
      book: fc.integer({ min: 0, max: 900_000 }).map((value) => value / 10),
      years: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      growth: fc.option(
        fc.integer({ min: 0, max: 60 }).map((value) => value / 1000),
        { nil: undefined },
      ),
      costRate: fc.option(
        fc.integer({ min: 0, max: 80 }).map((value) => value / 1000),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(sale, { minLength: 1, maxLength: 10 }),
        fc.constantFrom('us_gaap' as const, 'ifrs16' as const),
        fc.boolean(),
        (sales, basis, walked) => {
          const assets = sales.map((input, index) =>
            makeAsset(`X${index}`, {
              market_rent: input.rent,
              cap_rate: input.capRate,
              book_value: input.book,
              ...(input.years === undefined ? {} : { lease_term_years: input.years }),
              ...(input.growth === undefined ? {} : { rent_escalator: input.growth }),
              ...(input.costRate === undefined ? {} : { transaction_cost_rate: input.costRate }),
            }),
          );
          const corporate = { ...WORKED_EXAMPLE_CORPORATE, accounting_basis: basis, incremental_borrowing_rate: 0.055 };
          const terms = resolveCorporateTerms(corporate);
          const figures = assets.map((asset) => computeAssetFigures(asset, terms));
          // A walk may have read the lease debt (and so the lease factors) before the economics, or not.
          if (walked)
            for (const each of figures)
              expect(each.leaseDebt).toBe(basis === 'ifrs16' ? each.leaseFactors.annuityAtBorrowingRate * each.rent : 0);
          const economics = computeProgramEconomics(terms, figures);
          // An independent valuation, read from the assets: the figures' path must give the same doubles.
          const valuation = resolveCorporateTerms(corporate).valuation;
          assets.forEach((asset, index) => {
            const each = figures[index] as (typeof figures)[number];
            const costRate = asset.transaction_cost_rate ?? 0.02;
            const implied = valuation.impliedCost(asset, costRate);
            expect(economics.assets[index]).toEqual({
              asset_id: asset.asset_id,
              cash_proceeds: each.cash,
              lease_liability: valuation.leaseLiability(asset),
              residual_value: valuation.residualValue(asset),
              implied_cost: implied !== null && Number.isFinite(implied) ? implied : null,
              npv_cost: valuation.npvCost(asset, each.gross),
              gain_on_sale: each.gross - asset.book_value,
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the IRR of mixed terms solves the summed flows', () => {
    const flows = new Float64Array([0, 5, 5, 5, 105]);
    const rate = internalRate(100, flows) as number;
    expect(rate).toBeCloseTo(0.05, 12);
    expect(internalRate(100, new Float64Array([0, 0]))).toBeNull();
    expect(internalRate(0, flows)).toBeNull();
  });
});
