import type { Registry } from 'prom-client';
import type { JsonRecord } from './json-value.js';
import {
  LifecycleProposalsSchema,
  type EvaluatorScenarioView,
  type LifecycleEvaluationRequest,
  type LifecycleEvaluator,
} from './lifecycle-evaluator.js';
import { loadScenarioDefinitions } from './load-scenario-definitions.js';
import { loadSession, type SessionMigration } from './load-session.js';
import { createOrchestrationMetrics, type OrchestrationMetrics } from './orchestration-metrics.js';
import { resolveOrchestrationConfig, type OrchestrationConfig, type OrchestrationConfigInput } from './orchestration-config.js';
import type { OrchestratorLogger } from './orchestrator-logger.js';
import {
  buildSelectionContext,
  computeTurn,
  selectCandidates,
  type EngineSettings,
  type ResolvedTurnInput,
  type TurnComputation,
} from './run-turn.js';
import { LifecycleEvaluationError, ScenarioConfigError, type ScenarioError, InvalidTurnInputError } from './scenario-error.js';
import { ScenarioRegistry, compiledLatestScenario, compiledScenario } from './scenario-registry.js';
import { scoreCandidates, type ScoredCandidate } from './score-candidates.js';
import { createSession, isOpenInstance, type Session } from './session.js';
import { TurnInputSchema, type TurnInput } from './turn-input.js';
import type { EvaluationRecord, TurnResult } from './turn-result.js';
import { problemsFromZodError } from './zod-problems.js';

/** Options of `createOrchestrator`. */
export interface CreateOrchestratorOptions {
  /** A registry, or raw definitions (validated with `loadScenarioDefinitions`). */
  readonly definitions: ScenarioRegistry | unknown;
  /** Settings as an object with the TOML keys (use `parseOrchestrationConfig` for TOML text); defaults when absent. */
  readonly config?: OrchestrationConfigInput | OrchestrationConfig;
  /** A pino-compatible logger; nothing is logged without one. */
  readonly logger?: OrchestratorLogger;
  /** Where metrics are registered; no metrics without one (the global default registry is never used). */
  readonly metricsRegistry?: Registry;
  /** Prepended to every metric name, e.g. `leaseback_`. */
  readonly metricsPrefix?: string;
  /** Required when `use_llm` is true; consulted by `processTurnAsync` on ambiguous turns. */
  readonly evaluator?: LifecycleEvaluator;
  /** Migrations for sessions pinned to versions that are no longer registered (used by `loadSession`). */
  readonly migrations?: readonly SessionMigration[];
  /** The clock used when a turn input has no `now`. Defaults to the system clock. */
  readonly clock?: () => Date;
  /** Monotonic milliseconds for the latency histogram. Defaults to `performance.now`. */
  readonly monotonicNow?: () => number;
  /** How many history entries a session keeps. Default 50. */
  readonly historyLimit?: number;
}

/** Options of `processTurnAsync`. */
export interface ProcessTurnOptions {
  /** Cancels the evaluator call; the turn then falls back to the deterministic decisions. */
  readonly signal?: AbortSignal;
}

/** A configured scenario orchestrator. Stateless between calls: every turn takes and returns a session. */
export interface ScenarioOrchestrator {
  readonly registry: ScenarioRegistry;
  readonly config: OrchestrationConfig;
  /**
   * Processes one turn deterministically and synchronously (the optional
   * evaluator is never called here). Returns the new session (version + 1) and
   * every decision; never mutates `session` or `input`.
   *
   * @throws InvalidTurnInputError when `input` does not match `TurnInputSchema`.
   * An open instance pinned to a version no longer registered is migrated by the registered migration first.
   * @throws ScenarioVersionNotFoundError when an open instance is pinned to an unregistered version and no migration applies.
   */
  processTurn(session: Session, input: TurnInput): TurnResult;
  /**
   * Like `processTurn`, but when `use_llm` is on and the turn is ambiguous asks
   * the evaluator for proposals and applies the valid ones. An evaluator
   * failure falls back to the deterministic result, recorded in `evaluation`.
   */
  processTurnAsync(session: Session, input: TurnInput, options?: ProcessTurnOptions): Promise<TurnResult>;
  /** `loadSession` bound to this orchestrator's registry and migrations. */
  loadSession(input: unknown, options?: { readonly now?: string }): Session;
  /** An empty session at version 0. */
  createSession(id: string, variables?: JsonRecord): Session;
  /** `scoreCandidates` over this orchestrator's definitions. */
  scoreCandidates(message: string, intent?: string | null): ScoredCandidate[];
  /**
   * The fields worth extracting from the next message: every field the open
   * instances' scenarios (and the given candidate scenarios) collect or test,
   * in definition order. Pass them to a field extractor.
   */
  wantedFields(session: Session, scenarioIds?: readonly string[]): string[];
}

const NOT_REQUESTED: EvaluationRecord = Object.freeze({
  status: 'not_requested',
  ambiguity: [],
  accepted: [],
  rejected: [],
  error: null,
}) as EvaluationRecord;

/**
 * Creates an orchestrator over validated definitions and settings.
 *
 * @throws ScenarioDefinitionError when raw definitions are invalid.
 * @throws ScenarioConfigError when the settings are invalid, or `use_llm` is on without an evaluator.
 */
export function createOrchestrator(options: CreateOrchestratorOptions): ScenarioOrchestrator {
  const registry = options.definitions instanceof ScenarioRegistry ? options.definitions : loadScenarioDefinitions(options.definitions);
  const config = resolveOrchestrationConfig(options.config ?? {});
  if (config.use_llm && options.evaluator === undefined) {
    throw new ScenarioConfigError([
      { path: 'scenario_orchestration.use_llm', message: 'use_llm is true, so createOrchestrator needs an evaluator' },
    ]);
  }
  const historyLimit = options.historyLimit ?? 50;
  if (!Number.isInteger(historyLimit) || historyLimit < 1) {
    throw new ScenarioConfigError([{ path: 'historyLimit', message: 'must be a whole number of at least 1' }]);
  }
  const settings: EngineSettings = { registry, config, historyLimit };
  const clock = options.clock ?? (() => new Date());
  const monotonicNow = options.monotonicNow ?? (() => performance.now());
  const logger = options.logger;
  const metrics: OrchestrationMetrics | undefined =
    options.metricsRegistry === undefined ? undefined : createOrchestrationMetrics(options.metricsRegistry, options.metricsPrefix ?? '');

  const resolveInput = (input: TurnInput): ResolvedTurnInput => {
    const parsed = TurnInputSchema.safeParse(input);
    if (!parsed.success) throw new InvalidTurnInputError(problemsFromZodError(parsed.error));
    // Canonical timestamps keep string order equal to time order in the stored session.
    const now = parsed.data.now === undefined ? clock().toISOString() : new Date(parsed.data.now).toISOString();
    return { ...parsed.data, now };
  };

  const disabledResult = (session: Session, input: ResolvedTurnInput): TurnResult => ({
    enabled: false,
    session,
    selection_context: buildSelectionContext(
      session,
      input,
      selectCandidates(input.candidates, registry, () => undefined),
      session.history.at(-1)?.primary_scenario_id ?? null,
    ),
    lifecycle_decisions: [],
    transition_decisions: [],
    plan: {
      contributions: [],
      primary_scenario_id: null,
      has_asks: false,
      has_confirms: false,
      has_action_hints: false,
      active_scenario_ids: session.instances.filter((instance) => instance.status === 'active').map((instance) => instance.scenario_id),
      resume_hints: [],
    },
    deferred_candidates: [],
    warnings: [],
    evaluation: NOT_REQUESTED,
  });

  const finish = (result: TurnResult, input: ResolvedTurnInput, startedAt: number, path: 'sync' | 'async'): TurnResult => {
    const durationMs = monotonicNow() - startedAt;
    metrics?.recordTurn(result, durationMs / 1000, path);
    if (logger !== undefined) {
      logger.debug({ session_id: result.session.id, message: input.message, fields: Object.keys(input.fields) }, 'scenario turn input');
      logger.info(
        {
          session_id: result.session.id,
          session_version: result.session.version,
          enabled: result.enabled,
          decisions: result.lifecycle_decisions.map((decision) => ({
            scenario_id: decision.scenario_id,
            action: decision.action,
            source: decision.source,
            confidence: decision.confidence,
          })),
          transitions: result.transition_decisions
            .filter((transition) => transition.moved)
            .map((transition) => ({
              scenario_id: transition.scenario_id,
              from: transition.source_step_id,
              to: transition.target_step_id,
              skipped: transition.skipped_steps,
            })),
          primary_scenario_id: result.plan.primary_scenario_id,
          contributions: result.plan.contributions.map((contribution) => ({
            scenario_id: contribution.scenario_id,
            type: contribution.contribution_type,
            deferred: contribution.deferred,
          })),
          deferred_candidates: result.deferred_candidates.map((candidate) => candidate.scenario_id),
          warnings: result.warnings.map((warning) => warning.code),
          evaluation: result.evaluation.status,
          duration_ms: durationMs,
        },
        'scenario turn processed',
      );
    }
    return result;
  };

  const withEvaluation = (computation: TurnComputation, evaluation: EvaluationRecord): TurnResult => ({
    ...computation.result,
    evaluation,
  });

  // A session pinned to a definition version that is no longer registered is migrated
  // (or refused with a clear error) here, so callers need not call loadSession first.
  const migrated = (session: Session, now: string | undefined): Session =>
    session.instances.some((instance) => isOpenInstance(instance) && !registry.has(instance.scenario_id, instance.scenario_version))
      ? loadSession(session, {
          registry,
          ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
          ...(now === undefined ? {} : { now }),
        })
      : session;

  return {
    registry,
    config,
    processTurn(pinnedSession, input) {
      const startedAt = monotonicNow();
      const resolved = resolveInput(input);
      const session = migrated(pinnedSession, resolved.now);
      if (!config.enabled) return finish(disabledResult(session, resolved), resolved, startedAt, 'sync');
      return finish(withEvaluation(computeTurn(settings, session, resolved), NOT_REQUESTED), resolved, startedAt, 'sync');
    },
    async processTurnAsync(pinnedSession, input, processOptions = {}) {
      const startedAt = monotonicNow();
      const resolved = resolveInput(input);
      const session = migrated(pinnedSession, resolved.now);
      if (!config.enabled) return finish(disabledResult(session, resolved), resolved, startedAt, 'async');
      const deterministic = computeTurn(settings, session, resolved);
      const evaluator = options.evaluator;
      if (!config.use_llm || evaluator === undefined) {
        return finish(withEvaluation(deterministic, NOT_REQUESTED), resolved, startedAt, 'async');
      }
      const ambiguity = detectAmbiguity(config, deterministic);
      if (ambiguity.length === 0) {
        return finish(withEvaluation(deterministic, { ...NOT_REQUESTED, status: 'not_needed' }), resolved, startedAt, 'async');
      }
      const request = buildEvaluationRequest(registry, config, session, resolved, deterministic, ambiguity);
      let failure: ScenarioError | undefined;
      let proposals: TurnComputation | undefined;
      try {
        const raw = await evaluator.evaluate(request, processOptions.signal === undefined ? {} : { signal: processOptions.signal });
        const parsed = LifecycleProposalsSchema.safeParse(raw);
        if (!parsed.success) {
          const problems = problemsFromZodError(parsed.error).map(
            (problem) => `${problem.path === '' ? '(root)' : problem.path}: ${problem.message}`,
          );
          failure = new LifecycleEvaluationError(`the evaluator answered invalid proposals: ${problems.join('; ')}`);
        } else {
          proposals = computeTurn(settings, session, resolved, parsed.data.proposals);
        }
      } catch (error) {
        failure = new LifecycleEvaluationError(`the evaluator failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      if (proposals === undefined) {
        const error = failure ?? new LifecycleEvaluationError('the evaluator gave no answer');
        logger?.warn(
          { session_id: session.id, error_code: error.code, error_message: error.message },
          'scenario evaluator failed; using deterministic decisions',
        );
        return finish(
          withEvaluation(deterministic, {
            status: 'failed',
            ambiguity,
            accepted: [],
            rejected: [],
            error: { code: error.code, message: error.message },
          }),
          resolved,
          startedAt,
          'async',
        );
      }
      return finish(
        withEvaluation(proposals, {
          status: 'applied',
          ambiguity,
          accepted: proposals.accepted,
          rejected: proposals.rejected,
          error: null,
        }),
        resolved,
        startedAt,
        'async',
      );
    },
    loadSession(input, loadOptions = {}) {
      return loadSession(input, {
        registry,
        ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
        ...(loadOptions.now === undefined ? {} : { now: loadOptions.now }),
      });
    },
    createSession(id, variables = {}) {
      return createSession(id, variables);
    },
    scoreCandidates(message, intent) {
      return scoreCandidates(registry, message, intent);
    },
    wantedFields(session, scenarioIds = []) {
      const fields: string[] = [];
      const add = (list: readonly string[]): void => {
        for (const field of list) if (!fields.includes(field)) fields.push(field);
      };
      for (const instance of session.instances) {
        if (isOpenInstance(instance) && registry.has(instance.scenario_id, instance.scenario_version)) {
          add(compiledScenario(registry, instance.scenario_id, instance.scenario_version).fields);
        }
      }
      for (const id of scenarioIds) {
        const compiled = compiledLatestScenario(registry, id);
        if (compiled !== undefined) add(compiled.fields);
      }
      return fields;
    },
  };
}

/**
 * Why a turn is ambiguous enough to ask the evaluator: a candidate scoring
 * within `ambiguity_margin` of `min_start_score`, or a pause / cancel / exit /
 * resume signal that names no scenario while several could be meant.
 */
export function detectAmbiguity(config: OrchestrationConfig, computation: TurnComputation): string[] {
  const context = computation.result.selection_context;
  const reasons: string[] = [];
  const active = new Set(context.active_instances.map((instance) => instance.scenario_id));
  for (const candidate of context.candidates) {
    if (active.has(candidate.scenario_id)) continue;
    if (Math.abs(candidate.score - config.min_start_score) <= config.ambiguity_margin) {
      reasons.push(`borderline candidate "${candidate.scenario_id}" (score ${candidate.score}, start score ${config.min_start_score})`);
    }
  }
  const signal = context.signal;
  if (signal.scenario_id === null) {
    if ((signal.type === 'pause' || signal.type === 'cancel' || signal.type === 'exit') && context.active_instances.length >= 2) {
      reasons.push(`"${signal.type}" names no scenario while ${context.active_instances.length} are active`);
    }
    if (signal.type === 'resume' && context.paused_instances.length >= 2) {
      reasons.push(`"resume" names no scenario while ${context.paused_instances.length} are paused`);
    }
  }
  return reasons;
}

function buildEvaluationRequest(
  registry: ScenarioRegistry,
  config: OrchestrationConfig,
  session: Session,
  input: ResolvedTurnInput,
  computation: TurnComputation,
  ambiguity: readonly string[],
): LifecycleEvaluationRequest {
  const context = computation.result.selection_context;
  const scores = new Map(context.candidates.map((candidate) => [candidate.scenario_id, candidate.score]));
  const scenarios: EvaluatorScenarioView[] = [];
  const listed = new Set<string>();
  for (const instance of session.instances) {
    if (instance.status !== 'active' && instance.status !== 'paused') continue;
    const definition = registry.require(instance.scenario_id, instance.scenario_version);
    const step = definition.steps.find((candidate) => candidate.id === instance.current_step_id);
    listed.add(instance.scenario_id);
    scenarios.push({
      scenario_id: instance.scenario_id,
      name: definition.name,
      description: definition.description,
      status: instance.status,
      current_step_id: instance.current_step_id,
      current_step_name: step?.name ?? null,
      score: scores.get(instance.scenario_id) ?? null,
    });
  }
  for (const candidate of context.candidates) {
    if (listed.has(candidate.scenario_id)) continue;
    const definition = registry.latest(candidate.scenario_id);
    if (definition === undefined) continue;
    scenarios.push({
      scenario_id: candidate.scenario_id,
      name: definition.name,
      description: definition.description,
      status: 'candidate',
      current_step_id: null,
      current_step_name: null,
      score: candidate.score,
    });
  }
  return {
    session_id: session.id,
    message: input.message,
    intent: input.intent,
    signal: context.signal,
    ambiguity: [...ambiguity],
    scenarios,
    deterministic_decisions: computation.result.lifecycle_decisions.map((decision) => ({
      scenario_id: decision.scenario_id,
      action: decision.action,
      reasoning: decision.reasoning,
    })),
    applied_rules: input.applied_rules.map((rule) => (rule.name === undefined ? { id: rule.id } : { id: rule.id, name: rule.name })),
    min_start_score: config.min_start_score,
    max_simultaneous_scenarios: config.enable_multi_scenario ? config.max_simultaneous_scenarios : 1,
  };
}
