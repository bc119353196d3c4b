import { ProgramRequestSchema } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { portfolio } from '../__fixtures__/example-requests.js';
import { briefFor, scenarioCountFor, sessionProgramRequest } from './session-tools.js';

describe('sessionProgramRequest', () => {
  it('plans the brief with the known fields as overrides under the session fund', () => {
    const request = ProgramRequestSchema.parse(
      sessionProgramRequest(portfolio, 'Raise $100M', { target_amount: 150e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 2, num_scenarios: 3 }, 'fund-a'),
    );
    expect(request).toMatchObject({
      program_description: 'Raise $100M',
      fund_id: 'fund-a',
      target_override: 150e6,
      max_leverage_override: 3.5,
      min_coverage_override: 2,
    });
    expect(request.assets).toHaveLength(portfolio.assets.length);
  });

  it('leaves overrides out when the fields are unknown, and builds a brief when there is none', () => {
    const request = sessionProgramRequest(portfolio, null, { target_amount: 75e6 }, null);
    expect(request).not.toHaveProperty('max_leverage_override');
    expect(request).not.toHaveProperty('min_coverage_override');
    expect(request.program_description).toBe('Raise $75M.');
    expect(briefFor('  ', {})).toBe('Plan a sale-leaseback program.');
    expect(briefFor(null, { target_amount: 5e7, max_net_leverage: 3, min_fixed_charge_coverage: 1.5 })).toBe(
      'Raise $50M, keep net leverage below 3x, FCCR of at least 1.5x.',
    );
  });

  it('runs three scenarios unless told otherwise', () => {
    expect(scenarioCountFor({})).toBe(3);
    expect(scenarioCountFor({ num_scenarios: 5 })).toBe(5);
  });
});
