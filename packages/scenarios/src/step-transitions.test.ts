import { describe, expect, it } from 'vitest';
import { at, instanceOf, linearScenario, newSession, orchestratorFor, runTurns, startTurn, step } from './__fixtures__/turn-helpers.js';
import type { ScenarioInput } from './scenario-definition.js';

const triage: ScenarioInput = {
  id: 'triage',
  name: 'Triage',
  version: 1,
  entry_step_id: 'describe',
  steps: [
    step('describe', { collects_fields: ['issue'], can_skip: true, transitions: [{ to_step_id: 'route' }] }),
    step('route', {
      can_skip: true,
      transitions: [{ to_step_id: 'urgent', condition: { equals: { field: 'priority', value: 'high' } } }, { to_step_id: 'normal' }],
    }),
    step('urgent', { template_ids: ['urgent_notice'], collects_fields: ['phone'] }),
    step('normal', { template_ids: ['normal_notice'], collects_fields: ['email'] }),
  ],
};

describe('step transitions', () => {
  it('takes the first transition whose condition holds', () => {
    const orchestrator = orchestratorFor({}, [triage]);
    const high = orchestrator.processTurn(newSession(), startTurn('triage', { fields: { issue: 'down', priority: 'high' } }));
    expect(instanceOf(high.session, 'triage').current_step_id).toBe('urgent');
    const low = orchestrator.processTurn(newSession(), startTurn('triage', { fields: { issue: 'slow', priority: 'low' } }));
    expect(instanceOf(low.session, 'triage').current_step_id).toBe('normal');
  });

  it('stays at a shown step until its fields are known, then transitions', () => {
    const orchestrator = orchestratorFor({}, [triage]);
    const [first, second, third] = runTurns(orchestrator, newSession(), [
      startTurn('triage'),
      { fields: { other: 1 } },
      { fields: { issue: 'x', priority: 'high' } },
    ]);
    expect(first!.transition_decisions[0]).toMatchObject({ source_step_id: 'describe', target_step_id: 'describe', moved: false });
    expect(second!.transition_decisions[0]).toMatchObject({ moved: false, reasoning: 'waiting at "describe" for issue' });
    expect(third!.transition_decisions[0]).toMatchObject({
      source_step_id: 'describe',
      target_step_id: 'urgent',
      moved: true,
      skipped_steps: ['route'],
    });
    expect(instanceOf(third!.session, 'triage').visited_steps).toEqual({ describe: 1, urgent: 1 });
  });

  describe('when a condition needs an unknown field', () => {
    it('waits and asks for it when block_on_missing_hard_fields is on', () => {
      const result = orchestratorFor({ block_on_missing_hard_fields: true }, [triage]).processTurn(
        newSession(),
        startTurn('triage', { fields: { issue: 'x' } }),
      );
      expect(instanceOf(result.session, 'triage').current_step_id).toBe('route');
      expect(result.transition_decisions[0]?.reasoning).toContain('the next step depends on priority');
      expect(result.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['priority'] });
    });

    it('routes past it as if false when block_on_missing_hard_fields is off', () => {
      const result = orchestratorFor({ block_on_missing_hard_fields: false }, [triage]).processTurn(
        newSession(),
        startTurn('triage', { fields: { issue: 'x' } }),
      );
      expect(instanceOf(result.session, 'triage').current_step_id).toBe('normal');
      expect(result.transition_decisions[0]?.skipped_steps).toEqual(['describe', 'route']);
    });

    it('asks for the undecided fields when no transition holds', () => {
      const gated: ScenarioInput = {
        id: 'gated',
        name: 'Gated',
        version: 1,
        entry_step_id: 'gate',
        steps: [
          step('gate', { transitions: [{ to_step_id: 'done', condition: { compare: { field: 'age', operator: 'gte', value: 18 } } }] }),
          step('done'),
        ],
      };
      const orchestrator = orchestratorFor({ block_on_missing_hard_fields: false }, [gated]);
      const [first, second] = runTurns(orchestrator, newSession(), [startTurn('gated'), { fields: { age: 12 } }]);
      expect(first!.plan.contributions[0]).toMatchObject({ contribution_type: 'NONE' });
      expect(second!.transition_decisions[0]?.reasoning).toBe('no transition out of "gate" holds');
      const unanswered = orchestrator.processTurn(first!.session, { fields: { other: true } });
      expect(unanswered.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['age'] });
    });
  });
});

describe('step skipping', () => {
  const five = linearScenario('flow', [
    { collects_fields: ['a'], can_skip: true },
    { collects_fields: ['b'], can_skip: true },
    { collects_fields: ['c'], can_skip: true },
    { collects_fields: ['d'], can_skip: true },
    { template_ids: ['done'] },
  ]);

  it('jumps to the furthest step whose earlier steps have their fields, listing skipped steps in order', () => {
    const result = orchestratorFor({}, [five]).processTurn(newSession(), startTurn('flow', { fields: { a: 1, b: 2, c: 3 } }));
    expect(result.transition_decisions[0]).toMatchObject({
      source_step_id: 'flow_0',
      target_step_id: 'flow_3',
      was_skipped: true,
      skipped_steps: ['flow_0', 'flow_1', 'flow_2'],
    });
    expect(result.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['d'] });
    expect(instanceOf(result.session, 'flow').visited_steps).toEqual({ flow_3: 1 });
  });

  it('does not list a step the user was already shown as skipped', () => {
    const orchestrator = orchestratorFor({}, [five]);
    const [, second] = runTurns(orchestrator, newSession(), [startTurn('flow'), { fields: { a: 1, b: 2, c: 3 } }]);
    expect(second!.transition_decisions[0]).toMatchObject({
      source_step_id: 'flow_0',
      target_step_id: 'flow_3',
      skipped_steps: ['flow_1', 'flow_2'],
    });
  });

  it('never skips past a checkpoint', () => {
    const guarded = linearScenario('guarded', [
      { collects_fields: ['a'], can_skip: true },
      { is_checkpoint: true, can_skip: true },
      { collects_fields: ['b'], can_skip: true },
      {},
    ]);
    const result = orchestratorFor({}, [guarded]).processTurn(newSession(), startTurn('guarded', { fields: { a: 1, b: 2 } }));
    expect(result.transition_decisions[0]).toMatchObject({ target_step_id: 'guarded_1', skipped_steps: ['guarded_0'] });
    expect(result.plan.contributions[0]?.contribution_type).toBe('CONFIRM');
  });

  it('never skips past a step that performs a required action', () => {
    const acting = linearScenario('acting', [
      { collects_fields: ['a'], can_skip: true },
      { performs_action: true, is_required_action: true, tool_ids: ['charge'], can_skip: true },
      {},
    ]);
    const result = orchestratorFor({}, [acting]).processTurn(newSession(), startTurn('acting', { fields: { a: 1 } }));
    expect(instanceOf(result.session, 'acting').current_step_id).toBe('acting_1');
    expect(result.plan.contributions[0]).toMatchObject({ contribution_type: 'ACTION_HINT', suggested_tools: ['charge'] });
  });

  it('may skip an optional action step that can be skipped', () => {
    const optional = linearScenario('optional', [
      { collects_fields: ['a'], can_skip: true },
      { performs_action: true, tool_ids: ['notify'], can_skip: true },
      { collects_fields: ['b'] },
      {},
    ]);
    const result = orchestratorFor({}, [optional]).processTurn(newSession(), startTurn('optional', { fields: { a: 1 } }));
    expect(result.transition_decisions[0]).toMatchObject({ target_step_id: 'optional_2', skipped_steps: ['optional_0', 'optional_1'] });
  });

  it('stops at a step that cannot be skipped even when its fields are known, and leaves it next turn', () => {
    const sticky = linearScenario('sticky', [
      { collects_fields: ['a'], can_skip: true },
      { collects_fields: ['b'], can_skip: false, template_ids: ['recap'] },
      { collects_fields: ['c'] },
      {},
    ]);
    const orchestrator = orchestratorFor({}, [sticky]);
    const [first, second] = runTurns(orchestrator, newSession(), [startTurn('sticky', { fields: { a: 1, b: 2 } }), {}]);
    expect(instanceOf(first!.session, 'sticky').current_step_id).toBe('sticky_1');
    expect(first!.transition_decisions[0]?.reasoning).toContain('it cannot be skipped');
    expect(first!.plan.contributions[0]).toMatchObject({ contribution_type: 'INFORM', template_ids: ['recap'] });
    expect(second!.transition_decisions[0]).toMatchObject({ source_step_id: 'sticky_1', target_step_id: 'sticky_2', skipped_steps: [] });
  });

  it('follows the route the conditions choose, not another branch', () => {
    const branching: ScenarioInput = {
      id: 'branching',
      name: 'Branching',
      version: 1,
      entry_step_id: 'start',
      steps: [
        step('start', { can_skip: true, transitions: [{ to_step_id: 'short', condition: { exists: 'fast' } }, { to_step_id: 'long_1' }] }),
        step('short', { is_checkpoint: true, transitions: [{ to_step_id: 'end' }] }),
        step('long_1', { can_skip: true, transitions: [{ to_step_id: 'long_2' }] }),
        step('long_2', { can_skip: true, transitions: [{ to_step_id: 'end' }] }),
        step('end', { collects_fields: ['z'] }),
      ],
    };
    const orchestrator = orchestratorFor({}, [branching]);
    const fast = orchestrator.processTurn(newSession(), startTurn('branching', { fields: { fast: true } }));
    expect(fast.transition_decisions[0]).toMatchObject({ target_step_id: 'short', skipped_steps: ['start'] });
    const slow = orchestrator.processTurn(newSession(), startTurn('branching'));
    expect(slow.transition_decisions[0]).toMatchObject({ target_step_id: 'end', skipped_steps: ['start', 'long_1', 'long_2'] });
  });

  it('stops when the route comes back to a step already passed this turn', () => {
    const circular: ScenarioInput = {
      id: 'circular',
      name: 'Circular',
      version: 1,
      entry_step_id: 'a',
      steps: [
        step('a', { can_skip: true, transitions: [{ to_step_id: 'b' }] }),
        step('b', { can_skip: true, transitions: [{ to_step_id: 'a', condition: { exists: 'again' } }, { to_step_id: 'end' }] }),
        step('end', { collects_fields: ['z'] }),
      ],
    };
    const result = orchestratorFor({}, [circular]).processTurn(newSession(), startTurn('circular', { fields: { again: 1 } }));
    expect(result.transition_decisions[0]).toMatchObject({ target_step_id: 'a', skipped_steps: ['a', 'b'] });
    expect(result.transition_decisions[0]?.reasoning).toContain('came back to "a"');
  });

  it('reads fields from the customer data, the session variables and the instance variables', () => {
    const orchestrator = orchestratorFor({}, [five]);
    const result = orchestrator.processTurn(
      newSession({ b: 'session' }),
      startTurn('flow', { customer_data: { a: 'profile' }, scenario_fields: {}, now: at(1) }),
    );
    expect(result.transition_decisions[0]?.skipped_steps).toEqual(['flow_0', 'flow_1']);
    const withInstanceVariable = orchestrator.processTurn(result.session, { scenario_fields: { flow: { c: 'scoped', d: null } } });
    expect(withInstanceVariable.transition_decisions[0]).toMatchObject({ source_step_id: 'flow_2', target_step_id: 'flow_3' });
    expect(instanceOf(withInstanceVariable.session, 'flow').variables).toEqual({ c: 'scoped', d: null });
    expect(withInstanceVariable.session.variables).toEqual({ b: 'session' });
  });

  it('treats a null field as unknown', () => {
    const result = orchestratorFor({}, [five]).processTurn(newSession(), startTurn('flow', { fields: { a: 1, b: null } }));
    expect(instanceOf(result.session, 'flow').current_step_id).toBe('flow_1');
  });
});
