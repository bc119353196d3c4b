import { describe, expect, it } from 'vitest';
import { at, instanceOf, newSession, orchestratorFor } from './__fixtures__/turn-helpers.js';
import type { Session } from './session.js';
import { deepFreeze } from './testing.js';
import type { TurnInput } from './turn-input.js';
import { TurnResultSchema, type TurnResult } from './turn-result.js';

// A whole guided conversation, with candidates scored from the messages as a service would.
describe('two scenarios in one conversation', () => {
  const orchestrator = orchestratorFor();
  const results: TurnResult[] = [];
  let session: Session = newSession({ portfolio_id: 'p-1' });
  const say = (message: string, extra: Omit<TurnInput, 'message'> = {}): TurnResult => {
    const result = orchestrator.processTurn(deepFreeze(session), {
      message,
      candidates: orchestrator.scoreCandidates(message),
      now: at(results.length + 1),
      ...extra,
    });
    TurnResultSchema.parse(result);
    results.push(result);
    session = result.session;
    return result;
  };

  const opening = say('Raise 50M, leverage under 3.5x, coverage above 1.5x', {
    fields: { target_amount: 50_000_000, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
  });
  const whatIf = say('Also show me a conservative case');
  const answered = say('three variants please', { fields: { num_scenarios: 3 } });
  const held = say('Hold on', { signal: 'pause' });
  const resumed = say('ok, back to it', { signal: 'resume' });
  const cancelled = say('cancel the what-if', { signal: { type: 'cancel', scenario_id: 'what_if_analysis' } });
  const confirmed = say('yes, run it', { confirmations: [{}] });
  const finished = say('', {
    action_results: [{ scenario_id: 'program_intake', tool_id: 'run_program', status: 'succeeded', variables: { run_id: 'r-1' } }],
  });

  it('starts the intake and skips to its checkpoint on the first message', () => {
    expect(opening.transition_decisions[0]).toMatchObject({
      target_step_id: 'confirm_run',
      skipped_steps: ['portfolio', 'target', 'constraints'],
    });
  });

  it('starts a second scenario beside the first, which becomes primary while the first waits', () => {
    expect(whatIf.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action])).toEqual([
      ['what_if_analysis', 'START'],
      ['program_intake', 'CONTINUE'],
    ]);
    expect(whatIf.plan.active_scenario_ids).toEqual(['program_intake', 'what_if_analysis']);
    expect(whatIf.plan.primary_scenario_id).toBe('what_if_analysis');
    // One question per reply: the intake's confirmation waits behind the new scenario's question.
    expect(whatIf.plan.contributions.map((entry) => [entry.scenario_id, entry.contribution_type, entry.deferred])).toEqual([
      ['what_if_analysis', 'ASK', false],
      ['program_intake', 'CONFIRM', true],
    ]);
  });

  it('resolves priority towards the scenario the answer moved', () => {
    expect(answered.plan.primary_scenario_id).toBe('what_if_analysis');
    expect(instanceOf(answered.session, 'what_if_analysis').current_step_id).toBe('confirm');
  });

  it('pauses the primary scenario on "hold on" and offers it back', () => {
    expect(held.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action])).toEqual([
      ['what_if_analysis', 'PAUSE'],
      ['program_intake', 'CONTINUE'],
    ]);
    expect(held.plan.resume_hints.map((hint) => hint.scenario_id)).toEqual(['what_if_analysis']);
    expect(held.plan.primary_scenario_id).toBe('program_intake');
  });

  it('resumes the paused scenario where it stopped', () => {
    expect(resumed.lifecycle_decisions[0]).toMatchObject({ scenario_id: 'what_if_analysis', action: 'CONTINUE', resumed: true });
    expect(instanceOf(resumed.session, 'what_if_analysis').current_step_id).toBe('confirm');
  });

  it('cancels only the named scenario', () => {
    expect(instanceOf(cancelled.session, 'what_if_analysis').status).toBe('cancelled');
    expect(instanceOf(cancelled.session, 'program_intake').status).toBe('active');
    expect(cancelled.plan.contributions.map((entry) => [entry.scenario_id, entry.contribution_type, entry.deferred])).toEqual([
      ['program_intake', 'CONFIRM', false],
    ]);
  });

  it('confirms the remaining checkpoint and hints the tool', () => {
    expect(confirmed.plan.contributions[0]).toMatchObject({
      scenario_id: 'program_intake',
      contribution_type: 'ACTION_HINT',
      suggested_tools: ['run_program'],
    });
  });

  it('completes after the tool result is reported', () => {
    expect(finished.lifecycle_decisions.map((decision) => decision.action)).toEqual(['COMPLETE']);
    expect(finished.plan.contributions[0]).toMatchObject({
      contribution_type: 'INFORM',
      template_ids: ['program_results'],
      is_final: true,
    });
    expect(finished.session.version).toBe(8);
    expect(finished.session.history).toHaveLength(8);
  });
});

describe('one scenario completing while another continues', () => {
  it('completes the finished scenario and keeps the other at its step', () => {
    const orchestrator = orchestratorFor();
    const first = orchestrator.processTurn(newSession(), {
      candidates: [
        { scenario_id: 'what_if_analysis', score: 1 },
        { scenario_id: 'explain_run', score: 1 },
      ],
      now: at(1),
    });
    const second = orchestrator.processTurn(first.session, { fields: { run_id: 'r-9' }, now: at(2) });
    // Equal scores start in id order, and decisions follow the session's instance order.
    expect(second.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action])).toEqual([
      ['explain_run', 'COMPLETE'],
      ['what_if_analysis', 'CONTINUE'],
    ]);
    expect(instanceOf(second.session, 'what_if_analysis')).toMatchObject({ status: 'active', current_step_id: 'variants' });
    expect(second.plan.active_scenario_ids).toEqual(['what_if_analysis']);
    expect(second.plan.primary_scenario_id).toBe('explain_run');
    expect(second.plan.contributions.map((entry) => [entry.scenario_id, entry.contribution_type, entry.is_final])).toEqual([
      ['explain_run', 'INFORM', true],
      ['what_if_analysis', 'ASK', false],
    ]);
    const third = orchestrator.processTurn(second.session, { fields: { num_scenarios: 2 }, now: at(3) });
    expect(third.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action])).toEqual([
      ['what_if_analysis', 'CONTINUE'],
    ]);
    expect(third.plan.primary_scenario_id).toBe('what_if_analysis');
  });
});
