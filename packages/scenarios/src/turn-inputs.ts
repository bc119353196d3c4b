import { listInstanceIds, openInstancesOf, primaryOf, stepOf, warnOf, type TurnState, type WorkingInstance } from './turn-state.js';

/**
 * The fields, confirmations and action results aimed at instances: what
 * engages an instance, confirms its checkpoint or reports its action. Each is
 * aimed by `instance_id`, or by scenario id when the scenario has one instance
 * it could mean (several: nothing applied, an `ambiguous_*` warning lists them).
 */
export function applyTurnInputs(state: TurnState): void {
  const { input, now, working, byInstance } = state;
  const warn = warnOf(state);
  const shownActive = (): WorkingInstance[] => working.filter((entry) => entry.status === 'active' && !entry.startedThisTurn);
  // ---- Fields restated: an instance that had to have them restated uses the session's values again
  const stated = Object.keys(input.fields);
  if (stated.length > 0) {
    for (const entry of working) {
      if (entry.startedThisTurn || !entry.fieldsToRestate.some((field) => stated.includes(field))) continue;
      entry.fieldsToRestate = entry.fieldsToRestate.filter((field) => !stated.includes(field));
      entry.changed = true;
    }
  }
  // ---- Fields, confirmations and action results aimed at instances ----------------------------
  for (const [key, fields] of Object.entries(input.scenario_fields)) {
    const direct = byInstance.get(key);
    const open = direct === undefined ? openInstancesOf(state, key) : [direct];
    const entry = open[0];
    if (open.length > 1) {
      warn(
        'ambiguous_scenario_fields_target',
        `"${key}" has ${open.length} open instances (${listInstanceIds(open)}); key its fields by instance_id`,
        key,
      );
      continue;
    }
    if (entry === undefined || (entry.status !== 'active' && entry.status !== 'paused')) {
      warn('scenario_fields_target_not_found', `no active or paused instance of "${key}" for its fields`, direct?.id ?? key);
      continue;
    }
    entry.variables = { ...entry.variables, ...fields };
    if (!entry.startedThisTurn) entry.fieldsToRestate = entry.fieldsToRestate.filter((field) => !Object.hasOwn(fields, field));
    entry.changed = true;
    if (entry.status === 'active') entry.engaged = true;
  }
  for (const entry of working) {
    if (entry.status !== 'active' || entry.startedThisTurn) continue;
    const stepFields = entry.compiled.stepFields.get(entry.stepId);
    if (stepFields !== undefined && stated.some((field) => stepFields.has(field))) entry.engaged = true;
  }

  for (const confirmation of input.confirmations) {
    let target: WorkingInstance | undefined;
    const waitingAt = (entry: WorkingInstance): boolean =>
      stepOf(entry).is_checkpoint &&
      entry.stepState?.confirmed_at === undefined &&
      (confirmation.step_id === undefined || confirmation.step_id === entry.stepId);
    if (confirmation.instance_id !== undefined || confirmation.scenario_id !== undefined) {
      const named = shownActive().filter((entry) =>
        confirmation.instance_id !== undefined
          ? entry.instanceId === confirmation.instance_id &&
            (confirmation.scenario_id === undefined || entry.id === confirmation.scenario_id)
          : entry.id === confirmation.scenario_id,
      );
      const waiting = named.filter(waitingAt);
      if (waiting.length > 1) {
        warn(
          'ambiguous_confirmation',
          `${waiting.length} instances of "${confirmation.scenario_id}" wait at a checkpoint (${listInstanceIds(waiting)}); name one by instance_id`,
          confirmation.scenario_id ?? null,
        );
        continue;
      }
      target = waiting[0] ?? named[0];
      if (target === undefined) {
        const what = confirmation.instance_id ?? confirmation.scenario_id;
        warn('confirmation_target_not_found', `no active instance of "${what}" has shown a checkpoint`, confirmation.scenario_id ?? null);
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
    const named = shownActive().filter(
      (entry) =>
        entry.id === actionResult.scenario_id && (actionResult.instance_id === undefined || entry.instanceId === actionResult.instance_id),
    );
    const waiting = named.filter(
      (entry) =>
        stepOf(entry).performs_action &&
        entry.stepState?.action_status !== 'succeeded' &&
        (actionResult.step_id === undefined || actionResult.step_id === entry.stepId),
    );
    if (waiting.length > 1) {
      warn(
        'ambiguous_action_result',
        `${waiting.length} instances of "${actionResult.scenario_id}" wait for an action (${listInstanceIds(waiting)}); name one by instance_id`,
        actionResult.scenario_id,
      );
      continue;
    }
    const target = waiting[0] ?? named[0];
    if (target === undefined) {
      warn(
        'action_result_target_not_found',
        `no active instance of "${actionResult.instance_id ?? actionResult.scenario_id}" is waiting for an action`,
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
