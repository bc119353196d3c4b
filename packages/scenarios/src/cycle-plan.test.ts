import { describe, expect, it } from 'vitest';
import { instanceOf, newSession, orchestratorFor, runTurns, startTurn, step } from './__fixtures__/turn-helpers.js';
import type { ScenarioInput } from './scenario-definition.js';

/** A checkpoint whose skippable follow-up step routes straight back to it (an "adjust and review again" loop). */
const reviewLoop: ScenarioInput = {
  id: 'review_loop',
  name: 'Review loop',
  version: 1,
  entry_step_id: 'review',
  steps: [
    step('review', { is_checkpoint: true, checkpoint_description: 'Approve the draft', transitions: [{ to_step_id: 'adjust' }] }),
    step('adjust', {
      collects_fields: ['note'],
      can_skip: true,
      transitions: [{ to_step_id: 'review', condition: { exists: 'note' } }, { to_step_id: 'done' }],
    }),
    step('done', {}),
  ],
};

/** A required action whose skippable follow-up routes straight back to it. */
const actionLoop: ScenarioInput = {
  id: 'action_loop',
  name: 'Action loop',
  version: 1,
  entry_step_id: 'act',
  steps: [
    step('act', { performs_action: true, is_required_action: true, tool_ids: ['send'], transitions: [{ to_step_id: 'tweak' }] }),
    step('tweak', {
      collects_fields: ['again'],
      can_skip: true,
      transitions: [{ to_step_id: 'act', condition: { equals: { field: 'again', value: true } } }, { to_step_id: 'end' }],
    }),
    step('end', {}),
  ],
};

describe('a walk that comes back to a step it passed this turn', () => {
  it('stops at the checkpoint and asks for confirmation again, instead of a plan of NONE', () => {
    const orchestrator = orchestratorFor({}, [reviewLoop]);
    const [first, confirmed] = runTurns(orchestrator, newSession({ note: 'tighten' }), [
      startTurn('review_loop'),
      { confirmations: [{ scenario_id: 'review_loop' }] },
    ]);
    expect(first!.plan.contributions[0]).toMatchObject({ contribution_type: 'CONFIRM', current_step_id: 'review' });
    expect(confirmed!.transition_decisions[0]).toMatchObject({ source_step_id: 'review', target_step_id: 'review', moved: true });
    expect(confirmed!.transition_decisions[0]?.reasoning).toContain('the checkpoint needs confirmation again');
    expect(confirmed!.plan.contributions[0]).toMatchObject({
      contribution_type: 'CONFIRM',
      current_step_id: 'review',
      action_to_confirm: 'Approve the draft',
    });
    expect(instanceOf(confirmed!.session, 'review_loop').step_state?.confirmed_at).toBeUndefined();
  });

  it('stops at the required action and hints its tool again', () => {
    const orchestrator = orchestratorFor({}, [actionLoop]);
    const [first, reported] = runTurns(orchestrator, newSession({ again: true }), [
      startTurn('action_loop'),
      { action_results: [{ scenario_id: 'action_loop', step_id: 'act', tool_id: 'send', status: 'succeeded' }] },
    ]);
    expect(first!.plan.contributions[0]).toMatchObject({ contribution_type: 'ACTION_HINT', suggested_tools: ['send'] });
    expect(reported!.transition_decisions[0]).toMatchObject({ source_step_id: 'act', target_step_id: 'act', moved: true });
    expect(reported!.plan.contributions[0]).toMatchObject({
      contribution_type: 'ACTION_HINT',
      current_step_id: 'act',
      suggested_tools: ['send'],
      last_action_status: null,
    });
  });
});
