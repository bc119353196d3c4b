import { primaryOf, stepOf, warnOf, type TurnState, type WorkingInstance } from './turn-state.js';

/**
 * The fields, confirmations and action results aimed at instances: what
 * engages an instance, confirms its checkpoint or reports its action.
 */
export function applyTurnInputs(state: TurnState): void {
  const { input, now, working, byScenario } = state;
  const warn = warnOf(state);
  const shownActive = (): WorkingInstance[] => working.filter((entry) => entry.status === 'active' && !entry.startedThisTurn);
  // ---- Fields, confirmations and action results aimed at instances ----------------------------
  for (const [id, fields] of Object.entries(input.scenario_fields)) {
    const entry = byScenario.get(id);
    if (entry === undefined || (entry.status !== 'active' && entry.status !== 'paused')) {
      warn('scenario_fields_target_not_found', `no active or paused instance of "${id}" for its fields`, id);
      continue;
    }
    entry.variables = { ...entry.variables, ...fields };
    entry.changed = true;
    if (entry.status === 'active') entry.engaged = true;
  }
  for (const entry of working) {
    if (entry.status !== 'active' || entry.startedThisTurn) continue;
    const stepFields = entry.compiled.stepFields.get(entry.stepId);
    if (stepFields !== undefined && Object.keys(input.fields).some((field) => stepFields.has(field))) entry.engaged = true;
  }

  for (const confirmation of input.confirmations) {
    let target: WorkingInstance | undefined;
    if (confirmation.scenario_id !== undefined) {
      target = shownActive().find((entry) => entry.id === confirmation.scenario_id);
      if (target === undefined) {
        warn(
          'confirmation_target_not_found',
          `no active instance of "${confirmation.scenario_id}" has shown a checkpoint`,
          confirmation.scenario_id,
        );
        continue;
      }
    } else {
      const waiting = shownActive().filter((entry) => stepOf(entry).is_checkpoint && entry.stepState?.confirmed_at === undefined);
      target = primaryOf(state, waiting);
      if (target === undefined) {
        warn('no_checkpoint_waiting', 'a confirmation arrived but no checkpoint is waiting for one');
        continue;
      }
    }
    if (confirmation.step_id !== undefined && confirmation.step_id !== target.stepId) {
      warn('stale_confirmation', `"${target.id}" is at "${target.stepId}", not "${confirmation.step_id}"`, target.id);
      continue;
    }
    if (!stepOf(target).is_checkpoint) {
      warn('confirmation_not_expected', `"${target.id}" is at "${target.stepId}", which is not a checkpoint`, target.id);
      continue;
    }
    target.stepState = { ...target.stepState, confirmed_at: now };
    target.engaged = true;
    target.changed = true;
  }
  for (const actionResult of input.action_results) {
    const target = shownActive().find((entry) => entry.id === actionResult.scenario_id);
    if (target === undefined) {
      warn(
        'action_result_target_not_found',
        `no active instance of "${actionResult.scenario_id}" is waiting for an action`,
        actionResult.scenario_id,
      );
      continue;
    }
    const step = stepOf(target);
    if (actionResult.step_id !== undefined && actionResult.step_id !== target.stepId) {
      warn('stale_action_result', `"${target.id}" is at "${target.stepId}", not "${actionResult.step_id}"`, target.id);
      continue;
    }
    if (!step.performs_action) {
      warn('action_result_not_expected', `"${target.id}" is at "${target.stepId}", which performs no action`, target.id);
      continue;
    }
    if (actionResult.tool_id !== undefined && !step.tool_ids.includes(actionResult.tool_id)) {
      warn('unknown_tool', `step "${target.stepId}" does not run "${actionResult.tool_id}"`, target.id);
      continue;
    }
    if (step.is_checkpoint && target.stepState?.confirmed_at === undefined) {
      warn('action_before_confirmation', `step "${target.stepId}" has not been confirmed yet`, target.id);
      continue;
    }
    target.stepState = { ...target.stepState, action_status: actionResult.status, action_reported_at: now };
    if (Object.keys(actionResult.variables).length > 0) target.variables = { ...target.variables, ...actionResult.variables };
    target.engaged = true;
    target.changed = true;
  }
}
