import { describe, expect, it } from 'vitest';
import { AssetSchema } from './asset.js';
import { CorporateStateSchema } from './corporate-state.js';
import { findObjectiveProblem } from './program-economics.js';
import { ScenarioDefinitionSchema } from './scenario-set.js';
import { SelectorSpecSchema } from './selector-spec.js';
import { safeParseInput } from './validation.js';

const asset = {
  asset_id: 'A',
  name: 'Box A',
  asset_type: 'warehouse',
  market: 'Dallas',
  market_rent: 4.2,
  cap_rate: 0.07,
  book_value: 40,
  criticality: 0.2,
  leaseability: 0.9,
};
const corporate = { ebitda: 100, net_debt: 300, interest_expense: 18, rent_expense: 5 };
const spec = { program_type: 'slb', target_amount: 50, hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 } };

const pathsOf = (result: ReturnType<typeof safeParseInput>): string[] => (result.ok ? [] : result.problems.map((problem) => problem.path));

describe('economics inputs', () => {
  it.each([0, 51, 2.5])('rejects lease_term_years %s naming the field', (years) => {
    expect(pathsOf(safeParseInput(AssetSchema, { ...asset, lease_term_years: years }, 'asset'))).toEqual(['asset.lease_term_years']);
  });

  it.each([0.3, 0.25, -0.01])('rejects rent_escalator %s naming the field', (escalator) => {
    expect(pathsOf(safeParseInput(AssetSchema, { ...asset, rent_escalator: escalator }, 'asset'))).toEqual(['asset.rent_escalator']);
  });

  it('accepts the documented ranges and leaves absent fields absent (the engine applies defaults)', () => {
    const parsed = AssetSchema.parse({ ...asset, lease_term_years: 50, rent_escalator: 0 });
    expect(parsed).toMatchObject({ lease_term_years: 50, rent_escalator: 0 });
    const state = CorporateStateSchema.parse(corporate);
    expect(state.accounting_basis).toBeUndefined();
    expect(state.tax_rate).toBeUndefined();
  });

  it('rejects a tax rate of 1.5, an unknown basis and out-of-range defaults, each by path', () => {
    const result = safeParseInput(
      CorporateStateSchema,
      {
        ...corporate,
        tax_rate: 1.5,
        accounting_basis: 'ifrs17',
        default_lease_term_years: 0,
        default_rent_escalator: 0.3,
        incremental_borrowing_rate: -0.1,
      },
      'corporate_state',
    );
    expect(pathsOf(result).sort()).toEqual(
      [
        'corporate_state.tax_rate',
        'corporate_state.accounting_basis',
        'corporate_state.default_lease_term_years',
        'corporate_state.default_rent_escalator',
        'corporate_state.incremental_borrowing_rate',
      ].sort(),
    );
  });

  it('rejects an unknown objective and unknown program terms', () => {
    const result = safeParseInput(
      SelectorSpecSchema,
      { ...spec, objective: 'cheapest', program_terms: { lease_term_years: 51, colour: 'red' } },
      'spec',
    );
    expect(pathsOf(result).sort()).toEqual(['spec.objective', 'spec.program_terms.colour', 'spec.program_terms.lease_term_years'].sort());
  });

  it('a scenario may vary the lease term and escalator, within range', () => {
    const definition = { label: 'Short leases', kind: 'custom', rationale: 'ten-year terms', target_amount: 100 };
    expect(ScenarioDefinitionSchema.parse({ ...definition, lease_term_years: 10, rent_escalator: 0 })).toMatchObject({
      lease_term_years: 10,
    });
    expect(pathsOf(safeParseInput(ScenarioDefinitionSchema, { ...definition, lease_term_years: 2.5 }))).toEqual(['lease_term_years']);
  });

  it('min_npv_cost needs the exact strategy', () => {
    expect(findObjectiveProblem('min_npv_cost', 'greedy')).toEqual({
      path: 'spec.objective',
      message: expect.stringContaining('exact strategy'),
    });
    expect(findObjectiveProblem('min_npv_cost', undefined)?.path).toBe('spec.objective');
    expect(findObjectiveProblem('min_npv_cost', 'exact')).toBeNull();
    expect(findObjectiveProblem('min_proceeds', 'greedy')).toBeNull();
    expect(findObjectiveProblem(undefined, 'greedy')).toBeNull();
  });
});
