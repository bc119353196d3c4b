import { describe, expect, it } from 'vitest';
import { playbooks } from './__fixtures__/playbooks.js';
import { instanceOf, linearScenario, newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import { ScenarioConfigError } from './scenario-error.js';
import { createTestLifecycleEvaluator } from './testing.js';

const fullIntake = { fields: { portfolio_id: 'p', target_amount: 5, max_net_leverage: 3, min_fixed_charge_coverage: 1 } };

describe('enabled', () => {
  it('true: turns make decisions and bump the version', () => {
    const result = orchestratorFor({ enabled: true }).processTurn(newSession(), startTurn('program_intake'));
    expect(result.enabled).toBe(true);
    expect(result.lifecycle_decisions).toHaveLength(1);
    expect(result.session.version).toBe(1);
  });

  it('false: turns return the session untouched, with no decisions and an empty plan', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [] });
    const orchestrator = orchestratorFor({ enabled: false, use_llm: true }, playbooks, { evaluator });
    const session = orchestratorFor().processTurn(newSession(), startTurn('program_intake')).session;
    const result = orchestrator.processTurn(session, startTurn('what_if_analysis', { signal: 'cancel' }));
    expect(result.enabled).toBe(false);
    expect(result.session).toBe(session);
    expect(result.lifecycle_decisions).toEqual([]);
    expect(result.transition_decisions).toEqual([]);
    expect(result.plan).toMatchObject({ contributions: [], primary_scenario_id: null, active_scenario_ids: ['program_intake'] });
    const asynchronous = await orchestrator.processTurnAsync(session, { candidates: [{ scenario_id: 'what_if_analysis', score: 0.5 }] });
    expect(asynchronous.session).toBe(session);
    expect(evaluator.calls).toHaveLength(0);
  });
});

describe('enable_step_skipping', () => {
  it('true: a message with every field skips to the checkpoint', () => {
    const result = orchestratorFor({ enable_step_skipping: true }).processTurn(newSession(), startTurn('program_intake', fullIntake));
    expect(instanceOf(result.session, 'program_intake').current_step_id).toBe('confirm_run');
  });

  it('false: every step is shown for a turn, even with its fields known', () => {
    const orchestrator = orchestratorFor({ enable_step_skipping: false });
    const results = runTurns(orchestrator, newSession(), [startTurn('program_intake', fullIntake), {}, {}, {}]);
    expect(results.map((result) => instanceOf(result.session, 'program_intake').current_step_id)).toEqual([
      'portfolio',
      'target',
      'constraints',
      'confirm_run',
    ]);
    expect(results.flatMap((result) => result.transition_decisions.flatMap((transition) => transition.skipped_steps))).toEqual([]);
  });

  it('false: a terminal step still completes the instance when reached', () => {
    const orchestrator = orchestratorFor({ enable_step_skipping: false });
    const [, second] = runTurns(orchestrator, newSession(), [startTurn('explain_run', { fields: { run_id: 'r' } }), {}]);
    expect(instanceOf(second!.session, 'explain_run').status).toBe('completed');
  });
});

describe('enable_multi_scenario', () => {
  it('true: a second scenario starts beside the first', () => {
    const results = runTurns(orchestratorFor({ enable_multi_scenario: true }), newSession(), [
      startTurn('program_intake'),
      startTurn('what_if_analysis'),
    ]);
    expect(results[1]!.plan.active_scenario_ids).toEqual(['program_intake', 'what_if_analysis']);
  });

  it('false: a second scenario is deferred while one is active, and only the best candidate starts', () => {
    const orchestrator = orchestratorFor({ enable_multi_scenario: false });
    const results = runTurns(orchestrator, newSession(), [startTurn('program_intake'), startTurn('what_if_analysis')]);
    expect(results[1]!.plan.active_scenario_ids).toEqual(['program_intake']);
    expect(results[1]!.deferred_candidates).toEqual([{ scenario_id: 'what_if_analysis', score: 1, reason: 'multi_scenario_disabled' }]);
    const both = orchestrator.processTurn(newSession(), {
      candidates: [
        { scenario_id: 'what_if_analysis', score: 0.7 },
        { scenario_id: 'program_intake', score: 0.9 },
      ],
    });
    expect(both.plan.active_scenario_ids).toEqual(['program_intake']);
  });

  it('false: a paused scenario may take over once the active one is paused', () => {
    const orchestrator = orchestratorFor({ enable_multi_scenario: false });
    const results = runTurns(orchestrator, newSession(), [
      startTurn('program_intake'),
      { signal: 'pause' },
      startTurn('what_if_analysis'),
      { signal: { type: 'resume', scenario_id: 'program_intake' } },
    ]);
    expect(results[2]!.plan.active_scenario_ids).toEqual(['what_if_analysis']);
    expect(instanceOf(results[3]!.session, 'program_intake').status).toBe('paused');
    expect(results[3]!.warnings.map((warning) => warning.code)).toEqual(['resume_blocked_by_limit']);
  });
});

describe('block_on_missing_hard_fields', () => {
  const branching = linearScenario('branching', [
    {
      can_skip: true,
      transitions: [
        { to_step_id: 'branching_2', condition: { compare: { field: 'size', operator: 'gt', value: 10 } } },
        { to_step_id: 'branching_1' },
      ],
    },
    { collects_fields: ['small_detail'] },
    { collects_fields: ['large_detail'] },
  ]);

  it('true: waits at a branch whose condition needs an unknown field', () => {
    const result = orchestratorFor({ block_on_missing_hard_fields: true }, [branching]).processTurn(newSession(), startTurn('branching'));
    expect(instanceOf(result.session, 'branching').current_step_id).toBe('branching_0');
    expect(result.plan.contributions[0]?.fields_to_ask).toEqual(['size']);
  });

  it('false: takes the next transition that holds', () => {
    const result = orchestratorFor({ block_on_missing_hard_fields: false }, [branching]).processTurn(newSession(), startTurn('branching'));
    expect(instanceOf(result.session, 'branching').current_step_id).toBe('branching_1');
  });
});

describe('use_llm', () => {
  const borderline = { candidates: [{ scenario_id: 'what_if_analysis', score: 0.45 }] };
  const startIt = {
    proposals: [{ scenario_id: 'what_if_analysis', action: 'START', reasoning: 'the user asked for a variant', confidence: 0.8 }],
  };

  it('true: an ambiguous turn asks the evaluator and applies its proposal', async () => {
    const evaluator = createTestLifecycleEvaluator(startIt);
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(newSession(), borderline);
    expect(evaluator.calls).toHaveLength(1);
    expect(result.evaluation.status).toBe('applied');
    expect(result.lifecycle_decisions[0]).toMatchObject({
      scenario_id: 'what_if_analysis',
      action: 'START',
      source: 'evaluator',
      confidence: 0.8,
    });
  });

  it('false: the evaluator is never asked, even on the async path', async () => {
    const evaluator = createTestLifecycleEvaluator(startIt);
    const result = await orchestratorFor({ use_llm: false }, playbooks, { evaluator }).processTurnAsync(newSession(), borderline);
    expect(evaluator.calls).toHaveLength(0);
    expect(result.evaluation.status).toBe('not_requested');
    expect(result.lifecycle_decisions).toEqual([]);
  });

  it('true without an evaluator is a configuration error', () => {
    expect(() => orchestratorFor({ use_llm: true })).toThrow(ScenarioConfigError);
    expect(() => orchestratorFor({ use_llm: true })).toThrow('use_llm is true, so createOrchestrator needs an evaluator');
  });
});

describe('ambiguity_margin', () => {
  it('decides which candidate scores count as borderline', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [] });
    const narrow = await orchestratorFor({ use_llm: true, ambiguity_margin: 0.05 }, playbooks, { evaluator }).processTurnAsync(
      newSession(),
      {
        candidates: [{ scenario_id: 'what_if_analysis', score: 0.6 }],
      },
    );
    expect(narrow.evaluation.status).toBe('not_needed');
    const wide = await orchestratorFor({ use_llm: true, ambiguity_margin: 0.2 }, playbooks, { evaluator }).processTurnAsync(newSession(), {
      candidates: [{ scenario_id: 'what_if_analysis', score: 0.6 }],
    });
    expect(wide.evaluation.status).toBe('applied');
    expect(wide.evaluation.ambiguity).toEqual(['borderline candidate "what_if_analysis" (score 0.6, start score 0.5)']);
  });
});
