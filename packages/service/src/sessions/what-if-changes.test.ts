import { describe, expect, it } from 'vitest';
import { customScenario, isWhatIfRequest, whatIfLabel } from './what-if-changes.js';

describe('what-if changes', () => {
  it('makes a named lease change a custom scenario over the base target, labelled after the change', () => {
    const fields = { lease_term_years: 10 };
    const definition = customScenario({ label: whatIfLabel(fields), fields }, { target_amount: 150e6, lease_term_years: 20 });
    expect(definition).toEqual({
      label: '10-year leases',
      kind: 'custom',
      rationale: 'Asked for in the conversation: 10-year leases',
      target_amount: 150e6,
      lease_term_years: 10,
    });
  });

  it('carries an escalator, covenants and added exclusions, and waits for a target', () => {
    const fields = { rent_escalator: 0, max_net_leverage: 3, exclude_markets: ['Chicago'] };
    expect(customScenario({ label: whatIfLabel(fields), fields }, { target_amount: 90e6 })).toMatchObject({
      // Labels are clipped to the 50 characters a scenario label may hold.
      label: 'Flat rent, net leverage at most 3x, exclude Chica…',
      rent_escalator: 0,
      max_leverage: 3,
      exclude_markets: ['Chicago'],
    });
    expect(customScenario({ label: 'Flat rent', fields: { rent_escalator: 0 } }, {})).toBeNull();
  });

  it('reads "case" words as a what-if only once a program exists', () => {
    expect(isWhatIfRequest('a 3.0x leverage case', true)).toBe(true);
    expect(isWhatIfRequest('raise $150M, show me 3 scenarios', false)).toBe(false);
    expect(isWhatIfRequest('what if we had shorter leases?', false)).toBe(true);
  });
});
