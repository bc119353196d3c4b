import { advanceInstance } from './advance-instance.js';
import { fieldLookup } from './turn-selection.js';
import { decideOf, visibleSessionVariables, type TurnState } from './turn-state.js';

/**
 * P6.3 transitions: walks every active instance forward (transitions, step
 * skipping), completes those done, pauses loops, and decides CONTINUE for the
 * rest.
 */
export function walkTransitions(state: TurnState): void {
  const { config } = state.settings;
  const { input, now, working, byInstance, sessionVariables, intents, proposalOutcomes, completeProposals, transitionDecisions } = state;
  const decide = decideOf(state);
  // ---- P6.3 step transitions ---------------------------------------------------------------
  const advanceOptions = { skipping: config.enable_step_skipping, blocking: config.block_on_missing_hard_fields };
  for (const entry of working) {
    if (entry.status !== 'active') continue;
    const sourceStepId = entry.stepId;
    const walk = advanceInstance(
      entry.compiled,
      sourceStepId,
      entry.stepState,
      !entry.startedThisTurn,
      fieldLookup(entry.variables, visibleSessionVariables(entry, sessionVariables), input.customer_data),
      advanceOptions,
    );
    entry.walk = walk;
    const moved = walk.passed.length > 0;
    if (moved) {
      entry.stepId = walk.finalStepId;
      entry.stepState = undefined;
      entry.engaged = true;
      entry.changed = true;
    }
    if (entry.startedThisTurn) entry.visited = { [entry.stepId]: 1 };
    else if (moved) entry.visited = { ...entry.visited, [entry.stepId]: (entry.visited[entry.stepId] ?? 0) + 1 };
    transitionDecisions.push({
      instance_id: entry.instanceId,
      scenario_id: entry.id,
      scenario_version: entry.compiled.scenario.version,
      source_step_id: sourceStepId,
      target_step_id: entry.stepId,
      moved,
      was_skipped: walk.skipped.length > 0,
      skipped_steps: [...walk.skipped],
      reasoning: walk.reasoning,
      confidence: 1,
    });
    const visits = entry.visited[entry.stepId] ?? 0;
    const intent = intents.get(entry.instanceId);
    if (walk.completed) {
      entry.status = 'completed';
      entry.endedAt = now;
      entry.completedThisTurn = true;
      entry.engaged = true;
      entry.changed = true;
      decide(entry, 'COMPLETE', { reasoning: walk.reasoning, confidence: 1, source: 'rule' });
    } else if (moved && visits > config.max_loop_count) {
      const reasoning = `stopped at "${entry.stepId}" ${visits} times, more than max_loop_count ${config.max_loop_count}; pausing to break the loop`;
      decide(entry, 'PAUSE', { reasoning, confidence: 1, source: 'rule', pause_reason: 'loop_detected' });
      entry.status = 'paused';
      entry.pausedAt = now;
      entry.pauseReason = 'loop_detected';
      entry.changed = true;
    } else if (!entry.startedThisTurn && !entry.resumedThisTurn) {
      const byEvaluator = intent?.kind === 'continue';
      decide(entry, 'CONTINUE', {
        reasoning: byEvaluator ? intent.reasoning : walk.reasoning,
        confidence: byEvaluator ? intent.confidence : 1,
        source: byEvaluator ? 'evaluator' : 'rule',
        source_step_id: sourceStepId,
      });
    }
    if (entry.engaged) entry.lastActiveAt = now;
  }
  for (const [id, proposal] of completeProposals) {
    proposalOutcomes.set(
      proposal,
      byInstance.get(id)?.completedThisTurn === true ? null : `"${proposal.scenario_id}" is not at a terminal step with its work done`,
    );
  }
}
