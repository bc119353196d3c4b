import { parseInput, type CreateRunResponse, type JsonValue, type Portfolio, type RunRecord } from '@leaseback/domain';
import type { LlmClient } from '@leaseback/llm';
import {
  ScenarioConfigError,
  createOrchestrator,
  resolveOrchestrationConfig,
  type ActionResult,
  type LifecycleDecision,
  type OrchestrationConfig,
  type ScenarioInput,
  type ScenarioOrchestrator,
  type ScoredCandidate,
  type Session,
  type StepTransitionDecision,
  type TurnInput,
  type TurnResult,
  type TurnSignal,
  type TurnWarning,
} from '@leaseback/scenarios';
import { StoreCorruptError, VersionConflictError, type LeasebackStore, type StoredSession } from '@leaseback/store';
import type { Registry } from 'prom-client';
import type { CallContext, FundScope, ScenarioSetWithComparison } from '../leaseback-service.js';
import { parseRecordId } from '../list-query.js';
import { NotFoundError, ServiceConfigError } from '../service-errors.js';
import type { ServiceLogger } from '../service-logger.js';
import { composeReply } from './compose-reply.js';
import { extractTurnFields, type ExtractedTurn } from './extract-turn-fields.js';
import { createKeyedSerializer } from './keyed-serializer.js';
import { createLlmLifecycleEvaluator } from './llm-lifecycle-evaluator.js';
import { renderInforms } from './render-informs.js';
import { toSessionError, withScenarioErrors } from './session-errors.js';
import {
  InlinePortfolioSessionRequestSchema,
  PortfolioSessionRequestSchema,
  StoredSessionStateSchema,
  TurnRequestSchema,
  type PendingAction,
  type SessionTurnRecord,
  type SessionView,
  type StoredSessionState,
  type ToolResult,
  type TurnRequest,
  type TurnResponse,
} from './session-schemas.js';
import { runSessionTool } from './session-tools.js';
import { sessionView } from './session-view.js';
import { SESSION_TOOL_IDS, SLB_PLAYBOOKS, SLB_PLAYBOOK_IDS, loadSlbPlaybooks, type SessionToolId } from './slb-playbooks.js';

/** How long a claimed tool step blocks other requests from running it again (a crashed process's claim then expires). */
export const DEFAULT_PENDING_ACTION_STALE_AFTER_MS = 15 * 60 * 1000;
/** How many turns a session's history keeps. */
export const SESSION_HISTORY_LIMIT = 100;
/** Attempts to record a tool's result when another process wrote the session meanwhile. */
const ACTION_RESULT_ATTEMPTS = 3;

/** The guided planning use cases (see `createSessionUseCases`). */
export interface SessionUseCases {
  /** Stores a new session on a portfolio (version 1). */
  createSession(input: unknown, context?: CallContext): Promise<SessionView>;
  /** The session's state: instances, known fields, history, version. */
  getSession(id: string, context?: CallContext): Promise<SessionView>;
  /** Processes one user message: decisions, tools, reply; persisted with optimistic concurrency. */
  postTurn(id: string, input: unknown, context?: CallContext): Promise<TurnResponse>;
  /** The orchestrator the sessions run on. */
  readonly orchestrator: ScenarioOrchestrator;
}

/** The service's own use cases the sessions call (tools and templates). */
export interface SessionServiceCalls {
  createRun(input: unknown, context?: CallContext): Promise<CreateRunResponse>;
  createScenarioSet(input: unknown, context?: CallContext): Promise<ScenarioSetWithComparison>;
  getRun(runId: string, context?: CallContext): Promise<RunRecord>;
  getScenarioSet(id: string, context?: CallContext): Promise<ScenarioSetWithComparison>;
}

/** The service's idempotency mechanism, as the session use cases call it. */
export type IdempotentRunner = <T>(
  operation: 'create_session' | 'post_turn',
  request: unknown,
  context: CallContext,
  statusCode: number,
  work: () => Promise<T>,
) => Promise<T>;

/** What the session use cases are built from. */
export interface SessionUseCaseOptions {
  readonly store: LeasebackStore;
  readonly llm: LlmClient;
  /** The `[scenario_orchestration]` table as configured, or as `parseSessionOrchestrationConfig` resolved it. */
  readonly orchestrationConfig: Readonly<Record<string, unknown>> | OrchestrationConfig;
  readonly services: SessionServiceCalls;
  /** The fund a write goes to, given the caller's scope (the service's rule for runs). */
  readonly resolveFund: (requested: string | null | undefined, scope: FundScope, path: string) => string | null;
  readonly idempotent: IdempotentRunner;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly logger: ServiceLogger;
  /** Where the orchestrator's metrics go (prefixed `leaseback_`). */
  readonly metricsRegistry: Registry;
  /** The playbooks; the SLB playbooks by default. */
  readonly definitions?: readonly ScenarioInput[];
  /** See `DEFAULT_PENDING_ACTION_STALE_AFTER_MS`. */
  readonly pendingActionStaleAfterMs?: number;
}

/** A session as loaded for a turn. */
interface LoadedSession {
  readonly stored: StoredSession;
  readonly state: StoredSessionState;
  readonly session: Session;
}

/**
 * Builds the guided planning use cases: sessions on a portfolio, turns through
 * the scenario orchestrator bound to the SLB playbooks, tools run through the
 * service's own run and scenario-set use cases.
 *
 * One turn: load the session (a session of another fund is not found); with
 * `expected_version`, refuse a different stored version (`version_conflict`)
 * before any work; read the message with the client's `extractFields` (the
 * fields the open and candidate scenarios want, plus `lifecycle_signal` and
 * `confirmation`); process the turn; when a confirmed tool step asks for
 * `run_program` or `run_scenario_set`, claim it in the store (a conditional
 * write), run it, and report the result to the orchestrator so the scenario
 * moves on; render the templates and the reply; write the session if its
 * version is still the one read. Turns of one session run one at a time in
 * this process; the conditional writes guard against other processes, so a
 * stale write is a `version_conflict` (409), never a lost update.
 *
 * @throws ServiceConfigError (`invalid_config`) when `[scenario_orchestration]` is invalid.
 * @throws ScenarioOrchestrationError (`invalid_scenario_definition`) when the playbooks are.
 */
export function createSessionUseCases(options: SessionUseCaseOptions): SessionUseCases {
  const { store, llm, services, logger, now, newId } = options;
  const staleAfterMs = options.pendingActionStaleAfterMs ?? DEFAULT_PENDING_ACTION_STALE_AFTER_MS;
  const config = parseSessionOrchestrationConfig(options.orchestrationConfig);
  const orchestrator = withScenarioErrors(() =>
    createOrchestrator({
      definitions: loadSlbPlaybooks(options.definitions ?? SLB_PLAYBOOKS),
      config,
      logger: {
        info: (fields, message) => logger.info(fields as Record<string, unknown>, message),
        warn: (fields, message) => logger.warn(fields as Record<string, unknown>, message),
        debug: (fields, message) => logger.debug(fields as Record<string, unknown>, message),
      },
      metricsRegistry: options.metricsRegistry,
      metricsPrefix: 'leaseback_',
      clock: now,
      ...(config.use_llm ? { evaluator: createLlmLifecycleEvaluator(llm) } : {}),
    }),
  );
  const serializer = createKeyedSerializer();

  const parseState = (stored: StoredSession): StoredSessionState => {
    const parsed = StoredSessionStateSchema.safeParse(stored.state);
    if (!parsed.success) {
      throw new StoreCorruptError(`session "${stored.id}" state does not match its schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    return parsed.data;
  };

  const load = async (id: string, scope: FundScope, at: string): Promise<LoadedSession> => {
    const stored = await store.getSession(id, scope);
    if (stored === null) throw new NotFoundError('session', id);
    const state = parseState(stored);
    const session = withScenarioErrors(() => orchestrator.loadSession(state.orchestrator, { now: at }));
    return { stored, state, session };
  };

  const process = async (session: Session, input: TurnInput, signal: AbortSignal | undefined): Promise<TurnResult> => {
    if (!config.use_llm) return withScenarioErrors(() => orchestrator.processTurn(session, input));
    try {
      return await orchestrator.processTurnAsync(session, input, signal === undefined ? {} : { signal });
    } catch (thrown) {
      throw toSessionError(thrown);
    }
  };

  /** Fields known to the newest instance of a scenario: its variables over the session's. */
  const fieldsFor =
    (session: Session) =>
    (scenarioId: string): Record<string, unknown> => {
      const instance = session.instances.findLast((candidate) => candidate.scenario_id === scenarioId);
      return { ...session.variables, ...(instance?.variables ?? {}) };
    };

  const scenarioName = (scenarioId: string): string => orchestrator.registry.latest(scenarioId)?.name ?? scenarioId;

  const runTurn = async (sessionId: string, request: TurnRequest, context: CallContext): Promise<TurnResponse> => {
    const startedAt = now();
    const at = startedAt.toISOString();
    const loaded = await load(sessionId, context.scope, at);
    if (request.expected_version !== undefined && request.expected_version !== loaded.stored.version) {
      throw new VersionConflictError(`session "${sessionId}"`, request.expected_version, loaded.stored.version);
    }
    const { stored, state, session } = loaded;
    const message = request.message;

    const candidates = orchestrator.scoreCandidates(message);
    const extraction = await extractTurnFields(llm, message, {
      wanted: orchestrator.wantedFields(session, candidates.map((candidate) => candidate.scenario_id)),
      knownFields: session.variables,
      markets: [...new Set(state.portfolio.assets.map((asset) => asset.market))],
      askedField: state.asked?.field ?? null,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    });
    const signal = aimSignal(extraction, candidates, session);
    const input: TurnInput = {
      message,
      fields: extraction.fields,
      // A pause, cancel or exit is about scenarios already running: the names in the
      // message aim the signal and never start the scenario being stopped.
      candidates: extraction.signal === null || extraction.signal === 'resume' ? candidates : [],
      signal: signal ?? 'none',
      confirmations: extraction.confirmation === true ? [aimConfirmation(candidates, session, orchestrator)] : [],
      now: at,
    };
    const first = await process(session, input, context.signal);
    const brief =
      state.brief ??
      (first.lifecycle_decisions.some(
        (decision) => decision.action === 'START' && (decision.scenario_id === SLB_PLAYBOOK_IDS.programIntake || decision.scenario_id === SLB_PLAYBOOK_IDS.whatIfAnalysis),
      )
        ? message
        : null);

    const live = state.pending_actions.filter((pending) => startedAt.getTime() - Date.parse(pending.started_at) < staleAfterMs);
    const checkpointConfirmed = first.transition_decisions.some(
      (transition) => transition.moved && orchestrator.registry.get(transition.scenario_id, transition.scenario_version)?.steps.find((step) => step.id === transition.source_step_id)?.is_checkpoint === true,
    );
    const toRun: PendingAction[] = [];
    const inProgress: ToolResult[] = [];
    for (const contribution of first.plan.contributions) {
      if (contribution.contribution_type !== 'ACTION_HINT') continue;
      const toolId = contribution.suggested_tools.find(isSessionTool);
      if (toolId === undefined) continue;
      const claimedElsewhere = live.some((pending) => pending.scenario_id === contribution.scenario_id && pending.step_id === contribution.current_step_id);
      if (claimedElsewhere) {
        inProgress.push(inProgressResult(contribution.scenario_id, contribution.current_step_id, toolId));
        continue;
      }
      // A step that failed runs again only when the user confirms again (and the "yes" did not go to a checkpoint).
      const retry = contribution.last_action_status === 'failed' && extraction.confirmation === true && !checkpointConfirmed;
      if (contribution.last_action_status === null || retry) {
        toRun.push({ scenario_id: contribution.scenario_id, step_id: contribution.current_step_id, tool_id: toolId, started_at: at });
      }
    }

    const finish = async (
      base: LoadedSession,
      result: TurnResult,
      extra: { decisions: LifecycleDecision[]; transitions: StepTransitionDecision[]; warnings: TurnWarning[]; toolResults: ToolResult[]; ours: PendingAction[] },
    ): Promise<TurnResponse> => {
      const finalSession = result.session;
      const informs = await renderInforms(result.plan, fieldsFor(finalSession), services, context, base.stored.fund_id);
      const decisions = [...extra.decisions, ...result.lifecycle_decisions];
      const toolResults = [...extra.toolResults, ...inProgress];
      const composed = composeReply({
        decisions,
        plan: result.plan,
        toolResults,
        informs,
        ignoredFields: extraction.ignored,
        confirmation: extraction.confirmation,
        fieldsFor: fieldsFor(finalSession),
        scenarioName,
        brief: base.state.brief ?? brief,
        assetCount: base.state.portfolio.assets.length,
      });
      const version = base.stored.version + 1;
      const record: SessionTurnRecord = {
        turn: (base.state.turns.at(-1)?.turn ?? 0) + 1,
        version,
        at,
        message,
        reply: composed.reply,
        primary_scenario_id: result.plan.primary_scenario_id,
        decisions: decisions.map((decision) => ({ scenario_id: decision.scenario_id, action: decision.action })),
        tool_results: toolResults,
      };
      const nextState: StoredSessionState = {
        ...base.state,
        orchestrator: finalSession,
        brief: base.state.brief ?? brief,
        asked: composed.asked,
        pending_actions: base.state.pending_actions.filter(
          (pending) => !extra.ours.some((mine) => mine.scenario_id === pending.scenario_id && mine.step_id === pending.step_id),
        ),
        turns: [...base.state.turns, record].slice(-SESSION_HISTORY_LIMIT),
      };
      const saved = await store.updateSession(sessionId, base.stored.version, nextState, now());
      logger.info(
        {
          use_case: 'post_turn',
          session_id: sessionId,
          version: saved.version,
          turn: record.turn,
          primary_scenario_id: record.primary_scenario_id,
          decisions: record.decisions.map((decision) => `${decision.scenario_id}:${decision.action}`),
          tools: toolResults.map((tool) => `${tool.tool_id}:${tool.status}`),
          duration_ms: now().getTime() - startedAt.getTime(),
        },
        'session turn processed',
      );
      logger.debug({ use_case: 'post_turn', session_id: sessionId, message, fields: Object.keys(extraction.fields) }, 'session turn message');
      return {
        session_id: sessionId,
        version: saved.version,
        turn: record.turn,
        reply: composed.reply,
        extracted_fields: extraction.fields,
        ignored_fields: extraction.ignored,
        signal: { type: extraction.signal ?? 'none', scenario_id: signal?.scenario_id ?? null },
        confirmation: extraction.confirmation,
        lifecycle_decisions: decisions,
        transition_decisions: [...extra.transitions, ...result.transition_decisions],
        plan: result.plan,
        tool_results: toolResults,
        informs,
        warnings: [...extra.warnings, ...result.warnings],
        evaluation: first.evaluation,
        known_fields: { ...(finalSession.variables as Record<string, JsonValue>) },
      };
    };

    if (toRun.length === 0) {
      return finish({ stored, state, session }, first, { decisions: [], transitions: [], warnings: [], toolResults: [], ours: [] });
    }

    // Claim the tool steps before running anything: a conditional write, so a
    // concurrent writer makes this turn a conflict before a run is stored twice.
    const claimedState: StoredSessionState = { ...state, orchestrator: first.session, brief, pending_actions: [...live, ...toRun] };
    const claimed = await store.updateSession(sessionId, stored.version, claimedState, now());
    const toolResults: ToolResult[] = [];
    const actionResults: ActionResult[] = [];
    for (const pending of toRun) {
      const outcome = await runSessionTool(
        {
          toolId: pending.tool_id,
          scenarioId: pending.scenario_id,
          stepId: pending.step_id,
          portfolio: state.portfolio,
          brief,
          knownFields: fieldsFor(first.session)(pending.scenario_id),
          fundId: stored.fund_id,
        },
        services,
        context,
      );
      toolResults.push(outcome.result);
      actionResults.push({
        scenario_id: pending.scenario_id,
        step_id: pending.step_id,
        tool_id: pending.tool_id,
        status: outcome.result.status === 'succeeded' ? 'succeeded' : 'failed',
        variables: outcome.variables,
      });
    }

    let base: LoadedSession = { stored: claimed, state: claimedState, session: first.session };
    for (let attempt = 1; ; attempt += 1) {
      const reported = await process(base.session, { action_results: actionResults, now: now().toISOString() }, undefined);
      try {
        return await finish(base, reported, {
          decisions: first.lifecycle_decisions,
          transitions: first.transition_decisions,
          warnings: first.warnings,
          toolResults,
          ours: toRun,
        });
      } catch (thrown) {
        // Another process wrote the session after the claim: the runs are stored, so
        // their results are reported again on top of what it wrote rather than lost.
        if (!(thrown instanceof VersionConflictError) || attempt >= ACTION_RESULT_ATTEMPTS) throw thrown;
        logger.warn({ use_case: 'post_turn', session_id: sessionId, attempt }, 'session changed while a tool ran; reporting its result again');
        base = await load(sessionId, undefined, now().toISOString());
      }
    }
  };

  return {
    orchestrator,

    async createSession(input, context = {}) {
      const { portfolio, fundId: requestedFund } = parseCreateSessionRequest(input);
      const fundId = options.resolveFund(requestedFund, context.scope, 'request.fund_id');
      return options.idempotent('create_session', { portfolio, fund_id: fundId }, context, 201, async () => {
        const id = newId();
        const createdAt = now();
        const session = orchestrator.createSession(id, { portfolio_id: id });
        const state: StoredSessionState = { format: 1, portfolio, orchestrator: session, brief: null, asked: null, pending_actions: [], turns: [] };
        const stored = await store.createSession({ id, fundId, state, now: createdAt });
        logger.info({ use_case: 'create_session', session_id: id, fund_id: fundId, asset_count: portfolio.assets.length }, 'session created');
        return sessionView(stored, state, session, orchestrator.registry);
      });
    },

    async getSession(id, context = {}) {
      const sessionId = parseRecordId(id, 'id');
      const loaded = await load(sessionId, context.scope, now().toISOString());
      return sessionView(loaded.stored, loaded.state, loaded.session, orchestrator.registry);
    },

    async postTurn(id, input, context = {}) {
      const sessionId = parseRecordId(id, 'id');
      const request = parseInput(TurnRequestSchema, input ?? {}, { root: 'request' });
      return options.idempotent('post_turn', { session_id: sessionId, ...request }, context, 200, () =>
        serializer.run(sessionId, () => runTurn(sessionId, request, context)),
      );
    },
  };
}

/**
 * Validates `{ assets, corporate_state, company?, description?, fund_id? }` or
 * `{ portfolio, fund_id? }` (chosen by the presence of `portfolio`), with every
 * problem's path under `request`.
 */
export function parseCreateSessionRequest(input: unknown): { portfolio: Portfolio; fundId: string | null | undefined } {
  const body = input ?? {};
  if (typeof body === 'object' && !Array.isArray(body) && Object.hasOwn(body, 'portfolio')) {
    const parsed = parseInput(PortfolioSessionRequestSchema, body, { root: 'request' });
    return { portfolio: parsed.portfolio, fundId: parsed.fund_id };
  }
  const { fund_id: fundId, ...portfolio } = parseInput(InlinePortfolioSessionRequestSchema, body, { root: 'request' });
  return { portfolio, fundId };
}

/**
 * The `[scenario_orchestration]` table validated, with the documented defaults.
 *
 * @throws ServiceConfigError (`invalid_config`) with `scenario_orchestration.<key>: <problem>` messages.
 */
export function parseSessionOrchestrationConfig(table: Readonly<Record<string, unknown>> | OrchestrationConfig): OrchestrationConfig {
  try {
    return resolveOrchestrationConfig(table);
  } catch (thrown) {
    if (thrown instanceof ScenarioConfigError) {
      throw new ServiceConfigError(
        thrown.problems.map((problem) => `${problem.path.startsWith('scenario_orchestration') ? problem.path : `scenario_orchestration.${problem.path}`}: ${problem.message}`),
        { cause: thrown },
      );
    }
    throw new ServiceConfigError([`scenario_orchestration: ${thrown instanceof Error ? thrown.message : String(thrown)}`], { cause: thrown });
  }
}

/**
 * The user signal, aimed at the scenario the message names when one of the
 * named scenarios is open ("cancel the what-if" → `what_if_analysis`), else at
 * none (the orchestrator then picks the primary or most recently paused).
 */
function aimSignal(extraction: ExtractedTurn, candidates: readonly ScoredCandidate[], session: Session): TurnSignal | null {
  if (extraction.signal === null) return null;
  const wantedStatus = extraction.signal === 'resume' ? 'paused' : 'active';
  const named = candidates.find((candidate) =>
    session.instances.some((instance) => instance.scenario_id === candidate.scenario_id && instance.status === wantedStatus),
  );
  return named === undefined ? { type: extraction.signal } : { type: extraction.signal, scenario_id: named.scenario_id };
}

/** A "yes" goes to the named scenario when it waits at a checkpoint ("run the scenarios"), else to the orchestrator's choice. */
function aimConfirmation(candidates: readonly ScoredCandidate[], session: Session, orchestrator: ScenarioOrchestrator): { scenario_id?: string } {
  for (const candidate of candidates) {
    const instance = session.instances.find((entry) => entry.scenario_id === candidate.scenario_id && entry.status === 'active');
    if (instance === undefined) continue;
    const step = orchestrator.registry.get(instance.scenario_id, instance.scenario_version)?.steps.find((entry) => entry.id === instance.current_step_id);
    if (step?.is_checkpoint === true) return { scenario_id: instance.scenario_id };
  }
  return {};
}

function isSessionTool(toolId: string): toolId is SessionToolId {
  return toolId === SESSION_TOOL_IDS.runProgram || toolId === SESSION_TOOL_IDS.runScenarioSet;
}

function inProgressResult(scenarioId: string, stepId: string, toolId: SessionToolId): ToolResult {
  return {
    scenario_id: scenarioId,
    step_id: stepId,
    tool_id: toolId,
    status: 'in_progress',
    run_id: null,
    scenario_set_id: null,
    run_ids: [],
    run_status: null,
    outcome_status: null,
    proceeds: null,
    target_amount: null,
    summary: `The ${toolId === SESSION_TOOL_IDS.runProgram ? 'program run' : 'scenario set'} is still running.`,
    error: null,
  };
}
