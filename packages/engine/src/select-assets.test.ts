import { ProgramOutcomeSchema, type ProgramOutcome } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { DuplicateAssetIdError } from './engine-errors.js';
import { selectAssets } from './select-assets.js';
import { WORKED_EXAMPLE_CORPORATE, collectNumbers, makeAsset, makeSpec } from './__fixtures__/builders.js';

// Throughout: the worked example's corporate state (EBITDA 100, ND 300, I 18, R0 5,
// cost of debt 0.06, u 1, selling cost 2 %, k 8). At cap rate 0.07 an asset's
// cash is 14 x its rent; at cap rate 0.5 it is 1.96 x its rent, a sale that
// raises leverage because it repays less debt than the EBITDA it gives up.

const assetA = makeAsset('A', { market_rent: 4.2, criticality: 0.2 }); // cash 58.8

function check(outcome: ProgramOutcome, name: string) {
  const found = outcome.constraint_checks.find((constraintCheck) => constraintCheck.name === name);
  if (found === undefined) throw new Error(`no check ${name}`);
  return found;
}

function expectValidWire(outcome: ProgramOutcome): void {
  expect(ProgramOutcomeSchema.safeParse(outcome).success).toBe(true);
  expect(collectNumbers(outcome).every(Number.isFinite)).toBe(true);
  expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity/);
}

describe('selectAssets (greedy): the worked example', () => {
  it('selects A and reports the doc figures before and after', () => {
    const outcome = selectAssets([assetA], WORKED_EXAMPLE_CORPORATE, makeSpec({ target_amount: 50 }));
    expect(outcome.status).toBe('ok');
    expect(outcome.strategy).toBe('greedy');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    expect(outcome.proceeds).toBeCloseTo(58.8, 9);
    expect(outcome.shortfall).toBe(0);
    expect(outcome.metrics_before?.net_leverage).toBeCloseTo(3, 9);
    expect(outcome.metrics_after?.net_leverage).toBeCloseTo(241.2 / 95.8, 9);
    expect(outcome.metrics_after?.fixed_charge_coverage).toBeCloseTo(105 / 23.672, 9);
    expect(outcome.metrics_after?.lease_adjusted_leverage).toBeCloseTo(314.8 / 105, 9);
    expect(outcome.constraint_checks.map((constraintCheck) => constraintCheck.name)).toEqual([
      'max_net_leverage',
      'min_fixed_charge_coverage',
    ]);
    expect(outcome.reasons).toEqual([]);
    const selectedNode = outcome.explanation_nodes.find((node) => node.kind === 'asset_selected');
    expect(selectedNode?.message).toContain('$58.8');
    expect(selectedNode?.values['running_total']).toBeCloseTo(58.8, 9);
    expectValidWire(outcome);
  });
});

describe('selectAssets (greedy): ranking and stopping', () => {
  it('ranks by criticality asc, leaseability desc, cash desc, id asc and stops at the target', () => {
    const assets = [
      makeAsset('e', { criticality: 0.1, leaseability: 0.5, market_rent: 1 }), // 14
      makeAsset('d', { criticality: 0.1, leaseability: 0.5, market_rent: 1 }), // 14, same key but id
      makeAsset('c', { criticality: 0.1, leaseability: 0.5, market_rent: 2 }), // 28
      makeAsset('b', { criticality: 0.1, leaseability: 0.9, market_rent: 0.5 }), // 7
      makeAsset('a', { criticality: 0.3, leaseability: 1, market_rent: 3 }), // 42
      makeAsset('Z', { criticality: 0.0, leaseability: 0, market_rent: 0.5 }), // 7 (upper case sorts first anyway)
    ];
    // Rank: Z, b, c, d, e, a. Running cash: 7, 14, 42, 56 -> stops at d for a target of 50.
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, makeSpec({ target_amount: 50 }));
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['Z', 'b', 'c', 'd']);
    expect(outcome.proceeds).toBeCloseTo(56, 9);
    const notNeeded = outcome.explanation_nodes.filter((node) => node.kind === 'asset_not_needed');
    expect(notNeeded).toHaveLength(1);
    expect(notNeeded[0]?.values['count']).toBe(2);
    const targetMet = outcome.explanation_nodes.find((node) => node.kind === 'target_met');
    expect(targetMet?.values['overshoot']).toBeCloseTo(6, 9);
  });

  it('compares ids by code units, not locale (upper case before lower case)', () => {
    const assets = [makeAsset('b', { market_rent: 1 }), makeAsset('B', { market_rent: 1 })];
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, makeSpec({ target_amount: 10 }));
    expect(outcome.selected_asset_ids).toEqual(['B']);
  });
});

describe('selectAssets (greedy): each covenant binding', () => {
  it('net leverage: rejects a sale that would take leverage above the limit', () => {
    // X: rent 10 at cap 0.5 -> cash 19.6; leverage (300 - 19.6) / 90 = 3.1156 > 3.1.
    const assetX = makeAsset('X', { market_rent: 10, cap_rate: 0.5, criticality: 0.1 });
    const spec = makeSpec({ target_amount: 50, hard_constraints: { max_net_leverage: 3.1, min_fixed_charge_coverage: 1 } });
    const outcome = selectAssets([assetX, assetA], WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    const rejected = outcome.explanation_nodes.find((node) => node.kind === 'asset_rejected');
    expect(rejected?.asset_id).toBe('X');
    expect(rejected?.constraint).toBe('max_net_leverage');
    expect(rejected?.values['value']).toBeCloseTo(280.4 / 90, 9);
    expect(rejected?.message).toContain('3.12x');
    expect(check(outcome, 'max_net_leverage').binding).toBe(true);
    expect(check(outcome, 'min_fixed_charge_coverage').binding).toBe(false);
    expect(outcome.explanation_nodes.some((node) => node.kind === 'covenant_binding' && node.constraint === 'max_net_leverage')).toBe(true);
  });

  it('fixed-charge coverage: rejects a sale that would take coverage below the limit', () => {
    // Y: rent 20 at cap 0.5 -> cash 39.2; I' = 18 - 0.06 x 39.2 = 15.648; FCCR 105 / 40.648 = 2.583 < 3.
    const assetY = makeAsset('Y', { market_rent: 20, cap_rate: 0.5, criticality: 0.1 });
    const spec = makeSpec({ target_amount: 50, hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 3 } });
    const outcome = selectAssets([assetY, assetA], WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    const rejected = outcome.explanation_nodes.find((node) => node.kind === 'asset_rejected');
    expect(rejected?.constraint).toBe('min_fixed_charge_coverage');
    expect(rejected?.values['value']).toBeCloseTo(105 / 40.648, 9);
    expect(check(outcome, 'min_fixed_charge_coverage').binding).toBe(true);
    expect(check(outcome, 'max_net_leverage').binding).toBe(false);
  });

  it('lease-adjusted leverage: rejects a sale that would take it above the limit', () => {
    // Z: rent 2 at cap 0.5 -> gross 3.92; LA (300 - 3.92 + 8 x 7) / 105 = 3.3531 > 3.3.
    const assetZ = makeAsset('Z', { market_rent: 2, cap_rate: 0.5, criticality: 0.1 });
    const spec = makeSpec({
      target_amount: 50,
      hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1, max_lease_adjusted_leverage: 3.3 },
    });
    const outcome = selectAssets([assetZ, assetA], WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    const rejected = outcome.explanation_nodes.find((node) => node.kind === 'asset_rejected');
    expect(rejected?.constraint).toBe('max_lease_adjusted_leverage');
    expect(rejected?.values['value']).toBeCloseTo(352.08 / 105, 9);
    const leaseAdjusted = check(outcome, 'max_lease_adjusted_leverage');
    expect(leaseAdjusted.binding).toBe(true);
    expect(leaseAdjusted.before).toBeCloseTo(340 / 105, 9);
    expect(leaseAdjusted.after).toBeCloseTo(314.8 / 105, 9);
    expect(leaseAdjusted.passed).toBe(true);
  });

  it('market share: caps each market at share x target, comparing markets case-insensitively', () => {
    // Target 100, share 0.5 -> 50 per market. D1 42 ok; D2 (" dallas ") would make Dallas 56: rejected;
    // H1 42 ok (84 total); H2 would make Houston 70: rejected. Short by 16.
    const assets = [
      makeAsset('D1', { market: 'Dallas', market_rent: 3, criticality: 0.1 }),
      makeAsset('D2', { market: ' dallas ', market_rent: 1, criticality: 0.2 }),
      makeAsset('H1', { market: 'Houston', market_rent: 3, criticality: 0.3 }),
      makeAsset('H2', { market: 'HOUSTON', market_rent: 2, criticality: 0.4 }),
    ];
    const spec = makeSpec({
      target_amount: 100,
      hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1, max_market_share: 0.5 },
    });
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('infeasible');
    expect(outcome.selected_asset_ids).toEqual(['D1', 'H1']);
    expect(outcome.proceeds).toBeCloseTo(84, 9);
    expect(outcome.shortfall).toBeCloseTo(16, 9);
    const rejected = outcome.explanation_nodes.filter((node) => node.kind === 'asset_rejected');
    expect(rejected.map((node) => [node.asset_id, node.constraint])).toEqual([
      ['D2', 'max_market_share'],
      ['H2', 'max_market_share'],
    ]);
    expect(rejected[0]?.values['value']).toBeCloseTo(0.56, 9);
    const share = check(outcome, 'max_market_share');
    expect(share).toMatchObject({ limit: 0.5, before: 0, passed: true, binding: true });
    expect(share.after).toBeCloseTo(0.42, 9);
    expect(outcome.reasons.map((reason) => reason.code)).toEqual(['target_shortfall', 'covenant_binding']);
    expect(outcome.reasons[0]?.amount).toBeCloseTo(16, 9);
    expect(outcome.reasons[1]).toMatchObject({ constraint: 'max_market_share', amount: 2 });
    expect(outcome.explanation_nodes.at(-1)?.kind).toBe('target_shortfall');
  });

  it('market share: a cap met exactly holds', () => {
    // Target 84, share 0.5 -> cap 42: D1 alone provides exactly 42 from Dallas.
    const assets = [
      makeAsset('D1', { market: 'Dallas', market_rent: 3, criticality: 0.1 }),
      makeAsset('H1', { market: 'Houston', market_rent: 3, criticality: 0.3 }),
    ];
    const spec = makeSpec({
      target_amount: 84,
      hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1, max_market_share: 0.5 },
    });
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['D1', 'H1']);
  });

  it('rejects a sale whose rent would bring EBITDA to zero or below', () => {
    const rentHeavy = makeAsset('R', { market_rent: 100, criticality: 0 }); // EBITDA' = 0
    const outcome = selectAssets([rentHeavy, assetA], WORKED_EXAMPLE_CORPORATE, makeSpec({ target_amount: 50 }));
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    const rejected = outcome.explanation_nodes.find((node) => node.kind === 'asset_rejected');
    expect(rejected?.asset_id).toBe('R');
    expect(rejected?.constraint).toBeNull();
    expect(rejected?.values['value']).toBe(0);
    expect(rejected?.message).toMatch(/EBITDA/);
    expectValidWire(outcome);
  });

  it('holds a covenant met exactly, up to the relative tolerance', () => {
    // The limit sits 1e-12 (relative) below A's true leverage after the sale:
    // within the default tolerance of 1e-9, outside a tolerance of 0.
    const limit = (241.2 / 95.8) * (1 - 1e-12);
    const spec = makeSpec({ target_amount: 50, hard_constraints: { max_net_leverage: limit, min_fixed_charge_coverage: 1 } });
    expect(selectAssets([assetA], WORKED_EXAMPLE_CORPORATE, spec).status).toBe('ok');
    expect(selectAssets([assetA], WORKED_EXAMPLE_CORPORATE, spec, { relative_tolerance: 0 }).status).toBe('infeasible');
  });
});

describe('selectAssets (greedy): a baseline that already violates a covenant', () => {
  const corporate = { ...WORKED_EXAMPLE_CORPORATE, net_debt: 380 }; // leverage 3.8 > 3.5
  const spec = makeSpec({ target_amount: 50, hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1 } });

  it('accepts only sales that do not make it worse, and is ok once the covenant holds', () => {
    // W: rent 10 at cap 0.5 -> (380 - 19.6) / 90 = 4.0044, worse: rejected.
    // A: (380 - 58.8) / 95.8 = 3.3528: better, and within 3.5.
    const assetW = makeAsset('W', { market_rent: 10, cap_rate: 0.5, criticality: 0.1 });
    const outcome = selectAssets([assetW, assetA], corporate, spec);
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    const rejected = outcome.explanation_nodes.find((node) => node.kind === 'asset_rejected');
    expect(rejected?.asset_id).toBe('W');
    expect(rejected?.values['value']).toBeCloseTo(360.4 / 90, 9);
    expect(rejected?.message).toMatch(/already in breach/);
    const baselineNode = outcome.explanation_nodes.find((node) => node.kind === 'covenant_violated_at_baseline');
    expect(baselineNode?.constraint).toBe('max_net_leverage');
    expect(baselineNode?.values['before']).toBeCloseTo(3.8, 9);
    expect(check(outcome, 'max_net_leverage')).toMatchObject({ passed: true });
  });

  it('is infeasible when the target is met but the covenant is still broken', () => {
    // B: rent 1 -> cash 14; (380 - 14) / 99 = 3.697: better but still above 3.5.
    const assetB = makeAsset('B', { market_rent: 1 });
    const outcome = selectAssets([assetB], corporate, makeSpec({ ...spec, target_amount: 10 }));
    expect(outcome.status).toBe('infeasible');
    expect(outcome.selected_asset_ids).toEqual(['B']);
    expect(outcome.shortfall).toBe(0);
    expect(check(outcome, 'max_net_leverage').after).toBeCloseTo(366 / 99, 9);
    expect(check(outcome, 'max_net_leverage').passed).toBe(false);
    const reason = outcome.reasons.find((entry) => entry.code === 'covenant_violated_at_baseline');
    expect(reason).toMatchObject({ constraint: 'max_net_leverage' });
    expect(reason?.amount).toBeCloseTo(3.8, 9);
  });
});

describe('selectAssets (greedy): eligibility', () => {
  it('reports the first failed filter in the documented order, sorted by asset id', () => {
    const assets = [
      makeAsset('k-ok', { market_rent: 5 }),
      // excluded by id although it also fails the type filter
      makeAsset('j-id', { asset_type: 'office' }),
      makeAsset('i-type', { asset_type: 'office', criticality: 0.99 }),
      makeAsset('h-include', { market: 'Boston', criticality: 0.99 }),
      makeAsset('g-exclude', { market: '  HOUSTON ', criticality: 0.99 }),
      makeAsset('f-crit', { criticality: 0.95, leaseability: 0 }),
      makeAsset('e-lease', { leaseability: 0.1 }),
      makeAsset('d-under', { market_rent: 1, mortgage_balance: 14 }), // cash exactly 0
    ];
    const spec = makeSpec({
      target_amount: 50,
      asset_filters: {
        exclude_asset_ids: ['j-id'],
        asset_types: ['warehouse'],
        include_markets: [' dallas', 'houston '],
        exclude_markets: ['Houston'],
        max_criticality: 0.9,
        min_leaseability: 0.2,
      },
    });
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.excluded_assets.map((excluded) => [excluded.asset_id, excluded.reason])).toEqual([
      ['d-under', 'underwater'],
      ['e-lease', 'leaseability'],
      ['f-crit', 'criticality'],
      ['g-exclude', 'market_excluded'],
      ['h-include', 'market_not_included'],
      ['i-type', 'asset_type'],
      ['j-id', 'excluded_asset_id'],
    ]);
    expect(outcome.excluded_assets.find((excluded) => excluded.asset_id === 'f-crit')?.detail).toBe(
      'criticality 0.95 is above the maximum 0.90',
    );
    expect(outcome.excluded_assets.find((excluded) => excluded.asset_id === 'e-lease')?.detail).toBe(
      'leaseability 0.10 is below the minimum 0.20',
    );
    expect(outcome.selected_asset_ids).toEqual(['k-ok']);
    expect(outcome.status).toBe('ok');
    const summary = outcome.explanation_nodes.find((node) => node.kind === 'asset_excluded');
    expect(summary?.values['count']).toBe(7);
  });

  it('keeps an asset exactly at the criticality maximum or the leaseability minimum', () => {
    const asset = makeAsset('edge', { criticality: 0.7, leaseability: 0.3, market_rent: 5 });
    const spec = makeSpec({ asset_filters: { max_criticality: 0.7, min_leaseability: 0.3 } });
    expect(selectAssets([asset], WORKED_EXAMPLE_CORPORATE, spec).excluded_assets).toEqual([]);
  });

  it('excludes underwater assets and says so with the numbers', () => {
    // price 100, gross 98, mortgage 120: cash -22.
    const underwater = makeAsset('U', { market_rent: 7, mortgage_balance: 120 });
    const outcome = selectAssets([underwater], WORKED_EXAMPLE_CORPORATE, makeSpec());
    expect(outcome.status).toBe('infeasible');
    expect(outcome.excluded_assets).toEqual([
      { asset_id: 'U', reason: 'underwater', detail: 'underwater: cash would be -$22 (sale net of costs $98 less mortgage $120)' },
    ]);
    expect(outcome.reasons.map((reason) => reason.code)).toEqual(['no_eligible_assets', 'target_shortfall', 'assets_filtered']);
    expectValidWire(outcome);
  });
});

describe('selectAssets (greedy): unbounded and uncomputable figures', () => {
  it('reports unbounded coverage as null with a note when there are no fixed charges', () => {
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, net_debt: 0, interest_expense: 0, rent_expense: 0 };
    const outcome = selectAssets([assetA], corporate, makeSpec({ target_amount: 50 }));
    expect(outcome.status).toBe('ok');
    const coverage = check(outcome, 'min_fixed_charge_coverage');
    expect(coverage.before).toBeNull();
    expect(coverage.note).toMatch(/unbounded/);
    expect(coverage.after).toBeCloseTo(100 / 4.2, 9);
    expect(outcome.metrics_before?.fixed_charge_coverage).toBeNull();
    expectValidWire(outcome);
  });

  it('handles negative net debt (a net cash position)', () => {
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, net_debt: -50, interest_expense: 0, cost_of_debt: 0 };
    const outcome = selectAssets([assetA], corporate, makeSpec({ target_amount: 50 }));
    expect(outcome.status).toBe('ok');
    expect(outcome.metrics_after?.net_leverage).toBeCloseTo(-108.8 / 95.8, 9);
    expect(check(outcome, 'max_net_leverage').before).toBeCloseTo(-0.5, 9);
  });

  it('gives numeric_error naming the asset whose price overflows, never throwing', () => {
    const assets = [
      makeAsset('H2', { market_rent: 1e308, cap_rate: 0.001 }),
      makeAsset('H1', { market_rent: 1e308, cap_rate: 0.01 }),
      assetA,
    ];
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, makeSpec());
    expect(outcome.status).toBe('numeric_error');
    expect(outcome.reasons).toHaveLength(1);
    expect(outcome.reasons[0]?.code).toBe('numeric_error');
    expect(outcome.reasons[0]?.message).toContain('price of asset H1');
    expect(outcome.metrics_after).toBeNull();
    expectValidWire(outcome);
  });

  it('gives numeric_error when a baseline quantity overflows', () => {
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, ebitda: 1.5e308, rent_expense: 1.5e308 };
    const outcome = selectAssets([assetA], corporate, makeSpec());
    expect(outcome.status).toBe('numeric_error');
    expect(outcome.reasons[0]?.message).toContain('EBITDAR');
    expect(outcome.metrics_before).toBeNull();
    expectValidWire(outcome);
  });

  it('gives numeric_error when running sums overflow during the walk', () => {
    // Each asset: price 1e308, cash 9.8e307; the second pushes proceeds past the largest double.
    const assets = [makeAsset('S1', { market_rent: 1e306, cap_rate: 0.01 }), makeAsset('S2', { market_rent: 1e306, cap_rate: 0.01 })];
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, ebitda: 1e308, net_debt: 1e308 };
    const spec = makeSpec({ target_amount: 1.7e308, hard_constraints: { max_net_leverage: 10, min_fixed_charge_coverage: 1e-9 } });
    const outcome = selectAssets(assets, corporate, spec);
    expect(outcome.status).toBe('numeric_error');
    expect(outcome.reasons[0]?.message).toMatch(/after adding asset S2/);
    expectValidWire(outcome);
  });

  it('refuses duplicate asset ids', () => {
    expect(() => selectAssets([assetA, assetA], WORKED_EXAMPLE_CORPORATE, makeSpec())).toThrow(DuplicateAssetIdError);
  });
});
