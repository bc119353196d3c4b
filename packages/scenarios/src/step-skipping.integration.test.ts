import { describe, expect, it } from 'vitest';
import { at, instanceOf, newSession, orchestratorFor, startTurn } from './__fixtures__/turn-helpers.js';

describe('step skipping with real data sources', () => {
  const orchestrator = orchestratorFor();

  it('skips with customer profile data', () => {
    const result = orchestrator.processTurn(
      newSession(),
      startTurn('program_intake', { customer_data: { portfolio_id: 'from-profile', target_amount: 10 }, now: at(1) }),
    );
    expect(result.transition_decisions[0]).toMatchObject({ target_step_id: 'constraints', skipped_steps: ['portfolio', 'target'] });
    expect(result.plan.contributions[0]).toMatchObject({
      contribution_type: 'ASK',
      fields_to_ask: ['max_net_leverage', 'min_fixed_charge_coverage'],
    });
    // Customer data is read, not copied into the session.
    expect(result.session.variables).toEqual({});
  });

  it('skips with session variables gathered earlier in the conversation', () => {
    const earlier = orchestrator.processTurn(
      newSession({ portfolio_id: 'p' }),
      startTurn('explain_run', { fields: { run_id: 'r', target_amount: 5, max_net_leverage: 3 }, now: at(1) }),
    );
    expect(earlier.session.variables).toEqual({ portfolio_id: 'p', run_id: 'r', target_amount: 5, max_net_leverage: 3 });
    const later = orchestrator.processTurn(
      earlier.session,
      startTurn('program_intake', { fields: { min_fixed_charge_coverage: 1.2 }, now: at(2) }),
    );
    expect(later.transition_decisions[0]).toMatchObject({
      target_step_id: 'confirm_run',
      skipped_steps: ['portfolio', 'target', 'constraints'],
    });
  });

  it('skips some steps but not all when data is partial', () => {
    const result = orchestrator.processTurn(
      newSession({ portfolio_id: 'p' }),
      startTurn('program_intake', { fields: { target_amount: 5, max_net_leverage: 3 }, now: at(1) }),
    );
    expect(instanceOf(result.session, 'program_intake').current_step_id).toBe('constraints');
    expect(result.transition_decisions[0]?.skipped_steps).toEqual(['portfolio', 'target']);
    expect(result.plan.contributions[0]?.fields_to_ask).toEqual(['min_fixed_charge_coverage']);
  });

  it('is blocked at a checkpoint even when everything after it is known', () => {
    const result = orchestrator.processTurn(
      newSession({ portfolio_id: 'p' }),
      startTurn('program_intake', {
        fields: { target_amount: 5, max_net_leverage: 3, min_fixed_charge_coverage: 1, run_id: 'already' },
        now: at(1),
      }),
    );
    expect(instanceOf(result.session, 'program_intake').current_step_id).toBe('confirm_run');
    const again = orchestrator.processTurn(result.session, { fields: { target_amount: 6 }, now: at(2) });
    expect(instanceOf(again.session, 'program_intake').current_step_id).toBe('confirm_run');
    expect(again.plan.contributions[0]?.contribution_type).toBe('CONFIRM');
  });
});
