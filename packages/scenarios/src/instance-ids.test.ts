import { describe, expect, it } from 'vitest';
import { at, instanceOf, newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import type { ScenarioInstance } from './session.js';

describe('instance ids', () => {
  it('are carried by lifecycle and transition decisions, contributions and resume hints', () => {
    const orchestrator = orchestratorFor();
    const [started, paused] = runTurns(orchestrator, newSession(), [
      startTurn('program_intake', { now: at(1) }),
      { candidates: [{ scenario_id: 'what_if_analysis', score: 1 }], signal: { type: 'pause', scenario_id: 'program_intake' }, now: at(2) },
    ]);
    expect(instanceOf(started!.session, 'program_intake').instance_id).toBe('program_intake#1');
    expect(started!.lifecycle_decisions).toEqual([expect.objectContaining({ instance_id: 'program_intake#1', action: 'START' })]);
    expect(started!.transition_decisions).toEqual([expect.objectContaining({ instance_id: 'program_intake#1' })]);
    expect(started!.plan.contributions).toEqual([expect.objectContaining({ instance_id: 'program_intake#1' })]);
    expect(paused!.lifecycle_decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ instance_id: 'program_intake#1', action: 'PAUSE' }),
        expect.objectContaining({ instance_id: 'what_if_analysis#2', action: 'START' }),
      ]),
    );
    expect(paused!.plan.resume_hints).toEqual([
      expect.objectContaining({ instance_id: 'program_intake#1', scenario_id: 'program_intake' }),
    ]);
  });

  it('tell apart two instances of one scenario, and give stored instances without one an id from their position', () => {
    const orchestrator = orchestratorFor();
    const completed: ScenarioInstance = {
      scenario_id: 'explain_run',
      scenario_version: 1,
      current_step_id: 'explain',
      visited_steps: { explain: 1 },
      variables: {},
      status: 'completed',
      started_at: at(1),
      last_active_at: at(1),
      ended_at: at(1),
    };
    const session = { ...newSession(), instances: [completed] };
    const again = orchestrator.processTurn(session, startTurn('explain_run', { now: at(2) }));
    expect(again.session.instances.map((instance) => [instance.scenario_id, instance.status, instance.instance_id])).toEqual([
      ['explain_run', 'completed', undefined],
      ['explain_run', 'active', 'explain_run#2'],
    ]);
    expect(again.lifecycle_decisions[0]).toMatchObject({ action: 'START', instance_id: 'explain_run#2' });
  });
});
