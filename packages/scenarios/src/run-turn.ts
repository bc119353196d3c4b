import { advanceInstance, type AdvanceResult } from './advance-instance.js';
import type { FieldLookup } from './condition.js';
import type { CompiledScenario } from './compiled-scenario.js';
import { isKnownValue, type JsonRecord } from './json-value.js';
import type { LifecycleProposal } from './lifecycle-evaluator.js';
import type { OrchestrationConfig } from './orchestration-config.js';
import { buildContribution, planContributions } from './plan-contributions.js';
import type { ScenarioStep } from './scenario-definition.js';
import { InvalidSessionError } from './scenario-error.js';
import { compareText, compiledScenario, type ScenarioRegistry } from './scenario-registry.js';
import type { ScoredCandidate } from './score-candidates.js';
import {
  isOpenInstance,
  type InstanceStatus,
  type LifecycleAction,
  type ScenarioInstance,
  type Session,
  type SessionHistoryEntry,
  type StepState,
} from './session.js';
import type { ParsedTurnInput } from './turn-input.js';
import type {
  DeferredCandidate,
  InstanceSummary,
  LifecycleDecision,
  ResumeHint,
  ScenarioContribution,
  SelectionContext,
  StepTransitionDecision,
  TurnResult,
  TurnWarning,
} from './turn-result.js';

/** What the deterministic engine needs besides the session and the input. */
export interface EngineSettings {
  readonly registry: ScenarioRegistry;
  readonly config: OrchestrationConfig;
  /** How many history entries the session keeps (oldest dropped first). */
  readonly historyLimit: number;
}

/** A turn input after validation, with its time fixed. */
export type ResolvedTurnInput = ParsedTurnInput & { readonly now: string };

/** The engine's answer: the turn result (without the evaluation record) and what became of each proposal. */
export interface TurnComputation {
  readonly result: Omit<TurnResult, 'evaluation'>;
  readonly accepted: LifecycleProposal[];
  readonly rejected: { proposal: LifecycleProposal; reason: string }[];
}

type IntentKind = 'start' | 'resume' | 'pause' | 'cancel' | 'continue';
type DecisionSource = LifecycleDecision['source'];

interface Intent {
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
interface WorkingInstance {
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
  changed: boolean;
  startedThisTurn: boolean;
  resumedThisTurn: boolean;
  engaged: boolean;
  completedThisTurn: boolean;
  walk: AdvanceResult | null;
}

const SOURCE_RANK: Readonly<Record<DecisionSource, number>> = { signal: 0, evaluator: 1, candidate: 2, rule: 3 };

/**
 * One deterministic turn (P6.1 → P6.4) over an immutable session. `proposals`
 * are an evaluator's validated proposals, applied under the same invariants.
 */
export function computeTurn(
  settings: EngineSettings,
  session: Session,
  input: ResolvedTurnInput,
  proposals: readonly LifecycleProposal[] = [],
): TurnComputation {
  const { registry, config } = settings;
  const now = input.now;
  const warnings: TurnWarning[] = [];
  const warn = (code: string, message: string, scenarioId: string | null = null): void => {
    warnings.push({ code, message, scenario_id: scenarioId });
  };

  // ---- Working copies of the open instances -------------------------------------------------
  const working: WorkingInstance[] = [];
  const byScenario = new Map<string, WorkingInstance>();
  session.instances.forEach((instance, index) => {
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
    if (byScenario.has(instance.scenario_id)) {
      throw new InvalidSessionError([
        { path: `instances[${index}]`, message: `scenario "${instance.scenario_id}" has more than one active or paused instance` },
      ]);
    }
    const entry = workingFrom(instance, compiled);
    working.push(entry);
    byScenario.set(entry.id, entry);
  });
  const previousPrimary = session.history.at(-1)?.primary_scenario_id ?? null;

  // ---- P6.1 selection context --------------------------------------------------------------
  const candidates = selectCandidates(input.candidates, registry, warn);
  const selectionContext = buildSelectionContext(session, input, candidates, previousPrimary);

  const sessionVariables = Object.keys(input.fields).length > 0 ? { ...session.variables, ...input.fields } : session.variables;

  const decisions: LifecycleDecision[] = [];
  const decide = (entry: WorkingInstance, action: LifecycleAction, details: Partial<LifecycleDecision> & Pick<LifecycleDecision, 'reasoning' | 'confidence' | 'source'>): void => {
    decisions.push({
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

  const activeInstances = (): WorkingInstance[] => working.filter((entry) => entry.status === 'active');
  const primaryOf = (pool: readonly WorkingInstance[]): WorkingInstance | undefined =>
    pool.find((entry) => entry.id === previousPrimary) ?? mostRecentlyActive(pool);

  // ---- P6.2 lifecycle intents: signals, then candidates, then evaluator proposals ------------
  const intents = new Map<string, Intent>();
  const signal = input.signal;
  if (signal.type === 'pause' || signal.type === 'cancel' || signal.type === 'exit') {
    const named = signal.scenario_id !== undefined;
    const pool = activeInstances();
    const target = named ? byScenario.get(signal.scenario_id as string) : primaryOf(pool);
    const verb = signal.type === 'pause' ? 'pause' : signal.type === 'cancel' ? 'cancel' : 'exit';
    if (target === undefined) {
      if (named) warn('signal_target_not_found', `no active or paused instance of "${signal.scenario_id}" to ${verb}`, signal.scenario_id ?? null);
      else warn('no_signal_target', `no active scenario to ${verb}`);
    } else if (signal.type === 'pause' && target.status === 'paused') {
      warn('signal_target_not_applicable', `"${target.id}" is already paused`, target.id);
    } else {
      intents.set(target.id, {
        kind: signal.type === 'pause' ? 'pause' : 'cancel',
        source: 'signal',
        named,
        pauseReason: 'user_requested',
        confidence: named ? 1 : pool.length <= 1 ? 0.9 : 0.6,
        reasoning: named
          ? `the user asked to ${verb} "${target.id}"`
          : `the user asked to ${verb} without naming a scenario; "${target.id}" is the primary scenario`,
      });
    }
  } else if (signal.type === 'resume') {
    const named = signal.scenario_id !== undefined;
    const paused = working.filter((entry) => entry.status === 'paused');
    const target = named ? byScenario.get(signal.scenario_id as string) : mostRecentlyPaused(paused);
    if (target === undefined) {
      if (named) warn('signal_target_not_found', `no paused instance of "${signal.scenario_id}" to resume`, signal.scenario_id ?? null);
      else warn('no_signal_target', 'no paused scenario to resume');
    } else if (target.status !== 'paused') {
      warn('signal_target_not_applicable', `"${target.id}" is not paused`, target.id);
    } else {
      intents.set(target.id, {
        kind: 'resume',
        source: 'signal',
        named,
        confidence: named ? 1 : paused.length <= 1 ? 0.9 : 0.6,
        reasoning: named
          ? `the user asked to resume "${target.id}"`
          : `the user asked to resume without naming a scenario; "${target.id}" was paused most recently`,
      });
    }
  }

  for (const candidate of candidates) {
    if (candidate.score < config.min_start_score || intents.has(candidate.scenario_id)) continue;
    const existing = byScenario.get(candidate.scenario_id);
    if (existing?.status === 'active') continue;
    const why = `matched with score ${candidate.score}${candidate.matched.length > 0 ? ` (${candidate.matched.join(', ')})` : ''}`;
    if (existing?.status === 'paused') {
      intents.set(candidate.scenario_id, {
        kind: 'resume',
        source: 'candidate',
        named: false,
        score: candidate.score,
        confidence: candidate.score,
        reasoning: `${why}; resuming the paused instance instead of starting a second one`,
      });
    } else {
      intents.set(candidate.scenario_id, {
        kind: 'start',
        source: 'candidate',
        named: false,
        score: candidate.score,
        version: candidate.scenario_version ?? (registry.latest(candidate.scenario_id)?.version as number),
        confidence: candidate.score,
        reasoning: `${why}, at least the start score ${config.min_start_score}`,
      });
    }
  }

  const proposalOutcomes = new Map<LifecycleProposal, string | null>();
  const completeProposals = new Map<string, LifecycleProposal>();
  const proposedScenarios = new Set<string>();
  for (const proposal of proposals) {
    const reject = (reason: string): void => {
      proposalOutcomes.set(proposal, reason);
    };
    const id = proposal.scenario_id;
    if (proposedScenarios.has(id)) {
      reject('another proposal already covers this scenario');
      continue;
    }
    proposedScenarios.add(id);
    if (!registry.has(id)) {
      reject(`no scenario "${id}" is registered`);
      continue;
    }
    const current = intents.get(id);
    if (current?.named === true) {
      reject('the user named this scenario in a signal, which takes precedence');
      continue;
    }
    const existing = byScenario.get(id);
    const fromEvaluator = { source: 'evaluator' as const, named: false, confidence: proposal.confidence, reasoning: proposal.reasoning, proposal };
    switch (proposal.action) {
      case 'START':
        if (existing?.status === 'active') reject(`"${id}" is already active`);
        else if (existing !== undefined) intents.set(id, { ...fromEvaluator, kind: 'resume' });
        else intents.set(id, { ...fromEvaluator, kind: 'start', version: registry.latest(id)?.version as number });
        break;
      case 'DO_NOT_START':
        if (existing?.status === 'active') reject(`"${id}" is already active`);
        else if (current !== undefined && (current.kind === 'start' || current.kind === 'resume')) intents.delete(id);
        break;
      case 'CONTINUE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else intents.set(id, { ...fromEvaluator, kind: 'continue' });
        break;
      case 'PAUSE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else intents.set(id, { ...fromEvaluator, kind: 'pause', pauseReason: 'evaluator' });
        break;
      case 'CANCEL':
        if (existing === undefined) reject(`"${id}" is neither active nor paused`);
        else intents.set(id, { ...fromEvaluator, kind: 'cancel' });
        break;
      case 'COMPLETE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else completeProposals.set(id, proposal);
        break;
    }
    if (!proposalOutcomes.has(proposal) && proposal.action !== 'COMPLETE') proposalOutcomes.set(proposal, null);
  }

  // ---- Apply pauses and cancellations ------------------------------------------------------
  for (const entry of working) {
    const intent = intents.get(entry.id);
    if (intent === undefined) continue;
    if (intent.kind === 'pause' && entry.status === 'active') {
      decide(entry, 'PAUSE', {
        reasoning: intent.reasoning,
        confidence: intent.confidence,
        source: intent.source,
        pause_reason: intent.pauseReason ?? 'user_requested',
      });
      entry.status = 'paused';
      entry.pausedAt = now;
      entry.pauseReason = intent.pauseReason ?? 'user_requested';
      entry.changed = true;
    } else if (intent.kind === 'cancel') {
      decide(entry, 'CANCEL', { reasoning: intent.reasoning, confidence: intent.confidence, source: intent.source });
      entry.status = 'cancelled';
      entry.endedAt = now;
      entry.pausedAt = undefined;
      entry.pauseReason = undefined;
      entry.changed = true;
    }
  }

  // ---- Starts and resumes, within the limit --------------------------------------------------
  const deferredCandidates: DeferredCandidate[] = [];
  const maxActive = config.enable_multi_scenario ? config.max_simultaneous_scenarios : 1;
  let activeCount = activeInstances().length;
  const queue = [...intents.entries()]
    .filter(([, intent]) => intent.kind === 'start' || intent.kind === 'resume')
    .sort(
      ([leftId, left], [rightId, right]) =>
        SOURCE_RANK[left.source] - SOURCE_RANK[right.source] || right.confidence - left.confidence || compareText(leftId, rightId),
    );
  for (const [id, intent] of queue) {
    if (activeCount >= maxActive) {
      const reason = config.enable_multi_scenario ? 'max_simultaneous_reached' : 'multi_scenario_disabled';
      if (intent.source === 'signal') warn('resume_blocked_by_limit', `cannot resume "${id}": ${maxActive} scenario(s) already active`, id);
      else deferredCandidates.push({ scenario_id: id, score: intent.score ?? intent.confidence, reason });
      if (intent.proposal !== undefined) proposalOutcomes.set(intent.proposal, `${maxActive} scenario(s) already active (${reason})`);
      continue;
    }
    activeCount += 1;
    if (intent.kind === 'resume') {
      const entry = byScenario.get(id) as WorkingInstance;
      entry.status = 'active';
      entry.pausedAt = undefined;
      entry.pauseReason = undefined;
      // A resumed instance gets a fresh loop window; otherwise the visits that paused it would pause it again at once.
      entry.visited = { [entry.stepId]: 1 };
      entry.resumedThisTurn = true;
      entry.engaged = true;
      entry.changed = true;
      decide(entry, 'CONTINUE', { reasoning: intent.reasoning, confidence: intent.confidence, source: intent.source, resumed: true });
    } else {
      const compiled = compiledScenario(registry, id, intent.version as number);
      const entry: WorkingInstance = {
        original: null,
        compiled,
        id,
        status: 'active',
        stepId: compiled.scenario.entry_step_id,
        visited: {},
        variables: {},
        stepState: undefined,
        startedAt: now,
        lastActiveAt: now,
        pausedAt: undefined,
        pauseReason: undefined,
        endedAt: undefined,
        changed: true,
        startedThisTurn: true,
        resumedThisTurn: false,
        engaged: true,
        completedThisTurn: false,
        walk: null,
      };
      working.push(entry);
      byScenario.set(id, entry);
      decide(entry, 'START', {
        reasoning: intent.reasoning,
        confidence: intent.confidence,
        source: intent.source,
        entry_step_id: entry.stepId,
      });
    }
  }

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

  const stepOf = (entry: WorkingInstance): ScenarioStep => entry.compiled.steps.get(entry.stepId) as ScenarioStep;
  const shownActive = (): WorkingInstance[] => working.filter((entry) => entry.status === 'active' && !entry.startedThisTurn);
  for (const confirmation of input.confirmations) {
    let target: WorkingInstance | undefined;
    if (confirmation.scenario_id !== undefined) {
      target = shownActive().find((entry) => entry.id === confirmation.scenario_id);
      if (target === undefined) {
        warn('confirmation_target_not_found', `no active instance of "${confirmation.scenario_id}" has shown a checkpoint`, confirmation.scenario_id);
        continue;
      }
    } else {
      const waiting = shownActive().filter((entry) => stepOf(entry).is_checkpoint && entry.stepState?.confirmed_at === undefined);
      target = primaryOf(waiting);
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
      warn('action_result_target_not_found', `no active instance of "${actionResult.scenario_id}" is waiting for an action`, actionResult.scenario_id);
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

  // ---- P6.3 step transitions ---------------------------------------------------------------
  const transitionDecisions: StepTransitionDecision[] = [];
  const advanceOptions = { skipping: config.enable_step_skipping, blocking: config.block_on_missing_hard_fields };
  for (const entry of working) {
    if (entry.status !== 'active') continue;
    const sourceStepId = entry.stepId;
    const walk = advanceInstance(
      entry.compiled,
      sourceStepId,
      entry.stepState,
      !entry.startedThisTurn,
      fieldLookup(entry.variables, sessionVariables, input.customer_data),
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
    const intent = intents.get(entry.id);
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
    proposalOutcomes.set(proposal, byScenario.get(id)?.completedThisTurn === true ? null : `"${id}" is not at a terminal step with its work done`);
  }

  // ---- P6.4 contribution plan --------------------------------------------------------------
  const contributionEntries: { contribution: ScenarioContribution; lastActiveAt: string }[] = [];
  for (const entry of working) {
    if ((entry.status !== 'active' && !entry.completedThisTurn) || entry.walk === null) continue;
    contributionEntries.push({
      contribution: buildContribution({
        compiled: entry.compiled,
        stepId: entry.stepId,
        stepState: entry.stepState,
        walk: entry.walk,
        engaged: entry.engaged,
        completedThisTurn: entry.completedThisTurn,
        lastActiveAt: entry.lastActiveAt,
      }),
      lastActiveAt: entry.lastActiveAt,
    });
  }
  const resumeHints: ResumeHint[] = working
    .filter((entry) => entry.status === 'paused')
    .sort((left, right) => compareText(right.pausedAt ?? '', left.pausedAt ?? '') || compareText(left.id, right.id))
    .map((entry) => {
      const step = stepOf(entry);
      return {
        scenario_id: entry.id,
        scenario_name: entry.compiled.scenario.name,
        scenario_version: entry.compiled.scenario.version,
        current_step_id: step.id,
        current_step_name: step.name,
        paused_at: entry.pausedAt as string,
        pause_reason: entry.pauseReason ?? null,
      };
    });

  // ---- New session -------------------------------------------------------------------------
  const instances: ScenarioInstance[] = [];
  for (const instance of session.instances) {
    const entry = isOpenInstance(instance) ? byScenario.get(instance.scenario_id) : undefined;
    instances.push(entry === undefined || entry.original !== instance ? instance : toInstance(entry));
  }
  for (const entry of working) if (entry.original === null) instances.push(toInstance(entry));
  const activeScenarioIds = instances.filter((instance) => instance.status === 'active').map((instance) => instance.scenario_id);
  const plan = planContributions(contributionEntries, activeScenarioIds, resumeHints, config.max_questions_per_turn);

  const historyEntry: SessionHistoryEntry = {
    turn: session.version + 1,
    at: now,
    decisions: decisions.map((decision) => ({ scenario_id: decision.scenario_id, action: decision.action })),
    transitions: transitionDecisions
      .filter((transition) => transition.moved)
      .map((transition) => ({
        scenario_id: transition.scenario_id,
        from_step_id: transition.source_step_id,
        to_step_id: transition.target_step_id,
        skipped_step_ids: transition.skipped_steps,
      })),
    primary_scenario_id: plan.primary_scenario_id,
  };
  const history = [...session.history, historyEntry];
  if (history.length > settings.historyLimit) history.splice(0, history.length - settings.historyLimit);

  const accepted: LifecycleProposal[] = [];
  const rejected: { proposal: LifecycleProposal; reason: string }[] = [];
  for (const proposal of proposals) {
    const outcome = proposalOutcomes.get(proposal);
    if (outcome === null) accepted.push(proposal);
    else rejected.push({ proposal, reason: outcome ?? 'not applied' });
  }

  return {
    result: {
      enabled: true,
      session: { id: session.id, version: session.version + 1, instances, variables: sessionVariables, history },
      selection_context: selectionContext,
      lifecycle_decisions: decisions,
      transition_decisions: transitionDecisions,
      plan,
      deferred_candidates: deferredCandidates,
      warnings,
    },
    accepted,
    rejected,
  };
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
      .filter((instance) => instance.status === status)
      .map((instance) => ({
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

function workingFrom(instance: ScenarioInstance, compiled: CompiledScenario): WorkingInstance {
  return {
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
    changed: false,
    startedThisTurn: false,
    resumedThisTurn: false,
    engaged: false,
    completedThisTurn: false,
    walk: null,
  };
}

function toInstance(entry: WorkingInstance): ScenarioInstance {
  if (!entry.changed && !entry.engaged && entry.original !== null) return entry.original;
  const instance: ScenarioInstance = {
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
  return instance;
}

function mostRecentlyActive(pool: readonly WorkingInstance[]): WorkingInstance | undefined {
  let best: WorkingInstance | undefined;
  for (const entry of pool) {
    if (best === undefined || compareText(entry.lastActiveAt, best.lastActiveAt) > 0 || (entry.lastActiveAt === best.lastActiveAt && compareText(entry.id, best.id) < 0)) {
      best = entry;
    }
  }
  return best;
}

function mostRecentlyPaused(pool: readonly WorkingInstance[]): WorkingInstance | undefined {
  let best: WorkingInstance | undefined;
  for (const entry of pool) {
    const pausedAt = entry.pausedAt ?? '';
    const bestPausedAt = best?.pausedAt ?? '';
    if (best === undefined || compareText(pausedAt, bestPausedAt) > 0 || (pausedAt === bestPausedAt && compareText(entry.id, best.id) < 0)) {
      best = entry;
    }
  }
  return best;
}
