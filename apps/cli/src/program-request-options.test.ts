import { readFile } from 'node:fs/promises';
import { PortfolioSchema, ProgramRequestSchema, type Portfolio } from '@leaseback/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO } from './__fixtures__/run-leaseback.js';
import { buildProgramRequest, describeInputPath } from './program-request-options.js';

describe('buildProgramRequest', () => {
  let portfolio: Portfolio;
  beforeAll(async () => {
    portfolio = PortfolioSchema.parse(JSON.parse(await readFile(EXAMPLE_PORTFOLIO, 'utf8')));
  });

  it('sends the brief as the program description and leaves out every option not given', () => {
    const request = buildProgramRequest(portfolio, { brief: 'Raise $150M' });
    expect(Object.keys(request).sort()).toEqual(['assets', 'corporate_state', 'program_description']);
    expect(request.program_description).toBe('Raise $150M');
    expect(request.assets).toHaveLength(portfolio.assets.length);
    expect(ProgramRequestSchema.safeParse(request).success).toBe(true);
  });

  it('maps each option to the override of the same meaning', () => {
    const request = ProgramRequestSchema.parse(
      buildProgramRequest(portfolio, {
        brief: 'b',
        fund: 'fund-a',
        target: 120e6,
        floor: 100e6,
        maxLeverage: 3.2,
        minCoverage: 2.5,
        maxCriticality: 0.6,
        minLeaseability: 0.3,
        excludeMarkets: ['Chicago'],
        strategy: 'exact',
      }),
    );
    expect(request).toMatchObject({
      fund_id: 'fund-a',
      target_override: 120e6,
      floor_override: 100e6,
      max_leverage_override: 3.2,
      min_coverage_override: 2.5,
      max_criticality_override: 0.6,
      min_leaseability_override: 0.3,
      exclude_markets_override: ['Chicago'],
      strategy: 'exact',
    });
  });
});

describe('describeInputPath', () => {
  it('names request fields by the option that fills them and file fields by their path in the file', () => {
    expect(describeInputPath('request.floor_override')).toBe('--floor');
    expect(describeInputPath('request.program_description')).toBe('--brief');
    expect(describeInputPath('request.base_request.max_leverage_override')).toBe('--max-leverage');
    expect(describeInputPath('request.exclude_markets_override[1]')).toBe('--exclude-markets[1]');
    expect(describeInputPath('request.num_scenarios')).toBe('--scenarios');
    expect(describeInputPath('query.limit')).toBe('--limit');
    expect(describeInputPath('request.base_request.assets[3].cap_rate')).toBe('assets[3].cap_rate');
    expect(describeInputPath('request.corporate_state.ebitda')).toBe('corporate_state.ebitda');
  });
});
