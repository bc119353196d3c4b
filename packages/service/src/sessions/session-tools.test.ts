import { ProgramRequestSchema } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { portfolio } from '../__fixtures__/example-requests.js';
import { scenarioCountFor, sessionProgramRequest } from './session-tools.js';

describe('sessionProgramRequest', () => {
  it('plans the brief of the fields in force, with the fields a request carries as overrides, under the session fund', () => {
    const request = ProgramRequestSchema.parse(
      sessionProgramRequest(
        portfolio,
        {
          target_amount: 150e6,
          max_net_leverage: 3.5,
          min_fixed_charge_coverage: 2,
          num_scenarios: 3,
          exclude_markets: ['Dallas'],
          max_criticality: 0.7,
        },
        'fund-a',
      ),
    );
    expect(request).toMatchObject({
      program_description: 'Raise $150M. Keep net leverage below 3.5x and FCCR of at least 2x. Exclude Dallas. Criticality below 0.7.',
      fund_id: 'fund-a',
      target_override: 150e6,
      max_leverage_override: 3.5,
      min_coverage_override: 2,
      exclude_markets_override: ['Dallas'],
      max_criticality_override: 0.7,
    });
    expect(request.assets).toHaveLength(portfolio.assets.length);
  });

  it('leaves overrides out when the fields are unknown', () => {
    const request = sessionProgramRequest(portfolio, { target_amount: 75e6 }, null);
    expect(request).not.toHaveProperty('max_leverage_override');
    expect(request).not.toHaveProperty('min_coverage_override');
    expect(request).not.toHaveProperty('exclude_markets_override');
    expect(request.program_description).toBe('Raise $75M.');
    expect(sessionProgramRequest(portfolio, {}, null).program_description).toBe('Plan a sale-leaseback program.');
  });

  it('runs three scenarios unless told otherwise, and always room for the base and every custom what-if', () => {
    expect(scenarioCountFor({})).toBe(3);
    expect(scenarioCountFor({ num_scenarios: 5 })).toBe(5);
    expect(scenarioCountFor({ num_scenarios: 1 }, 2)).toBe(3);
    expect(scenarioCountFor({}, 9)).toBe(5);
  });
});
