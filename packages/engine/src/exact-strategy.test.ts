import { ProgramOutcomeSchema, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.js';
import { isExactSolverLoaded, loadExactSolver } from './exact-solver.js';
import { maxProceeds, selectAssets, selectAssetsAsync } from './select-assets.js';
import { WORKED_EXAMPLE_CORPORATE, collectNumbers, makeAsset, makeSpec } from './__fixtures__/builders.js';
import { createRandom, generatePortfolio, shuffle } from './__fixtures__/portfolio-generator.js';

// Worked-example corporate state throughout (EBITDA 100, ND 300, I 18, R0 5, cost of debt 0.06, u 1).
// At cap rate 0.07 an asset's cash is 14 x its rent.

function exact(overrides: Partial<SelectorSpec> = {}): SelectorSpec {
  return makeSpec({ ...overrides, strategy: 'exact' });
}

/** The whole outcome as text: exact outcomes carry no timing, so equal inputs give equal text. */
function withoutTiming(outcome: ProgramOutcome): string {
  return JSON.stringify(outcome);
}

beforeAll(async () => {
  await loadExactSolver();
});

describe('selectAssets (exact)', () => {
  it('loads the solver once and reports it loaded', async () => {
    expect(isExactSolverLoaded()).toBe(true);
    await loadExactSolver(); // a second call is a no-op
    expect(isExactSolverLoaded()).toBe(true);
  });

  it('reproduces the worked example with a proven optimum and the same outcome shape as greedy', async () => {
    const assetA = makeAsset('A', { market_rent: 4.2 });
    const outcome = await selectAssetsAsync([assetA], WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 50 }));
    expect(outcome.status).toBe('ok');
    expect(outcome.strategy).toBe('exact');
    expect(outcome.selected_asset_ids).toEqual(['A']);
    expect(outcome.metrics_after?.net_leverage).toBeCloseTo(241.2 / 95.8, 9);
    expect(outcome.solver).toMatchObject({ proven_optimal: true, time_limited: false });
    expect(ProgramOutcomeSchema.safeParse(outcome).success).toBe(true);
    const kinds = outcome.explanation_nodes.map((node) => node.kind);
    expect(kinds).toEqual(['asset_selected', 'cheapest_capital', 'dearer_than_debt', 'target_met', 'optimality']);
  });

  it('rescues a program greedy declares infeasible', () => {
    // P (rank 1): cash 42, rent 11.9. Q and W: cash 30, rent 6 each. Coverage covenant 3x:
    // P alone 105 / (15.48 + 5 + 11.9) = 3.24 ok; P + Q: 105 / (13.68 + 5 + 17.9) = 2.87 breaks;
    // Q + W: 105 / (14.4 + 5 + 12) = 3.34 ok and raises exactly the 60 target.
    const assets = [
      makeAsset('P', { market_rent: 11.9, cap_rate: (11.9 * 0.98) / 42, criticality: 0.1 }),
      makeAsset('Q', { market_rent: 6, cap_rate: (6 * 0.98) / 30, criticality: 0.3 }),
      makeAsset('W', { market_rent: 6, cap_rate: (6 * 0.98) / 30, criticality: 0.4 }),
    ];
    const spec = { target_amount: 60, hard_constraints: { max_net_leverage: 10, min_fixed_charge_coverage: 3 } };
    const greedy = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, makeSpec(spec));
    expect(greedy.status).toBe('infeasible');
    expect(greedy.selected_asset_ids).toEqual(['P']);
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, exact(spec));
    expect(outcome.status).toBe('ok');
    expect(outcome.selected_asset_ids).toEqual(['Q', 'W']);
    expect(outcome.proceeds).toBeCloseTo(60, 9);
    expect(outcome.metrics_after?.fixed_charge_coverage).toBeCloseTo(105 / 31.4, 9);
    expect(outcome.solver?.proven_optimal).toBe(true);
  });

  it('sells no more than needed: the smallest proceeds above the target, not the first in rank', () => {
    // Cash 70, 42, 28, 14 (rents 5, 3, 2, 1); target 55: greedy takes 70; exact finds 42 + 14 = 56.
    const assets = [
      makeAsset('big', { market_rent: 5, criticality: 0 }),
      makeAsset('m42', { market_rent: 3, criticality: 0.5 }),
      makeAsset('m28', { market_rent: 2, criticality: 0.5 }),
      makeAsset('m14', { market_rent: 1, criticality: 0.5 }),
    ];
    expect(selectAssets(assets, WORKED_EXAMPLE_CORPORATE, makeSpec({ target_amount: 55 })).proceeds).toBeCloseTo(70, 9);
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 55 }));
    expect([...outcome.selected_asset_ids].sort()).toEqual(['m14', 'm42']);
    expect(outcome.proceeds).toBeCloseTo(56, 9);
    const notNeeded = outcome.explanation_nodes.find((node) => node.kind === 'asset_not_needed');
    expect(notNeeded?.values['count']).toBe(2);
  });

  it('breaks ties in proceeds by total criticality, then by the smallest sorted ids', () => {
    // {A1} and {B1, B2} both raise 42.
    const tied = (criticalityA: number) => [
      makeAsset('A1', { market_rent: 3, criticality: criticalityA }),
      makeAsset('B1', { market_rent: 1, criticality: 0.1 }),
      makeAsset('B2', { market_rent: 2, criticality: 0.1 }),
    ];
    const byCriticality = selectAssets(tied(0.5), WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 42 }));
    expect([...byCriticality.selected_asset_ids].sort()).toEqual(['B1', 'B2']);
    // Equal criticality (0.2 each way): ['A1'] sorts before ['B1', 'B2'].
    const byIds = selectAssets(tied(0.2), WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 42 }));
    expect(byIds.selected_asset_ids).toEqual(['A1']);
    const optimality = byIds.explanation_nodes.find((node) => node.kind === 'optimality');
    expect(optimality?.values['tie_break']).toBe('proven');
    expect(optimality?.message).toContain('ties on proceeds were broken by total criticality, then asset ids');
    // Under the cost objective the first tie-break is smaller proceeds, and the message says so.
    const byCost = selectAssets(tied(0.2), WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 42, objective: 'min_npv_cost' }));
    const costOptimality = byCost.explanation_nodes.find((node) => node.kind === 'optimality');
    expect(costOptimality?.message).toContain('ties on NPV cost were broken by smaller proceeds, then total criticality');
    expect(costOptimality?.message).not.toContain('ties on proceeds');
  });

  it('prefers the least critical, then the smallest ids, among identical sites, even without solving ties', () => {
    const identical = (criticalities: number[]) =>
      criticalities.map((criticality, index) => makeAsset(`S${index}`, { market_rent: 1, criticality }));
    for (const config of [
      {},
      { exact: { tie_break_max_assets: 0 } },
      { exact: { tie_break_max_assets: 0, combinatorial_max_assets: 0 } },
    ]) {
      const lowCriticality = selectAssets(identical([0.5, 0.2, 0.3, 0.2]), WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 28 }), config);
      expect([...lowCriticality.selected_asset_ids].sort()).toEqual(['S1', 'S3']);
      const smallestIds = selectAssets(identical([0.4, 0.4, 0.4, 0.4]), WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 28 }), config);
      expect([...smallestIds.selected_asset_ids].sort()).toEqual(['S0', 'S1']);
    }
    // The combinatorial search always breaks ties in full; HiGHS above its tie-break size only among interchangeable assets.
    const interchangeableOnly = selectAssets(identical([0.4, 0.4, 0.4]), WORKED_EXAMPLE_CORPORATE, exact({ target_amount: 28 }), {
      exact: { tie_break_max_assets: 0, combinatorial_max_assets: 0 },
    });
    expect(interchangeableOnly.explanation_nodes.find((node) => node.kind === 'optimality')?.values['tie_break']).toBe(
      'interchangeable_only',
    );
  });

  it('proves infeasibility, reports the capacity set and which covenant blocks the target', () => {
    // Market share 0.5 of a 100 target: at most 50 per market. Best: D1 (42) + H1 (42) = 84.
    const assets = [
      makeAsset('D1', { market: 'Dallas', market_rent: 3, criticality: 0.1 }),
      makeAsset('D2', { market: 'dallas', market_rent: 1, criticality: 0.2 }),
      makeAsset('H1', { market: 'Houston', market_rent: 3, criticality: 0.3 }),
      makeAsset('H2', { market: 'Houston', market_rent: 2, criticality: 0.4 }),
    ];
    const spec = exact({
      target_amount: 100,
      hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1, max_market_share: 0.5 },
    });
    const outcome = selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('infeasible');
    expect(outcome.solver?.proven_optimal).toBe(true);
    expect(outcome.capacity).toMatchObject({ asset_ids: ['D1', 'H1'], proven_optimal: true });
    expect(outcome.capacity?.max_proceeds).toBeCloseTo(84, 9);
    expect(outcome.selected_asset_ids).toEqual(['D1', 'H1']);
    expect(outcome.shortfall).toBeCloseTo(16, 9);
    expect(outcome.constraint_checks.find((check) => check.name === 'max_market_share')?.binding).toBe(true);
    expect(outcome.constraint_checks.find((check) => check.name === 'max_net_leverage')?.binding).toBe(false);
    const kinds = outcome.explanation_nodes.map((node) => node.kind);
    expect(kinds).toContain('optimality');
    expect(kinds).toContain('capacity');
    expect(outcome.reasons.map((reason) => reason.code)).toContain('target_shortfall');
    expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity/);
  });

  it('accepts a covenant met exactly', () => {
    const limit = (241.2 / 95.8) * (1 - 1e-12);
    const spec = exact({ target_amount: 50, hard_constraints: { max_net_leverage: limit, min_fixed_charge_coverage: 1 } });
    expect(selectAssets([makeAsset('A', { market_rent: 4.2 })], WORKED_EXAMPLE_CORPORATE, spec).status).toBe('ok');
  });

  it('gives the same numeric_error outcome as greedy for overflowing figures', () => {
    const outcome = selectAssets([makeAsset('H', { market_rent: 1e308, cap_rate: 0.01 })], WORKED_EXAMPLE_CORPORATE, exact());
    expect(outcome.status).toBe('numeric_error');
    expect(outcome.strategy).toBe('exact');
    expect(outcome.reasons[0]?.message).toContain('price of asset H');
  });

  it('says when the time limit cut the search and still returns a valid set', () => {
    const { assets, corporateState, spec } = generatePortfolio(createRandom(77), { assetCount: 3_000 });
    // A zero gap: the exchange search's set near the target no longer proves itself, so HiGHS must run and be cut.
    const outcome = selectAssets(assets, corporateState, { ...spec, strategy: 'exact' }, { exact: { time_limit_ms: 1, absolute_gap: 0 } });
    expect(outcome.solver?.time_limited).toBe(true);
    expect(outcome.solver?.proven_optimal).toBe(false);
    expect(outcome.reasons.map((reason) => reason.code)).toContain('solver_time_limit');
    // Greedy finds a valid set here, so the exact outcome keeps at least that (improved by exchanges).
    expect(selectAssets(assets, corporateState, spec).status).toBe('ok');
    expect(outcome.status).toBe('ok');
    expect(outcome.proceeds).toBeGreaterThanOrEqual(spec.target_amount * (1 - 1e-9));
    const metrics = computeMetrics(assets, corporateState, outcome.selected_asset_ids);
    expect(metrics.net_leverage as number).toBeLessThanOrEqual(spec.hard_constraints.max_net_leverage * (1 + 1e-9));
  });

  it('proves a large program optimal from a set within the gap of the target, even where greedy stops short', { timeout: 600_000 }, () => {
    // 196 eligible assets; the coverage covenant stops the greedy walk at about half the target.
    const { assets, corporateState, spec } = generatePortfolio(createRandom(31_337 * 3 + 200), { assetCount: 200 });
    expect(selectAssets(assets, corporateState, spec).status).toBe('infeasible');
    // A 1 ms limit: the proof comes from the target row, not from a solve the limit would cut.
    const outcome = selectAssets(assets, corporateState, { ...spec, strategy: 'exact' }, { exact: { time_limit_ms: 1 } });
    expect(outcome.status).toBe('ok');
    expect(outcome.solver).toMatchObject({ proven_optimal: true, time_limited: false });
    expect(outcome.proceeds).toBeGreaterThanOrEqual(spec.target_amount * (1 - 1e-9));
    expect(outcome.proceeds).toBeLessThanOrEqual(spec.target_amount * (1 + 1e-7));
    expect(outcome.constraint_checks.every((check) => check.passed)).toBe(true);
    const metrics = computeMetrics(assets, corporateState, outcome.selected_asset_ids);
    expect(metrics.fixed_charge_coverage as number).toBeGreaterThanOrEqual(spec.hard_constraints.min_fixed_charge_coverage * (1 - 1e-9));
    // HiGHS alone proves the same optimum within the gap.
    // A long limit: a loaded machine must not cut HiGHS's proof (a wall clock).
    const solved = selectAssets(
      assets,
      corporateState,
      { ...spec, strategy: 'exact' },
      { exact: { method: 'highs', time_limit_ms: 300_000 } },
    );
    expect(solved.solver?.proven_optimal).toBe(true);
    expect(Math.abs(solved.proceeds - outcome.proceeds)).toBeLessThanOrEqual(2e-7 * spec.target_amount);
  });

  it('min_npv_cost on 45-119 eligible assets: branch and bound and HiGHS alone prove the same NPV cost, on both bases', {
    timeout: 600_000,
  }, () => {
    for (const [seed, basis] of [
      [1, 'us_gaap'],
      [2, 'ifrs16'],
      [3, 'ifrs16'],
    ] as const) {
      const { assets, corporateState, spec } = generatePortfolio(createRandom(90_000 + seed), { assetCount: 120 });
      const state = { ...corporateState, accounting_basis: basis };
      const npvSpec = { ...spec, strategy: 'exact' as const, objective: 'min_npv_cost' as const };
      const searched = selectAssets(assets, state, npvSpec);
      // A long limit: a loaded machine must not cut HiGHS's proof (a wall clock).
      const solved = selectAssets(assets, state, npvSpec, { exact: { method: 'highs', time_limit_ms: 300_000 } });
      expect(searched.solver?.proven_optimal, `seed ${seed}`).toBe(true);
      expect(solved.solver?.proven_optimal, `seed ${seed}`).toBe(true);
      expect(searched.status, `seed ${seed}`).toBe(solved.status);
      if (searched.status !== 'ok') continue;
      expect(
        Math.abs((searched.economics?.npv_cost as number) - (solved.economics?.npv_cost as number)),
        `seed ${seed}`,
      ).toBeLessThanOrEqual(2e-7 * spec.target_amount);
      expect(
        searched.constraint_checks.every((check) => check.passed),
        `seed ${seed}`,
      ).toBe(true);
    }
  });

  it('is independent of the order of assets (apart from the measured solve time)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const random = createRandom(seed);
        const { assets, corporateState, spec } = generatePortfolio(random, {
          assetCount: 4 + Math.floor(random() * 14),
          targetShare: [0.05, 0.6],
        });
        const exactSpec = { ...spec, strategy: 'exact' as const };
        const first = selectAssets(assets, corporateState, exactSpec);
        const shuffled = selectAssets(shuffle(random, assets), corporateState, exactSpec);
        expect(withoutTiming(shuffled)).toBe(withoutTiming(first));
        expect(collectNumbers(first).every(Number.isFinite)).toBe(true);
        expect(ProgramOutcomeSchema.safeParse(first).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('maxProceeds', () => {
  it('finds the largest proceeds under the covenants and the market-share cap relative to the target', async () => {
    const assets = [
      makeAsset('D1', { market: 'Dallas', market_rent: 3 }),
      makeAsset('D2', { market: 'Dallas', market_rent: 1 }),
      makeAsset('H1', { market: 'Houston', market_rent: 3 }),
      makeAsset('H2', { market: 'Houston', market_rent: 2 }),
    ];
    const spec = makeSpec({
      target_amount: 100,
      hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1, max_market_share: 0.5 },
    });
    const capacity = await maxProceeds(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(capacity.asset_ids).toEqual(['D1', 'H1']);
    expect(capacity.max_proceeds).toBeCloseTo(84, 9);
    expect(capacity.proven_optimal).toBe(true);
    // Without the cap every asset can be sold: 42 + 14 + 42 + 28 = 126.
    const uncapped = await maxProceeds(
      assets,
      WORKED_EXAMPLE_CORPORATE,
      makeSpec({ target_amount: 100, hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1 } }),
    );
    expect(uncapped.max_proceeds).toBeCloseTo(126, 9);
  });

  it('stops where a covenant binds and ignores the filters’ excluded assets', async () => {
    // X raises leverage: (300 - 19.6) / 90 = 3.1156 > 3.1. A lowers it. Z is excluded by id.
    const assets = [
      makeAsset('X', { market_rent: 10, cap_rate: 0.5 }),
      makeAsset('A', { market_rent: 4.2 }),
      makeAsset('Z', { market_rent: 9 }),
    ];
    const spec = makeSpec({
      hard_constraints: { max_net_leverage: 3.1, min_fixed_charge_coverage: 1 },
      asset_filters: { exclude_asset_ids: ['Z'] },
    });
    const capacity = await maxProceeds(assets, WORKED_EXAMPLE_CORPORATE, spec);
    // X + A: (300 - 19.6 - 58.8) / 85.8 = 2.58, allowed; so both.
    expect(capacity.asset_ids).toEqual(['A', 'X']);
    expect(capacity.max_proceeds).toBeCloseTo(58.8 + 19.6, 9);
  });

  it('is 0 with no assets when no set keeps every covenant', async () => {
    // Leverage 3.8 > 3.5 before; the only asset makes it worse.
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, net_debt: 380 };
    const spec = makeSpec({ hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1 } });
    const capacity = await maxProceeds([makeAsset('W', { market_rent: 10, cap_rate: 0.5 })], corporate, spec);
    expect(capacity).toEqual({ max_proceeds: 0, asset_ids: [], proven_optimal: true });
  });
});

describe('figures outside the solver range', () => {
  it('give a numeric_error outcome naming the quantity, never a solver crash', async () => {
    const corporate = { ...WORKED_EXAMPLE_CORPORATE, net_debt: 1e300 };
    const outcome = await selectAssetsAsync([makeAsset('A', { market_rent: 4.2 })], corporate, exact({ target_amount: 50 }));
    expect(outcome.status).toBe('numeric_error');
    expect(outcome.reasons[0]?.message).toMatch(/net leverage limit relative to the target/);
    expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity/);
  });

  it('make capacity throw a numeric_error, not a raw solver error', async () => {
    const spec = makeSpec({ target_amount: 1e-300 });
    await expect(maxProceeds([makeAsset('A', { market_rent: 4.2 })], WORKED_EXAMPLE_CORPORATE, spec)).rejects.toMatchObject({
      code: 'numeric_error',
      name: 'NonFiniteQuantityError',
    });
  });
});
