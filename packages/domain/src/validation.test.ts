import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AssetListSchema,
  CorporateStateSchema,
  InvalidInputError,
  ProgramRequestSchema,
  ScenarioDefinitionListSchema,
  SelectorSpecSchema,
  formatPath,
  parseInput,
  safeParseInput,
} from './index.js';

const asset = {
  asset_id: 'A1',
  name: 'Dallas DC',
  asset_type: 'distribution_center',
  market: 'Dallas',
  market_rent: 4.2,
  cap_rate: 0.07,
  book_value: 40,
  criticality: 0.3,
  leaseability: 0.8,
};

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['assets', 3, 'cap_rate'])).toBe('assets[3].cap_rate');
    expect(formatPath([3, 'cap_rate'], 'assets')).toBe('assets[3].cap_rate');
    expect(formatPath([])).toBe('');
  });
});

describe('asset lists', () => {
  it('applies the mortgage default and keeps the rest', () => {
    const [parsed] = parseInput(AssetListSchema, [asset]);
    expect(parsed).toEqual({ ...asset, mortgage_balance: 0 });
  });

  it('reports every problem with its path, not just the first', () => {
    const result = safeParseInput(
      AssetListSchema,
      [asset, { ...asset, asset_id: 'A2', cap_rate: 1.2, criticality: -1 }, { ...asset, asset_id: 'A3', colour: 'red' }],
      'assets',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'assets[1].cap_rate', message: 'must be > 0 and < 1' },
      { path: 'assets[1].criticality', message: 'must be between 0 and 1' },
      { path: 'assets[2].colour', message: 'unknown field' },
    ]);
  });

  it('rejects duplicate asset ids at the later occurrence', () => {
    const result = safeParseInput(AssetListSchema, [asset, { ...asset, name: 'other' }], 'assets');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'assets[1].asset_id', message: 'duplicate asset_id "A1" (first used at [0])' }],
    });
  });

  it('rejects non-finite numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = safeParseInput(AssetListSchema, [{ ...asset, market_rent: bad }], 'assets');
      expect(result).toEqual({ ok: false, problems: [{ path: 'assets[0].market_rent', message: 'must be a finite number' }] });
    }
  });

  it('rejects an empty portfolio', () => {
    expect(safeParseInput(AssetListSchema, [], 'assets')).toEqual({
      ok: false,
      problems: [{ path: 'assets', message: 'must contain at least one asset' }],
    });
  });
});

describe('corporate state', () => {
  it('fills the documented defaults and leaves cost of debt to the engine', () => {
    const parsed = parseInput(CorporateStateSchema, { ebitda: 100, net_debt: 300, interest_expense: 18, rent_expense: 5 });
    expect(parsed).toEqual({
      ebitda: 100,
      net_debt: 300,
      interest_expense: 18,
      rent_expense: 5,
      debt_paydown_share: 1,
      transaction_cost_rate: 0.02,
      lease_adjustment_multiple: 8,
    });
  });

  it('accepts a negative net debt (net cash) but not a non-positive EBITDA', () => {
    expect(safeParseInput(CorporateStateSchema, { ebitda: 10, net_debt: -5, interest_expense: 0, rent_expense: 0 }).ok).toBe(true);
    const result = safeParseInput(
      CorporateStateSchema,
      { ebitda: 0, net_debt: 5, interest_expense: 0, rent_expense: 0 },
      'corporate_state',
    );
    expect(result).toEqual({ ok: false, problems: [{ path: 'corporate_state.ebitda', message: 'must be > 0' }] });
  });
});

describe('selector spec', () => {
  const spec = {
    program_type: 'slb',
    target_amount: 50_000_000,
    hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
  };

  it('defaults filters and strategy', () => {
    expect(parseInput(SelectorSpecSchema, spec)).toEqual({ ...spec, asset_filters: {}, strategy: 'greedy' });
  });

  it('rejects unknown fields at every level', () => {
    const result = safeParseInput(
      SelectorSpecSchema,
      { ...spec, notes: 'x', hard_constraints: { ...spec.hard_constraints, max_leverage: 3 }, asset_filters: { markets: ['Dallas'] } },
      'spec',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path).sort()).toEqual([
      'spec.asset_filters.markets',
      'spec.hard_constraints.max_leverage',
      'spec.notes',
    ]);
  });

  it('rejects a program type other than slb', () => {
    expect(safeParseInput(SelectorSpecSchema, { ...spec, program_type: 'ipo' }).ok).toBe(false);
  });

  it('throws an InvalidInputError with a stable code and every problem', () => {
    try {
      parseInput(SelectorSpecSchema, { ...spec, target_amount: -1, strategy: 'random' }, { root: 'spec' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const invalid = error as InvalidInputError;
      expect(invalid.code).toBe('invalid_input');
      expect(invalid.problems.map((problem) => problem.path)).toEqual(['spec.target_amount', 'spec.strategy']);
      expect(invalid.message).toContain('spec.target_amount: must be > 0');
    }
  });
});

describe('program request', () => {
  it('accepts null overrides and rejects out-of-range ones', () => {
    const request = {
      assets: [asset],
      corporate_state: { ebitda: 100, net_debt: 300, interest_expense: 18, rent_expense: 5 },
      program_description: 'raise $50M',
      floor_override: null,
    };
    expect(safeParseInput(ProgramRequestSchema, request).ok).toBe(true);
    expect(safeParseInput(ProgramRequestSchema, { ...request, max_leverage_override: 12 }, 'request')).toEqual({
      ok: false,
      problems: [{ path: 'request.max_leverage_override', message: 'must be > 0 and < 10' }],
    });
  });
});

describe('scenario definitions', () => {
  const base = { label: 'Base', kind: 'base', rationale: 'as asked', target_amount: 10 };

  it('requires base first and unique labels', () => {
    const result = safeParseInput(
      ScenarioDefinitionListSchema,
      [
        { ...base, kind: 'aggressive' },
        { ...base, label: 'base', kind: 'base' },
      ],
      'scenarios',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'scenarios[0].kind: the first scenario must be kind "base"',
      'scenarios[1].kind: only the first scenario may be kind "base"',
      'scenarios[1].label: duplicate label "base" (first used at [0])',
    ]);
  });
});

describe('property: any finite, in-range asset parses and round-trips through JSON', () => {
  it('holds', () => {
    fc.assert(
      fc.property(
        fc.record({
          market_rent: fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
          cap_rate: fc.double({ min: 1e-4, max: 0.9999, noNaN: true }),
          criticality: fc.double({ min: 0, max: 1, noNaN: true }),
          leaseability: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        (numbers) => {
          const parsed = parseInput(AssetListSchema, [{ ...asset, ...numbers }]);
          expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
        },
      ),
    );
  });
});
