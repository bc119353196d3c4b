import { describe, expect, it } from 'vitest';
import { playbooks } from './__fixtures__/playbooks.js';
import { at, newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import type { Session } from './session.js';
import type { TurnInput } from './turn-input.js';
import type { TurnResult } from './turn-result.js';

const FIGURES = { portfolio_id: 'p-1', target_amount: 150, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 };

/** A second program beside the first: the candidate asks for a new instance. */
/**
 * The playbooks with programs reusing the values in force, so a second program
 * runs on the session's figures (asking again is tested in `field-reuse.test.ts`).
 */
function reusingOrchestrator(): ReturnType<typeof orchestratorFor> {
  return orchestratorFor(
    {},
    playbooks.map((definition) =>
      definition.id === 'program_intake' ? { ...definition, field_reuse: { policy: 'reuse' as const } } : definition,
    ),
  );
}

function secondProgram(input: TurnInput = {}): TurnInput {
  return { ...input, candidates: [{ scenario_id: 'program_intake', score: 1, new_instance: true }] };
}

function statuses(session: Session): [string | undefined, string][] {
  return session.instances.map((instance) => [instance.instance_id, instance.status]);
}

/** Two open programs, the first paused, the second waiting at its checkpoint. */
function twoPrograms(): { orchestrator: ReturnType<typeof orchestratorFor>; results: TurnResult[] } {
  const orchestrator = reusingOrchestrator();
  const results = runTurns(orchestrator, newSession(FIGURES), [
    startTurn('program_intake'),
    { signal: { type: 'pause', scenario_id: 'program_intake' } },
    secondProgram({ fields: { target_amount: 80, max_net_leverage: 3, min_fixed_charge_coverage: 2 } }),
  ]);
  return { orchestrator, results };
}

describe('several open instances of one scenario', () => {
  it('starts a second instance beside an open one only when asked, each with its own id', () => {
    const orchestrator = reusingOrchestrator();
    const [, plain] = runTurns(orchestrator, newSession(FIGURES), [startTurn('program_intake'), startTurn('program_intake')]);
    expect(statuses(plain!.session)).toEqual([['program_intake#1', 'active']]);

    const { results } = twoPrograms();
    const third = results[2]!;
    expect(statuses(third.session)).toEqual([
      ['program_intake#1', 'paused'],
      ['program_intake#2', 'active'],
    ]);
    expect(third.lifecycle_decisions).toEqual([expect.objectContaining({ instance_id: 'program_intake#2', action: 'START' })]);
    expect(third.transition_decisions).toEqual([
      expect.objectContaining({ instance_id: 'program_intake#2', target_step_id: 'confirm_run' }),
    ]);
    expect(third.plan.contributions).toEqual([expect.objectContaining({ instance_id: 'program_intake#2', contribution_type: 'CONFIRM' })]);
    expect(third.plan.resume_hints).toEqual([expect.objectContaining({ instance_id: 'program_intake#1', scenario_id: 'program_intake' })]);
    expect(third.session.history.at(-1)!.decisions).toEqual([
      { instance_id: 'program_intake#2', scenario_id: 'program_intake', action: 'START' },
    ]);
  });

  it('asks which one when a cancel names the scenario, and cancels the one its instance id names', () => {
    const { orchestrator, results } = twoPrograms();
    const session = results[2]!.session;
    const ambiguous = orchestrator.processTurn(session, { signal: { type: 'cancel', scenario_id: 'program_intake' }, now: at(10) });
    expect(ambiguous.lifecycle_decisions.filter((decision) => decision.action === 'CANCEL')).toEqual([]);
    expect(ambiguous.warnings).toEqual([
      expect.objectContaining({ code: 'ambiguous_signal_target', message: expect.stringContaining('program_intake#1, program_intake#2') }),
    ]);
    expect(statuses(ambiguous.session)).toEqual(statuses(session));

    const aimed = orchestrator.processTurn(session, { signal: { type: 'cancel', instance_id: 'program_intake#1' }, now: at(10) });
    expect(aimed.lifecycle_decisions).toContainEqual(expect.objectContaining({ instance_id: 'program_intake#1', action: 'CANCEL' }));
    expect(statuses(aimed.session)).toEqual([
      ['program_intake#1', 'cancelled'],
      ['program_intake#2', 'active'],
    ]);
  });

  it('resumes by scenario when only one instance is paused, and by instance id when several are', () => {
    const { orchestrator, results } = twoPrograms();
    const resumed = orchestrator.processTurn(results[2]!.session, {
      signal: { type: 'resume', scenario_id: 'program_intake' },
      now: at(10),
    });
    expect(resumed.lifecycle_decisions).toContainEqual(
      expect.objectContaining({ instance_id: 'program_intake#1', action: 'CONTINUE', resumed: true }),
    );

    const [bothPaused] = runTurns(orchestrator, results[2]!.session, [
      { signal: { type: 'pause', instance_id: 'program_intake#2' }, now: at(9) },
    ]);
    expect(statuses(bothPaused!.session)).toEqual([
      ['program_intake#1', 'paused'],
      ['program_intake#2', 'paused'],
    ]);
    const which = orchestrator.processTurn(bothPaused!.session, { signal: { type: 'resume', scenario_id: 'program_intake' }, now: at(11) });
    expect(which.warnings.map((warning) => warning.code)).toEqual(['ambiguous_signal_target']);
    const named = orchestrator.processTurn(bothPaused!.session, {
      signal: { type: 'resume', instance_id: 'program_intake#2' },
      now: at(11),
    });
    expect(statuses(named.session)).toEqual([
      ['program_intake#1', 'paused'],
      ['program_intake#2', 'active'],
    ]);
    // A resume that names nothing brings back the most recently paused.
    const unnamed = orchestrator.processTurn(bothPaused!.session, { signal: 'resume', now: at(11) });
    expect(unnamed.lifecycle_decisions).toEqual([expect.objectContaining({ instance_id: 'program_intake#2', resumed: true })]);
  });

  it('confirms and reports to the instance named, and asks which one when two wait at the same step', () => {
    const orchestrator = reusingOrchestrator();
    const [, , both] = runTurns(orchestrator, newSession(FIGURES), [startTurn('program_intake'), secondProgram(), {}]);
    expect(both!.plan.contributions.map((contribution) => [contribution.instance_id, contribution.contribution_type])).toEqual([
      ['program_intake#2', 'CONFIRM'],
      ['program_intake#1', 'CONFIRM'],
    ]);
    const session = both!.session;
    const ambiguous = orchestrator.processTurn(session, { confirmations: [{ scenario_id: 'program_intake' }], now: at(10) });
    expect(ambiguous.warnings.map((warning) => warning.code)).toEqual(['ambiguous_confirmation']);
    expect(ambiguous.transition_decisions.some((transition) => transition.moved)).toBe(false);

    const [confirmed, reported] = runTurns(orchestrator, session, [
      { confirmations: [{ instance_id: 'program_intake#2' }] },
      { action_results: [{ scenario_id: 'program_intake', status: 'succeeded', variables: { run_id: 'r-2' } }] },
    ]);
    expect(confirmed!.plan.contributions).toContainEqual(
      expect.objectContaining({ instance_id: 'program_intake#2', contribution_type: 'ACTION_HINT' }),
    );
    // Only one instance waits for the action, so the scenario id is enough.
    expect(reported!.lifecycle_decisions).toContainEqual(expect.objectContaining({ instance_id: 'program_intake#2', action: 'COMPLETE' }));
    expect(reported!.session.instances.map((instance) => [instance.instance_id, instance.status, instance.variables])).toEqual([
      ['program_intake#1', 'active', {}],
      ['program_intake#2', 'completed', { run_id: 'r-2' }],
    ]);
  });

  it('aims fields keyed by instance id at that instance, and refuses a scenario key that could mean several', () => {
    const orchestrator = reusingOrchestrator();
    const [, , session] = runTurns(orchestrator, newSession(FIGURES), [startTurn('program_intake'), secondProgram(), {}]);
    const keyed = orchestrator.processTurn(session!.session, { scenario_fields: { 'program_intake#1': { note: 'a' } }, now: at(10) });
    expect(keyed.session.instances.map((instance) => instance.variables)).toEqual([{ note: 'a' }, {}]);
    const ambiguous = orchestrator.processTurn(session!.session, { scenario_fields: { program_intake: { note: 'a' } }, now: at(10) });
    expect(ambiguous.warnings.map((warning) => warning.code)).toEqual(['ambiguous_scenario_fields_target']);
  });

  it('refuses a stored session where two instances share an id', () => {
    const orchestrator = reusingOrchestrator();
    const [started] = runTurns(orchestrator, newSession(FIGURES), [startTurn('program_intake')]);
    const instance = started!.session.instances[0]!;
    const broken: Session = { ...started!.session, instances: [instance, { ...instance }] };
    expect(() => orchestrator.processTurn(broken, { now: at(10) })).toThrow(/instance id "program_intake#1" is used twice/);
  });
});
