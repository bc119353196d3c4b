import { InvalidInputError, type Asset, type CorporateState, type SelectorSpec } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { selectAssets } from './select-assets.js';
import { WORKED_EXAMPLE_CORPORATE, makeAsset, makeSpec } from './__fixtures__/builders.js';
import { createRandom, generatePortfolio } from './__fixtures__/portfolio-generator.js';

const TOLERANCE = 1e-9;

/**
 * The greedy rule of docs/domain.md written out again for the IFRS 16 basis:
 * rank by criticality asc, leaseability desc, cash desc, id asc; accept an
 * asset when every covenant that held still holds and no violated one gets
 * worse, on the IFRS 16 pro-forma (EBITDA keeps the rent, net debt gains the
 * lease liability at the IBR, coverage uses debt interest and cash rent);
 * stop once the target is met.
 */
function referenceGreedyIfrs16(assets: readonly Asset[], corporate: CorporateState, spec: SelectorSpec): string[] {
  const costOfDebt = corporate.cost_of_debt ?? (corporate.net_debt > 0 ? corporate.interest_expense / corporate.net_debt : 0);
  const ibr = corporate.incremental_borrowing_rate ?? costOfDebt;
  const costRate = corporate.transaction_cost_rate ?? 0.02;
  const ebitdar = corporate.ebitda + corporate.rent_expense;
  const multiple = corporate.lease_adjustment_multiple ?? 8;
  const rows = assets.map((asset) => {
    const gross = (asset.market_rent / asset.cap_rate) * (1 - (asset.transaction_cost_rate ?? costRate));
    const years = asset.lease_term_years ?? corporate.default_lease_term_years ?? 15;
    const growth = asset.rent_escalator ?? corporate.default_rent_escalator ?? 0.02;
    let liability = 0;
    for (let year = 1; year <= years; year += 1) liability += (asset.market_rent * (1 + growth) ** (year - 1)) / (1 + ibr) ** year;
    return { asset, gross, cash: gross - (asset.mortgage_balance ?? 0), liability };
  });
  const eligible = rows
    .filter((row) => row.cash > 0)
    .sort(
      (left, right) =>
        left.asset.criticality - right.asset.criticality ||
        right.asset.leaseability - left.asset.leaseability ||
        right.cash - left.cash ||
        (left.asset.asset_id < right.asset.asset_id ? -1 : 1),
    );
  const limits = spec.hard_constraints;
  const ratios = (gross: number, cash: number, mortgage: number, rent: number, liability: number) => {
    const debtInterest = Math.max(0, corporate.interest_expense - costOfDebt * ((corporate.debt_paydown_share ?? 1) * cash + mortgage));
    const charges = debtInterest + corporate.rent_expense + rent;
    return [
      { value: (corporate.net_debt - gross + liability) / corporate.ebitda, limit: limits.max_net_leverage, max: true },
      { value: charges > 0 ? ebitdar / charges : Number.POSITIVE_INFINITY, limit: limits.min_fixed_charge_coverage, max: false },
      ...(limits.max_lease_adjusted_leverage === undefined
        ? []
        : [
            {
              value: (corporate.net_debt - gross + multiple * (corporate.rent_expense + rent)) / ebitdar,
              limit: limits.max_lease_adjusted_leverage,
              max: true,
            },
          ]),
    ];
  };
  const holds = (ratio: { value: number; limit: number; max: boolean }) =>
    ratio.max ? ratio.value <= ratio.limit * (1 + TOLERANCE) : ratio.value >= ratio.limit * (1 - TOLERANCE);
  const selected: string[] = [];
  let sums = { gross: 0, cash: 0, mortgage: 0, rent: 0, liability: 0 };
  let current = ratios(0, 0, 0, 0, 0);
  for (const row of eligible) {
    if (sums.cash >= spec.target_amount * (1 - TOLERANCE)) break;
    const next = {
      gross: sums.gross + row.gross,
      cash: sums.cash + row.cash,
      mortgage: sums.mortgage + (row.asset.mortgage_balance ?? 0),
      rent: sums.rent + row.asset.market_rent,
      liability: sums.liability + row.liability,
    };
    const after = ratios(next.gross, next.cash, next.mortgage, next.rent, next.liability);
    const acceptable = after.every((ratio, index) => {
      const before = current[index] as (typeof current)[number];
      if (holds(before)) return holds(ratio);
      if (ratio.value === before.value) return true;
      return ratio.max
        ? ratio.value <= before.value + TOLERANCE * Math.abs(before.value)
        : ratio.value >= before.value - TOLERANCE * Math.abs(before.value);
    });
    if (!acceptable) continue;
    sums = next;
    current = after;
    selected.push(row.asset.asset_id);
  }
  return selected;
}

describe('greedy under ifrs16', () => {
  it('follows the documented rule on the IFRS 16 pro-forma (seeded instances)', () => {
    let differsFromUsGaap = 0;
    for (let seed = 1; seed <= 120; seed += 1) {
      const random = createRandom(70_000 + seed);
      const instance = generatePortfolio(random, {
        assetCount: 20 + Math.floor(random() * 40),
        marketShareShare: 0,
        filterShare: 0,
        leverageHeadroom: [-0.03, 0.06],
        targetShare: [0.3, 0.7],
        capRateRange: seed % 2 === 0 ? [0.05, 0.2] : [0.05, 0.09],
      });
      const assets = instance.assets.map((asset, index) =>
        index % 3 === 0 ? { ...asset, lease_term_years: 5 + (index % 20), rent_escalator: (index % 4) / 100 } : asset,
      );
      const corporate: CorporateState = { ...instance.corporateState, accounting_basis: 'ifrs16', cost_of_debt: 0.065 };
      // Loose coverage on most instances, so that net leverage (the covenant the basis changes) binds.
      const spec: SelectorSpec =
        seed % 4 === 0
          ? instance.spec
          : { ...instance.spec, hard_constraints: { ...instance.spec.hard_constraints, min_fixed_charge_coverage: 0.5 } };
      const outcome = selectAssets(assets, corporate, spec);
      expect(outcome.selected_asset_ids, `seed ${seed}`).toEqual(referenceGreedyIfrs16(assets, corporate, spec));
      const usGaap = selectAssets(assets, { ...corporate, accounting_basis: 'us_gaap' }, spec);
      if (usGaap.selected_asset_ids.join() !== outcome.selected_asset_ids.join()) differsFromUsGaap += 1;
    }
    // The basis must matter on some instances, or the test proves nothing about it.
    expect(differsFromUsGaap).toBeGreaterThan(5);
  });

  it('never rejects a sale for EBITDA: the rent stays above EBITDA under IFRS 16', () => {
    const corporate: CorporateState = { ...WORKED_EXAMPLE_CORPORATE, ebitda: 10, net_debt: 0, accounting_basis: 'ifrs16' };
    const spec = makeSpec({ target_amount: 500, hard_constraints: { max_net_leverage: 100, min_fixed_charge_coverage: 0.01 } });
    const outcome = selectAssets([makeAsset('BIG', { market_rent: 20 })], corporate, spec);
    expect(outcome.selected_asset_ids).toEqual(['BIG']);
    expect(outcome.metrics_after?.ebitda).toBe(10);
    expect(outcome.economics?.net_leverage_after_other_basis).toBeNull();
    const usGaap = selectAssets([makeAsset('BIG', { market_rent: 20 })], { ...corporate, accounting_basis: 'us_gaap' }, spec);
    expect(usGaap.selected_asset_ids).toEqual([]);
  });

  it('the spec program terms choose the basis over the corporate state', () => {
    const spec = makeSpec({
      target_amount: 50,
      hard_constraints: { max_net_leverage: 5, min_fixed_charge_coverage: 1 },
      program_terms: { accounting_basis: 'ifrs16' },
    });
    const outcome = selectAssets([makeAsset('A', { market_rent: 4.2, book_value: 40 })], WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.economics?.accounting_basis).toBe('ifrs16');
    expect(outcome.metrics_after?.ebitda).toBe(100);
  });
});

describe('objective and strategy', () => {
  it('min_npv_cost with the greedy strategy is bad input naming spec.objective', () => {
    const spec = makeSpec({ objective: 'min_npv_cost', strategy: 'greedy' });
    expect(() => selectAssets([makeAsset('A')], WORKED_EXAMPLE_CORPORATE, spec)).toThrow(InvalidInputError);
    try {
      selectAssets([makeAsset('A')], WORKED_EXAMPLE_CORPORATE, spec);
    } catch (error) {
      expect((error as InvalidInputError).problems).toEqual([
        { path: 'spec.objective', message: expect.stringContaining('exact strategy') },
      ]);
    }
    expect(selectAssets([makeAsset('A')], WORKED_EXAMPLE_CORPORATE, makeSpec({ objective: 'min_proceeds' })).status).toBeDefined();
  });
});
