import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ASSET_TYPES,
  DEFAULT_REVISION_POLICY_CONFIG,
  canonicalJson,
  PolicyResultSchema,
  SelectorSpecSchema,
  type JsonValue,
  type PolicyResult,
  type RevisionPolicyConfig,
  type SelectorSpec,
} from '@leaseback/domain';
import { enforceRevisionPolicy } from './enforce-revision-policy.js';

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

const MARKETS = ['Dallas', 'dallas', 'Houston', 'HOUSTON', 'Chicago', 'Newark', 'Phoenix'];
const ASSET_IDS = ['A', 'a', 'B', 'C', 'D'];

/** Scores on a 0.05 grid hit the step and bound edges exactly; free doubles catch the rest. */
const score = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((step) => step / 20),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const money = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map((millions) => millions * 1_000_000),
  fc.double({ min: 1e-3, max: 1e10, noNaN: true, noDefaultInfinity: true }),
);
const positiveRatio = fc.oneof(
  fc.integer({ min: 1, max: 80 }).map((tenths) => tenths / 10),
  fc.double({ min: 1e-3, max: 20, noNaN: true, noDefaultInfinity: true }),
);
const share = fc.oneof(
  fc.integer({ min: 1, max: 20 }).map((step) => step / 20),
  fc.double({ min: 1e-6, max: 1, noNaN: true }),
);
const optional = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const nonEmptySubset = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });

/** Drops keys whose value is undefined, as a parsed spec would not carry them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

const specArbitrary: fc.Arbitrary<SelectorSpec> = fc
  .record({
    target_amount: money,
    floor_amount: optional(money),
    hard_constraints: fc.record({
      max_net_leverage: positiveRatio,
      min_fixed_charge_coverage: positiveRatio,
      max_lease_adjusted_leverage: optional(positiveRatio),
      max_market_share: optional(share),
    }),
    asset_filters: fc.record({
      max_criticality: optional(score),
      min_leaseability: optional(score),
      asset_types: optional(nonEmptySubset(ASSET_TYPES)),
      include_markets: optional(nonEmptySubset(MARKETS)),
      exclude_markets: optional(fc.subarray(MARKETS)),
      exclude_asset_ids: optional(fc.subarray(ASSET_IDS)),
    }),
    strategy: fc.constantFrom('greedy' as const, 'exact' as const),
  })
  .map((raw) =>
    SelectorSpecSchema.parse({
      program_type: 'slb',
      ...compact(raw),
      hard_constraints: compact(raw.hard_constraints),
      asset_filters: compact(raw.asset_filters),
    }),
  );

/**
 * A proposal derived from `base`: each field is kept, nudged around the policy's
 * edges, dropped or replaced by a random value, so that proposals land on both
 * sides of every bound.
 */
function proposalFrom(base: SelectorSpec): fc.Arbitrary<SelectorSpec> {
  const nudgeScore = (value: number | undefined) =>
    fc.oneof(
      fc.constant(value),
      fc.constant(undefined),
      score,
      ...(value === undefined
        ? []
        : [fc.constantFrom(-0.15, -0.1, -0.05, 0.05, 0.1, 0.1000001, 0.15).map((delta) => Math.min(1, Math.max(0, value + delta)))]),
    );
  const nudgeLimit = (value: number | undefined, arbitrary: fc.Arbitrary<number>) =>
    fc.oneof(
      fc.constant(value),
      fc.constant(undefined),
      arbitrary,
      ...(value === undefined ? [] : [fc.constantFrom(0.8, 0.95, 1.05, 1.2).map((factor) => value * factor)]),
    );
  const list = <T>(value: T[] | undefined, items: readonly T[], minLength: number) =>
    fc.oneof(fc.constant(value), fc.constant(undefined), fc.subarray([...items], { minLength }));
  return fc
    .record({
      program_type: fc.oneof({ weight: 19, arbitrary: fc.constant('slb') }, { weight: 1, arbitrary: fc.constant('mortgage') }),
      target_amount: fc.oneof(
        fc.constant(base.target_amount),
        money,
        fc.constantFrom(0.7, 0.79, 0.8, 0.81, 0.9, 1, 1.1).map((factor) => base.target_amount * factor),
      ),
      floor_amount: fc.oneof({ weight: 4, arbitrary: fc.constant(base.floor_amount) }, { weight: 1, arbitrary: optional(money) }),
      max_net_leverage: fc.oneof(fc.constant(base.hard_constraints.max_net_leverage), positiveRatio),
      min_fixed_charge_coverage: fc.oneof(fc.constant(base.hard_constraints.min_fixed_charge_coverage), positiveRatio),
      max_lease_adjusted_leverage: nudgeLimit(base.hard_constraints.max_lease_adjusted_leverage, positiveRatio),
      max_market_share: nudgeLimit(base.hard_constraints.max_market_share, share).map((value) =>
        value === undefined ? undefined : Math.min(1, value),
      ),
      max_criticality: nudgeScore(base.asset_filters.max_criticality),
      min_leaseability: nudgeScore(base.asset_filters.min_leaseability),
      asset_types: list(base.asset_filters.asset_types, ASSET_TYPES, 1),
      include_markets: list(base.asset_filters.include_markets, MARKETS, 1),
      exclude_markets: list(base.asset_filters.exclude_markets, MARKETS, 0),
      exclude_asset_ids: list(base.asset_filters.exclude_asset_ids, ASSET_IDS, 0),
      strategy: fc.oneof(
        { weight: 4, arbitrary: fc.constant(base.strategy) },
        { weight: 1, arbitrary: fc.constantFrom('greedy', 'exact') },
      ),
    })
    .map(
      (raw) =>
        compact({
          program_type: raw.program_type as SelectorSpec['program_type'],
          target_amount: raw.target_amount,
          floor_amount: raw.floor_amount,
          hard_constraints: compact({
            max_net_leverage: raw.max_net_leverage,
            min_fixed_charge_coverage: raw.min_fixed_charge_coverage,
            max_lease_adjusted_leverage: raw.max_lease_adjusted_leverage,
            max_market_share: raw.max_market_share,
          }),
          asset_filters: compact({
            max_criticality: raw.max_criticality,
            min_leaseability: raw.min_leaseability,
            asset_types: raw.asset_types,
            include_markets: raw.include_markets,
            exclude_markets: raw.exclude_markets,
            exclude_asset_ids: raw.exclude_asset_ids,
          }),
          strategy: raw.strategy as SelectorSpec['strategy'],
        }) as SelectorSpec,
    );
}

const configArbitrary: fc.Arbitrary<RevisionPolicyConfig> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(DEFAULT_REVISION_POLICY_CONFIG) },
  {
    weight: 1,
    arbitrary: fc.record({
      max_target_step_fraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
      max_filter_step: fc.double({ min: 0, max: 1, noNaN: true }),
      max_criticality_ceiling: fc.double({ min: 0, max: 1, noNaN: true }),
      min_leaseability_floor: fc.double({ min: 0, max: 1, noNaN: true }),
      default_floor_fraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
      max_iterations: fc.integer({ min: 1, max: 50 }),
    }),
  },
);

/**
 * A run: the original spec, a previous spec reached from it through zero to
 * three policy-enforced revisions (as the revision loop would), a proposal and
 * a config.
 */
const runArbitrary = fc
  .tuple(specArbitrary, configArbitrary)
  .chain(([original, config]) => fc.tuple(fc.constant(original), fc.constant(config), fc.integer({ min: 0, max: 3 })))
  .chain(([original, config, revisions]) => {
    let chain: fc.Arbitrary<SelectorSpec> = fc.constant(original);
    for (let index = 0; index < revisions; index += 1) {
      chain = chain.chain((previous) =>
        proposalFrom(previous).map((proposal) => enforceRevisionPolicy(original, previous, proposal, config).spec),
      );
    }
    return chain.chain((previous) =>
      fc.record({
        original: fc.constant(original),
        previous: fc.constant(previous),
        proposed: fc.oneof(proposalFrom(previous), specArbitrary),
        config: fc.constant(config),
      }),
    );
  });

// ---------------------------------------------------------------------------
// An independent statement of the rules, checked on any spec
// ---------------------------------------------------------------------------

/** Relative slack for bounds computed with arithmetic (the policy rounds them to 12 digits). */
const SLACK = 1e-9;
const atMost = (value: number, bound: number) => value <= bound + SLACK * Math.max(1, Math.abs(bound));
const atLeast = (value: number, bound: number) => value >= bound - SLACK * Math.max(1, Math.abs(bound));
const lower = (items: readonly string[]) => items.map((item) => item.toLowerCase());

/** Every rule the spec breaks, as readable strings (empty when the spec is allowed). */
function ruleBreaches(original: SelectorSpec, previous: SelectorSpec, spec: SelectorSpec, config: RevisionPolicyConfig): string[] {
  const breaches: string[] = [];
  const expect = (condition: boolean, message: string) => {
    if (!condition) breaches.push(message);
  };
  expect(spec.program_type === original.program_type, 'program_type changed');

  const originalLimits = original.hard_constraints;
  const limits = spec.hard_constraints;
  for (const name of ['max_net_leverage', 'max_lease_adjusted_leverage', 'max_market_share'] as const) {
    const originalLimit = originalLimits[name];
    const limit = limits[name];
    if (originalLimit !== undefined) expect(limit !== undefined && limit <= originalLimit, `${name} relaxed`);
  }
  expect(limits.min_fixed_charge_coverage >= originalLimits.min_fixed_charge_coverage, 'min_fixed_charge_coverage relaxed');

  const floor = Math.min(original.floor_amount ?? config.default_floor_fraction * original.target_amount, original.target_amount);
  const unchangedTarget = spec.target_amount === previous.target_amount;
  expect(unchangedTarget || atMost(spec.target_amount, Math.max(previous.target_amount, floor)), 'target increased');
  expect(unchangedTarget || atLeast(spec.target_amount, previous.target_amount * (1 - config.max_target_step_fraction)), 'target step');
  expect(atLeast(spec.target_amount, floor), 'target below floor');
  expect(spec.floor_amount === original.floor_amount, 'floor changed');
  expect(spec.strategy === previous.strategy, 'strategy changed');

  const previousCriticality = previous.asset_filters.max_criticality;
  const criticality = spec.asset_filters.max_criticality;
  if (previousCriticality !== undefined) {
    expect(criticality !== undefined, 'max_criticality dropped');
    if (criticality !== undefined && criticality !== previousCriticality) {
      expect(atMost(criticality, previousCriticality + config.max_filter_step), 'max_criticality step');
      expect(criticality <= previousCriticality || atMost(criticality, config.max_criticality_ceiling), 'max_criticality ceiling');
    }
  }
  const previousLeaseability = previous.asset_filters.min_leaseability;
  const leaseability = spec.asset_filters.min_leaseability;
  if (previousLeaseability !== undefined) {
    expect(leaseability !== undefined, 'min_leaseability dropped');
    if (leaseability !== undefined && leaseability !== previousLeaseability) {
      expect(atLeast(leaseability, previousLeaseability - config.max_filter_step), 'min_leaseability step');
      expect(leaseability >= previousLeaseability || atLeast(leaseability, config.min_leaseability_floor), 'min_leaseability floor');
    }
  }

  const previousFilters = previous.asset_filters;
  const filters = spec.asset_filters;
  const excludedMarkets = new Set(lower(filters.exclude_markets ?? []));
  expect(
    lower(previousFilters.exclude_markets ?? []).every((market) => excludedMarkets.has(market)),
    'exclude_markets shrank',
  );
  const excludedIds = new Set(filters.exclude_asset_ids ?? []);
  expect(
    (previousFilters.exclude_asset_ids ?? []).every((id) => excludedIds.has(id)),
    'exclude_asset_ids shrank',
  );
  if (previousFilters.asset_types !== undefined) {
    const allowed = new Set(previousFilters.asset_types);
    expect(filters.asset_types?.every((type) => allowed.has(type)) === true, 'asset_types grew');
  }
  if (previousFilters.include_markets !== undefined) {
    const allowed = new Set(lower(previousFilters.include_markets));
    expect(
      filters.include_markets !== undefined && lower(filters.include_markets).every((market) => allowed.has(market)),
      'include_markets grew',
    );
  }
  return breaches;
}

/** Reads a violation's field (a dotted path) from a spec as the JSON value a violation records. */
function fieldValue(spec: SelectorSpec, field: string): JsonValue {
  let value: unknown = spec;
  for (const key of field.split('.')) value = value === undefined ? undefined : (value as Record<string, unknown>)[key];
  return value === undefined ? null : (value as JsonValue);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const entry of Object.values(value)) deepFreeze(entry);
    Object.freeze(value);
  }
  return value;
}

const RUNS = { numRuns: 1000 };

describe('enforceRevisionPolicy properties', () => {
  it('every result is schema-valid and respects every rule', () => {
    fc.assert(
      fc.property(runArbitrary, ({ original, previous, proposed, config }) => {
        const result: PolicyResult = enforceRevisionPolicy(original, previous, proposed, config);
        expect(PolicyResultSchema.parse(result)).toEqual(result);
        expect(ruleBreaches(original, previous, result.spec, config)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('status, violations and spec agree: accepted means untouched, each violation names what was applied', () => {
    fc.assert(
      fc.property(runArbitrary, ({ original, previous, proposed, config }) => {
        const result = enforceRevisionPolicy(original, previous, proposed, config);
        if (proposed.program_type !== previous.program_type) {
          expect(result.status).toBe('invalid');
          expect(result.spec).toEqual(previous);
          expect(result.violations.map((violation) => violation.rule)).toEqual(['program_type_immutable']);
          return;
        }
        expect(result.status).toBe(result.violations.length === 0 ? 'accepted' : 'clamped');
        expect(canonicalJson(result.spec) === canonicalJson(proposed)).toBe(result.status === 'accepted');
        for (const violation of result.violations) {
          expect(violation.applied_value).toEqual(fieldValue(result.spec, violation.field));
          expect(violation.proposed_value).toEqual(fieldValue(proposed, violation.field));
          expect(violation.applied_value).not.toEqual(violation.proposed_value);
        }
        expect(new Set(result.violations.map((violation) => violation.field)).size).toBe(result.violations.length);
      }),
      RUNS,
    );
  });

  it('tightening a spec the policy allowed is always accepted', () => {
    const tightening = fc.record({
      limitFactor: fc.double({ min: 0.5, max: 1, noNaN: true }),
      coverageFactor: fc.double({ min: 1, max: 2, noNaN: true }),
      scoreShift: fc.double({ min: 0, max: 0.5, noNaN: true }),
      targetShare: fc.double({ min: 0, max: 1, noNaN: true }),
      extraMarkets: fc.subarray(MARKETS),
      extraIds: fc.subarray(ASSET_IDS),
      keptShare: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(runArbitrary, tightening, ({ original, previous, proposed, config }, change) => {
        const allowed = enforceRevisionPolicy(original, previous, proposed, config);
        fc.pre(allowed.status !== 'invalid');
        const spec = structuredClone(allowed.spec);
        const limits = spec.hard_constraints;
        limits.max_net_leverage *= change.limitFactor;
        limits.min_fixed_charge_coverage *= change.coverageFactor;
        if (limits.max_lease_adjusted_leverage !== undefined) limits.max_lease_adjusted_leverage *= change.limitFactor;
        if (limits.max_market_share !== undefined) limits.max_market_share *= change.limitFactor;
        const filters = spec.asset_filters;
        if (filters.max_criticality !== undefined) filters.max_criticality = Math.max(0, filters.max_criticality - change.scoreShift);
        if (filters.min_leaseability !== undefined) filters.min_leaseability = Math.min(1, filters.min_leaseability + change.scoreShift);
        const keep = <T>(list: T[]) => list.slice(0, Math.max(1, Math.ceil(list.length * change.keptShare)));
        if (filters.asset_types !== undefined) filters.asset_types = keep(filters.asset_types);
        if (filters.include_markets !== undefined) filters.include_markets = keep(filters.include_markets);
        filters.exclude_markets = [...(filters.exclude_markets ?? []), ...change.extraMarkets];
        filters.exclude_asset_ids = [...(filters.exclude_asset_ids ?? []), ...change.extraIds];
        // Move the target down, but only inside the range the policy documents (with a margin for rounding).
        const floor = Math.min(original.floor_amount ?? config.default_floor_fraction * original.target_amount, original.target_amount);
        const lowest = Math.max(floor, previous.target_amount * (1 - config.max_target_step_fraction)) * (1 + 1e-9);
        // max(): subtracting from a large target can land a hair under `lowest` by cancellation.
        if (lowest < spec.target_amount)
          spec.target_amount = Math.max(lowest, spec.target_amount - (spec.target_amount - lowest) * change.targetShare);
        const result = enforceRevisionPolicy(original, previous, spec, config);
        expect(result.violations).toEqual([]);
        expect(result.status).toBe('accepted');
        expect(result.spec).toEqual(spec);
      }),
      RUNS,
    );
  });

  it('is idempotent: enforcing the result again accepts it unchanged', () => {
    fc.assert(
      fc.property(runArbitrary, ({ original, previous, proposed, config }) => {
        const first = enforceRevisionPolicy(original, previous, proposed, config);
        const second = enforceRevisionPolicy(original, previous, first.spec, config);
        expect(second.status).toBe('accepted');
        expect(second.spec).toEqual(first.spec);
      }),
      RUNS,
    );
  });

  it('is idempotent even when the previous spec did not come from the policy (unless the proposal is refused)', () => {
    fc.assert(
      fc.property(specArbitrary, specArbitrary, specArbitrary, configArbitrary, (original, previous, proposed, config) => {
        const first = enforceRevisionPolicy(original, previous, proposed, config);
        expect(PolicyResultSchema.parse(first)).toEqual(first);
        const second = enforceRevisionPolicy(original, previous, first.spec, config);
        expect(second.status).toBe('accepted');
      }),
      RUNS,
    );
  });

  it('never mutates its inputs and never hands back an object it was given', () => {
    fc.assert(
      fc.property(runArbitrary, ({ original, previous, proposed, config }) => {
        const before = JSON.stringify([original, previous, proposed, config]);
        const result = enforceRevisionPolicy(deepFreeze(original), deepFreeze(previous), deepFreeze(proposed), deepFreeze({ ...config }));
        expect(JSON.stringify([original, previous, proposed, config])).toBe(before);
        const inputObjects = new Set<unknown>();
        for (const spec of [original, previous, proposed]) {
          inputObjects.add(spec);
          inputObjects.add(spec.hard_constraints);
          inputObjects.add(spec.asset_filters);
          for (const list of Object.values(spec.asset_filters)) if (Array.isArray(list)) inputObjects.add(list);
        }
        expect(inputObjects.has(result.spec)).toBe(false);
        expect(inputObjects.has(result.spec.hard_constraints)).toBe(false);
        expect(inputObjects.has(result.spec.asset_filters)).toBe(false);
        for (const list of Object.values(result.spec.asset_filters)) if (Array.isArray(list)) expect(inputObjects.has(list)).toBe(false);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same inputs give byte-identical results', () => {
    fc.assert(
      fc.property(runArbitrary, ({ original, previous, proposed, config }) => {
        const first = enforceRevisionPolicy(original, previous, proposed, config);
        const second = enforceRevisionPolicy(structuredClone(original), structuredClone(previous), structuredClone(proposed), {
          ...config,
        });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      RUNS,
    );
  });
});
