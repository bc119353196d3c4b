import type { ProgramOutcome, SelectorSpec } from '@leaseback/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.js';
import { loadExactSolver } from './exact-solver.js';
import { maxProceeds, selectAssets } from './select-assets.js';
import { bruteForce } from './__fixtures__/brute-force.js';
import { createRandom, generatePortfolio, type GeneratedInstance } from './__fixtures__/portfolio-generator.js';

const TOLERANCE = 1e-9;
const INSTANCE_COUNT = 240;

interface Case {
  readonly seed: number;
  readonly instance: GeneratedInstance;
  readonly eligibleIds: string[];
}

interface Solved extends Case {
  /** By the method chosen by size (the combinatorial search, at this size). */
  readonly exact: ProgramOutcome;
  /** By HiGHS (the combinatorial search switched off). */
  readonly milp: ProgramOutcome;
  readonly greedy: ProgramOutcome;
}

/**
 * Seeded small instances with at most 16 eligible assets: tight and loose
 * covenants, some market-share caps and filters, targets from easy to
 * unreachable, so that feasible and infeasible programs both occur.
 */
function buildCases(): Case[] {
  const cases: Case[] = [];
  for (let seed = 1; cases.length < INSTANCE_COUNT; seed += 1) {
    const random = createRandom(9_000 + seed);
    // Every other instance has high cap rates, so that sales can raise either leverage.
    const highCapRates = seed % 2 === 0;
    const instance = generatePortfolio(random, {
      assetCount: 6 + Math.floor(random() * 12),
      targetShare: [0.05, 0.7],
      leverageHeadroom: [-0.08, 0.25],
      leaseAdjustedHeadroom: [-0.06, 0.06],
      leaseAdjustedShare: 0.6,
      marketShareShare: 0.35,
      capRateRange: highCapRates ? [0.05, 0.3] : [0.05, 0.09],
    });
    const greedy = selectAssets(instance.assets, instance.corporateState, instance.spec);
    const excluded = new Set(greedy.excluded_assets.map((excludedAsset) => excludedAsset.asset_id));
    const eligibleIds = instance.assets.map((asset) => asset.asset_id).filter((assetId) => !excluded.has(assetId));
    if (eligibleIds.length > 16 || greedy.status === 'numeric_error') continue;
    cases.push({ seed, instance, eligibleIds });
  }
  return cases;
}

function exactSpec(spec: SelectorSpec): SelectorSpec {
  return { ...spec, strategy: 'exact' };
}

describe('exact strategy and maxProceeds against brute force (seeded, <= 16 eligible assets)', () => {
  const cases = buildCases();
  let solved: Solved[] = [];
  // Each instance is solved once; the tests below read the outcomes.
  beforeAll(async () => {
    await loadExactSolver();
    solved = cases.map((entry) => ({
      ...entry,
      exact: selectAssets(entry.instance.assets, entry.instance.corporateState, exactSpec(entry.instance.spec)),
      milp: selectAssets(entry.instance.assets, entry.instance.corporateState, exactSpec(entry.instance.spec), {
        exact: { combinatorial_max_assets: 0 },
      }),
      greedy: selectAssets(entry.instance.assets, entry.instance.corporateState, entry.instance.spec),
    }));
  }, 600_000);

  it(`finds a set exactly when one exists, with the brute-force minimum proceeds, by either method (${INSTANCE_COUNT} instances)`, {
    timeout: 120_000,
  }, () => {
    let feasible = 0;
    let rescued = 0;
    expect(solved).toHaveLength(INSTANCE_COUNT);
    const byMethod = solved.flatMap((entry) => {
      const oracle = bruteForce(entry.instance.assets, entry.instance.corporateState, entry.instance.spec, entry.eligibleIds, TOLERANCE);
      return [
        { ...entry, oracle, method: 'chosen by size' },
        { ...entry, oracle, exact: entry.milp, method: 'HiGHS' },
      ];
    });
    for (const { instance, seed, exact, greedy, oracle, method } of byMethod) {
      const { spec } = instance;
      const context = `seed ${seed} (${method})`;
      expect(exact.solver?.proven_optimal, context).toBe(true);
      if (oracle.minimumProceeds === null) {
        expect(exact.status, context).toBe('infeasible');
        expect(greedy.status, context).not.toBe('ok');
        continue;
      }
      feasible += 1;
      expect(exact.status, context).toBe('ok');
      expect(Math.abs(exact.proceeds - oracle.minimumProceeds) / oracle.minimumProceeds, context).toBeLessThanOrEqual(1e-6);
      // When the optimum is unambiguous (the runner-up is clearly worse), the set itself must match.
      if (oracle.secondProceeds === null || oracle.secondProceeds - oracle.minimumProceeds > 1e-6 * spec.target_amount) {
        expect([...exact.selected_asset_ids].sort(), context).toEqual(oracle.minimumIds);
      }
      if (greedy.status !== 'ok') rescued += 1;
      else expect(exact.proceeds, context).toBeLessThanOrEqual(greedy.proceeds * (1 + 1e-9));
    }
    // The seeded set must exercise both answers and the cases greedy misses (counted once per method).
    expect(feasible).toBeGreaterThan(2 * 60);
    expect(2 * cases.length - feasible).toBeGreaterThan(2 * 30);
    expect(rescued).toBeGreaterThan(2 * 3);
  });

  it('the combinatorial search proves every instance in full and picks, among equal proceeds, what HiGHS picks', () => {
    for (const { seed, exact, milp } of solved) {
      const context = `seed ${seed}`;
      expect(exact.status, context).toBe(milp.status);
      const optimality = exact.explanation_nodes.find((node) => node.kind === 'optimality');
      if (exact.status === 'ok') {
        expect(optimality?.values['tie_break'], context).toBe('proven');
        // Both minimise proceeds; the search exactly, HiGHS within its gap, so the search is never above.
        expect(exact.proceeds, context).toBeLessThanOrEqual(milp.proceeds + 1e-7 * exact.target_amount);
        const milpTieBreak = milp.explanation_nodes.find((node) => node.kind === 'optimality')?.values['tie_break'];
        if (milpTieBreak === 'proven' && Math.abs(exact.proceeds - milp.proceeds) <= 1e-9 * exact.target_amount) {
          expect([...exact.selected_asset_ids].sort(), context).toEqual([...milp.selected_asset_ids].sort());
        }
      }
    }
  });

  it('every exact ok set, re-checked with computeMetrics, meets the target and every covenant', () => {
    for (const { instance, seed, exact } of solved) {
      const { assets, corporateState, spec } = instance;
      if (exact.status !== 'ok') continue;
      const metrics = computeMetrics(assets, corporateState, exact.selected_asset_ids);
      const limits = spec.hard_constraints;
      const context = `seed ${seed}`;
      expect(exact.proceeds, context).toBeGreaterThanOrEqual(spec.target_amount * (1 - TOLERANCE));
      expect(metrics.ebitda, context).toBeGreaterThan(0);
      expect(metrics.net_leverage as number, context).toBeLessThanOrEqual(limits.max_net_leverage * (1 + TOLERANCE));
      if (metrics.fixed_charge_coverage !== null) {
        expect(metrics.fixed_charge_coverage, context).toBeGreaterThanOrEqual(limits.min_fixed_charge_coverage * (1 - TOLERANCE));
      }
      if (limits.max_lease_adjusted_leverage !== undefined) {
        expect(metrics.lease_adjusted_leverage as number, context).toBeLessThanOrEqual(
          limits.max_lease_adjusted_leverage * (1 + TOLERANCE),
        );
      }
      expect(
        exact.constraint_checks.every((check) => check.passed),
        context,
      ).toBe(true);
    }
  });

  it('greedy ok implies exact ok', () => {
    let greedyOk = 0;
    for (const { seed, exact, greedy } of solved) {
      if (greedy.status !== 'ok') continue;
      greedyOk += 1;
      expect(exact.status, `seed ${seed}`).toBe('ok');
    }
    expect(greedyOk).toBeGreaterThan(40);
  });

  it('maxProceeds equals the brute-force maximum', { timeout: 120_000 }, async () => {
    for (const { instance, eligibleIds, seed } of cases) {
      const { assets, corporateState, spec } = instance;
      const oracle = bruteForce(assets, corporateState, spec, eligibleIds, TOLERANCE);
      const capacity = await maxProceeds(assets, corporateState, spec);
      const context = `seed ${seed}`;
      expect(capacity.proven_optimal, context).toBe(true);
      if (oracle.maximumProceeds === null) {
        expect(capacity, context).toEqual({ max_proceeds: 0, asset_ids: [], proven_optimal: true });
        continue;
      }
      expect(Math.abs(capacity.max_proceeds - oracle.maximumProceeds), context).toBeLessThanOrEqual(
        1e-6 * Math.max(oracle.maximumProceeds, spec.target_amount),
      );
      if (capacity.asset_ids.length > 0) {
        const metrics = computeMetrics(assets, corporateState, capacity.asset_ids);
        expect(metrics.net_leverage as number, context).toBeLessThanOrEqual(spec.hard_constraints.max_net_leverage * (1 + TOLERANCE));
      }
    }
  });
});
