import { conditionValueFields, evaluateConditionWith, type FieldLookup } from './condition.js';
import type { CompiledScenario } from './compiled-scenario.js';
import { isKnownValue } from './json-value.js';
import type { ScenarioStep } from './scenario-definition.js';
import type { StepState } from './session.js';

/** Why an instance stopped where it did. */
export type StopReason =
  | 'fields'
  | 'confirmation'
  | 'action'
  | 'action_failed'
  | 'route_undetermined'
  | 'no_route'
  | 'not_skippable'
  | 'cycle'
  | 'completed';

/** Where one instance ends up this turn (P6.3). */
export interface AdvanceResult {
  readonly finalStepId: string;
  /** Every step left during the turn, in order. */
  readonly passed: readonly string[];
  /** The passed steps that were never shown to the user (all of `passed` except a shown starting step). */
  readonly skipped: readonly string[];
  readonly completed: boolean;
  readonly stopReason: StopReason;
  /** Fields to ask for at the final step (its own, or those an undecided transition needs). */
  readonly missingFields: readonly string[];
  readonly reasoning: string;
}

/** Switches that shape the walk. */
export interface AdvanceOptions {
  readonly skipping: boolean;
  readonly blocking: boolean;
}

type Route =
  | { readonly kind: 'target'; readonly stepId: string }
  | { readonly kind: 'undetermined'; readonly fields: readonly string[] }
  | { readonly kind: 'none'; readonly fields: readonly string[] }
  | { readonly kind: 'terminal' };

/**
 * Chooses the first transition whose condition holds. A condition that cannot be
 * decided (it needs an unknown field's value) stops the search when blocking,
 * so the instance asks instead of guessing; otherwise it counts as false.
 */
export function chooseRoute(step: ScenarioStep, lookup: FieldLookup, blocking: boolean): Route {
  if (step.transitions.length === 0) return { kind: 'terminal' };
  const undecidedFields: string[] = [];
  for (const transition of step.transitions) {
    if (transition.condition === undefined) return { kind: 'target', stepId: transition.to_step_id };
    const outcome = evaluateConditionWith(transition.condition, lookup);
    if (outcome === true) return { kind: 'target', stepId: transition.to_step_id };
    if (outcome === null) {
      for (const field of conditionValueFields(transition.condition)) {
        if (!isKnownValue(lookup(field)) && !undecidedFields.includes(field)) undecidedFields.push(field);
      }
      if (blocking) return { kind: 'undetermined', fields: undecidedFields };
    }
  }
  return { kind: 'none', fields: undecidedFields };
}

/** Whether skipping may pass this step without stopping (its fields must also be known). */
export function isSkippableStep(step: ScenarioStep): boolean {
  return step.can_skip && !step.is_checkpoint && !step.is_required_action;
}

/**
 * Walks an instance forward from `startStepId` (P6.3).
 *
 * The starting step, when the user has already been shown it (`presented`), is
 * left once it is done: fields known, checkpoint confirmed, action succeeded.
 * Every other step — including a fresh instance's entry step — is passed only by
 * skipping: skipping enabled, `can_skip`, not a checkpoint, not a required
 * action, fields known. A terminal step reached with nothing left to do
 * completes the instance. The route out of each step is its first transition
 * whose condition holds, so the passed steps form the one path the flow takes.
 */
export function advanceInstance(
  compiled: CompiledScenario,
  startStepId: string,
  stepState: StepState | undefined,
  presented: boolean,
  lookup: FieldLookup,
  options: AdvanceOptions,
): AdvanceResult {
  const passed: string[] = [];
  const seen = new Set<string>([startStepId]);
  let stepId = startStepId;
  for (;;) {
    const step = compiled.steps.get(stepId) as ScenarioStep;
    const isStart = passed.length === 0;
    const shown = isStart && presented;
    const missing = step.collects_fields.filter((field) => !isKnownValue(lookup(field)));
    const stop = (stopReason: StopReason, reasoning: string, missingFields: readonly string[] = []): AdvanceResult =>
      finish(stepId, passed, presented, stopReason, reasoning, missingFields);

    if (missing.length > 0) return stop('fields', `waiting at "${stepId}" for ${missing.join(', ')}`, missing);
    if (shown) {
      if (step.is_checkpoint && stepState?.confirmed_at === undefined) {
        return stop('confirmation', `waiting at checkpoint "${stepId}" for confirmation`);
      }
      if (step.performs_action && stepState?.action_status !== 'succeeded') {
        return stepState?.action_status === 'failed'
          ? stop('action_failed', `the action at "${stepId}" failed; waiting for a successful result of ${step.tool_ids.join(', ')}`)
          : stop('action', `waiting at "${stepId}" for the result of ${step.tool_ids.join(', ')}`);
      }
    } else {
      if (step.is_checkpoint) return stop('confirmation', `stopped at checkpoint "${stepId}": it needs confirmation`);
      const terminal = step.transitions.length === 0;
      if (step.performs_action && (step.is_required_action || terminal || !options.skipping || !step.can_skip)) {
        return stop('action', `stopped at "${stepId}" to run ${step.tool_ids.join(', ')}`);
      }
      if (!terminal && !(options.skipping && step.can_skip)) {
        return stop(
          'not_skippable',
          options.skipping ? `stopped at "${stepId}": it cannot be skipped` : `stopped at "${stepId}": step skipping is disabled`,
        );
      }
    }
    const route = chooseRoute(step, lookup, options.blocking);
    if (route.kind === 'terminal') {
      return stop('completed', `reached terminal step "${stepId}" with nothing left to do`);
    }
    if (route.kind === 'undetermined') {
      return stop('route_undetermined', `waiting at "${stepId}": the next step depends on ${route.fields.join(', ')}`, route.fields);
    }
    if (route.kind === 'none') {
      return stop('no_route', `no transition out of "${stepId}" holds`, route.fields);
    }
    passed.push(stepId);
    stepId = route.stepId;
    if (seen.has(stepId)) return cycleStop(compiled.steps.get(stepId) as ScenarioStep, passed, presented, lookup);
    seen.add(stepId);
  }
}

/**
 * The walk came back to a step it already passed this turn: it stops there,
 * and the step says what it needs (its missing fields, a confirmation again at
 * a checkpoint, its action at a required-action step), so the caller shows and
 * runs what the step requires instead of nothing.
 */
function cycleStop(step: ScenarioStep, passed: readonly string[], presented: boolean, lookup: FieldLookup): AdvanceResult {
  const missing = step.collects_fields.filter((field) => !isKnownValue(lookup(field)));
  const back = `came back to "${step.id}"`;
  if (missing.length > 0) return finish(step.id, passed, presented, 'fields', `${back}; waiting for ${missing.join(', ')}`, missing);
  if (step.is_checkpoint) return finish(step.id, passed, presented, 'confirmation', `${back}; the checkpoint needs confirmation again`, []);
  if (step.performs_action)
    return finish(step.id, passed, presented, 'action', `${back}; waiting for the result of ${step.tool_ids.join(', ')}`, []);
  return finish(step.id, passed, presented, 'cycle', back, []);
}

function finish(
  finalStepId: string,
  passed: readonly string[],
  presented: boolean,
  stopReason: StopReason,
  reason: string,
  missingFields: readonly string[],
): AdvanceResult {
  const skipped = presented ? passed.slice(1) : passed;
  let reasoning = reason;
  if (passed.length > 0) {
    const from = passed[0] as string;
    const moved = `moved from "${from}" to "${finalStepId}"${skipped.length > 0 ? `, skipping ${skipped.map((id) => `"${id}"`).join(', ')}` : ''}`;
    reasoning = `${moved}; ${reason}`;
  }
  return { finalStepId, passed, skipped, completed: stopReason === 'completed', stopReason, missingFields, reasoning };
}
