import { describe, expect, it } from 'vitest';
import { at, instanceOf, newSession, orchestratorFor } from './__fixtures__/turn-helpers.js';
import { deepFreeze } from './testing.js';
import { TurnResultSchema } from './turn-result.js';

// The flow the README documents: skip to the checkpoint, wait, confirm, run the tool, report, complete.
describe('checkpoint, confirmation and tool flow', () => {
  const orchestrator = orchestratorFor();
  const first = orchestrator.processTurn(deepFreeze(newSession({ portfolio_id: 'p-1' })), {
    message: 'raise 50M, leverage under 3.5x, coverage above 1.5x',
    fields: { target_amount: 50_000_000, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
    candidates: orchestrator.scoreCandidates('raise 50M, leverage under 3.5x, coverage above 1.5x'),
    now: at(1),
  });

  it('starts the intake and skips every collected step up to the checkpoint', () => {
    expect(first.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action])).toEqual([['program_intake', 'START']]);
    const transition = first.transition_decisions[0];
    expect(transition?.source_step_id).toBe('portfolio');
    expect(transition?.target_step_id).toBe('confirm_run');
    expect(transition?.skipped_steps).toEqual(['portfolio', 'target', 'constraints']);
    expect(instanceOf(first.session, 'program_intake').current_step_id).toBe('confirm_run');
  });

  it('asks for confirmation with the checkpoint description', () => {
    const contribution = first.plan.contributions[0];
    expect(contribution?.contribution_type).toBe('CONFIRM');
    expect(contribution?.action_to_confirm).toBe('Run the program with the target and constraints collected so far');
    expect(first.plan.has_confirms).toBe(true);
    expect(first.plan.primary_scenario_id).toBe('program_intake');
  });

  const waiting = orchestrator.processTurn(deepFreeze(first.session), { message: 'hmm, let me think', now: at(2) });

  it('waits at the checkpoint while nothing confirms it', () => {
    expect(instanceOf(waiting.session, 'program_intake').current_step_id).toBe('confirm_run');
    expect(waiting.plan.contributions[0]?.contribution_type).toBe('CONFIRM');
    expect(waiting.transition_decisions[0]?.moved).toBe(false);
  });

  const confirmed = orchestrator.processTurn(deepFreeze(waiting.session), { message: 'yes, run it', confirmations: [{}], now: at(3) });

  it('moves to the tool step on confirmation and hints the tool', () => {
    expect(instanceOf(confirmed.session, 'program_intake').current_step_id).toBe('run_program');
    const contribution = confirmed.plan.contributions[0];
    expect(contribution?.contribution_type).toBe('ACTION_HINT');
    expect(contribution?.suggested_tools).toEqual(['run_program']);
    expect(confirmed.plan.has_action_hints).toBe(true);
    expect(confirmed.transition_decisions[0]?.skipped_steps).toEqual([]);
  });

  const reported = orchestrator.processTurn(deepFreeze(confirmed.session), {
    action_results: [
      { scenario_id: 'program_intake', step_id: 'run_program', tool_id: 'run_program', status: 'succeeded', variables: { run_id: 'r-42' } },
    ],
    now: at(4),
  });

  it('moves to the inform step and completes once the tool result is reported', () => {
    const instance = instanceOf(reported.session, 'program_intake');
    expect(instance.status).toBe('completed');
    expect(instance.current_step_id).toBe('results');
    expect(instance.variables).toEqual({ run_id: 'r-42' });
    expect(instance.ended_at).toBe(at(4));
    expect(reported.lifecycle_decisions.map((decision) => decision.action)).toEqual(['COMPLETE']);
    const contribution = reported.plan.contributions[0];
    expect(contribution?.contribution_type).toBe('INFORM');
    expect(contribution?.template_ids).toEqual(['program_results']);
    expect(contribution?.is_final).toBe(true);
    expect(reported.plan.active_scenario_ids).toEqual([]);
  });

  it('bumps the version once per turn and every result matches its schema', () => {
    expect([first, waiting, confirmed, reported].map((result) => result.session.version)).toEqual([1, 2, 3, 4]);
    for (const result of [first, waiting, confirmed, reported]) expect(() => TurnResultSchema.parse(result)).not.toThrow();
  });

  it('keeps waiting at the tool step when the tool fails, and says so', () => {
    const failed = orchestrator.processTurn(confirmed.session, {
      action_results: [{ scenario_id: 'program_intake', status: 'failed', variables: { error: 'solver timeout' } }],
      now: at(4),
    });
    expect(instanceOf(failed.session, 'program_intake').current_step_id).toBe('run_program');
    expect(failed.plan.contributions[0]?.contribution_type).toBe('ACTION_HINT');
    expect(failed.plan.contributions[0]?.last_action_status).toBe('failed');
  });

  it('ignores a tool result reported before the checkpoint is confirmed', () => {
    const early = orchestrator.processTurn(first.session, {
      action_results: [{ scenario_id: 'program_intake', status: 'succeeded' }],
      now: at(2),
    });
    expect(instanceOf(early.session, 'program_intake').current_step_id).toBe('confirm_run');
    expect(early.warnings.map((warning) => warning.code)).toEqual(['action_result_not_expected']);
  });

  it('ignores a confirmation aimed at a step the instance has left', () => {
    const stale = orchestrator.processTurn(confirmed.session, {
      confirmations: [{ scenario_id: 'program_intake', step_id: 'confirm_run' }],
      now: at(4),
    });
    expect(stale.warnings.map((warning) => warning.code)).toEqual(['stale_confirmation']);
    expect(instanceOf(stale.session, 'program_intake').current_step_id).toBe('run_program');
  });
});
