import type { FieldLookup } from './condition.js';
import { isKnownValue } from './json-value.js';
import { InvalidSessionError } from './scenario-error.js';
import { compareText, compiledScenario, type ScenarioRegistry } from './scenario-registry.js';
import type { ScoredCandidate } from './score-candidates.js';
import { isOpenInstance, type InstanceStatus, type Session } from './session.js';
import type { InstanceSummary, SelectionContext } from './turn-result.js';
import { instanceIdAt, workingFrom, type ResolvedTurnInput, type WorkingInstance } from './turn-state.js';

/**
 * Working copies of the session's open instances, checked against their pinned
 * definitions. A scenario may have several open instances; each is told apart
 * by its `instance_id`, which must be unique in the session.
 */
export function openWorkingInstances(
  registry: ScenarioRegistry,
  session: Session,
): { working: WorkingInstance[]; byInstance: Map<string, WorkingInstance> } {
  const working: WorkingInstance[] = [];
  const byInstance = new Map<string, WorkingInstance>();
  const seen = new Set<string>();
  session.instances.forEach((instance, index) => {
    const instanceId = instance.instance_id ?? instanceIdAt(instance.scenario_id, index);
    if (seen.has(instanceId)) {
      throw new InvalidSessionError([{ path: `instances[${index}].instance_id`, message: `instance id "${instanceId}" is used twice` }]);
    }
    seen.add(instanceId);
    if (!isOpenInstance(instance)) return;
    const compiled = compiledScenario(registry, instance.scenario_id, instance.scenario_version);
    if (!compiled.steps.has(instance.current_step_id)) {
      throw new InvalidSessionError([
        {
          path: `instances[${index}].current_step_id`,
          message: `step "${instance.current_step_id}" does not exist in scenario "${instance.scenario_id}" version ${instance.scenario_version}`,
        },
      ]);
    }
    const entry = workingFrom(instance, compiled, index);
    working.push(entry);
    byInstance.set(entry.instanceId, entry);
  });
  return { working, byInstance };
}

/** The selection context alone (also used when the orchestrator is disabled). */
export function buildSelectionContext(
  session: Session,
  input: ResolvedTurnInput,
  candidates: readonly ScoredCandidate[],
  previousPrimary: string | null,
): SelectionContext {
  const summaries = (status: InstanceStatus): InstanceSummary[] =>
    session.instances
      .map((instance, index) => ({ instance, index }))
      .filter(({ instance }) => instance.status === status)
      .map(({ instance, index }) => ({
        instance_id: instance.instance_id ?? instanceIdAt(instance.scenario_id, index),
        scenario_id: instance.scenario_id,
        scenario_version: instance.scenario_version,
        current_step_id: instance.current_step_id,
        status: instance.status,
        last_active_at: instance.last_active_at,
      }));
  return {
    candidates: [...candidates],
    active_instances: summaries('active'),
    paused_instances: summaries('paused'),
    applied_rules: [...input.applied_rules],
    intent: input.intent,
    intent_confidence: input.intent_confidence,
    signal: { type: input.signal.type, scenario_id: input.signal.scenario_id ?? null },
    previous_primary_scenario_id: previousPrimary,
  };
}

/** Keeps candidates for registered scenarios, one per scenario (the best), best first then by id. */
export function selectCandidates(
  candidates: readonly ScoredCandidate[],
  registry: ScenarioRegistry,
  warn: (code: string, message: string, scenarioId?: string | null) => void,
): ScoredCandidate[] {
  const best = new Map<string, ScoredCandidate>();
  for (const candidate of candidates) {
    if (!registry.has(candidate.scenario_id)) {
      warn('unknown_candidate_scenario', `no scenario "${candidate.scenario_id}" is registered`, candidate.scenario_id);
      continue;
    }
    if (candidate.scenario_version !== undefined && !registry.has(candidate.scenario_id, candidate.scenario_version)) {
      warn(
        'candidate_version_not_registered',
        `scenario "${candidate.scenario_id}" version ${candidate.scenario_version} is not registered`,
        candidate.scenario_id,
      );
      continue;
    }
    const current = best.get(candidate.scenario_id);
    if (current === undefined || current.score < candidate.score) best.set(candidate.scenario_id, candidate);
  }
  return [...best.values()].sort((left, right) => right.score - left.score || compareText(left.scenario_id, right.scenario_id));
}

/** Looks a field up in the instance's variables, then the session's, then the customer data; unknown values fall through. */
export function fieldLookup(...layers: readonly Readonly<Record<string, unknown>>[]): FieldLookup {
  return (field) => {
    for (const layer of layers) {
      if (Object.hasOwn(layer, field)) {
        const value = layer[field];
        if (isKnownValue(value)) return value;
      }
    }
    return undefined;
  };
}
