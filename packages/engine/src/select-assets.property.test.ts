import {
  ASSET_TYPES,
  ProgramOutcomeSchema,
  type Asset,
  type CorporateState,
  type ProgramMetrics,
  type SelectorSpec,
} from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.js';
import { selectAssets } from './select-assets.js';
import { collectNumbers } from './__fixtures__/builders.js';

const TOLERANCE = 1e-9;
const MARKETS = ['Dallas', ' dallas', 'Atlanta', 'Chicago', 'CHICAGO ', 'Reno'];

/**
 * A uniform draw of `integer / divisor` in [low, high] / divisor. Unlike `fc.double`,
 * whose draws cluster at the bounds, this spreads values evenly, so ratios land
 * near their limits often enough.
 */
const scaled = (low: number, high: number, divisor: number): fc.Arbitrary<number> =>
  fc.integer({ min: low, max: high }).map((value) => value / divisor);

const assetArbitrary = (assetId: string): fc.Arbitrary<Asset> =>
  fc.record({
    asset_id: fc.constant(assetId),
    name: fc.constant(`Site ${assetId}`),
    asset_type: fc.constantFrom(...ASSET_TYPES),
    market: fc.constantFrom(...MARKETS),
    market_rent: scaled(1, 200, 10),
    cap_rate: scaled(30, 600, 1000),
    book_value: fc.double({ min: 0, max: 200, noNaN: true }),
    criticality: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    leaseability: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    mortgage_balance: fc.oneof(fc.constant(0), scaled(0, 1500, 10)),
  });

const assetsArbitrary: fc.Arbitrary<Asset[]> = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 25 })
  .chain((ids) => fc.tuple(...ids.map((assetId) => assetArbitrary(assetId))));

const corporateArbitrary: fc.Arbitrary<CorporateState> = fc.record({
  ebitda: scaled(200, 2000, 10),
  net_debt: scaled(-1000, 5000, 10),
  interest_expense: fc.oneof(fc.constant(0), scaled(0, 600, 10)),
  rent_expense: fc.oneof(fc.constant(0), scaled(0, 300, 10)),
  debt_paydown_share: fc.double({ min: 0, max: 1, noNaN: true }),
  transaction_cost_rate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  lease_adjustment_multiple: fc.constantFrom(0, 6, 8),
});

const specArbitrary: fc.Arbitrary<SelectorSpec> = fc.record({
  program_type: fc.constant('slb' as const),
  target_amount: fc.double({ min: 1, max: 250, noNaN: true }),
  hard_constraints: fc.record(
    {
      max_net_leverage: fc.double({ min: 0.5, max: 12, noNaN: true }),
      min_fixed_charge_coverage: fc.double({ min: 0.3, max: 4, noNaN: true }),
      max_lease_adjusted_leverage: fc.double({ min: 1, max: 8, noNaN: true }),
      max_market_share: fc.double({ min: 0.1, max: 1, noNaN: true }),
    },
    { requiredKeys: ['max_net_leverage', 'min_fixed_charge_coverage'] },
  ),
  asset_filters: fc.oneof({ arbitrary: fc.constant({}), weight: 2 }, { arbitrary: filtersArbitrary(), weight: 1 }),
  strategy: fc.constant('greedy' as const),
});

function filtersArbitrary(): fc.Arbitrary<SelectorSpec['asset_filters']> {
  return fc.record(
    {
      max_criticality: fc.double({ min: 0, max: 1, noNaN: true }),
      min_leaseability: fc.double({ min: 0, max: 1, noNaN: true }),
      asset_types: fc.uniqueArray(fc.constantFrom(...ASSET_TYPES), { minLength: 1, maxLength: 5 }),
      include_markets: fc.uniqueArray(fc.constantFrom('dallas', 'Atlanta ', 'reno'), { minLength: 1 }),
      exclude_markets: fc.uniqueArray(fc.constantFrom('Chicago', 'ATLANTA'), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
}

/**
 * Half the instances put one covenant near its baseline value and relax the
 * others, so that sales cross that limit often and the rules on crossing a
 * limit (and on not worsening a broken covenant) are exercised.
 */
const instanceArbitrary = fc
  .record({
    assets: assetsArbitrary,
    corporate: corporateArbitrary,
    spec: specArbitrary,
    focus: fc.constantFrom('none', 'max_net_leverage', 'min_fixed_charge_coverage', 'max_lease_adjusted_leverage'),
    factor: fc.double({ min: 0.97, max: 1.06, noNaN: true }),
  })
  .map(({ assets, corporate, spec, focus, factor }) => {
    if (focus === 'none') return { assets, corporate, spec };
    const ebitdar = corporate.ebitda + corporate.rent_expense;
    const fixedCharges = corporate.interest_expense + corporate.rent_expense;
    const baseline = {
      max_net_leverage: corporate.net_debt / corporate.ebitda,
      min_fixed_charge_coverage: fixedCharges > 0 ? ebitdar / fixedCharges : 3,
      max_lease_adjusted_leverage: (corporate.net_debt + (corporate.lease_adjustment_multiple ?? 8) * corporate.rent_expense) / ebitdar,
    }[focus];
    const near = Math.min(50, Math.max(0.1, focus.startsWith('min_') ? baseline / factor : Math.abs(baseline) * factor));
    const hardConstraints: SelectorSpec['hard_constraints'] = {
      max_net_leverage: 1000,
      min_fixed_charge_coverage: 0.001,
      max_lease_adjusted_leverage: 1000,
      [focus]: near,
    };
    // High cap rates and larger rents make single sales move the ratios by more
    // than the headroom (a sale at a high cap rate repays less debt than the EBITDA it costs).
    const moving = assets.map((asset) => ({ ...asset, cap_rate: Math.max(asset.cap_rate, 0.2), market_rent: asset.market_rent * 3 }));
    // A larger target makes the walk long enough to meet the limit.
    return {
      assets: moving,
      corporate,
      spec: { ...spec, target_amount: spec.target_amount * 4, asset_filters: {}, hard_constraints: hardConstraints },
    };
  });

describe('selectAssets (greedy): properties', () => {
  it('is deterministic and independent of the order of assets, byte for byte', () => {
    fc.assert(
      fc.property(
        instanceArbitrary.chain((instance) =>
          fc.tuple(fc.constant(instance), fc.shuffledSubarray(instance.assets, { minLength: instance.assets.length })),
        ),
        ([{ assets, corporate, spec }, shuffled]) => {
          const first = JSON.stringify(selectAssets(assets, corporate, spec));
          expect(JSON.stringify(selectAssets(assets, corporate, spec))).toBe(first);
          expect(JSON.stringify(selectAssets(shuffled, corporate, spec))).toBe(first);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('emits a valid wire outcome with no NaN or Infinity anywhere', () => {
    fc.assert(
      fc.property(instanceArbitrary, ({ assets, corporate, spec }) => {
        const outcome = selectAssets(assets, corporate, spec);
        expect(ProgramOutcomeSchema.safeParse(outcome).success).toBe(true);
        expect(collectNumbers(outcome).every(Number.isFinite)).toBe(true);
        expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it('every ok outcome, re-checked with computeMetrics, meets the target and every covenant', () => {
    let okCount = 0;
    fc.assert(
      fc.property(instanceArbitrary, ({ assets, corporate, spec }) => {
        const outcome = selectAssets(assets, corporate, spec);
        if (outcome.status !== 'ok') return;
        okCount += 1;
        const metrics = computeMetrics(assets, corporate, outcome.selected_asset_ids);
        const limits = spec.hard_constraints;
        expect(outcome.proceeds).toBeGreaterThanOrEqual(spec.target_amount * (1 - TOLERANCE));
        expect(metrics.ebitda).toBeGreaterThan(0);
        expect(metrics.net_leverage).not.toBeNull();
        expect(metrics.net_leverage as number).toBeLessThanOrEqual(limits.max_net_leverage * (1 + TOLERANCE));
        if (metrics.fixed_charge_coverage !== null) {
          expect(metrics.fixed_charge_coverage).toBeGreaterThanOrEqual(limits.min_fixed_charge_coverage * (1 - TOLERANCE));
        }
        if (limits.max_lease_adjusted_leverage !== undefined) {
          expect(metrics.lease_adjusted_leverage as number).toBeLessThanOrEqual(limits.max_lease_adjusted_leverage * (1 + TOLERANCE));
        }
        // Proceeds and the market-share cap, recomputed from the assets directly.
        const byId = new Map(assets.map((asset) => [asset.asset_id, asset]));
        const cashByMarket = new Map<string, number>();
        let proceeds = 0;
        for (const assetId of outcome.selected_asset_ids) {
          const asset = byId.get(assetId) as Asset;
          const cash = (asset.market_rent / asset.cap_rate) * (1 - (corporate.transaction_cost_rate ?? 0.02)) - asset.mortgage_balance;
          expect(cash).toBeGreaterThan(0);
          proceeds += cash;
          const market = asset.market.trim().toLowerCase();
          cashByMarket.set(market, (cashByMarket.get(market) ?? 0) + cash);
        }
        expect(proceeds).toBeCloseTo(outcome.proceeds, 6);
        if (limits.max_market_share !== undefined) {
          for (const cash of cashByMarket.values()) {
            expect(cash).toBeLessThanOrEqual(limits.max_market_share * spec.target_amount * (1 + TOLERANCE));
          }
        }
      }),
      { numRuns: 500 },
    );
    // The generator must exercise the property, not pass vacuously.
    expect(okCount).toBeGreaterThan(40);
  });

  it('each accepted sale keeps held covenants held and makes no broken covenant worse (re-checked with computeMetrics)', () => {
    fc.assert(
      fc.property(instanceArbitrary, ({ assets, corporate, spec }) => {
        const outcome = selectAssets(assets, corporate, spec);
        if (outcome.status === 'numeric_error') return;
        const limits = spec.hard_constraints;
        const covenants: Array<{ value: (metrics: ProgramMetrics) => number; limit: number; direction: 1 | -1 }> = [
          { value: (metrics) => metrics.net_leverage as number, limit: limits.max_net_leverage, direction: 1 },
          {
            value: (metrics) => metrics.fixed_charge_coverage ?? Number.POSITIVE_INFINITY,
            limit: limits.min_fixed_charge_coverage,
            direction: -1,
          },
        ];
        if (limits.max_lease_adjusted_leverage !== undefined) {
          covenants.push({
            value: (metrics) => metrics.lease_adjusted_leverage as number,
            limit: limits.max_lease_adjusted_leverage,
            direction: 1,
          });
        }
        // direction 1: a maximum (value x 1 must stay <= limit); -1: a minimum.
        const holds = (value: number, limit: number, direction: 1 | -1) =>
          direction === 1 ? value <= limit * (1 + TOLERANCE) : value >= limit * (1 - TOLERANCE);
        let previous = computeMetrics(assets, corporate, []);
        for (let count = 1; count <= outcome.selected_asset_ids.length; count += 1) {
          const current = computeMetrics(assets, corporate, outcome.selected_asset_ids.slice(0, count));
          expect(current.ebitda).toBeGreaterThan(0);
          for (const covenant of covenants) {
            const before = covenant.value(previous);
            const after = covenant.value(current);
            if (holds(before, covenant.limit, covenant.direction)) expect(holds(after, covenant.limit, covenant.direction)).toBe(true);
            else if (covenant.direction === 1) expect(after).toBeLessThanOrEqual(before + TOLERANCE * Math.abs(before));
            else expect(after).toBeGreaterThanOrEqual(before - TOLERANCE * Math.abs(before));
          }
          previous = current;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never selects an excluded asset, and every asset is either eligible or excluded once', () => {
    fc.assert(
      fc.property(instanceArbitrary, ({ assets, corporate, spec }) => {
        const outcome = selectAssets(assets, corporate, spec);
        if (outcome.status === 'numeric_error') return;
        const excludedIds = new Set(outcome.excluded_assets.map((excluded) => excluded.asset_id));
        expect(excludedIds.size).toBe(outcome.excluded_assets.length);
        for (const assetId of outcome.selected_asset_ids) expect(excludedIds.has(assetId)).toBe(false);
        const mentioned = new Set(
          outcome.explanation_nodes.filter((node) => node.asset_id !== null).map((node) => node.asset_id as string),
        );
        for (const assetId of mentioned) expect(excludedIds.has(assetId)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
