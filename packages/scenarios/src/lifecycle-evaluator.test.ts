import { describe, expect, it } from 'vitest';
import { playbooks } from './__fixtures__/playbooks.js';
import { instanceOf, newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import type { LifecycleProposal } from './lifecycle-evaluator.js';
import type { OrchestratorLogger } from './orchestrator-logger.js';
import { createTestLifecycleEvaluator, deepFreeze } from './testing.js';
import type { TurnResult } from './turn-result.js';

const proposal = (scenario_id: string, action: LifecycleProposal['action'], confidence = 0.9): LifecycleProposal => ({
  scenario_id,
  action,
  reasoning: `proposed ${action.toLowerCase()}`,
  confidence,
});
const actions = (result: TurnResult): [string, string, string][] =>
  result.lifecycle_decisions.map((decision) => [decision.scenario_id, decision.action, decision.source]);
const borderline = { candidates: [{ scenario_id: 'what_if_analysis', score: 0.55 }] };

function recordingLogger(): OrchestratorLogger & { warnings: object[] } {
  const warnings: object[] = [];
  return { warnings, info: () => undefined, debug: () => undefined, warn: (object) => warnings.push(object) };
}

describe('lifecycle evaluator', () => {
  // Two active scenarios so an unnamed signal is ambiguous.
  const twoActive = runTurns(orchestratorFor(), newSession(), [startTurn('program_intake'), startTurn('what_if_analysis')]).at(-1)!.session;

  it('is not asked when the turn is not ambiguous', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [] });
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(
      newSession(),
      startTurn('program_intake'),
    );
    expect(evaluator.calls).toHaveLength(0);
    expect(result.evaluation).toEqual({ status: 'not_needed', ambiguity: [], accepted: [], rejected: [], error: null });
  });

  it('is never asked on the synchronous path', () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [proposal('what_if_analysis', 'START')] });
    const result = orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurn(newSession(), borderline);
    expect(evaluator.calls).toHaveLength(0);
    expect(result.evaluation.status).toBe('not_requested');
  });

  it('receives the scenarios, the message and the deterministic decisions', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [] });
    const controller = new AbortController();
    let seenSignal: AbortSignal | undefined;
    const spying = {
      evaluate: (request: Parameters<typeof evaluator.evaluate>[0], options: { signal?: AbortSignal }) => {
        seenSignal = options.signal;
        return evaluator.evaluate(request, options);
      },
    };
    await orchestratorFor({ use_llm: true }, playbooks, { evaluator: spying }).processTurnAsync(
      deepFreeze(twoActive),
      { message: 'stop that', signal: 'cancel', ...borderline },
      { signal: controller.signal },
    );
    expect(seenSignal).toBe(controller.signal);
    const request = evaluator.calls[0]!;
    expect(request.message).toBe('stop that');
    // The candidate is already active, so only the unnamed signal is ambiguous.
    expect(request.ambiguity).toEqual(['"cancel" names no scenario while 2 are active']);
    expect(request.scenarios.map((scenario) => [scenario.scenario_id, scenario.status, scenario.current_step_id])).toEqual([
      ['program_intake', 'active', 'portfolio'],
      ['what_if_analysis', 'active', 'variants'],
    ]);
    expect(request.deterministic_decisions.map((decision) => [decision.scenario_id, decision.action])).toEqual([
      ['what_if_analysis', 'CANCEL'],
      ['program_intake', 'CONTINUE'],
    ]);
    expect(request.max_simultaneous_scenarios).toBe(5);
  });

  it('can redirect an unnamed cancel to the scenario the user meant', async () => {
    const evaluator = createTestLifecycleEvaluator({
      proposals: [proposal('what_if_analysis', 'CONTINUE'), proposal('program_intake', 'CANCEL')],
    });
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(twoActive, { signal: 'cancel' });
    expect(actions(result)).toEqual([
      ['program_intake', 'CANCEL', 'evaluator'],
      ['what_if_analysis', 'CONTINUE', 'evaluator'],
    ]);
    expect(result.evaluation.accepted).toHaveLength(2);
    expect(instanceOf(result.session, 'what_if_analysis').status).toBe('active');
  });

  it('cannot override a signal that names its scenario', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [proposal('what_if_analysis', 'CONTINUE')] });
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(twoActive, {
      signal: { type: 'cancel', scenario_id: 'what_if_analysis' },
      ...{ candidates: [{ scenario_id: 'explain_run', score: 0.5 }] },
    });
    expect(evaluator.calls).toHaveLength(1);
    expect(instanceOf(result.session, 'what_if_analysis').status).toBe('cancelled');
    expect(result.evaluation.rejected).toEqual([
      { proposal: proposal('what_if_analysis', 'CONTINUE'), reason: 'the user named this scenario in a signal, which takes precedence' },
    ]);
  });

  it('can veto a borderline start with DO_NOT_START', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [proposal('what_if_analysis', 'DO_NOT_START')] });
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(newSession(), borderline);
    expect(result.lifecycle_decisions).toEqual([]);
    expect(result.evaluation.accepted).toEqual([proposal('what_if_analysis', 'DO_NOT_START')]);
  });

  it('rejects proposals that break the invariants, keeping the rest', async () => {
    const evaluator = createTestLifecycleEvaluator({
      proposals: [
        proposal('ghost', 'START'),
        proposal('what_if_analysis', 'START'),
        proposal('what_if_analysis', 'PAUSE'),
        proposal('explain_run', 'PAUSE'),
        proposal('program_intake', 'COMPLETE'),
      ],
    });
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(
      runTurns(orchestratorFor(), newSession(), [startTurn('program_intake')]).at(-1)!.session,
      borderline,
    );
    expect(result.evaluation.accepted.map((entry) => [entry.scenario_id, entry.action])).toEqual([['what_if_analysis', 'START']]);
    expect(result.evaluation.rejected.map((entry) => entry.reason)).toEqual([
      'no scenario "ghost" is registered',
      'another proposal already covers this scenario',
      '"explain_run" is not active',
      '"program_intake" is not at a terminal step with its work done',
    ]);
    expect(instanceOf(result.session, 'program_intake').status).toBe('active');
  });

  it('cannot start past max_simultaneous_scenarios', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [proposal('what_if_analysis', 'START')] });
    const result = await orchestratorFor({ use_llm: true, max_simultaneous_scenarios: 1 }, playbooks, { evaluator }).processTurnAsync(
      runTurns(orchestratorFor(), newSession(), [startTurn('program_intake')]).at(-1)!.session,
      borderline,
    );
    expect(result.plan.active_scenario_ids).toEqual(['program_intake']);
    expect(result.evaluation.rejected).toEqual([
      { proposal: proposal('what_if_analysis', 'START'), reason: '1 scenario(s) already active (max_simultaneous_reached)' },
    ]);
  });

  it('cannot make a started scenario skip past its checkpoint', async () => {
    const evaluator = createTestLifecycleEvaluator({ proposals: [proposal('what_if_analysis', 'START')] });
    const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(newSession(), {
      ...borderline,
      fields: { num_scenarios: 3 },
    });
    expect(instanceOf(result.session, 'what_if_analysis').current_step_id).toBe('confirm');
  });

  it('falls back to the deterministic decisions when the evaluator throws, and records it', async () => {
    const logger = recordingLogger();
    const evaluator = createTestLifecycleEvaluator(new Error('provider down'));
    const orchestrator = orchestratorFor({ use_llm: true }, playbooks, { evaluator, logger });
    const result = await orchestrator.processTurnAsync(twoActive, { signal: 'cancel' });
    const deterministic = orchestratorFor().processTurn(twoActive, { signal: 'cancel' });
    expect(result.lifecycle_decisions).toEqual(deterministic.lifecycle_decisions);
    expect(result.session).toEqual(deterministic.session);
    expect(result.evaluation).toMatchObject({
      status: 'failed',
      error: { code: 'lifecycle_evaluation_failed', message: 'the evaluator failed: provider down' },
    });
    expect(logger.warnings).toEqual([expect.objectContaining({ session_id: 'session-1', error_code: 'lifecycle_evaluation_failed' })]);
  });

  it('falls back when the evaluator answers something invalid', async () => {
    const invalidAnswers = [
      'START it',
      { proposals: [{ scenario_id: 'what_if_analysis', action: 'LAUNCH', reasoning: 'x', confidence: 0.5 }] },
      { proposals: [{ ...proposal('what_if_analysis', 'START'), confidence: 2 }] },
    ];
    for (const answer of invalidAnswers) {
      const evaluator = createTestLifecycleEvaluator(answer);
      const result = await orchestratorFor({ use_llm: true }, playbooks, { evaluator }).processTurnAsync(newSession(), borderline);
      expect(result.evaluation.status).toBe('failed');
      expect(result.evaluation.error?.message).toMatch(/^the evaluator answered invalid proposals: /);
      expect(result.lifecycle_decisions.map((decision) => [decision.action, decision.source])).toEqual([['START', 'candidate']]);
    }
  });
});
