import { DEFAULT_REVISION_POLICY_CONFIG, type ExcludedAsset, type RevisionPolicyConfig, type SelectorSpec } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { infeasibleOutcome, okOutcome, specFixture } from '../__fixtures__/outcomes.js';
import type { RevisionContext } from '../llm-client.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();

function context(original: SelectorSpec, overrides: Partial<RevisionContext> = {}): RevisionContext {
  return { original, iteration: 1, max_iterations: 5, capacity: null, policy: DEFAULT_REVISION_POLICY_CONFIG, ...overrides };
}

function capacity(maxProceeds: number) {
  return { max_proceeds: maxProceeds, asset_ids: ['A'], proven_optimal: true };
}

const HALF_FLOOR: RevisionPolicyConfig = { ...DEFAULT_REVISION_POLICY_CONFIG, default_floor_fraction: 0.5 };

describe('offline reviseSelectorSpec: the target', () => {
  it('steps down one policy step when capacity is unknown', async () => {
    const spec = specFixture();
    const { value, metadata } = await client.reviseSelectorSpec(
      spec,
      infeasibleOutcome({ excluded_assets: [] }),
      context(spec, { policy: HALF_FLOOR }),
    );
    expect(value.target_amount).toBe(80_000_000);
    expect(metadata.assumptions).toEqual(['target lowered from $100M to $80M: a policy step of 20% down']);
  });

  it('aims straight at the capacity when it is at or above the floor', async () => {
    const spec = specFixture();
    const { value, metadata } = await client.reviseSelectorSpec(
      spec,
      infeasibleOutcome({ excluded_assets: [] }),
      context(spec, { policy: HALF_FLOOR, capacity: capacity(91_500_000) }),
    );
    expect(value.target_amount).toBe(91_500_000);
    expect(metadata.assumptions).toEqual([
      'target lowered from $100M to $91.5M: the most the portfolio can raise under this spec is $91.5M',
    ]);
  });

  it('ignores a capacity below the floor and never goes under the floor', async () => {
    const spec = specFixture();
    const { value } = await client.reviseSelectorSpec(
      spec,
      infeasibleOutcome({ excluded_assets: [] }),
      context(spec, { capacity: capacity(30_000_000) }),
    );
    // Default floor: 80 % of the original $100M; one step down is also $80M.
    expect(value.target_amount).toBe(80_000_000);
  });

  it('stops at a stated floor', async () => {
    const original = specFixture({ floor_amount: 70_000_000 });
    const previous = { ...original, target_amount: 80_000_000 };
    const { value, metadata } = await client.reviseSelectorSpec(previous, infeasibleOutcome({ excluded_assets: [] }), context(original));
    expect(value.target_amount).toBe(70_000_000);
    expect(value.floor_amount).toBe(70_000_000);
    expect(metadata.assumptions).toEqual(['target lowered from $80M to $70M: the floor is $70M (the stated floor)']);
  });

  it('keeps a target already at the floor and says so', async () => {
    const original = specFixture({ floor_amount: 70_000_000 });
    const previous = { ...original, target_amount: 70_000_000 };
    const { value, metadata } = await client.reviseSelectorSpec(previous, infeasibleOutcome({ excluded_assets: [] }), context(original));
    expect(value.target_amount).toBe(70_000_000);
    expect(metadata.assumptions).toEqual(['target kept at $70M: already at the floor of $70M (the stated floor)']);
  });

  it('never raises the target, even when capacity is above it', async () => {
    const spec = specFixture();
    const { value } = await client.reviseSelectorSpec(
      spec,
      infeasibleOutcome({ excluded_assets: [] }),
      context(spec, { capacity: capacity(150_000_000) }),
    );
    expect(value.target_amount).toBe(100_000_000);
  });
});

describe('offline reviseSelectorSpec: the filters', () => {
  it('raises max criticality by one step when assets were excluded for criticality', async () => {
    const spec = specFixture({ asset_filters: { max_criticality: 0.7, min_leaseability: 0.5 } });
    const { value, metadata } = await client.reviseSelectorSpec(spec, infeasibleOutcome(), context(spec));
    expect(value.asset_filters.max_criticality).toBe(0.8);
    expect(value.asset_filters.min_leaseability).toBe(0.4);
    // A wider pool may reach the ask itself, so the target is kept while a filter can move.
    expect(value.target_amount).toBe(100_000_000);
    expect(metadata.assumptions).toEqual([
      'max criticality raised from 0.7 to 0.8: 2 assets were excluded for criticality',
      'min leaseability lowered from 0.5 to 0.4: 1 asset was excluded for leaseability',
      'target kept at $100M: relaxing the filters may reach it',
    ]);
  });

  it('on the last revision the loop allows, relaxes the filters and lowers the target together', async () => {
    const spec = specFixture({ asset_filters: { max_criticality: 0.7 } });
    const { value, metadata } = await client.reviseSelectorSpec(
      spec,
      infeasibleOutcome(),
      context(spec, { iteration: 4, max_iterations: 5 }),
    );
    expect(value.asset_filters.max_criticality).toBe(0.8);
    expect(value.target_amount).toBe(80_000_000);
    expect(metadata.assumptions).toEqual([
      'max criticality raised from 0.7 to 0.8: 2 assets were excluded for criticality',
      'target lowered from $100M to $80M: the floor is $80M (the default floor, 80% of the original target)',
    ]);
  });

  it('stops at the ceiling and the floor of the policy', async () => {
    const spec = specFixture({ asset_filters: { max_criticality: 0.85, min_leaseability: 0.15 } });
    const { value } = await client.reviseSelectorSpec(spec, infeasibleOutcome(), context(spec));
    expect(value.asset_filters.max_criticality).toBe(0.9);
    expect(value.asset_filters.min_leaseability).toBe(0.1);
  });

  it('leaves a filter alone when no asset was excluded for it', async () => {
    const spec = specFixture({ asset_filters: { max_criticality: 0.7, min_leaseability: 0.5 } });
    const outcome = infeasibleOutcome({ excluded_assets: [{ asset_id: 'X', reason: 'market_excluded', detail: 'Dallas is excluded' }] });
    const { value } = await client.reviseSelectorSpec(spec, outcome, context(spec));
    expect(value.asset_filters).toStrictEqual(spec.asset_filters);
  });

  it('does not revise an outcome that is not infeasible', async () => {
    const spec = specFixture();
    const { value, metadata } = await client.reviseSelectorSpec(spec, okOutcome(), context(spec));
    expect(value).toStrictEqual(spec);
    expect(metadata.assumptions).toEqual(['the outcome is ok, not infeasible: nothing to revise']);
  });
});

const REASONS: ExcludedAsset['reason'][] = ['criticality', 'leaseability', 'market_excluded', 'asset_type', 'underwater'];

describe('offline reviseSelectorSpec: within the policy, whatever the input', () => {
  it('moves only the target and the two numeric filters, each within its bound', async () => {
    const scenario = fc.record({
      original: fc.integer({ min: 1, max: 1_000_000 }).map((millions) => millions * 100_000),
      previousShare: fc.double({ min: 0.3, max: 1, noNaN: true }),
      floorShare: fc.option(fc.double({ min: 0.1, max: 1, noNaN: true }), { nil: undefined }),
      capacityShare: fc.option(fc.double({ min: 0, max: 1.5, noNaN: true }), { nil: undefined }),
      criticality: fc.option(
        fc.integer({ min: 0, max: 100 }).map((value) => value / 100),
        { nil: undefined },
      ),
      leaseability: fc.option(
        fc.integer({ min: 0, max: 100 }).map((value) => value / 100),
        { nil: undefined },
      ),
      reasons: fc.array(fc.constantFrom(...REASONS), { maxLength: 6 }),
      step: fc.constantFrom(0.05, 0.1, 0.2, 0.25, 0.5),
      filterStep: fc.constantFrom(0, 0.05, 0.1, 0.2),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const policy: RevisionPolicyConfig = {
          ...DEFAULT_REVISION_POLICY_CONFIG,
          max_target_step_fraction: input.step,
          max_filter_step: input.filterStep,
        };
        const original = specFixture({
          target_amount: input.original,
          ...(input.floorShare === undefined ? {} : { floor_amount: input.original * input.floorShare }),
          asset_filters: {
            ...(input.criticality === undefined ? {} : { max_criticality: input.criticality }),
            ...(input.leaseability === undefined ? {} : { min_leaseability: input.leaseability }),
            exclude_markets: ['Dallas'],
            asset_types: ['warehouse'],
          },
          strategy: 'exact',
        });
        const previous = { ...original, target_amount: Math.max(original.floor_amount ?? 0, input.original * input.previousShare) };
        const outcome = infeasibleOutcome({
          excluded_assets: input.reasons.map((reason, index) => ({ asset_id: `A${index}`, reason, detail: reason })),
        });
        const known = input.capacityShare === undefined ? null : capacity(input.original * input.capacityShare);
        const { value } = await client.reviseSelectorSpec(previous, outcome, context(original, { policy, capacity: known }));

        const floor = Math.min(original.floor_amount ?? policy.default_floor_fraction * original.target_amount, original.target_amount);
        expect(value.program_type).toBe(previous.program_type);
        expect(value.strategy).toBe(previous.strategy);
        expect(value.hard_constraints).toStrictEqual(previous.hard_constraints);
        expect(value.floor_amount).toBe(previous.floor_amount);
        expect(value.asset_filters.exclude_markets).toStrictEqual(previous.asset_filters.exclude_markets);
        expect(value.asset_filters.asset_types).toStrictEqual(previous.asset_filters.asset_types);
        expect(value.target_amount).toBeLessThanOrEqual(previous.target_amount);
        expect(value.target_amount).toBeGreaterThanOrEqual(Math.min(previous.target_amount, floor * (1 - 1e-9)));
        expect(value.target_amount).toBeGreaterThanOrEqual(previous.target_amount * (1 - input.step) * (1 - 1e-9));

        const before = previous.asset_filters;
        const after = value.asset_filters;
        if (before.max_criticality === undefined) expect(after.max_criticality).toBeUndefined();
        else {
          expect(after.max_criticality).toBeGreaterThanOrEqual(before.max_criticality);
          expect(after.max_criticality).toBeLessThanOrEqual(Math.max(before.max_criticality, policy.max_criticality_ceiling));
          expect((after.max_criticality ?? 0) - before.max_criticality).toBeLessThanOrEqual(input.filterStep + 1e-9);
          if (!input.reasons.includes('criticality')) expect(after.max_criticality).toBe(before.max_criticality);
        }
        if (before.min_leaseability === undefined) expect(after.min_leaseability).toBeUndefined();
        else {
          expect(after.min_leaseability).toBeLessThanOrEqual(before.min_leaseability);
          expect(after.min_leaseability).toBeGreaterThanOrEqual(Math.min(before.min_leaseability, policy.min_leaseability_floor));
          expect(before.min_leaseability - (after.min_leaseability ?? 0)).toBeLessThanOrEqual(input.filterStep + 1e-9);
          if (!input.reasons.includes('leaseability')) expect(after.min_leaseability).toBe(before.min_leaseability);
        }
      }),
    );
  });
});
