import type { Asset, CorporateState, ProgramOutcome, SelectorSpec } from '@leaseback/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.js';
import { loadExactSolver } from './exact-solver.js';
import { maxProceeds, selectAssets } from './select-assets.js';
import { bruteForce } from './__fixtures__/brute-force.js';
import { createRandom, generatePortfolio, type GeneratedInstance, type RandomSource } from './__fixtures__/portfolio-generator.js';

const TOLERANCE = 1e-9;
const INSTANCE_COUNT = 90;
const MAX_ELIGIBLE = 14;

interface Case {
  readonly seed: number;
  readonly instance: GeneratedInstance;
  readonly eligibleIds: string[];
}

/**
 * Gives a generated instance the economics inputs: lease terms and escalators
 * on some assets, corporate defaults, an IBR on some, and a cost of debt high
 * enough on some that cheap leasebacks cost less than debt (negative NPV cost),
 * from a random source of its own so the base instance is unchanged.
 */
function withEconomics(random: RandomSource, instance: GeneratedInstance, basis: 'us_gaap' | 'ifrs16'): GeneratedInstance {
  const assets: Asset[] = instance.assets.map((asset) => {
    const withTerm = random() < 0.6;
    return {
      ...asset,
      ...(withTerm ? { lease_term_years: 5 + Math.floor(random() * 21), rent_escalator: Math.round(random() * 30) / 1000 } : {}),
    };
  });
  const corporateState: CorporateState = {
    ...instance.corporateState,
    accounting_basis: basis,
    cost_of_debt: Math.round((0.05 + random() * 0.06) * 1000) / 1000,
    default_lease_term_years: 10 + Math.floor(random() * 11),
    default_rent_escalator: Math.round(random() * 25) / 1000,
    ...(random() < 0.5 ? { incremental_borrowing_rate: Math.round((0.04 + random() * 0.05) * 1000) / 1000 } : {}),
  };
  return { assets, corporateState, spec: instance.spec };
}

function buildCases(basis: 'us_gaap' | 'ifrs16', seedBase: number): Case[] {
  const cases: Case[] = [];
  for (let seed = 1; cases.length < INSTANCE_COUNT; seed += 1) {
    const random = createRandom(seedBase + seed);
    const base = generatePortfolio(random, {
      assetCount: 5 + Math.floor(random() * 10),
      targetShare: [0.05, 0.6],
      leverageHeadroom: [-0.05, 0.3],
      leaseAdjustedHeadroom: [-0.05, 0.08],
      leaseAdjustedShare: 0.5,
      marketShareShare: 0.3,
      capRateRange: seed % 3 === 0 ? [0.05, 0.2] : [0.05, 0.09],
    });
    const instance = withEconomics(createRandom(seedBase * 7 + seed), base, basis);
    const greedy = selectAssets(instance.assets, instance.corporateState, instance.spec);
    if (greedy.status === 'numeric_error') continue;
    const excluded = new Set(greedy.excluded_assets.map((excludedAsset) => excludedAsset.asset_id));
    const eligibleIds = instance.assets.map((asset) => asset.asset_id).filter((assetId) => !excluded.has(assetId));
    if (eligibleIds.length > MAX_ELIGIBLE) continue;
    cases.push({ seed, instance, eligibleIds });
  }
  return cases;
}

const exactSpec = (spec: SelectorSpec, objective: SelectorSpec['objective'] = 'min_proceeds'): SelectorSpec => ({
  ...spec,
  strategy: 'exact',
  objective,
});

describe(`exact strategy under ifrs16 against brute force (seeded, <= ${MAX_ELIGIBLE} eligible assets)`, () => {
  const cases = buildCases('ifrs16', 31_000);
  let solved: Array<Case & { exact: ProgramOutcome }> = [];
  beforeAll(async () => {
    await loadExactSolver();
    solved = cases.map((entry) => ({
      ...entry,
      exact: selectAssets(entry.instance.assets, entry.instance.corporateState, exactSpec(entry.instance.spec)),
    }));
  }, 600_000);

  it('finds the brute-force minimum proceeds, and infeasibility exactly when no set exists', () => {
    let feasible = 0;
    for (const { instance, eligibleIds, seed, exact } of solved) {
      const { assets, corporateState, spec } = instance;
      const oracle = bruteForce(assets, corporateState, spec, eligibleIds, TOLERANCE);
      const context = `seed ${seed}`;
      expect(exact.solver?.proven_optimal, context).toBe(true);
      if (oracle.minimumProceeds === null) {
        expect(exact.status, context).toBe('infeasible');
        continue;
      }
      feasible += 1;
      expect(exact.status, context).toBe('ok');
      expect(Math.abs(exact.proceeds - oracle.minimumProceeds) / oracle.minimumProceeds, context).toBeLessThanOrEqual(1e-6);
      if (oracle.secondProceeds === null || oracle.secondProceeds - oracle.minimumProceeds > 1e-6 * spec.target_amount) {
        expect([...exact.selected_asset_ids].sort(), context).toEqual(oracle.minimumIds);
      }
      // The reported pro-forma is the IFRS 16 one: net debt carries the lease liabilities.
      const metrics = computeMetrics(assets, corporateState, exact.selected_asset_ids);
      expect(metrics.net_leverage as number, context).toBeLessThanOrEqual(spec.hard_constraints.max_net_leverage * (1 + TOLERANCE));
      expect(exact.metrics_after?.net_debt, context).toBeCloseTo(metrics.net_debt, 6);
      expect(exact.economics?.accounting_basis, context).toBe('ifrs16');
    }
    expect(feasible).toBeGreaterThan(25);
    expect(cases.length - feasible).toBeGreaterThan(10);
  });

  it('maxProceeds equals the brute-force maximum under ifrs16', { timeout: 120_000 }, async () => {
    for (const { instance, eligibleIds, seed } of cases.slice(0, 40)) {
      const { assets, corporateState, spec } = instance;
      const oracle = bruteForce(assets, corporateState, spec, eligibleIds, TOLERANCE);
      const capacity = await maxProceeds(assets, corporateState, spec);
      const context = `seed ${seed}`;
      if (oracle.maximumProceeds === null) expect(capacity.max_proceeds, context).toBe(0);
      else
        expect(Math.abs(capacity.max_proceeds - oracle.maximumProceeds), context).toBeLessThanOrEqual(
          1e-6 * Math.max(oracle.maximumProceeds, spec.target_amount),
        );
    }
  });
});

describe.each(['us_gaap', 'ifrs16'] as const)(
  `exact min_npv_cost (%s) against brute force (seeded, <= ${MAX_ELIGIBLE} eligible assets)`,
  (basis) => {
    const cases = buildCases(basis, basis === 'us_gaap' ? 41_000 : 51_000);
    let solved: Array<Case & { exact: ProgramOutcome }> = [];
    beforeAll(async () => {
      await loadExactSolver();
      solved = cases.map((entry) => ({
        ...entry,
        exact: selectAssets(entry.instance.assets, entry.instance.corporateState, exactSpec(entry.instance.spec, 'min_npv_cost')),
      }));
    }, 600_000);

    it('finds the smallest NPV cost, ties going to the smaller proceeds', () => {
      let feasible = 0;
      let sellsMore = 0;
      for (const { instance, eligibleIds, seed, exact } of solved) {
        const { assets, corporateState, spec } = instance;
        const oracle = bruteForce(assets, corporateState, spec, eligibleIds, TOLERANCE);
        const context = `seed ${seed}`;
        expect(exact.solver?.proven_optimal, context).toBe(true);
        if (oracle.minimumNpvCost === null) {
          expect(exact.status, context).toBe('infeasible');
          continue;
        }
        feasible += 1;
        expect(exact.status, context).toBe('ok');
        const npvCost = exact.economics?.npv_cost as number;
        const scale = Math.max(1, spec.target_amount);
        // Proven within the solver's absolute gap (1e-7 of the target).
        expect(Math.abs(npvCost - oracle.minimumNpvCost) / scale, context).toBeLessThanOrEqual(2e-7);
        if (oracle.secondNpvCost === null || oracle.secondNpvCost - oracle.minimumNpvCost > 1e-6 * scale) {
          expect([...exact.selected_asset_ids].sort(), context).toEqual(oracle.minimumNpvCostIds);
          expect(exact.proceeds, context).toBeCloseTo(oracle.minimumNpvCostProceeds as number, 3);
        }
        const objectiveNode = exact.explanation_nodes.find((node) => node.kind === 'objective');
        expect(objectiveNode, context).toBeDefined();
        if (objectiveNode?.values['sells_more_than_target'] === 'yes') sellsMore += 1;
      }
      expect(feasible).toBeGreaterThan(25);
      // Some instances must show the point of the objective: leasebacks cheaper than debt sold beyond the target.
      expect(sellsMore).toBeGreaterThan(2);
    });
  },
);

describe('exact min_npv_cost with identical sites: both exact methods follow the full tie order', () => {
  /** A generated program plus copies of some of its sites (same lease and price, new ids, other criticality or mortgage): NPV ties abound. */
  function withCopies(seed: number): Case | null {
    const random = createRandom(61_000 + seed);
    const base = generatePortfolio(random, {
      assetCount: 4 + Math.floor(random() * 5),
      targetShare: [0.1, 0.6],
      leverageHeadroom: [0, 0.3],
      marketShareShare: 0.2,
    });
    const instance = withEconomics(createRandom(67_000 + seed), base, seed % 2 === 0 ? 'us_gaap' : 'ifrs16');
    const copies = instance.assets
      .filter(() => random() < 0.6)
      .map((asset, index) => ({
        ...asset,
        asset_id: `${asset.asset_id}-${index % 2 === 0 ? 'a' : 'z'}`,
        criticality: random() < 0.5 ? asset.criticality : Math.round(random() * 100) / 100,
        // Another mortgage changes the proceeds but not the NPV cost (a sale's gross): ties the proceeds must settle.
        mortgage_balance:
          random() < 0.5 ? asset.mortgage_balance : Math.round(((asset.market_rent / asset.cap_rate) * random() * 0.3) / 1000) * 1000,
      }));
    const assets = [...instance.assets, ...copies];
    const spec = exactSpec(instance.spec, 'min_npv_cost');
    const greedy = selectAssets(assets, instance.corporateState, instance.spec);
    if (greedy.status === 'numeric_error') return null;
    const excluded = new Set(greedy.excluded_assets.map((excludedAsset) => excludedAsset.asset_id));
    const eligibleIds = assets.map((asset) => asset.asset_id).filter((assetId) => !excluded.has(assetId));
    if (eligibleIds.length > MAX_ELIGIBLE) return null;
    return { seed, instance: { assets, corporateState: instance.corporateState, spec }, eligibleIds };
  }

  beforeAll(async () => {
    await loadExactSolver();
  });

  // Each run solves with HiGHS and its tie-break solves as well as the search; the machine may be shared.
  it('the search and HiGHS give the brute-force set: least NPV cost, then proceeds, then criticality, then ids', {
    timeout: 300_000,
  }, () => {
    let tied = 0;
    let considered = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const entry = withCopies(seed);
        if (entry === null) return;
        considered += 1;
        const { assets, corporateState, spec } = entry.instance;
        const oracle = bruteForce(assets, corporateState, spec, entry.eligibleIds, TOLERANCE);
        const searched = selectAssets(assets, corporateState, spec);
        const solved = selectAssets(assets, corporateState, spec, {
          exact: { combinatorial_max_assets: 0, branch_and_bound_max_assets: 0 },
        });
        for (const outcome of [searched, solved]) {
          expect(outcome.solver?.proven_optimal, `seed ${seed}`).toBe(true);
          if (oracle.npvOptimumIds === null) {
            expect(outcome.status, `seed ${seed}`).toBe('infeasible');
            continue;
          }
          expect([...outcome.selected_asset_ids].sort(), `seed ${seed}`).toEqual(oracle.npvOptimumIds);
        }
        // A tie the order had to settle: a sold site whose identical twin (same figures, other id) is eligible and not sold.
        const sold = new Set(searched.selected_asset_ids);
        const baseIdOf = (assetId: string): string => assetId.replace(/-[az]$/, '');
        if (
          searched.status === 'ok' &&
          entry.eligibleIds.some((assetId) => !sold.has(assetId) && [...sold].some((soldId) => baseIdOf(soldId) === baseIdOf(assetId)))
        )
          tied += 1;
      }),
      // A fixed seed: the count of tied programs below is then a fact of these programs, not of a draw.
      { numRuns: 50, seed: 20_261_203 },
    );
    // Only some programs tie; enough of them must, or the test would not be about the tie order.
    expect(considered).toBeGreaterThan(30);
    expect(tied).toBeGreaterThan(10);
  });
});
