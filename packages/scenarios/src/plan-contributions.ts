import type { AdvanceResult } from './advance-instance.js';
import type { CompiledScenario } from './compiled-scenario.js';
import type { ScenarioStep } from './scenario-definition.js';
import { compareText } from './scenario-registry.js';
import type { StepState } from './session.js';
import type { ContributionPlan, ContributionType, ResumeHint, ScenarioContribution } from './turn-result.js';

/** Base priority of each contribution type: running a tool first, then decisions, questions, information. */
export const CONTRIBUTION_TYPE_PRIORITY: Readonly<Record<ContributionType, number>> = Object.freeze({
  ACTION_HINT: 40,
  CONFIRM: 30,
  ASK: 20,
  INFORM: 10,
  NONE: 0,
});

/** Added to the priority of a scenario the turn engaged (started, resumed, moved, answered, confirmed, reported on). */
export const ENGAGED_PRIORITY_BONUS = 100;

/** What the planner needs to know about one instance at the end of the turn. */
export interface ContributionSource {
  /** The instance contributing (see `ScenarioInstance.instance_id`). */
  readonly instanceId?: string;
  readonly compiled: CompiledScenario;
  readonly stepId: string;
  readonly stepState: StepState | undefined;
  readonly walk: AdvanceResult;
  readonly engaged: boolean;
  readonly completedThisTurn: boolean;
  readonly lastActiveAt: string;
}

/** Determines one instance's contribution from where its walk stopped. */
export function buildContribution(source: ContributionSource): ScenarioContribution {
  const step = source.compiled.steps.get(source.stepId) as ScenarioStep;
  let type: ContributionType;
  if (source.completedThisTurn) type = step.template_ids.length > 0 ? 'INFORM' : 'NONE';
  else if (source.walk.missingFields.length > 0) type = 'ASK';
  else if (source.walk.stopReason === 'confirmation') type = 'CONFIRM';
  else if (source.walk.stopReason === 'action' || source.walk.stopReason === 'action_failed') type = 'ACTION_HINT';
  else if (step.template_ids.length > 0) type = 'INFORM';
  else type = 'NONE';
  return {
    ...(source.instanceId === undefined ? {} : { instance_id: source.instanceId }),
    scenario_id: source.compiled.scenario.id,
    scenario_name: source.compiled.scenario.name,
    scenario_version: source.compiled.scenario.version,
    current_step_id: step.id,
    current_step_name: step.name,
    contribution_type: type,
    fields_to_ask: type === 'ASK' ? [...source.walk.missingFields] : [],
    action_to_confirm: type === 'CONFIRM' ? (step.checkpoint_description ?? `confirm ${step.name}`) : null,
    suggested_tools: type === 'ACTION_HINT' || (type === 'CONFIRM' && step.performs_action) ? [...step.tool_ids] : [],
    template_ids: type === 'INFORM' ? [...step.template_ids] : [],
    priority: CONTRIBUTION_TYPE_PRIORITY[type] + (source.engaged ? ENGAGED_PRIORITY_BONUS : 0),
    deferred: false,
    is_final: source.completedThisTurn,
    last_action_status: source.stepState?.action_status ?? null,
  };
}

/**
 * Orders contributions (priority, then most recently active, then scenario id,
 * then instance id),
 * picks the primary and defers questions so a reply asks at most
 * `maxQuestions` unrelated things: an ASK whose fields are all already being
 * asked is the same question and is not deferred.
 */
export function planContributions(
  entries: readonly { readonly contribution: ScenarioContribution; readonly lastActiveAt: string }[],
  activeScenarioIds: readonly string[],
  resumeHints: readonly ResumeHint[],
  maxQuestions: number,
): ContributionPlan {
  const ordered = [...entries].sort(
    (left, right) =>
      right.contribution.priority - left.contribution.priority ||
      compareText(right.lastActiveAt, left.lastActiveAt) ||
      compareText(left.contribution.scenario_id, right.contribution.scenario_id) ||
      compareText(left.contribution.instance_id ?? '', right.contribution.instance_id ?? ''),
  );
  const askedFields = new Set<string>();
  let questions = 0;
  const contributions = ordered.map(({ contribution }) => {
    const type = contribution.contribution_type;
    if (type !== 'ASK' && type !== 'CONFIRM') return contribution;
    if (type === 'ASK' && questions > 0 && contribution.fields_to_ask.every((field) => askedFields.has(field))) return contribution;
    if (questions >= maxQuestions) return { ...contribution, deferred: true };
    questions += 1;
    for (const field of contribution.fields_to_ask) askedFields.add(field);
    return contribution;
  });
  return {
    contributions,
    primary_scenario_id: contributions[0]?.scenario_id ?? null,
    has_asks: contributions.some((contribution) => contribution.contribution_type === 'ASK'),
    has_confirms: contributions.some((contribution) => contribution.contribution_type === 'CONFIRM'),
    has_action_hints: contributions.some((contribution) => contribution.contribution_type === 'ACTION_HINT'),
    active_scenario_ids: [...activeScenarioIds],
    resume_hints: [...resumeHints],
  };
}
