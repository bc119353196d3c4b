import { randomUUID } from 'node:crypto';
import { DEFAULT_REVISION_POLICY_CONFIG } from '@leaseback/domain';
import { OFFLINE_PROVIDER, type LlmClient } from '@leaseback/llm';
import { inlineEngineRunner, type EngineRunner, type PlannerConfig } from '@leaseback/planner';
import { openStore, type LeasebackStore } from '@leaseback/store';
import { createLlmClientFromConfig } from './create-llm-client-from-config.js';
import { parsePortfolioFile, renderRunExport, renderScenarioSetExport } from './use-cases/spreadsheets.js';
import { instrumentLlmClient } from './instrument-llm-client.js';
import { checkRequestAssetCount } from './engine/asset-limit.js';
import { withEngineDeadline } from './engine/engine-deadline.js';
import { createEngineWorkerPool } from './engine/engine-worker-pool.js';
import { readOfflineInWorkers } from './engine/offline-reading-in-workers.js';
import { createRequestValidator } from './engine/request-validation.js';
import type { CallContext, LeasebackService } from './leaseback-service.js';
import { parseServiceConfig, type ServiceConfig, type ServiceConfigInput } from './service-config.js';
import { Registry } from './prom-client-classes.js';
import { silentLogger, type ServiceLogger } from './service-logger.js';
import { createServiceMetrics, type ServiceMetrics } from './service-metrics.js';
import type { SessionUseCases, SessionUseCaseOptions } from './sessions/create-session-use-cases.js';
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
import { createJobUseCases } from './jobs/create-job-use-cases.js';
import { startJobWorker, type JobWorker, type JobWorkerSettings } from './jobs/job-worker.js';
import { ServiceClosedError } from './service-errors.js';

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
  /**
   * Where the engine's solves run. Default: a pool of `planner.engine_threads`
   * worker threads (inline when that is 0), closed by `close()`.
   */
  readonly engine?: EngineRunner;
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
  /**
   * Starts this process's job worker (the API does; the CLI does not), once:
   * later calls return the same worker. `close()` stops it first.
   */
  startJobWorker(settings?: Partial<JobWorkerSettings>): JobWorker;
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
  // The guided sessions (the scenario orchestrator, its playbooks and schemas) are
  // loaded on their first use: a command that only plans never loads them. They are
  // built at once when the caller gives a metrics registry, so that the
  // orchestrator's metrics are on it from the start (the API's /metrics), and when
  // `[scenario_orchestration]` says anything, so that a bad table is refused here,
  // before the store opens, leaving nothing open. An empty table is the defaults.
  const eagerSessions = options.metricsRegistry !== undefined || Object.keys(config.scenario_orchestration).length > 0;
  const sessionsModule = eagerSessions ? await import('./sessions/create-session-use-cases.js') : undefined;
  const orchestrationConfig =
    sessionsModule?.parseSessionOrchestrationConfig(config.scenario_orchestration) ?? config.scenario_orchestration;
  const metricsRegistry = options.metricsRegistry ?? new Registry();
  const metrics = createServiceMetrics(metricsRegistry);
  // Before the store opens, so that a provider without its key leaves nothing open.
  const configuredLlm = options.llm ?? (await createLlmClientFromConfig(config));
  const store =
    options.store ??
    (await openStore(config.store.database_url !== null ? { databaseUrl: config.store.database_url } : { dataDir: config.store.data_dir }));
  const staleAfterMs = options.idempotencyStaleAfterMs ?? DEFAULT_IDEMPOTENCY_STALE_AFTER_MS;
  const idempotent = createIdempotent({ store, logger, now, staleAfterMs });
  // Started lazily by the pool on the first solve; a service that never plans starts no thread.
  const enginePool =
    options.engine === undefined && config.planner.engine_threads !== 0
      ? createEngineWorkerPool(config.planner.engine_threads === null ? {} : { threads: config.planner.engine_threads })
      : undefined;
  const engine: EngineRunner = options.engine ?? enginePool ?? inlineEngineRunner;
  // The configured offline reader reads large portfolios' briefs in the pool; an injected client is used as it is.
  const llm = instrumentLlmClient(
    options.llm === undefined && configuredLlm.provider === OFFLINE_PROVIDER && enginePool !== undefined
      ? readOfflineInWorkers(configuredLlm, enginePool)
      : configuredLlm,
    {
      metrics,
      ...(options.monotonicNow === undefined ? {} : { monotonicNow: options.monotonicNow }),
    },
  );
  const engineClock = options.monotonicNow ?? (() => performance.now());
  const engineFor = (context: CallContext): EngineRunner =>
    withEngineDeadline(engine, config.planner.engine_deadline_ms, engineClock, context.signal);
  const maxAssets = config.planner.max_assets;
  const dependencies: UseCaseDependencies = {
    store,
    llm,
    plannerConfig: plannerConfigFrom(config),
    logger,
    metrics,
    now,
    newId,
    idempotent,
    engineFor,
    validateRequest: createRequestValidator(enginePool, maxAssets),
  };
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
    exportRun: (runId, format, context = {}) => track('export_run', async () => renderRunExport(await getRun(runId, context), format)),
    exportScenarioSet: (id, format, context = {}) =>
      track('export_scenario_set', async () => renderScenarioSetExport(await getScenarioSet(id, context), format)),
    parsePortfolioFile: (input) => track('parse_portfolio', () => parsePortfolioFile(input)),
    ready: async () => {
      try {
        await store.ping();
        return true;
      } catch {
        return false;
      }
    },
    createSession: (input, context = {}) =>
      track('create_session', async () => {
        checkRequestAssetCount(input, ['assets'], maxAssets);
        checkRequestAssetCount(input, ['portfolio', 'assets'], maxAssets);
        return (await sessions()).createSession(input, context);
      }),
    getSession: (id, context = {}) => track('get_session', async () => (await sessions()).getSession(id, context)),
    postTurn: (id, input, context = {}) => track('post_turn', async () => (await sessions()).postTurn(id, input, context)),
    submitJob: (kind, input, context = {}) => track('submit_job', () => jobs.submitJob(kind, input, context)),
    getJob: (id, context = {}) => track('get_job', () => jobs.getJob(id, context)),
    cancelJob: (id, context = {}) => track('cancel_job', () => jobs.cancelJob(id, context)),
    getJobResult: (id, context = {}) => track('get_job_result', () => jobs.getJobResult(id, context)),
    startJobWorker: (settings = {}) => {
      if (closed) throw new ServiceClosedError();
      worker ??= startJobWorker({
        store,
        jobs,
        now,
        logger,
        concurrency: settings.concurrency ?? config.jobs.concurrency,
        leaseMs: settings.leaseMs ?? config.jobs.lease_ms,
        pollMs: settings.pollMs ?? config.jobs.poll_ms,
      });
      return worker;
    },
    // The worker stops claiming first and lets its jobs finish (they are in-flight use cases too).
    close: () => {
      closed = true;
      return (async () => {
        await worker?.stop();
        await close(async () => {
          await enginePool?.close();
          await store.close();
        });
      })();
    },
  };
  let closed = false;
  let worker: JobWorker | undefined;
  const jobs = createJobUseCases({
    store,
    services: service,
    idempotent,
    now,
    newId,
    logger,
    maxAttempts: config.jobs.max_attempts,
    onQueued: () => worker?.wake(),
  });
  // Guided sessions run their tools through the use cases above, under the session's fund.
  const sessionOptions: SessionUseCaseOptions = {
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
  };
  let sessionUseCases: Promise<SessionUseCases> | undefined =
    sessionsModule === undefined ? undefined : Promise.resolve(sessionsModule.createSessionUseCases(sessionOptions));
  const sessions = (): Promise<SessionUseCases> =>
    (sessionUseCases ??= import('./sessions/create-session-use-cases.js').then((module) => module.createSessionUseCases(sessionOptions)));
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
