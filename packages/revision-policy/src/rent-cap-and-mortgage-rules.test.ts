import { describe, expect, it } from 'vitest';
import type { SelectorSpec } from '@leaseback/domain';
import { enforceRevisionPolicy } from './enforce-revision-policy.js';
import { relettableOriginal } from './__fixtures__/specs.js';

const original: SelectorSpec = {
  ...relettableOriginal,
  hard_constraints: { ...relettableOriginal.hard_constraints, max_rent_added: 10_000_000 },
  asset_filters: { ...relettableOriginal.asset_filters, exclude_mortgaged: true },
};

describe('max_rent_added and exclude_mortgaged under the revision policy', () => {
  it('a proposal may tighten the rent cap', () => {
    const proposal: SelectorSpec = { ...original, hard_constraints: { ...original.hard_constraints, max_rent_added: 8_000_000 } };
    const result = enforceRevisionPolicy(original, original, proposal);
    expect(result.status).toBe('accepted');
    expect(result.spec.hard_constraints.max_rent_added).toBe(8_000_000);
  });

  it('a proposal may not raise the rent cap: clamped back to the original', () => {
    const proposal: SelectorSpec = { ...original, hard_constraints: { ...original.hard_constraints, max_rent_added: 12_000_000 } };
    const result = enforceRevisionPolicy(original, original, proposal);
    expect(result.status).toBe('clamped');
    expect(result.spec.hard_constraints.max_rent_added).toBe(10_000_000);
    expect(result.violations.map((violation) => [violation.rule, violation.field])).toEqual([
      ['hard_constraint_relaxed', 'hard_constraints.max_rent_added'],
    ]);
  });

  it('a proposal that drops the rent cap or the mortgage exclusion gets both back', () => {
    const { max_rent_added: _dropped, ...covenants } = original.hard_constraints;
    const { exclude_mortgaged: _alsoDropped, ...filters } = original.asset_filters;
    const result = enforceRevisionPolicy(original, original, { ...original, hard_constraints: covenants, asset_filters: filters });
    expect(result.status).toBe('clamped');
    expect(result.spec.hard_constraints.max_rent_added).toBe(10_000_000);
    expect(result.spec.asset_filters.exclude_mortgaged).toBe(true);
    expect(result.violations.map((violation) => violation.field).sort()).toEqual([
      'asset_filters.exclude_mortgaged',
      'hard_constraints.max_rent_added',
    ]);
  });

  it('a proposal may add the mortgage exclusion (a tightening)', () => {
    const plain: SelectorSpec = { ...relettableOriginal };
    const result = enforceRevisionPolicy(plain, plain, { ...plain, asset_filters: { ...plain.asset_filters, exclude_mortgaged: true } });
    expect(result.status).toBe('accepted');
    expect(result.spec.asset_filters.exclude_mortgaged).toBe(true);
  });
});
