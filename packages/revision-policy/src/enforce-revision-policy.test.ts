import { describe, expect, it } from 'vitest';
import { InvalidInputError, PolicyResultSchema, type SelectorSpec } from '@leaseback/domain';
import { enforceRevisionPolicy } from './enforce-revision-policy.js';
import { edited, fullyFilteredOriginal, relettableOriginal } from './__fixtures__/specs.js';

const enforceFrom = (original: SelectorSpec, proposed: SelectorSpec) => enforceRevisionPolicy(original, original, proposed);

describe('an unchanged or tightened proposal', () => {
  it('is accepted as proposed, with no violations and no shared objects', () => {
    const proposed = edited(relettableOriginal, () => {});
    const result = enforceFrom(relettableOriginal, proposed);
    expect(result.status).toBe('accepted');
    expect(result.violations).toEqual([]);
    expect(result.spec).toEqual(proposed);
    expect(result.spec).not.toBe(proposed);
    expect(result.spec.asset_filters.exclude_markets).not.toBe(proposed.asset_filters.exclude_markets);
    expect(PolicyResultSchema.parse(result)).toEqual(result);
  });

  it('accepts every kind of tightening at once', () => {
    const proposed = edited(fullyFilteredOriginal, (spec) => {
      spec.target_amount = 130_000_000;
      spec.hard_constraints = {
        max_net_leverage: 3,
        min_fixed_charge_coverage: 2.5,
        max_lease_adjusted_leverage: 4,
        max_market_share: 0.3,
      };
      spec.asset_filters = {
        max_criticality: 0.3,
        min_leaseability: 0.8,
        asset_types: ['warehouse'],
        include_markets: ['Dallas'],
        exclude_markets: ['Chicago', 'Newark'],
        exclude_asset_ids: ['DAL-01', 'HOU-03', 'ATL-02'],
      };
    });
    const result = enforceFrom(fullyFilteredOriginal, proposed);
    expect(result).toEqual({ status: 'accepted', spec: proposed, violations: [] });
  });
});

describe('program_type is immutable', () => {
  it('refuses the proposal and hands back the previous spec', () => {
    const previous = edited(relettableOriginal, (spec) => {
      spec.target_amount = 220_000_000;
    });
    const proposed = edited(previous, (spec) => {
      spec.program_type = 'mortgage' as SelectorSpec['program_type'];
      spec.target_amount = 300_000_000;
    });
    const result = enforceRevisionPolicy(relettableOriginal, previous, proposed);
    expect(result.status).toBe('invalid');
    expect(result.spec).toEqual(previous);
    expect(result.spec).not.toBe(previous);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'program_type_immutable',
        field: 'program_type',
        proposed_value: 'mortgage',
        applied_value: 'slb',
      }),
    ]);
  });
});

describe('hard constraints cannot relax versus the original', () => {
  it('lowers a raised leverage ceiling and raises a lowered coverage floor back to the original', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      spec.hard_constraints.max_net_leverage = 3.5;
      spec.hard_constraints.min_fixed_charge_coverage = 1.5;
    });
    const result = enforceFrom(relettableOriginal, proposed);
    expect(result.status).toBe('clamped');
    expect(result.spec.hard_constraints).toEqual({ max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8, max_market_share: 0.4 });
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'hard_constraint_relaxed',
        field: 'hard_constraints.max_net_leverage',
        proposed_value: 3.5,
        applied_value: 3.25,
      }),
      expect.objectContaining({
        rule: 'hard_constraint_relaxed',
        field: 'hard_constraints.min_fixed_charge_coverage',
        proposed_value: 1.5,
        applied_value: 1.8,
      }),
    ]);
  });

  it('restores an optional covenant the original had and the proposal dropped', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      delete spec.hard_constraints.max_market_share;
    });
    const result = enforceFrom(relettableOriginal, proposed);
    expect(result.spec.hard_constraints.max_market_share).toBe(0.4);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'hard_constraint_relaxed',
        field: 'hard_constraints.max_market_share',
        proposed_value: null,
        applied_value: 0.4,
      }),
    ]);
  });

  it('lets a proposal add a covenant the original did not have', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      spec.hard_constraints.max_lease_adjusted_leverage = 4;
    });
    expect(enforceFrom(relettableOriginal, proposed).status).toBe('accepted');
  });

  it('measures against the original, not the previous spec', () => {
    // The previous iteration tightened leverage to 3.0x; going back to 3.2x is still inside the original 3.25x.
    const previous = edited(relettableOriginal, (spec) => {
      spec.hard_constraints.max_net_leverage = 3;
    });
    const proposed = edited(relettableOriginal, (spec) => {
      spec.hard_constraints.max_net_leverage = 3.2;
    });
    expect(enforceRevisionPolicy(relettableOriginal, previous, proposed).status).toBe('accepted');
  });
});

describe('the target is monotone non-increasing', () => {
  it('keeps the previous target when the proposal raises it', () => {
    const previous = edited(relettableOriginal, (spec) => {
      spec.target_amount = 220_000_000;
    });
    const proposed = edited(previous, (spec) => {
      spec.target_amount = 240_000_000;
    });
    const result = enforceRevisionPolicy(relettableOriginal, previous, proposed);
    expect(result.spec.target_amount).toBe(220_000_000);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'target_increased',
        field: 'target_amount',
        proposed_value: 240_000_000,
        applied_value: 220_000_000,
      }),
    ]);
  });

  it('accepts a cut of exactly 20 % and raises a deeper cut to 20 % below the previous target', () => {
    // Floor $100M, so the 20 % step binds: 150 x 0.8 = 120.
    const exactStep = edited(fullyFilteredOriginal, (spec) => {
      spec.target_amount = 120_000_000;
    });
    expect(enforceFrom(fullyFilteredOriginal, exactStep).status).toBe('accepted');
    const deeper = edited(fullyFilteredOriginal, (spec) => {
      spec.target_amount = 110_000_000;
    });
    const result = enforceFrom(fullyFilteredOriginal, deeper);
    expect(result.spec.target_amount).toBe(120_000_000);
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'target_step_exceeded', proposed_value: 110_000_000, applied_value: 120_000_000 }),
    ]);
  });

  it('never goes below an explicit floor', () => {
    // Previous $120M: the step allows $96M but the floor is $100M.
    const previous = edited(fullyFilteredOriginal, (spec) => {
      spec.target_amount = 120_000_000;
    });
    const proposed = edited(previous, (spec) => {
      spec.target_amount = 97_000_000;
    });
    const result = enforceRevisionPolicy(fullyFilteredOriginal, previous, proposed);
    expect(result.spec.target_amount).toBe(100_000_000);
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'target_below_floor', proposed_value: 97_000_000, applied_value: 100_000_000 }),
    ]);
  });

  it('uses 80 % of the first target as the floor when none is given', () => {
    // Original $250M, no floor: floor $200M. From $210M the step would allow $168M.
    const previous = edited(relettableOriginal, (spec) => {
      spec.target_amount = 210_000_000;
    });
    const proposed = edited(previous, (spec) => {
      spec.target_amount = 180_000_000;
    });
    const result = enforceRevisionPolicy(relettableOriginal, previous, proposed);
    expect(result.spec.target_amount).toBe(200_000_000);
    expect(result.violations[0]).toMatchObject({ rule: 'target_below_floor', applied_value: 200_000_000 });
  });

  it('caps a floor set above the first target at that target', () => {
    const original = edited(relettableOriginal, (spec) => {
      spec.target_amount = 100_000_000;
      spec.floor_amount = 120_000_000;
    });
    expect(enforceFrom(original, original).status).toBe('accepted');
    const lower = edited(original, (spec) => {
      spec.target_amount = 90_000_000;
    });
    const result = enforceFrom(original, lower);
    expect(result.spec.target_amount).toBe(100_000_000);
    expect(result.violations[0]).toMatchObject({ rule: 'target_below_floor' });
  });

  it('takes the step and the default floor from the config', () => {
    // Step 50 %: from $250M down to $125M; default floor 40 %: $100M.
    const config = { max_target_step_fraction: 0.5, default_floor_fraction: 0.4 };
    const allowed = edited(relettableOriginal, (spec) => {
      spec.target_amount = 130_000_000;
    });
    expect(enforceRevisionPolicy(relettableOriginal, relettableOriginal, allowed, config).status).toBe('accepted');
    const tooDeep = edited(relettableOriginal, (spec) => {
      spec.target_amount = 120_000_000;
    });
    const result = enforceRevisionPolicy(relettableOriginal, relettableOriginal, tooDeep, config);
    expect(result.spec.target_amount).toBe(125_000_000);
    expect(result.violations[0]).toMatchObject({ rule: 'target_step_exceeded' });
  });
});

describe('floor_amount may not change', () => {
  it('restores a changed or dropped floor', () => {
    const changed = edited(fullyFilteredOriginal, (spec) => {
      spec.floor_amount = 80_000_000;
    });
    const changedResult = enforceFrom(fullyFilteredOriginal, changed);
    expect(changedResult.spec.floor_amount).toBe(100_000_000);
    expect(changedResult.violations).toEqual([
      expect.objectContaining({ rule: 'floor_changed', field: 'floor_amount', proposed_value: 80_000_000, applied_value: 100_000_000 }),
    ]);
    const dropped = edited(fullyFilteredOriginal, (spec) => {
      delete spec.floor_amount;
    });
    expect(enforceFrom(fullyFilteredOriginal, dropped).violations).toEqual([
      expect.objectContaining({ rule: 'floor_changed', proposed_value: null, applied_value: 100_000_000 }),
    ]);
  });

  it('removes a floor the original did not set', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      spec.floor_amount = 150_000_000;
    });
    const result = enforceFrom(relettableOriginal, proposed);
    expect('floor_amount' in result.spec).toBe(false);
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'floor_changed', proposed_value: 150_000_000, applied_value: null }),
    ]);
  });
});

describe('numeric filters loosen by a bounded step versus the previous spec', () => {
  const withFilters = (filters: SelectorSpec['asset_filters']) =>
    edited(relettableOriginal, (spec) => {
      spec.asset_filters = filters;
    });

  it('cuts max_criticality back to one step above the previous value', () => {
    const previous = withFilters({ max_criticality: 0.5 });
    const result = enforceRevisionPolicy(relettableOriginal, previous, withFilters({ max_criticality: 0.75 }));
    expect(result.spec.asset_filters.max_criticality).toBe(0.6);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'filter_step_exceeded',
        field: 'asset_filters.max_criticality',
        proposed_value: 0.75,
        applied_value: 0.6,
      }),
    ]);
  });

  it('accepts a full step even where floating point would miss it (0.7 + 0.1 = 0.8)', () => {
    const previous = withFilters({ max_criticality: 0.7, min_leaseability: 0.3 });
    const proposed = withFilters({ max_criticality: 0.8, min_leaseability: 0.2 });
    expect(enforceRevisionPolicy(relettableOriginal, previous, proposed).status).toBe('accepted');
  });

  it('stops max_criticality at the 0.9 ceiling', () => {
    const previous = withFilters({ max_criticality: 0.85 });
    const result = enforceRevisionPolicy(relettableOriginal, previous, withFilters({ max_criticality: 0.95 }));
    expect(result.spec.asset_filters.max_criticality).toBe(0.9);
    expect(result.violations[0]).toMatchObject({ rule: 'filter_bound_exceeded', applied_value: 0.9 });
  });

  it('does not loosen a max_criticality already above the ceiling, but lets it tighten', () => {
    const previous = withFilters({ max_criticality: 0.95 });
    const looser = enforceRevisionPolicy(relettableOriginal, previous, withFilters({ max_criticality: 0.97 }));
    expect(looser.spec.asset_filters.max_criticality).toBe(0.95);
    expect(looser.violations[0]).toMatchObject({ rule: 'filter_bound_exceeded', proposed_value: 0.97, applied_value: 0.95 });
    expect(enforceRevisionPolicy(relettableOriginal, previous, withFilters({ max_criticality: 0.92 })).status).toBe('accepted');
  });

  it('treats a dropped max_criticality as loosening to the extreme', () => {
    const previous = withFilters({ max_criticality: 0.5 });
    const result = enforceRevisionPolicy(relettableOriginal, previous, withFilters({}));
    expect(result.spec.asset_filters).toEqual({ max_criticality: 0.6 });
    expect(result.violations[0]).toMatchObject({ rule: 'filter_step_exceeded', proposed_value: null, applied_value: 0.6 });
  });

  it('cuts min_leaseability back to one step below the previous value', () => {
    const result = enforceFrom(relettableOriginal, withFilters({ min_leaseability: 0.5, exclude_markets: ['Chicago'] }));
    expect(result.spec.asset_filters.min_leaseability).toBe(0.6);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'filter_step_exceeded',
        field: 'asset_filters.min_leaseability',
        proposed_value: 0.5,
        applied_value: 0.6,
      }),
    ]);
  });

  it('stops min_leaseability at the 0.1 floor and keeps one already below it', () => {
    const nearFloor = withFilters({ min_leaseability: 0.15 });
    const result = enforceRevisionPolicy(relettableOriginal, nearFloor, withFilters({ min_leaseability: 0 }));
    expect(result.spec.asset_filters.min_leaseability).toBe(0.1);
    expect(result.violations[0]).toMatchObject({ rule: 'filter_bound_exceeded', applied_value: 0.1 });
    const belowFloor = withFilters({ min_leaseability: 0.05 });
    const dropped = enforceRevisionPolicy(relettableOriginal, belowFloor, withFilters({}));
    expect(dropped.spec.asset_filters.min_leaseability).toBe(0.05);
    expect(dropped.violations[0]).toMatchObject({ rule: 'filter_bound_exceeded', proposed_value: null, applied_value: 0.05 });
  });

  it('measures the step from the previous spec, not the original', () => {
    // Original 0.7, previous 0.6: 0.5 is one step from the previous value.
    const previous = withFilters({ min_leaseability: 0.6, exclude_markets: ['Chicago'] });
    const proposed = withFilters({ min_leaseability: 0.5, exclude_markets: ['Chicago'] });
    expect(enforceRevisionPolicy(relettableOriginal, previous, proposed).status).toBe('accepted');
  });

  it('lets a proposal add a filter the previous spec did not have, at any value', () => {
    const previous = withFilters({});
    expect(enforceRevisionPolicy(relettableOriginal, previous, withFilters({ max_criticality: 1, min_leaseability: 0 })).status).toBe(
      'accepted',
    );
  });

  it('takes the step and the bounds from the config', () => {
    const config = { max_filter_step: 0.25, max_criticality_ceiling: 0.8 };
    const previous = withFilters({ max_criticality: 0.5 });
    expect(enforceRevisionPolicy(relettableOriginal, previous, withFilters({ max_criticality: 0.75 }), config).status).toBe('accepted');
    const result = enforceRevisionPolicy(
      relettableOriginal,
      withFilters({ max_criticality: 0.7 }),
      withFilters({ max_criticality: 0.95 }),
      config,
    );
    expect(result.spec.asset_filters.max_criticality).toBe(0.8);
    expect(result.violations[0]).toMatchObject({ rule: 'filter_bound_exceeded' });
  });
});

describe('list filters', () => {
  const withFilters = (filters: Partial<SelectorSpec['asset_filters']>) =>
    edited(fullyFilteredOriginal, (spec) => {
      spec.asset_filters = { ...structuredClone(fullyFilteredOriginal.asset_filters), ...filters };
    });

  it('puts back excluded markets the proposal dropped, comparing case-insensitively', () => {
    expect(enforceFrom(fullyFilteredOriginal, withFilters({ exclude_markets: ['chicago', 'Newark'] })).status).toBe('accepted');
    const result = enforceFrom(fullyFilteredOriginal, withFilters({ exclude_markets: ['Newark'] }));
    expect(result.spec.asset_filters.exclude_markets).toEqual(['Newark', 'Chicago']);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'list_filter_relaxed',
        field: 'asset_filters.exclude_markets',
        proposed_value: ['Newark'],
        applied_value: ['Newark', 'Chicago'],
      }),
    ]);
  });

  it('restores a dropped exclusion list', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      spec.asset_filters = { min_leaseability: 0.7 };
    });
    const result = enforceFrom(relettableOriginal, proposed);
    expect(result.spec.asset_filters.exclude_markets).toEqual(['Chicago']);
    expect(result.violations[0]).toMatchObject({ proposed_value: null, applied_value: ['Chicago'] });
  });

  it('puts back excluded asset ids, comparing them exactly', () => {
    const result = enforceFrom(fullyFilteredOriginal, withFilters({ exclude_asset_ids: ['hou-03', 'ATL-02'] }));
    expect(result.spec.asset_filters.exclude_asset_ids).toEqual(['hou-03', 'ATL-02', 'DAL-01', 'HOU-03']);
    expect(result.violations[0]).toMatchObject({ rule: 'list_filter_relaxed', field: 'asset_filters.exclude_asset_ids' });
  });

  it('removes asset types the previous allow-list did not have', () => {
    const result = enforceFrom(fullyFilteredOriginal, withFilters({ asset_types: ['warehouse', 'office'] }));
    expect(result.spec.asset_filters.asset_types).toEqual(['warehouse']);
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'list_filter_relaxed',
        field: 'asset_filters.asset_types',
        proposed_value: ['warehouse', 'office'],
        applied_value: ['warehouse'],
      }),
    ]);
  });

  it('keeps the previous allow-list when the proposal drops it or allows only new items', () => {
    const dropped = edited(fullyFilteredOriginal, (spec) => {
      delete spec.asset_filters.asset_types;
    });
    expect(enforceFrom(fullyFilteredOriginal, dropped).spec.asset_filters.asset_types).toEqual(['distribution_center', 'warehouse']);
    const replaced = enforceFrom(fullyFilteredOriginal, withFilters({ asset_types: ['office'] }));
    expect(replaced.spec.asset_filters.asset_types).toEqual(['distribution_center', 'warehouse']);
    expect(replaced.violations[0]).toMatchObject({ proposed_value: ['office'], applied_value: ['distribution_center', 'warehouse'] });
  });

  it('lets a proposal introduce an allow-list where the previous spec had none', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      spec.asset_filters.asset_types = ['office'];
      spec.asset_filters.include_markets = ['Dallas'];
    });
    expect(enforceFrom(relettableOriginal, proposed).status).toBe('accepted');
  });

  it('shrinks include_markets case-insensitively, keeping the proposal spelling', () => {
    const result = enforceFrom(fullyFilteredOriginal, withFilters({ include_markets: ['dallas', 'Phoenix'] }));
    expect(result.spec.asset_filters.include_markets).toEqual(['dallas']);
    expect(result.violations[0]).toMatchObject({ field: 'asset_filters.include_markets', applied_value: ['dallas'] });
  });
});

describe('strategy may not change', () => {
  it('restores the previous strategy', () => {
    const proposed = edited(relettableOriginal, (spec) => {
      spec.strategy = 'exact';
    });
    const result = enforceFrom(relettableOriginal, proposed);
    expect(result.spec.strategy).toBe('greedy');
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'strategy_changed', field: 'strategy', proposed_value: 'exact', applied_value: 'greedy' }),
    ]);
  });
});

describe('several violations in one proposal', () => {
  it('records each, in the order target, floor, covenants, filters, strategy', () => {
    const proposed: SelectorSpec = {
      program_type: 'slb',
      target_amount: 300_000_000,
      floor_amount: 50_000_000,
      hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1.8 },
      asset_filters: { min_leaseability: 0.4 },
      strategy: 'exact',
    };
    const result = enforceFrom(relettableOriginal, proposed);
    expect(result.status).toBe('clamped');
    expect(result.violations.map((violation) => violation.field)).toEqual([
      'target_amount',
      'floor_amount',
      'hard_constraints.max_net_leverage',
      'hard_constraints.max_market_share',
      'asset_filters.min_leaseability',
      'asset_filters.exclude_markets',
      'strategy',
    ]);
    expect(result.spec).toEqual({
      program_type: 'slb',
      target_amount: 250_000_000,
      hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8, max_market_share: 0.4 },
      asset_filters: { min_leaseability: 0.6, exclude_markets: ['Chicago'] },
      strategy: 'greedy',
    });
    for (const violation of result.violations) expect(violation.message.length).toBeGreaterThan(0);
  });
});

describe('configuration', () => {
  it('rejects an invalid config with every problem and its path', () => {
    const call = () =>
      enforceRevisionPolicy(relettableOriginal, relettableOriginal, relettableOriginal, {
        max_filter_step: 2,
        max_target_step_fraction: 0,
      });
    expect(call).toThrow(InvalidInputError);
    try {
      call();
    } catch (error) {
      expect((error as InvalidInputError).code).toBe('invalid_input');
      expect((error as InvalidInputError).problems.map((problem) => problem.path).sort()).toEqual([
        'max_filter_step',
        'max_target_step_fraction',
      ]);
    }
  });

  it('rejects unknown config fields', () => {
    expect(() => enforceRevisionPolicy(relettableOriginal, relettableOriginal, relettableOriginal, { max_step: 0.1 } as never)).toThrow(
      /max_step: unknown field/,
    );
  });
});
