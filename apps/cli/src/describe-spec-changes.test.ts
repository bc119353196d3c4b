import fc from 'fast-check';
import { SelectorSpecSchema, type SelectorSpec } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { describeSpecChanges } from './describe-spec-changes.js';
import { describeSpec } from './describe-spec.js';

const base: SelectorSpec = SelectorSpecSchema.parse({
  program_type: 'slb',
  target_amount: 250e6,
  floor_amount: 200e6,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8 },
  asset_filters: { min_leaseability: 0.7, exclude_markets: ['Chicago'] },
  strategy: 'greedy',
});

describe('describeSpecChanges', () => {
  it('lists each changed field with its value before and after', () => {
    const revised = { ...base, target_amount: 225e6, asset_filters: { ...base.asset_filters, min_leaseability: 0.6 } };
    expect(describeSpecChanges(base, revised)).toEqual(['target $250M → $225M', 'min leaseability 0.70 → 0.60']);
  });

  it('reports a filter that appears or disappears', () => {
    const revised = { ...base, asset_filters: { ...base.asset_filters, max_criticality: 0.8, exclude_markets: undefined } };
    expect(describeSpecChanges(base, revised)).toEqual(['max criticality none → 0.80', 'excluded markets Chicago → none']);
  });

  it('lists nothing for the same spec, and reports a field it does not know by its path', () => {
    expect(describeSpecChanges(base, structuredClone(base))).toEqual([]);
    expect(describeSpecChanges(base, { ...base, tie_breaker: 'criticality' })).toEqual(['tie_breaker none → criticality']);
  });

  it('lists exactly one change when exactly one numeric field changes', () => {
    const fields = [
      ['target_amount'],
      ['floor_amount'],
      ['hard_constraints', 'max_net_leverage'],
      ['hard_constraints', 'min_fixed_charge_coverage'],
      ['asset_filters', 'min_leaseability'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (path, factor) => {
        const revised = structuredClone(base) as unknown as Record<string, Record<string, number>>;
        if (path.length === 1) (revised as unknown as Record<string, number>)[path[0]] = (base[path[0]] as number) * factor;
        else {
          const group = revised[path[0]] as Record<string, number>;
          group[path[1]] = (group[path[1]] ?? 0) * factor;
        }
        expect(describeSpecChanges(base, revised)).toHaveLength(1);
      }),
    );
  });
});

describe('describeSpec', () => {
  it('puts the amounts, covenants, filters and lease terms of a spec on four lines', () => {
    expect(describeSpec(base)).toEqual({
      amounts: 'target $250M, floor $200M, strategy greedy',
      covenants: 'net leverage ≤ 3.25x, fixed-charge coverage ≥ 1.80x',
      filters: 'leaseability ≥ 0.70, excluding markets Chicago',
      terms: 'as in the portfolio',
    });
  });

  it('shows the objective and every program term the spec states', () => {
    const stated = SelectorSpecSchema.parse({
      ...base,
      strategy: 'exact',
      objective: 'min_npv_cost',
      program_terms: { lease_term_years: 20, rent_escalator: 0.025, accounting_basis: 'ifrs16', tax_rate: 0.21 },
    });
    const description = describeSpec(stated);
    expect(description.amounts).toBe('target $250M, floor $200M, strategy exact, objective min_npv_cost');
    expect(description.terms).toBe('leases of 20 years, rent escalator 2.50% a year, IFRS 16 basis, tax rate 21.00%');
  });

  it('names a change of lease term or basis', () => {
    const after = SelectorSpecSchema.parse({ ...base, program_terms: { lease_term_years: 12, accounting_basis: 'us_gaap' } });
    const changes = describeSpecChanges(base, after).join('; ');
    expect(changes).toContain('lease term');
    expect(changes).toContain('12 years');
    expect(changes).toContain('US GAAP');
  });
});
