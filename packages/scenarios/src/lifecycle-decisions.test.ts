import { describe, expect, it } from 'vitest';
import { explainRun, playbooks, programIntake, whatIfAnalysis } from './__fixtures__/playbooks.js';
import { at, instanceOf, linearScenario, newSession, orchestratorFor, runTurns, startTurn, step } from './__fixtures__/turn-helpers.js';
import type { ScenarioInput } from './scenario-definition.js';
import type { TurnResult } from './turn-result.js';

const actions = (result: TurnResult): [string, string][] =>
  result.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action]);

describe('START', () => {
  const orchestrator = orchestratorFor();

  it('starts a candidate scoring at least min_start_score at its entry step, with its score as confidence', () => {
    const result = orchestrator.processTurn(newSession(), {
      candidates: [{ scenario_id: 'what_if_analysis', score: 0.5, matched: ['keyword:compare'] }],
    });
    const decision = result.lifecycle_decisions[0];
    expect(decision).toMatchObject({
      scenario_id: 'what_if_analysis',
      action: 'START',
      entry_step_id: 'variants',
      confidence: 0.5,
      source: 'candidate',
    });
    expect(decision?.reasoning).toContain('keyword:compare');
    expect(instanceOf(result.session, 'what_if_analysis')).toMatchObject({
      status: 'active',
      current_step_id: 'variants',
      scenario_version: 1,
      visited_steps: { variants: 1 },
    });
  });

  it('does not start a candidate below min_start_score', () => {
    const result = orchestrator.processTurn(newSession(), { candidates: [{ scenario_id: 'what_if_analysis', score: 0.49 }] });
    expect(result.lifecycle_decisions).toEqual([]);
    expect(result.session.instances).toEqual([]);
  });

  it('follows min_start_score from the configuration', () => {
    const strict = orchestratorFor({ min_start_score: 0.8 });
    expect(strict.processTurn(newSession(), { candidates: [{ scenario_id: 'explain_run', score: 0.7 }] }).lifecycle_decisions).toEqual([]);
    expect(actions(strict.processTurn(newSession(), { candidates: [{ scenario_id: 'explain_run', score: 0.8 }] }))).toEqual([
      ['explain_run', 'START'],
    ]);
  });

  it('pins a new instance to the latest version unless the candidate names one', () => {
    const versions = orchestratorFor({}, [explainRun, { ...explainRun, version: 2 }]);
    expect(versions.processTurn(newSession(), startTurn('explain_run')).session.instances[0]?.scenario_version).toBe(2);
    const pinned = versions.processTurn(newSession(), { candidates: [{ scenario_id: 'explain_run', score: 1, scenario_version: 1 }] });
    expect(pinned.session.instances[0]?.scenario_version).toBe(1);
  });

  it('ignores candidates for unknown scenarios or versions, with a warning', () => {
    const result = orchestrator.processTurn(newSession(), {
      candidates: [
        { scenario_id: 'nope', score: 1 },
        { scenario_id: 'explain_run', score: 1, scenario_version: 9 },
      ],
    });
    expect(result.session.instances).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unknown_candidate_scenario', 'candidate_version_not_registered']);
  });

  it('does not start a candidate that is already active', () => {
    const [, second] = runTurns(orchestrator, newSession(), [startTurn('what_if_analysis'), startTurn('what_if_analysis')]);
    expect(actions(second!)).toEqual([['what_if_analysis', 'CONTINUE']]);
    expect(second!.session.instances).toHaveLength(1);
  });

  it('starts a completed scenario again as a new instance, which asks again for what the last one was told', () => {
    const results = runTurns(orchestrator, newSession(), [startTurn('explain_run', { fields: { run_id: 'a' } }), startTurn('explain_run')]);
    expect(actions(results[0]!)).toEqual([
      ['explain_run', 'START'],
      ['explain_run', 'COMPLETE'],
    ]);
    expect(actions(results[1]!)).toEqual([['explain_run', 'START']]);
    expect(results[1]!.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['run_id'] });
    expect(results[1]!.session.instances.map((instance) => instance.status)).toEqual(['completed', 'active']);
  });

  it('starts a completed scenario again on the values in force when its definition reuses them', () => {
    const reusing = orchestratorFor(
      {},
      playbooks.map((definition) => ({ ...definition, field_reuse: { policy: 'reuse' as const } })),
    );
    const results = runTurns(reusing, newSession(), [startTurn('explain_run', { fields: { run_id: 'a' } }), startTurn('explain_run')]);
    expect(actions(results[1]!)).toEqual([
      ['explain_run', 'START'],
      ['explain_run', 'COMPLETE'],
    ]);
    expect(results[1]!.session.instances.map((instance) => instance.status)).toEqual(['completed', 'completed']);
  });
});

describe('CONTINUE', () => {
  it('continues every active instance by default, with the step reasoning', () => {
    const orchestrator = orchestratorFor();
    const [, second] = runTurns(orchestrator, newSession(), [startTurn('program_intake'), { message: 'ok' }]);
    expect(second!.lifecycle_decisions).toEqual([
      expect.objectContaining({
        scenario_id: 'program_intake',
        action: 'CONTINUE',
        source: 'rule',
        confidence: 1,
        source_step_id: 'portfolio',
        reasoning: 'waiting at "portfolio" for portfolio_id',
      }),
    ]);
  });
});

describe('PAUSE', () => {
  const orchestrator = orchestratorFor();
  const opened = runTurns(orchestrator, newSession(), [
    startTurn('program_intake', { fields: { portfolio_id: 'p' } }),
    startTurn('what_if_analysis'),
    { fields: { target_amount: 5 } },
  ]);
  const session = opened.at(-1)!.session;

  it('pauses the named scenario on a pause signal, keeping its step and variables', () => {
    const before = instanceOf(session, 'what_if_analysis');
    const result = orchestrator.processTurn(session, { signal: { type: 'pause', scenario_id: 'what_if_analysis' }, now: at(10) });
    expect(actions(result)).toEqual([
      ['what_if_analysis', 'PAUSE'],
      ['program_intake', 'CONTINUE'],
    ]);
    expect(result.lifecycle_decisions[0]).toMatchObject({ confidence: 1, source: 'signal', pause_reason: 'user_requested' });
    const after = instanceOf(result.session, 'what_if_analysis');
    expect(after).toEqual({ ...before, status: 'paused', paused_at: at(10), pause_reason: 'user_requested' });
  });

  it('pauses the previous primary scenario when the signal names none', () => {
    expect(session.history.at(-1)?.primary_scenario_id).toBe('program_intake');
    const result = orchestrator.processTurn(session, { signal: 'pause', now: at(10) });
    expect(actions(result)[0]).toEqual(['program_intake', 'PAUSE']);
    expect(result.lifecycle_decisions[0]?.confidence).toBeLessThan(1);
  });

  it('falls back to the most recently active scenario when there is no previous primary', () => {
    const withoutHistory = { ...session, history: [] };
    expect(instanceOf(session, 'program_intake').last_active_at > instanceOf(session, 'what_if_analysis').last_active_at).toBe(true);
    expect(actions(orchestrator.processTurn(withoutHistory, { signal: 'pause' }))[0]).toEqual(['program_intake', 'PAUSE']);
  });

  it('warns when the named scenario is not open or already paused', () => {
    expect(
      orchestrator.processTurn(session, { signal: { type: 'pause', scenario_id: 'explain_run' } }).warnings.map((warning) => warning.code),
    ).toEqual(['signal_target_not_found']);
    const paused = orchestrator.processTurn(session, { signal: { type: 'pause', scenario_id: 'what_if_analysis' } }).session;
    expect(
      orchestrator
        .processTurn(paused, { signal: { type: 'pause', scenario_id: 'what_if_analysis' } })
        .warnings.map((warning) => warning.code),
    ).toEqual(['signal_target_not_applicable']);
    expect(orchestrator.processTurn(newSession(), { signal: 'pause' }).warnings.map((warning) => warning.code)).toEqual([
      'no_signal_target',
    ]);
  });

  it('offers paused instances back as resume hints, most recently paused first', () => {
    const first = orchestrator.processTurn(session, { signal: { type: 'pause', scenario_id: 'what_if_analysis' }, now: at(10) });
    const second = orchestrator.processTurn(first.session, { signal: { type: 'pause', scenario_id: 'program_intake' }, now: at(11) });
    expect(second.plan.resume_hints.map((hint) => [hint.scenario_id, hint.current_step_id, hint.paused_at])).toEqual([
      ['program_intake', 'constraints', at(11)],
      ['what_if_analysis', 'variants', at(10)],
    ]);
    expect(second.plan.contributions).toEqual([]);
  });
});

describe('loop detection', () => {
  const retry: ScenarioInput = {
    id: 'retry',
    name: 'Retry',
    version: 1,
    entry_step_id: 'ask',
    steps: [
      step('ask', { collects_fields: ['answer'], can_skip: true, transitions: [{ to_step_id: 'check' }] }),
      step('check', {
        can_skip: true,
        transitions: [{ to_step_id: 'ask', condition: { equals: { field: 'answer', value: 'again' } } }, { to_step_id: 'end' }],
      }),
      step('end'),
    ],
  };
  const again = { fields: { answer: 'again' } };

  it(`pauses once a step is reached more than max_loop_count times, keeping step and variables`, () => {
    const results = runTurns(orchestratorFor({ max_loop_count: 3 }, [retry]), newSession(), [startTurn('retry'), again, again, again]);
    expect(results.map((result) => instanceOf(result.session, 'retry').visited_steps['ask'])).toEqual([1, 2, 3, 4]);
    expect(actions(results[2]!)).toEqual([['retry', 'CONTINUE']]);
    const last = results[3]!;
    expect(last.lifecycle_decisions[0]).toMatchObject({ action: 'PAUSE', pause_reason: 'loop_detected', source: 'rule' });
    expect(last.lifecycle_decisions[0]?.reasoning).toContain('more than max_loop_count 3');
    expect(instanceOf(last.session, 'retry')).toMatchObject({ status: 'paused', current_step_id: 'ask', pause_reason: 'loop_detected' });
    expect(last.plan.resume_hints.map((hint) => hint.pause_reason)).toEqual(['loop_detected']);
  });

  it('allows more visits with a higher max_loop_count', () => {
    const results = runTurns(orchestratorFor({ max_loop_count: 4 }, [retry]), newSession(), [startTurn('retry'), again, again, again]);
    expect(instanceOf(results[3]!.session, 'retry').status).toBe('active');
  });

  it('gives a resumed instance a fresh loop window', () => {
    const orchestrator = orchestratorFor({ max_loop_count: 3 }, [retry]);
    const results = runTurns(orchestrator, newSession(), [startTurn('retry'), again, again, again, { signal: 'resume' }, again]);
    expect(actions(results[4]!)).toEqual([['retry', 'CONTINUE']]);
    expect(results[4]!.lifecycle_decisions[0]?.resumed).toBe(true);
    // The window restarts at 1 on resume; the resume turn and the next each come back to "ask" once more.
    expect(instanceOf(results[4]!.session, 'retry')).toMatchObject({ status: 'active', visited_steps: { ask: 2 } });
    expect(instanceOf(results[5]!.session, 'retry')).toMatchObject({ status: 'active', visited_steps: { ask: 3 } });
  });
});

describe('resuming', () => {
  const orchestrator = orchestratorFor();
  const paused = runTurns(orchestrator, newSession(), [
    startTurn('program_intake'),
    startTurn('what_if_analysis'),
    { signal: { type: 'pause', scenario_id: 'what_if_analysis' } },
  ]).at(-1)!.session;

  it('resumes a paused instance matched again instead of starting it twice', () => {
    const result = orchestrator.processTurn(paused, startTurn('what_if_analysis'));
    expect(result.lifecycle_decisions).toEqual([
      expect.objectContaining({ scenario_id: 'what_if_analysis', action: 'CONTINUE', resumed: true, source: 'candidate' }),
      expect.objectContaining({ scenario_id: 'program_intake', action: 'CONTINUE', resumed: false }),
    ]);
    expect(result.session.instances.filter((instance) => instance.scenario_id === 'what_if_analysis')).toHaveLength(1);
    expect(instanceOf(result.session, 'what_if_analysis')).not.toHaveProperty('paused_at');
  });

  it('resumes on a resume signal, named or not', () => {
    const named = orchestrator.processTurn(paused, { signal: { type: 'resume', scenario_id: 'what_if_analysis' } });
    expect(named.lifecycle_decisions[0]).toMatchObject({ action: 'CONTINUE', resumed: true, source: 'signal', confidence: 1 });
    const unnamed = orchestrator.processTurn(paused, { signal: 'resume' });
    expect(unnamed.lifecycle_decisions[0]).toMatchObject({ scenario_id: 'what_if_analysis', resumed: true });
    expect(
      orchestrator
        .processTurn(paused, { signal: { type: 'resume', scenario_id: 'program_intake' } })
        .warnings.map((warning) => warning.code),
    ).toEqual(['signal_target_not_applicable']);
  });

  it('does not resume past the limit of active scenarios, and says so', () => {
    const single = orchestratorFor({ max_simultaneous_scenarios: 1 });
    const result = single.processTurn(paused, { signal: 'resume' });
    expect(instanceOf(result.session, 'what_if_analysis').status).toBe('paused');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['resume_blocked_by_limit']);
  });
});

describe('max_simultaneous_scenarios', () => {
  const three = [
    linearScenario('a', [{ collects_fields: ['x'] }, {}]),
    linearScenario('b', [{ collects_fields: ['x'] }, {}]),
    linearScenario('c', [{ collects_fields: ['x'] }, {}]),
  ];
  const candidates = [
    { scenario_id: 'a', score: 0.6 },
    { scenario_id: 'b', score: 0.9 },
    { scenario_id: 'c', score: 0.7 },
  ];

  it('starts the best candidates up to the limit and defers the rest', () => {
    const result = orchestratorFor({ max_simultaneous_scenarios: 2 }, three).processTurn(newSession(), { candidates });
    expect(actions(result)).toEqual([
      ['b', 'START'],
      ['c', 'START'],
    ]);
    expect(result.deferred_candidates).toEqual([{ scenario_id: 'a', score: 0.6, reason: 'max_simultaneous_reached' }]);
  });

  it('counts instances already active', () => {
    const orchestrator = orchestratorFor({ max_simultaneous_scenarios: 2 }, three);
    const [, second] = runTurns(orchestrator, newSession(), [startTurn('a'), { candidates }]);
    expect(second!.plan.active_scenario_ids).toEqual(['a', 'b']);
    expect(second!.deferred_candidates.map((candidate) => candidate.scenario_id)).toEqual(['c']);
  });
});

describe('CANCEL', () => {
  const orchestrator = orchestratorFor();
  const session = runTurns(orchestrator, newSession(), [startTurn('program_intake'), startTurn('what_if_analysis')]).at(-1)!.session;

  it('cancels only the named scenario', () => {
    const result = orchestrator.processTurn(session, { signal: { type: 'cancel', scenario_id: 'what_if_analysis' }, now: at(9) });
    expect(actions(result)).toEqual([
      ['what_if_analysis', 'CANCEL'],
      ['program_intake', 'CONTINUE'],
    ]);
    expect(instanceOf(result.session, 'what_if_analysis')).toMatchObject({ status: 'cancelled', ended_at: at(9) });
    expect(result.plan.active_scenario_ids).toEqual(['program_intake']);
  });

  it('cancels the primary scenario when cancel or exit names none', () => {
    const primary = session.history.at(-1)?.primary_scenario_id;
    expect(primary).toBe('what_if_analysis');
    expect(actions(orchestrator.processTurn(session, { signal: 'cancel' }))[0]).toEqual(['what_if_analysis', 'CANCEL']);
    expect(actions(orchestrator.processTurn(session, { signal: 'exit' }))[0]).toEqual(['what_if_analysis', 'CANCEL']);
  });

  it('cancels a paused instance when named', () => {
    const paused = orchestrator.processTurn(session, { signal: { type: 'pause', scenario_id: 'what_if_analysis' } }).session;
    const result = orchestrator.processTurn(paused, { signal: { type: 'cancel', scenario_id: 'what_if_analysis' } });
    expect(instanceOf(result.session, 'what_if_analysis')).not.toHaveProperty('paused_at');
    expect(instanceOf(result.session, 'what_if_analysis').status).toBe('cancelled');
    expect(result.plan.resume_hints).toEqual([]);
  });

  it('lets a cancelled scenario start again later as a new instance', () => {
    const cancelled = orchestrator.processTurn(session, { signal: { type: 'cancel', scenario_id: 'what_if_analysis' } }).session;
    const again = orchestrator.processTurn(cancelled, startTurn('what_if_analysis'));
    expect(again.session.instances.map((instance) => [instance.scenario_id, instance.status])).toEqual([
      ['program_intake', 'active'],
      ['what_if_analysis', 'cancelled'],
      ['what_if_analysis', 'active'],
    ]);
  });
});

describe('COMPLETE', () => {
  it('completes when the terminal step is reached with nothing left to do', () => {
    const orchestrator = orchestratorFor({}, [explainRun]);
    const [first, second] = runTurns(orchestrator, newSession(), [startTurn('explain_run'), { fields: { run_id: 'r-1' } }]);
    expect(actions(first!)).toEqual([['explain_run', 'START']]);
    expect(second!.lifecycle_decisions).toEqual([
      expect.objectContaining({ action: 'COMPLETE', source_step_id: 'explain', confidence: 1 }),
    ]);
    expect(instanceOf(second!.session, 'explain_run')).toMatchObject({ status: 'completed', current_step_id: 'explain', ended_at: at(2) });
  });

  it('does not complete at a terminal step that still needs a field', () => {
    const asking = linearScenario('asking', [{ collects_fields: ['name'] }]);
    const result = orchestratorFor({}, [asking]).processTurn(newSession(), startTurn('asking'));
    expect(instanceOf(result.session, 'asking').status).toBe('active');
    expect(result.plan.contributions[0]?.fields_to_ask).toEqual(['name']);
  });

  it('records every decision in the session history without message text', () => {
    const orchestrator = orchestratorFor({}, playbooks);
    const result = orchestrator.processTurn(
      newSession(),
      startTurn('explain_run', { message: 'explain run r-1 please', fields: { run_id: 'r-1' }, now: at(3) }),
    );
    expect(result.session.history).toEqual([
      {
        turn: 1,
        at: at(3),
        decisions: [
          { instance_id: 'explain_run#1', scenario_id: 'explain_run', action: 'START' },
          { instance_id: 'explain_run#1', scenario_id: 'explain_run', action: 'COMPLETE' },
        ],
        transitions: [{ scenario_id: 'explain_run', from_step_id: 'run', to_step_id: 'explain', skipped_step_ids: ['run'] }],
        primary_scenario_id: 'explain_run',
      },
    ]);
    expect(JSON.stringify(result.session)).not.toContain('please');
  });

  it('keeps at most historyLimit entries', () => {
    const orchestrator = orchestratorFor({}, [programIntake, whatIfAnalysis], { historyLimit: 2 });
    const results = runTurns(orchestrator, newSession(), [startTurn('program_intake'), {}, {}, {}]);
    expect(results.at(-1)!.session.history.map((entry) => entry.turn)).toEqual([3, 4]);
  });
});
