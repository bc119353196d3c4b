import { ProgramRequestSchema, type RunRecord } from '@leaseback/domain';
import { selectAssets } from '@leaseback/engine';
import { describe, expect, it } from 'vitest';
import { applyRequestOverrides } from './apply-request-overrides.js';
import { buildScenarioRequest } from './build-scenario-request.js';
import { compareScenarioSet } from './compare-scenario-set.js';
import { holdProgramEconomics } from './hold-program-economics.js';
import { feasibleSpec, smallRequest } from './__fixtures__/portfolio.js';

describe('economics overrides', () => {
  it('puts the request terms on the spec for every sale, and min_npv_cost brings the exact strategy', () => {
    const request = {
      ...smallRequest,
      objective: 'min_npv_cost' as const,
      lease_term_override: 10,
      rent_escalator_override: 0,
      accounting_basis_override: 'ifrs16' as const,
      tax_rate_override: 0.21,
    };
    const { spec, notes } = applyRequestOverrides(feasibleSpec, request, 0.8);
    expect(spec.objective).toBe('min_npv_cost');
    expect(spec.strategy).toBe('exact');
    expect(spec.program_terms).toEqual({ lease_term_years: 10, rent_escalator: 0, accounting_basis: 'ifrs16', tax_rate: 0.21 });
    expect(notes.join('; ')).toContain('strategy set to exact');
    expect(feasibleSpec.program_terms).toBeUndefined();
  });

  it('an explicit greedy request wins over an objective read from the brief', () => {
    const { spec, notes } = applyRequestOverrides(
      { ...feasibleSpec, objective: 'min_npv_cost' },
      { ...smallRequest, strategy: 'greedy' },
      0.8,
    );
    expect(spec).toMatchObject({ strategy: 'greedy', objective: 'min_proceeds' });
    expect(notes.join('; ')).toContain('the objective is min_proceeds');
  });

  it('a request naming greedy and min_npv_cost together is bad input naming objective', () => {
    const result = ProgramRequestSchema.safeParse({ ...smallRequest, strategy: 'greedy', objective: 'min_npv_cost' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['objective']);
  });

  it('a scenario varies the lease term and escalator of every sale', () => {
    const request = buildScenarioRequest(smallRequest, {
      label: 'Short leases',
      kind: 'custom',
      rationale: 'ten-year terms, flat rent',
      target_amount: 100,
      lease_term_years: 10,
      rent_escalator: 0,
    });
    expect(request).toMatchObject({ lease_term_override: 10, rent_escalator_override: 0 });
  });

  it('the revision loop keeps the objective and program terms of the original', () => {
    const original = {
      ...feasibleSpec,
      objective: 'min_npv_cost' as const,
      strategy: 'exact' as const,
      program_terms: { lease_term_years: 15 },
    };
    const revised = { ...feasibleSpec, target_amount: 90, strategy: 'greedy' as const, program_terms: { lease_term_years: 5 } };
    expect(holdProgramEconomics(original, revised)).toEqual({
      ...revised,
      objective: 'min_npv_cost',
      strategy: 'exact',
      program_terms: { lease_term_years: 15 },
    });
  });

  it('the comparison shows implied cost, spread, NPV cost, rent added and net leverage on both bases', () => {
    const outcome = selectAssets(smallRequest.assets, { ...smallRequest.corporate_state, accounting_basis: 'ifrs16' }, feasibleSpec);
    const run = {
      run_id: 'r1',
      status: 'completed',
      program_description: 'x',
      scenario_label: 'Base',
      scenario_kind: 'base',
      error: null,
      response: { outcome },
    } as unknown as RunRecord;
    const failed = { ...run, run_id: 'r2', status: 'failed', response: null, error: 'boom' } as unknown as RunRecord;
    const [row, failedRow] = compareScenarioSet([run, failed]);
    const economics = outcome.economics;
    expect(economics).not.toBeNull();
    expect(row).toMatchObject({
      implied_cost_of_capital: economics?.implied_cost_of_capital,
      npv_cost: economics?.npv_cost,
      annual_rent_added: 8.4,
      net_leverage_after_ifrs16: outcome.metrics_after?.net_leverage,
      net_leverage_after_us_gaap: economics?.net_leverage_after_other_basis,
    });
    expect(row?.spread_to_cost_of_debt).toBeCloseTo((economics?.implied_cost_of_capital as number) - 0.06, 12);
    // IFRS 16 deleverages less than US GAAP.
    expect(row?.net_leverage_after_ifrs16 as number).toBeGreaterThan(row?.net_leverage_after_us_gaap as number);
    expect(failedRow).toMatchObject({ implied_cost_of_capital: null, npv_cost: null, net_leverage_after_ifrs16: null });
  });
});
