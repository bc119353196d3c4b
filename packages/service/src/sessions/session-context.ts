import type { CreateRunResponse, RunRecord } from '@leaseback/domain';
import type { LlmClient } from '@leaseback/llm';
import {
  createOrchestrator,
  instanceFieldValues,
  type OrchestrationConfig,
  type ScenarioInput,
  type ScenarioOrchestrator,
  type Session,
  type TurnInput,
  type TurnResult,
} from '@leaseback/scenarios';
import { StoreCorruptError, type LeasebackStore, type StoredSession } from '@leaseback/store';
import type { Registry } from 'prom-client';
import type { CallContext, FundScope, ScenarioSetWithComparison } from '../leaseback-service.js';
import { NotFoundError } from '../service-errors.js';
import type { ServiceLogger } from '../service-logger.js';
import { createKeyedSerializer, type KeyedSerializer } from './keyed-serializer.js';
import { createLlmLifecycleEvaluator } from './llm-lifecycle-evaluator.js';
import { parseSessionOrchestrationConfig } from './parse-session-requests.js';
import { toSessionError, withScenarioErrors } from './session-errors.js';
import { StoredSessionStateSchema, type StoredSessionState } from './session-schemas.js';
import { SLB_PLAYBOOKS, fieldsInForce, loadSlbPlaybooks } from './slb-playbooks.js';

/** How long a claimed tool step blocks other requests from running it again (a crashed process's claim then expires). */
export const DEFAULT_PENDING_ACTION_STALE_AFTER_MS = 15 * 60 * 1000;
/** How many turns a session's history keeps. */
export const SESSION_HISTORY_LIMIT = 100;

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
export interface LoadedSession {
  readonly stored: StoredSession;
  readonly state: StoredSessionState;
  readonly session: Session;
}

/** What every session use case shares: the options, the orchestrator and the loading rules. */
export interface SessionContext extends SessionUseCaseOptions {
  readonly config: OrchestrationConfig;
  readonly orchestrator: ScenarioOrchestrator;
  readonly serializer: KeyedSerializer;
  readonly staleAfterMs: number;
  /** Loads a session of the caller's funds (another fund's is not found), its state validated. */
  load(id: string, scope: FundScope, at: string): Promise<LoadedSession>;
  /** One orchestrator turn, through the LLM evaluator when configured. */
  process(session: Session, input: TurnInput, signal: AbortSignal | undefined): Promise<TurnResult>;
  /**
   * Fields known to the newest instance of a scenario: its variables over the
   * session's, less the fields it must have restated (a second program does
   * not see the first one's answers until they are said again).
   */
  fieldsFor(session: Session): (scenarioId: string) => Record<string, unknown>;
  /** A scenario's name as its definition gives it. */
  scenarioName(scenarioId: string): string;
}

/**
 * Builds the shared context of the session use cases: the orchestrator bound
 * to the playbooks, its metrics and logs, and the loading rules.
 *
 * @throws ServiceConfigError (`invalid_config`) when `[scenario_orchestration]` is invalid.
 * @throws ScenarioOrchestrationError (`invalid_scenario_definition`) when the playbooks are.
 */
export function createSessionContext(options: SessionUseCaseOptions): SessionContext {
  const { store, llm, logger, now } = options;
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

  const parseState = (stored: StoredSession): StoredSessionState => {
    const parsed = StoredSessionStateSchema.safeParse(stored.state);
    if (!parsed.success) {
      throw new StoreCorruptError(
        `session "${stored.id}" state does not match its schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    }
    return parsed.data;
  };

  return {
    ...options,
    config,
    orchestrator,
    serializer: createKeyedSerializer(),
    staleAfterMs: options.pendingActionStaleAfterMs ?? DEFAULT_PENDING_ACTION_STALE_AFTER_MS,

    async load(id, scope, at) {
      const stored = await store.getSession(id, scope);
      if (stored === null) throw new NotFoundError('session', id);
      const state = parseState(stored);
      const session = withScenarioErrors(() => orchestrator.loadSession(state.orchestrator, { now: at }));
      return { stored, state, session };
    },

    async process(session, input, signal) {
      if (!config.use_llm) return withScenarioErrors(() => orchestrator.processTurn(session, input));
      try {
        return await orchestrator.processTurnAsync(session, input, signal === undefined ? {} : { signal });
      } catch (thrown) {
        throw toSessionError(thrown);
      }
    },

    fieldsFor: (session) => (scenarioId) => {
      const instance = session.instances.findLast((candidate) => candidate.scenario_id === scenarioId);
      // Every scenario sees the program in force (a what-if varies it), less what it must have restated itself.
      const inForce = { variables: fieldsInForce(session) as Session['variables'] };
      return instance === undefined ? inForce.variables : instanceFieldValues(inForce, instance);
    },

    scenarioName: (scenarioId) => orchestrator.registry.latest(scenarioId)?.name ?? scenarioId,
  };
}
