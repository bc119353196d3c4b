import {
  ExplanationNodeSchema,
  PolicyViolationSchema,
  ProgramMetricsSchema,
  ScenarioDefinitionSchema,
  SelectorSpecSchema,
  type SelectorSpecInput,
} from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromStrictOutput } from './from-strict-output.js';
import { extractFieldsOutputSchema } from './output-schemas.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const positive = fc.double({ min: 1, max: 1e10, noNaN: true });
const names = fc.array(fc.constantFrom('Dallas', 'Houston', 'Chicago', 'Newark'), { minLength: 1, maxLength: 3 });

/** A spec as a caller may write it, with any subset of the optional fields. */
const specInput: fc.Arbitrary<SelectorSpecInput> = fc.record(
  {
    program_type: fc.constant('slb' as const),
    target_amount: positive,
    floor_amount: positive,
    hard_constraints: fc.record(
      {
        max_net_leverage: fc.double({ min: 0.5, max: 8, noNaN: true }),
        min_fixed_charge_coverage: fc.double({ min: 0.5, max: 8, noNaN: true }),
        max_lease_adjusted_leverage: fc.double({ min: 0.5, max: 8, noNaN: true }),
        max_market_share: fc.double({ min: 0.01, max: 1, noNaN: true }),
      },
      { requiredKeys: ['max_net_leverage', 'min_fixed_charge_coverage'] },
    ),
    asset_filters: fc.record(
      {
        max_criticality: unit,
        min_leaseability: unit,
        asset_types: fc.array(fc.constantFrom('warehouse' as const, 'office' as const, 'retail' as const), { minLength: 1, maxLength: 3 }),
        include_markets: names,
        exclude_markets: names,
        exclude_asset_ids: fc.array(fc.constantFrom('DAL-01', 'HOU-02'), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    strategy: fc.constantFrom('greedy' as const, 'exact' as const),
  },
  { requiredKeys: ['program_type', 'target_amount', 'hard_constraints'] },
);

/** What a model in strict mode writes for `spec`: every optional field present, null when absent. */
function strictAnswer(spec: SelectorSpecInput): unknown {
  const filters = spec.asset_filters;
  return {
    program_type: spec.program_type,
    target_amount: spec.target_amount,
    floor_amount: spec.floor_amount ?? null,
    hard_constraints: {
      max_net_leverage: spec.hard_constraints.max_net_leverage,
      min_fixed_charge_coverage: spec.hard_constraints.min_fixed_charge_coverage,
      max_lease_adjusted_leverage: spec.hard_constraints.max_lease_adjusted_leverage ?? null,
      max_market_share: spec.hard_constraints.max_market_share ?? null,
    },
    asset_filters:
      filters === undefined
        ? null
        : {
            max_criticality: filters.max_criticality ?? null,
            min_leaseability: filters.min_leaseability ?? null,
            asset_types: filters.asset_types ?? null,
            include_markets: filters.include_markets ?? null,
            exclude_markets: filters.exclude_markets ?? null,
            exclude_asset_ids: filters.exclude_asset_ids ?? null,
          },
    strategy: spec.strategy ?? null,
  };
}

describe('fromStrictOutput', () => {
  it('turns the nulls of optional fields into absent ones, so defaults apply', () => {
    const mapped = fromStrictOutput(SelectorSpecSchema, {
      program_type: 'slb',
      target_amount: 100,
      floor_amount: null,
      hard_constraints: { max_net_leverage: 3, min_fixed_charge_coverage: 1.5, max_lease_adjusted_leverage: null, max_market_share: 0.4 },
      asset_filters: null,
      strategy: null,
    });
    expect(mapped).toEqual({
      program_type: 'slb',
      target_amount: 100,
      hard_constraints: { max_net_leverage: 3, min_fixed_charge_coverage: 1.5, max_market_share: 0.4 },
    });
    expect(SelectorSpecSchema.parse(mapped)).toEqual({
      program_type: 'slb',
      target_amount: 100,
      hard_constraints: { max_net_leverage: 3, min_fixed_charge_coverage: 1.5, max_market_share: 0.4 },
      asset_filters: {},
      strategy: 'greedy',
    });
  });

  it('keeps null where the field itself accepts null', () => {
    const mapped = fromStrictOutput(ScenarioDefinitionSchema, {
      label: 'Base',
      kind: 'base',
      rationale: 'as written',
      target_amount: 10,
      max_leverage: null,
      min_coverage: 2,
      max_criticality: null,
      min_leaseability: null,
      exclude_markets: null,
    });
    expect(mapped).toEqual({
      label: 'Base',
      kind: 'base',
      rationale: 'as written',
      target_amount: 10,
      max_leverage: null,
      min_coverage: 2,
      max_criticality: null,
      min_leaseability: null,
      exclude_markets: null,
    });
  });

  it('leaves a required null in place for validation to report', () => {
    const mapped = fromStrictOutput(SelectorSpecSchema, { program_type: 'slb', target_amount: null, hard_constraints: null });
    expect(mapped).toEqual({ program_type: 'slb', target_amount: null, hard_constraints: null });
  });

  it('turns {key, value} entries back into a record, and keeps an object that is already one', () => {
    const metrics = {
      net_leverage: null,
      fixed_charge_coverage: 2,
      lease_adjusted_leverage: 3,
      ebitda: -5,
      ebitdar: 1,
      net_debt: 10,
      interest_expense: 1,
      rent_expense: 1,
    };
    expect(fromStrictOutput(ProgramMetricsSchema, { ...metrics, ratio_notes: [{ key: 'net_leverage', value: 'EBITDA <= 0' }] })).toEqual({
      ...metrics,
      ratio_notes: { net_leverage: 'EBITDA <= 0' },
    });
    expect(fromStrictOutput(ProgramMetricsSchema, { ...metrics, ratio_notes: { net_leverage: 'x' } })).toEqual({
      ...metrics,
      ratio_notes: { net_leverage: 'x' },
    });
    expect(fromStrictOutput(ProgramMetricsSchema, { ...metrics, ratio_notes: null })).toEqual(metrics);
    const node = fromStrictOutput(ExplanationNodeSchema, {
      kind: 'asset_selected',
      asset_id: 'A',
      constraint: null,
      message: 'm',
      values: [
        { key: 'cash', value: 5 },
        { key: 'note', value: null },
      ],
    });
    expect(ExplanationNodeSchema.parse(node).values).toEqual({ cash: 5, note: null });
  });

  it('reads entry lists inside a recursive union as maps, and other lists as lists', () => {
    const violation = fromStrictOutput(PolicyViolationSchema, {
      rule: 'list_filter_relaxed',
      field: 'asset_filters',
      proposed_value: [{ key: 'exclude_markets', value: ['Dallas'] }],
      applied_value: [1, 'two', [{ key: 'deep', value: true }]],
      message: 'm',
    });
    expect(violation).toEqual({
      rule: 'list_filter_relaxed',
      field: 'asset_filters',
      proposed_value: { exclude_markets: ['Dallas'] },
      applied_value: [1, 'two', { deep: true }],
      message: 'm',
    });
  });

  it('drops the fields an extraction did not find', () => {
    const schema = extractFieldsOutputSchema(['target_amount', 'markets', 'confirmed']);
    expect(fromStrictOutput(schema, { target_amount: 5e7, markets: null, confirmed: false })).toEqual({
      target_amount: 5e7,
      confirmed: false,
    });
  });

  it('passes values of other shapes through unchanged', () => {
    expect(fromStrictOutput(SelectorSpecSchema, 'not an object')).toBe('not an object');
    expect(fromStrictOutput(z.array(z.number().optional()), [1, null])).toEqual([1, undefined]);
    expect(fromStrictOutput(z.strictObject({ a: z.string() }), { a: 'x', extra: null })).toEqual({ a: 'x', extra: null });
  });

  it('round-trips any spec through its strict form', () => {
    fc.assert(
      fc.property(specInput, (spec) => {
        const expected = SelectorSpecSchema.parse(spec);
        expect(SelectorSpecSchema.parse(fromStrictOutput(SelectorSpecSchema, strictAnswer(spec)))).toEqual(expected);
      }),
    );
  });

  it('round-trips any record through its entry list', () => {
    const schema = z.strictObject({ notes: z.record(z.string(), z.union([z.number(), z.string(), z.null()])) });
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((key) => key !== '__proto__'),
          fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        ),
        (notes) => {
          const entries = Object.entries(notes).map(([key, value]) => ({ key, value }));
          expect(fromStrictOutput(schema, { notes: entries })).toEqual({ notes });
        },
      ),
    );
  });
});
