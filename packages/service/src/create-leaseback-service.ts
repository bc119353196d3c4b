import { randomUUID } from 'node:crypto';
import { DEFAULT_REVISION_POLICY_CONFIG } from '@leaseback/domain';
import type { LlmClient } from '@leaseback/llm';
import type { PlannerConfig } from '@leaseback/planner';
import { openStore, type LeasebackStore } from '@leaseback/store';
import { Registry } from 'prom-client';
import { createLlmClientFromConfig } from './create-llm-client-from-config.js';
import { instrumentLlmClient } from './instrument-llm-client.js';
import type { LeasebackService } from './leaseback-service.js';
import { parseServiceConfig, type ServiceConfig, type ServiceConfigInput } from './service-config.js';
import { silentLogger, type ServiceLogger } from './service-logger.js';
import { createServiceMetrics, type ServiceMetrics } from './service-metrics.js';
import { createSessionUseCases, parseSessionOrchestrationConfig } from './sessions/create-session-use-cases.js';
import { capacityUseCase } from './use-cases/capacity.js';
import { createRunUseCase } from './use-cases/create-run.js';
import { createScenarioSetUseCase } from './use-cases/create-scenario-set.js';
import { DEFAULT_IDEMPOTENCY_STALE_AFTER_MS, createIdempotent } from './use-cases/idempotency.js';
import { getRunJsonUseCase, getRunUseCase, listRunsUseCase } from './use-cases/read-runs.js';
import { getScenarioSetUseCase, listScenarioSetsUseCase } from './use-cases/read-scenario-sets.js';
import { replayRunUseCase } from './use-cases/replay-run.js';
import { runProgramUseCase } from './use-cases/run-program.js';
import type { UseCaseDependencies } from './use-cases/use-case-dependencies.js';
import { createUseCaseTracker } from './use-cases/use-case-tracker.js';
import { resolveWriteFund } from './use-cases/write-fund.js';

export { RUN_LIST_LIMITS, SCENARIO_SET_LIST_LIMITS } from '@leaseback/domain';
export { DEFAULT_IDEMPOTENCY_STALE_AFTER_MS } from './use-cases/idempotency.js';

/** What `createLeasebackService` composes. Everything with I/O is injectable. */
export interface CreateLeasebackServiceOptions {
  /** The configuration (validated here); defaults everywhere when omitted. */
  readonly config?: ServiceConfig | ServiceConfigInput;
  /** The store; opened from `config.store` when omitted. `close()` closes it either way. */
  readonly store?: LeasebackStore;
  /** The LLM client; chosen from `config.provider` when omitted. Wrapped to record metrics. */
  readonly llm?: LlmClient;
  /** The clock for `created_at`, trace timestamps and durations. */
  readonly now?: () => Date;
  /** The id generator for runs and scenario sets; defaults to random UUIDs. */
  readonly newId?: () => string;
  /** A pino-compatible logger; silent when omitted. */
  readonly logger?: ServiceLogger;
  /** The prom-client registry to register metrics on; a private one when omitted. */
  readonly metricsRegistry?: Registry;
  /** Monotonic milliseconds for LLM latency metrics; defaults to `performance.now`. */
  readonly monotonicNow?: () => number;
  /** See `DEFAULT_IDEMPOTENCY_STALE_AFTER_MS`. */
  readonly idempotencyStaleAfterMs?: number;
}

/** The service and what it was built from, for apps that also need the parts (health, metrics). */
export interface LeasebackServiceHandle extends LeasebackService {
  /** The validated configuration. */
  readonly config: ServiceConfig;
  /** The store the service writes to. */
  readonly store: LeasebackStore;
  /** The instrumented LLM client the service calls. */
  readonly llm: LlmClient;
  /** The metrics the service records. */
  readonly metrics: ServiceMetrics;
}

/**
 * Builds the service both apps call. Opens the store from the configuration
 * unless one is given, and picks the LLM provider from the configuration
 * unless a client is given (the offline client by default). Each use case
 * lives in a file of its own under `use-cases/`; this only composes them.
 */
export async function createLeasebackService(options: CreateLeasebackServiceOptions = {}): Promise<LeasebackServiceHandle> {
  const config = parseServiceConfig(options.config ?? {});
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  // Checked before the store opens, so that a bad `[scenario_orchestration]` leaves nothing open.
  const orchestrationConfig = parseSessionOrchestrationConfig(config.scenario_orchestration);
  const metricsRegistry = options.metricsRegistry ?? new Registry();
  const metrics = createServiceMetrics(metricsRegistry);
  const llm = instrumentLlmClient(options.llm ?? (await createLlmClientFromConfig(config)), {
    metrics,
    ...(options.monotonicNow === undefined ? {} : { monotonicNow: options.monotonicNow }),
  });
  const store =
    options.store ??
    (await openStore(config.store.database_url !== null ? { databaseUrl: config.store.database_url } : { dataDir: config.store.data_dir }));
  const staleAfterMs = options.idempotencyStaleAfterMs ?? DEFAULT_IDEMPOTENCY_STALE_AFTER_MS;
  const idempotent = createIdempotent({ store, logger, now, staleAfterMs });
  const dependencies: UseCaseDependencies = { store, llm, plannerConfig: plannerConfigFrom(config), logger, metrics, now, newId, idempotent };
  const { track, close } = createUseCaseTracker(metrics, now);

  const runProgram = runProgramUseCase(dependencies);
  const createRun = createRunUseCase(dependencies);
  const listRuns = listRunsUseCase(dependencies);
  const getRun = getRunUseCase(dependencies);
  const getRunJson = getRunJsonUseCase(dependencies);
  const createScenarioSet = createScenarioSetUseCase(dependencies);
  const listScenarioSets = listScenarioSetsUseCase(dependencies);
  const getScenarioSet = getScenarioSetUseCase(dependencies);
  const replayRun = replayRunUseCase(dependencies);
  const capacity = capacityUseCase(dependencies);

  const service: LeasebackServiceHandle = {
    config,
    store,
    llm,
    metrics,
    runProgram: (input, context = {}) => track('run_program', () => runProgram(input, context)),
    createRun: (input, context = {}) => track('create_run', () => createRun(input, context)),
    listRuns: (query, context = {}) => track('list_runs', () => listRuns(query, context)),
    getRun: (runId, context = {}) => track('get_run', () => getRun(runId, context)),
    getRunJson: (runId, context = {}) => track('get_run', () => getRunJson(runId, context)),
    createScenarioSet: (input, context = {}) => track('create_scenario_set', () => createScenarioSet(input, context)),
    listScenarioSets: (query, context = {}) => track('list_scenario_sets', () => listScenarioSets(query, context)),
    getScenarioSet: (id, context = {}) => track('get_scenario_set', () => getScenarioSet(id, context)),
    replayRun: (runId, context = {}) => track('replay_run', () => replayRun(runId, context)),
    capacity: (input, context = {}) => track('capacity', () => capacity(input, context)),
    ready: async () => {
      try {
        await store.ping();
        return true;
      } catch {
        return false;
      }
    },
    createSession: (input, context = {}) => track('create_session', () => sessions.createSession(input, context)),
    getSession: (id, context = {}) => track('get_session', () => sessions.getSession(id, context)),
    postTurn: (id, input, context = {}) => track('post_turn', () => sessions.postTurn(id, input, context)),
    close: () => close(() => store.close()),
  };
  // Guided sessions run their tools through the use cases above, under the session's fund.
  const sessions = createSessionUseCases({
    store,
    llm,
    orchestrationConfig,
    services: service,
    resolveFund: resolveWriteFund,
    idempotent,
    now,
    newId,
    logger,
    metricsRegistry,
  });
  return service;
}

/** The planner's configuration from the service's (`[planner]`). */
export function plannerConfigFrom(config: ServiceConfig): PlannerConfig {
  return {
    revision: { ...DEFAULT_REVISION_POLICY_CONFIG, max_iterations: config.planner.max_iterations },
    scenario_concurrency: config.planner.scenario_concurrency,
    compute_capacity: config.planner.compute_capacity,
    solver_time_limit_ms: config.planner.solver_time_limit_ms,
  };
}
