import type { Asset, SelectorSpec } from '@leaseback/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExactSolver } from './exact-solver.js';
import { maxProceeds, selectAssets, selectAssetsAsync } from './select-assets.js';
import { WORKED_EXAMPLE_CORPORATE, makeAsset, makeSpec } from './__fixtures__/builders.js';

beforeAll(async () => {
  await loadExactSolver();
});

// With the builders' terms cash = 14 x rent, so rent and proceeds move together and the cap bites.
const CASH_PER_RENT = (1 / 0.07) * 0.98;

function rentOf(assets: readonly Asset[], ids: readonly string[]): number {
  return ids.reduce((total, id) => total + (assets.find((asset) => asset.asset_id === id)?.market_rent ?? 0), 0);
}

describe('exclude_mortgaged', () => {
  it('leaves out every asset with a mortgage balance, reason "mortgaged"', () => {
    const assets = [makeAsset('A', { mortgage_balance: 2 }), makeAsset('B'), makeAsset('C', { mortgage_balance: 0.5 })];
    const outcome = selectAssets(
      assets,
      WORKED_EXAMPLE_CORPORATE,
      makeSpec({ target_amount: 10, asset_filters: { exclude_mortgaged: true } }),
    );
    expect(outcome.excluded_assets.map((excluded) => [excluded.asset_id, excluded.reason])).toEqual([
      ['A', 'mortgaged'],
      ['C', 'mortgaged'],
    ]);
    expect(outcome.selected_asset_ids).toEqual(['B']);
  });

  it('changes nothing when false', () => {
    const assets = [makeAsset('A', { mortgage_balance: 2 }), makeAsset('B')];
    const outcome = selectAssets(
      assets,
      WORKED_EXAMPLE_CORPORATE,
      makeSpec({ target_amount: 10, asset_filters: { exclude_mortgaged: false } }),
    );
    expect(outcome.excluded_assets).toEqual([]);
  });
});

describe('max_rent_added', () => {
  const assets = [makeAsset('A', { market_rent: 3 }), makeAsset('B', { market_rent: 2 }), makeAsset('C', { market_rent: 2 })];

  it('greedy passes over an asset that would take new rent above the cap, and reports the check', () => {
    const spec = makeSpec({
      target_amount: 6 * CASH_PER_RENT,
      hard_constraints: { max_net_leverage: 10, min_fixed_charge_coverage: 0.1, max_rent_added: 4.5 },
    });
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(rentOf(assets, outcome.selected_asset_ids)).toBeLessThanOrEqual(4.5);
    expect(outcome.status).toBe('infeasible');
    const check = outcome.constraint_checks.find((candidate) => candidate.name === 'max_rent_added');
    expect(check).toMatchObject({ limit: 4.5, before: 0, passed: true, binding: true });
    expect(check?.after).toBeCloseTo(rentOf(assets, outcome.selected_asset_ids), 9);
    expect(outcome.explanation_nodes.some((node) => node.kind === 'asset_rejected' && node.constraint === 'max_rent_added')).toBe(true);
  });

  it('exact honours the cap and capacity is the best set under it (B and C: rent 4, not A and B: rent 5)', async () => {
    const spec = makeSpec({
      strategy: 'exact',
      target_amount: 3.5 * CASH_PER_RENT,
      hard_constraints: { max_net_leverage: 10, min_fixed_charge_coverage: 0.1, max_rent_added: 4.5 },
    });
    const outcome = await selectAssetsAsync(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('ok');
    expect(rentOf(assets, outcome.selected_asset_ids)).toBeLessThanOrEqual(4.5);
    const capacity = await maxProceeds(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(capacity.asset_ids).toEqual(['B', 'C']);
    expect(capacity.max_proceeds).toBeCloseTo(4 * CASH_PER_RENT, 6);
  });

  it('property: greedy, exact and capacity never add more rent than the cap; capacity is the brute-force best under it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        async (rents, cap, targetRent) => {
          const portfolio = rents.map((rent, index) => makeAsset(`S${index}`, { market_rent: rent }));
          const hard = { max_net_leverage: 10, min_fixed_charge_coverage: 0.1, max_rent_added: cap };
          const spec: SelectorSpec = makeSpec({ target_amount: targetRent * CASH_PER_RENT, hard_constraints: hard });
          const greedy = selectAssets(portfolio, WORKED_EXAMPLE_CORPORATE, spec);
          const exact = await selectAssetsAsync(portfolio, WORKED_EXAMPLE_CORPORATE, { ...spec, strategy: 'exact' });
          for (const outcome of [greedy, exact])
            expect(rentOf(portfolio, outcome.selected_asset_ids)).toBeLessThanOrEqual(cap * (1 + 1e-9));
          let best = 0;
          for (let mask = 0; mask < 1 << rents.length; mask += 1) {
            let rent = 0;
            rents.forEach((value, index) => {
              if (mask & (1 << index)) rent += value;
            });
            if (rent <= cap) best = Math.max(best, rent);
          }
          const capacity = await maxProceeds(portfolio, WORKED_EXAMPLE_CORPORATE, spec);
          expect(capacity.max_proceeds).toBeCloseTo(best * CASH_PER_RENT, 6);
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  }, 60_000);
});
