import type { CompiledScenario } from './compiled-scenario.js';
import type { JsonRecord } from './json-value.js';
import type { LifecycleProposal } from './lifecycle-evaluator.js';
import type { AdvanceResult } from './advance-instance.js';
import type { OrchestrationConfig } from './orchestration-config.js';
import type { ScenarioStep } from './scenario-definition.js';
import { compareText, type ScenarioRegistry } from './scenario-registry.js';
import type { InstanceStatus, LifecycleAction, ScenarioInstance, Session, StepState } from './session.js';
import type { ParsedTurnInput } from './turn-input.js';
import type { DeferredCandidate, LifecycleDecision, StepTransitionDecision, TurnWarning } from './turn-result.js';

/** What the deterministic engine needs besides the session and the input. */
export interface EngineSettings {
  readonly registry: ScenarioRegistry;
  readonly config: OrchestrationConfig;
  /** How many history entries the session keeps (oldest dropped first). */
  readonly historyLimit: number;
}

/** A turn input after validation, with its time fixed. */
export type ResolvedTurnInput = ParsedTurnInput & { readonly now: string };

/** What a turn means to do with one scenario. */
export type IntentKind = 'start' | 'resume' | 'pause' | 'cancel' | 'continue';
/** Where a lifecycle decision came from. */
export type DecisionSource = LifecycleDecision['source'];

/** One scenario's lifecycle intent this turn. */
export interface Intent {
  readonly kind: IntentKind;
  readonly source: DecisionSource;
  /** A signal that named its scenario: nothing overrides it. */
  readonly named: boolean;
  readonly reasoning: string;
  readonly confidence: number;
  readonly score?: number;
  readonly version?: number;
  readonly pauseReason?: string;
  readonly proposal?: LifecycleProposal;
}

/** The mutable working copy of one open instance during a turn. */
export interface WorkingInstance {
  /** See `ScenarioInstance.instance_id`. */
  readonly instanceId: string;
  readonly original: ScenarioInstance | null;
  readonly compiled: CompiledScenario;
  readonly id: string;
  status: InstanceStatus;
  stepId: string;
  visited: Record<string, number>;
  variables: JsonRecord;
  stepState: StepState | undefined;
  startedAt: string;
  lastActiveAt: string;
  pausedAt: string | undefined;
  pauseReason: string | undefined;
  endedAt: string | undefined;
  /** See `ScenarioInstance.fields_to_restate`. */
  fieldsToRestate: readonly string[];
  changed: boolean;
  startedThisTurn: boolean;
  resumedThisTurn: boolean;
  engaged: boolean;
  completedThisTurn: boolean;
  walk: AdvanceResult | null;
}

/** Which source wins when several want to start or resume: signals first. */
export const SOURCE_RANK: Readonly<Record<DecisionSource, number>> = { signal: 0, evaluator: 1, candidate: 2, rule: 3 };

/**
 * The working state of one turn, shared by its phases (selection, lifecycle,
 * inputs, transitions, contributions). Each phase mutates it in turn; the
 * session it came from is never mutated.
 */
export interface TurnState {
  readonly settings: EngineSettings;
  readonly session: Session;
  readonly input: ResolvedTurnInput;
  readonly now: string;
  readonly working: WorkingInstance[];
  /** Every working instance by `instance_id`. */
  readonly byInstance: Map<string, WorkingInstance>;
  readonly previousPrimary: string | null;
  /** The session variables after this turn's fields. */
  readonly sessionVariables: JsonRecord;
  readonly warnings: TurnWarning[];
  readonly decisions: LifecycleDecision[];
  /** Intents about open instances, by `instance_id`. */
  readonly intents: Map<string, Intent>;
  /** Intents to start a new instance, by scenario id. */
  readonly starts: Map<string, Intent>;
  readonly proposalOutcomes: Map<LifecycleProposal, string | null>;
  /** COMPLETE proposals, by `instance_id`. */
  readonly completeProposals: Map<string, LifecycleProposal>;
  readonly deferredCandidates: DeferredCandidate[];
  readonly transitionDecisions: StepTransitionDecision[];
}

/** Records a warning of the turn. */
export function warnOf(state: TurnState): (code: string, message: string, scenarioId?: string | null) => void {
  return (code, message, scenarioId = null) => {
    state.warnings.push({ code, message, scenario_id: scenarioId });
  };
}

/** Records a lifecycle decision about a working instance. */
export function decideOf(
  state: TurnState,
): (
  entry: WorkingInstance,
  action: LifecycleAction,
  details: Partial<LifecycleDecision> & Pick<LifecycleDecision, 'reasoning' | 'confidence' | 'source'>,
) => void {
  return (entry, action, details) => {
    state.decisions.push({
      instance_id: entry.instanceId,
      scenario_id: entry.id,
      scenario_version: entry.compiled.scenario.version,
      action,
      entry_step_id: null,
      source_step_id: action === 'START' ? null : entry.stepId,
      resumed: false,
      pause_reason: null,
      ...details,
    });
  };
}

/** The primary among `pool`: the previous turn's primary scenario when in it (its most recently active instance), else the most recently active. */
export function primaryOf(state: TurnState, pool: readonly WorkingInstance[]): WorkingInstance | undefined {
  return mostRecentlyActive(pool.filter((entry) => entry.id === state.previousPrimary)) ?? mostRecentlyActive(pool);
}

/** The instances of `scenarioId` still open (active or paused) at this point of the turn, in session order. */
export function openInstancesOf(state: TurnState, scenarioId: string): WorkingInstance[] {
  return state.working.filter((entry) => entry.id === scenarioId && (entry.status === 'active' || entry.status === 'paused'));
}

/** The instance ids of `pool`, for a warning that asks which one was meant. */
export function listInstanceIds(pool: readonly WorkingInstance[]): string {
  return pool.map((entry) => entry.instanceId).join(', ');
}

/** The session variables as `entry` sees them: without the fields it must have restated. */
export function visibleSessionVariables(entry: WorkingInstance, sessionVariables: JsonRecord): JsonRecord {
  if (entry.fieldsToRestate.length === 0) return sessionVariables;
  const visible: JsonRecord = { ...sessionVariables };
  for (const field of entry.fieldsToRestate) delete visible[field];
  return visible;
}

/** The step a working instance is at. */
export function stepOf(entry: WorkingInstance): ScenarioStep {
  return entry.compiled.steps.get(entry.stepId) as ScenarioStep;
}

/** A working copy of a stored open instance. */
export function workingFrom(instance: ScenarioInstance, compiled: CompiledScenario, position: number): WorkingInstance {
  return {
    instanceId: instance.instance_id ?? instanceIdAt(instance.scenario_id, position),
    original: instance,
    compiled,
    id: instance.scenario_id,
    status: instance.status,
    stepId: instance.current_step_id,
    visited: instance.visited_steps,
    variables: instance.variables,
    stepState: instance.step_state,
    startedAt: instance.started_at,
    lastActiveAt: instance.last_active_at,
    pausedAt: instance.paused_at,
    pauseReason: instance.pause_reason,
    endedAt: instance.ended_at,
    fieldsToRestate: instance.fields_to_restate ?? [],
    changed: false,
    startedThisTurn: false,
    resumedThisTurn: false,
    engaged: false,
    completedThisTurn: false,
    walk: null,
  };
}

/** The stored instance of a working copy (the original when nothing changed). */
export function toInstance(entry: WorkingInstance): ScenarioInstance {
  if (!entry.changed && !entry.engaged && entry.original !== null) return entry.original;
  const instance: ScenarioInstance = {
    instance_id: entry.instanceId,
    scenario_id: entry.id,
    scenario_version: entry.compiled.scenario.version,
    current_step_id: entry.stepId,
    visited_steps: entry.visited,
    variables: entry.variables,
    status: entry.status,
    started_at: entry.startedAt,
    last_active_at: entry.lastActiveAt,
  };
  if (entry.status === 'paused') {
    instance.paused_at = entry.pausedAt as string;
    if (entry.pauseReason !== undefined) instance.pause_reason = entry.pauseReason;
  }
  if (entry.endedAt !== undefined) instance.ended_at = entry.endedAt;
  if (entry.stepState !== undefined && Object.keys(entry.stepState).length > 0) instance.step_state = entry.stepState;
  if (entry.fieldsToRestate.length > 0) instance.fields_to_restate = [...entry.fieldsToRestate];
  return instance;
}

/** The most recently active of `pool` (ties: by id). */
export function mostRecentlyActive(pool: readonly WorkingInstance[]): WorkingInstance | undefined {
  let best: WorkingInstance | undefined;
  for (const entry of pool) {
    if (
      best === undefined ||
      compareText(entry.lastActiveAt, best.lastActiveAt) > 0 ||
      (entry.lastActiveAt === best.lastActiveAt && compareText(entry.instanceId, best.instanceId) < 0)
    ) {
      best = entry;
    }
  }
  return best;
}

/** The most recently paused of `pool` (ties: by id). */
export function mostRecentlyPaused(pool: readonly WorkingInstance[]): WorkingInstance | undefined {
  let best: WorkingInstance | undefined;
  for (const entry of pool) {
    const pausedAt = entry.pausedAt ?? '';
    const bestPausedAt = best?.pausedAt ?? '';
    if (
      best === undefined ||
      compareText(pausedAt, bestPausedAt) > 0 ||
      (pausedAt === bestPausedAt && compareText(entry.instanceId, best.instanceId) < 0)
    ) {
      best = entry;
    }
  }
  return best;
}

/** The id of the instance at `position` (0-based) in the session's instances: `<scenario_id>#<position + 1>`. */
export function instanceIdAt(scenarioId: string, position: number): string {
  return `${scenarioId}#${position + 1}`;
}
