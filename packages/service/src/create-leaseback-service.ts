import { randomUUID } from 'node:crypto';
import {
  DEFAULT_REVISION_POLICY_CONFIG,
  InvalidInputError,
  LeasebackError,
  ProgramRequestSchema,
  ScenarioSetRequestSchema,
  parseInput,
  toLeasebackError,
  type CreateRunResponse,
  type ProgramRequest,
  type ProgramResponse,
  type RunListItem,
  type RunRecord,
  type ScenarioSetResult,
  type ScenarioSetSummary,
} from '@leaseback/domain';
import type { LlmClient } from '@leaseback/llm';
import { compareScenarioSet, runProgram, runScenarioSet, type PlannerConfig } from '@leaseback/planner';
import { openStore, type LeasebackStore } from '@leaseback/store';
import { Registry } from 'prom-client';
import { fingerprintRequest } from './canonical-json.js';
import { computeCapacity } from './compute-capacity.js';
import { replayStoredRun } from './replay-run.js';
import { createLlmClientFromConfig } from './create-llm-client-from-config.js';
import { instrumentLlmClient } from './instrument-llm-client.js';
import type {
  CallContext,
  CapacityReport,
  FundScope,
  LeasebackService,
  ScenarioSetWithComparison,
} from './leaseback-service.js';
import { parseListQuery, parseRecordId } from './list-query.js';
import { parseServiceConfig, type ServiceConfig, type ServiceConfigInput } from './service-config.js';
import { IdempotencyConflictError, NotFoundError, ProgramRunFailedError, ServiceClosedError } from './service-errors.js';
import { createJobUseCases } from './jobs/create-job-use-cases.js';
import { startJobWorker, type JobWorker, type JobWorkerSettings } from './jobs/job-worker.js';
import { resolveWriteFund, scenarioSetFund } from './write-fund.js';
import { silentLogger, type ServiceLogger } from './service-logger.js';
import { createServiceMetrics, type ServiceMetrics } from './service-metrics.js';
import { createSessionUseCases, parseSessionOrchestrationConfig } from './sessions/create-session-use-cases.js';

/** Default and maximum `limit` of `listRuns`. */
export const RUN_LIST_LIMITS = Object.freeze({ default: 20, max: 100 });
/** Default and maximum `limit` of `listScenarioSets`. */
export const SCENARIO_SET_LIST_LIMITS = Object.freeze({ default: 10, max: 100 });
/** How long an unfinished `Idempotency-Key` claim blocks retries before another request may take it over. */
export const DEFAULT_IDEMPOTENCY_STALE_AFTER_MS = 15 * 60 * 1000;

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
  /**
   * Starts this process's job worker (the API does; the CLI does not), once:
   * later calls return the same worker. `close()` stops it first.
   */
  startJobWorker(settings?: Partial<JobWorkerSettings>): JobWorker;
}

type Operation = 'run_program' | 'create_run' | 'create_scenario_set' | 'create_session' | 'post_turn' | 'submit_job';

/**
 * Builds the service both apps call. Opens the store from the configuration
 * unless one is given, and picks the LLM provider from the configuration
 * unless a client is given (the offline client by default).
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
  const llm = instrumentLlmClient(options.llm ?? createLlmClientFromConfig(config), {
    metrics,
    ...(options.monotonicNow === undefined ? {} : { monotonicNow: options.monotonicNow }),
  });
  const store =
    options.store ??
    (await openStore(config.store.database_url !== null ? { databaseUrl: config.store.database_url } : { dataDir: config.store.data_dir }));
  const plannerConfig = plannerConfigFrom(config);
  const staleAfterMs = options.idempotencyStaleAfterMs ?? DEFAULT_IDEMPOTENCY_STALE_AFTER_MS;

  const inFlight = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  /** Runs one use case: refuses new work once closing, times it and tracks it so `close` can wait. */
  const track = <T>(useCase: string, work: () => Promise<T>): Promise<T> => {
    if (closing) return Promise.reject(new ServiceClosedError());
    const started = now().getTime();
    const promise = (async () => {
      let result = 'ok';
      try {
        return await work();
      } catch (thrown) {
        result = toLeasebackError(thrown).code;
        throw thrown;
      } finally {
        metrics.useCaseDuration.observe({ use_case: useCase, result }, Math.max(0, now().getTime() - started) / 1000);
      }
    })();
    inFlight.add(promise);
    const forget = (): void => {
      inFlight.delete(promise);
    };
    promise.then(forget, forget);
    return promise;
  };

  /**
   * Honours an `Idempotency-Key`: the first request with a key does the work and
   * records its answer; a retry with the same body gets that answer back without
   * a second run. The key is scoped by operation and fund scope, so two funds'
   * clients can never see each other's answers.
   */
  const idempotent = async <T>(operation: Operation, request: unknown, context: CallContext, statusCode: number, work: () => Promise<T>): Promise<T> => {
    const key = context.idempotencyKey;
    if (key === undefined) return work();
    validateIdempotencyKey(key);
    const reference = { scope: `${operation}:${scopeKey(context.scope)}`, key };
    const claim = await store.claimIdempotencyKey({ ...reference, requestHash: fingerprintRequest(request), now: now(), staleAfterMs });
    if (claim.state === 'completed') {
      logger.info({ use_case: operation, idempotent_replay: true }, 'idempotent replay');
      return claim.body as T;
    }
    if (claim.state === 'in_progress') throw new IdempotencyConflictError('idempotency_in_progress');
    if (claim.state === 'mismatch') throw new IdempotencyConflictError('idempotency_key_reused');
    let result: T;
    try {
      result = await work();
    } catch (thrown) {
      // The work left nothing to replay, so the key is given back: a retry may run it afresh.
      await store.releaseIdempotencyKey(reference).catch((releaseError: unknown) =>
        logger.error({ use_case: operation, error_code: toLeasebackError(releaseError).code }, 'could not release an idempotency key'),
      );
      throw thrown;
    }
    try {
      await store.completeIdempotencyKey({ ...reference, statusCode, body: result, now: now() });
    } catch (completeError) {
      // The work is done and stored; the key stays claimed until stale, so a retry gets a
      // conflict rather than a second run. The caller still gets its answer.
      logger.error({ use_case: operation, error_code: toLeasebackError(completeError).code }, 'could not record an idempotency key answer');
    }
    return result;
  };

  const recordRunMetrics = (run: Pick<RunRecord, 'status' | 'response'>): void => {
    metrics.runs.inc({ status: run.status, outcome_status: run.response?.outcome.status ?? 'none' });
  };

  const service: LeasebackServiceHandle = {
    config,
    store,
    llm,
    metrics,

    runProgram: (input, context = {}) =>
      track('run_program', async () => {
        const request = parseInput(ProgramRequestSchema, input, { root: 'request' });
        return idempotent('run_program', request, context, 200, async () => {
          const started = now().getTime();
          logger.debug({ use_case: 'run_program', brief: request.program_description }, 'planning a program');
          const result = await runProgram(request, plannerOptions(context));
          recordRunMetrics({ status: result.status, response: result.status === 'completed' ? result.response : null });
          const fields = { use_case: 'run_program', status: result.status, duration_ms: now().getTime() - started };
          if (result.status === 'failed') {
            logger.warn({ ...fields, error_code: result.error.code }, 'program run failed');
            throw new ProgramRunFailedError(result.error, result.audit_trace);
          }
          logger.info({ ...fields, outcome_status: result.response.outcome.status }, 'program planned');
          return result.response;
        });
      }),

    createRun: (input, context = {}) =>
      track('create_run', async () => {
        const request = parseInput(ProgramRequestSchema, input, { root: 'request' });
        const fundId = resolveWriteFund(request.fund_id, context.scope, 'request.fund_id');
        return idempotent('create_run', request, context, 201, async (): Promise<CreateRunResponse> => {
          const runId = context.recordId ?? newId();
          const started = now();
          logger.debug({ use_case: 'create_run', run_id: runId, brief: request.program_description }, 'planning a program');
          context.onProgress?.('planning the program');
          const scopedRequest: ProgramRequest = { ...request, fund_id: fundId };
          const result = await runProgram(scopedRequest, plannerOptions(context));
          const record: RunRecord = {
            run_id: runId,
            fund_id: fundId,
            program_description: request.program_description,
            status: result.status,
            created_at: started.toISOString(),
            scenario_set_id: null,
            scenario_kind: null,
            scenario_label: null,
            response: result.status === 'completed' ? result.response : null,
            error: result.status === 'failed' ? result.error.message : null,
            error_code: result.status === 'failed' ? result.error.code : null,
            audit_trace: result.status === 'failed' ? result.audit_trace : null,
            request: scopedRequest,
          };
          context.onProgress?.('storing the run');
          await store.createRun(record);
          recordRunMetrics(record);
          const fields = {
            use_case: 'create_run',
            run_id: runId,
            fund_id: fundId,
            status: record.status,
            outcome_status: record.response?.outcome.status ?? null,
            duration_ms: now().getTime() - started.getTime(),
          };
          if (result.status === 'failed') {
            logger.warn({ ...fields, error_code: result.error.code }, 'run failed and was stored');
            // A cancelled run is stored for the record, but nobody is waiting for the answer:
            // throwing gives the idempotency key back so that a retry runs it again.
            if (result.error.code === 'cancelled') throw new LeasebackError('cancelled', result.error.message);
          } else logger.info(fields, 'run stored');
          return { run_id: runId, status: record.status, response: record.response, error: record.error, error_code: record.error_code };
        });
      }),

    listRuns: (query, context = {}) =>
      track('list_runs', async (): Promise<RunListItem[]> => {
        const { fundId, limit } = parseListQuery(query, RUN_LIST_LIMITS);
        return store.listRuns({ fundId, limit, scope: context.scope });
      }),

    getRun: (runId, context = {}) =>
      track('get_run', async (): Promise<RunRecord> => {
        const id = parseRecordId(runId, 'run_id');
        const run = await store.getRun(id, context.scope);
        if (run === null) throw new NotFoundError('run', id);
        return run;
      }),

    getRunJson: (runId, context = {}) =>
      track('get_run', async (): Promise<string> => {
        const id = parseRecordId(runId, 'run_id');
        const text = await store.getRunJson(id, context.scope);
        if (text === null) throw new NotFoundError('run', id);
        return text;
      }),

    createScenarioSet: (input, context = {}) =>
      track('create_scenario_set', async () => {
        const request = parseInput(ScenarioSetRequestSchema, input, { root: 'request' });
        const requestedFund = scenarioSetFund(request.fund_id, request.base_request.fund_id);
        const fundId = resolveWriteFund(requestedFund, context.scope, request.fund_id ? 'request.fund_id' : 'request.base_request.fund_id');
        return idempotent('create_scenario_set', request, context, 201, async (): Promise<ScenarioSetWithComparison> => {
          const started = now().getTime();
          logger.debug({ use_case: 'create_scenario_set', brief: request.brief }, 'running a scenario set');
          context.onProgress?.('proposing scenarios');
          let result;
          try {
            result = await runScenarioSet(request.brief, { ...request.base_request, fund_id: fundId }, {
              ...plannerOptions(context),
              numScenarios: request.num_scenarios,
              fundId,
              newId: idsStartingWith(context.recordId, newId),
              onRunFinished: (run, index, total) =>
                context.onProgress?.(`scenario ${index + 1} of ${total} finished: ${run.scenario_label ?? run.run_id} (${run.status})`),
            });
          } catch (thrown) {
            const code = toLeasebackError(thrown).code;
            metrics.scenarioSets.inc({ result: code === 'scenario_definitions_unavailable' ? 'definitions_unavailable' : 'failed' });
            logger.warn({ use_case: 'create_scenario_set', error_code: code }, 'scenario set failed; nothing stored');
            throw thrown;
          }
          context.onProgress?.('storing the scenario set');
          await store.createScenarioSet(result.scenario_set, result.runs);
          for (const run of result.runs) recordRunMetrics(run);
          metrics.scenarioSets.inc({ result: 'completed' });
          logger.info(
            {
              use_case: 'create_scenario_set',
              scenario_set_id: result.scenario_set.id,
              fund_id: fundId,
              run_ids: result.scenario_set.run_ids,
              failed_runs: result.runs.filter((run) => run.status === 'failed').length,
              duration_ms: now().getTime() - started,
            },
            'scenario set stored',
          );
          return withComparison({ scenario_set: result.scenario_set, runs: result.runs });
        });
      }),

    listScenarioSets: (query, context = {}) =>
      track('list_scenario_sets', async (): Promise<ScenarioSetSummary[]> => {
        const { fundId, limit } = parseListQuery(query, SCENARIO_SET_LIST_LIMITS);
        return store.listScenarioSets({ fundId, limit, scope: context.scope });
      }),

    getScenarioSet: (id, context = {}) =>
      track('get_scenario_set', async () => {
        const setId = parseRecordId(id, 'id');
        const set = await store.getScenarioSet(setId, context.scope);
        if (set === null) throw new NotFoundError('scenario set', setId);
        return withComparison(set);
      }),

    replayRun: (runId, context = {}) =>
      track('replay_run', async () => {
        const id = parseRecordId(runId, 'run_id');
        const run = await store.getRun(id, context.scope);
        if (run === null) throw new NotFoundError('run', id);
        const report = await replayStoredRun(run, plannerConfig, context.signal);
        logger.info({ use_case: 'replay_run', run_id: id, identical: report.identical }, 'run replayed');
        return report;
      }),

    capacity: (input, context = {}) =>
      track('capacity', async (): Promise<CapacityReport> => {
        const request = parseInput(ProgramRequestSchema, input, { root: 'request' });
        const started = now().getTime();
        const report = await computeCapacity(request, { llm, config: plannerConfig, ...(context.signal ? { signal: context.signal } : {}) });
        logger.info(
          { use_case: 'capacity', max_proceeds: report.capacity.max_proceeds, proven_optimal: report.capacity.proven_optimal, duration_ms: now().getTime() - started },
          'capacity computed',
        );
        return report;
      }),

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

    submitJob: (kind, input, context = {}) => track('submit_job', () => jobs.submitJob(kind, input, context)),
    getJob: (id, context = {}) => track('get_job', () => jobs.getJob(id, context)),
    cancelJob: (id, context = {}) => track('cancel_job', () => jobs.cancelJob(id, context)),
    getJobResult: (id, context = {}) => track('get_job_result', () => jobs.getJobResult(id, context)),

    startJobWorker: (settings = {}) => {
      if (closing) throw new ServiceClosedError();
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

    close: () => {
      closing ??= (async () => {
        // The worker stops claiming and lets its jobs finish (they are in-flight use cases too).
        await worker?.stop();
        // In-flight use cases finish (and write) before the store goes away: nothing half-written.
        await Promise.allSettled([...inFlight]);
        await store.close();
      })();
      return closing;
    },
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
  return service;

  function plannerOptions(context: CallContext) {
    return {
      llm,
      config: plannerConfig,
      now,
      ...(context.signal ? { signal: context.signal } : {}),
      ...(context.onPlanProgress ? { onProgress: context.onPlanProgress } : {}),
    };
  }
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

function withComparison(set: ScenarioSetResult): ScenarioSetWithComparison {
  return { scenario_set: set.scenario_set, runs: set.runs, comparison: compareScenarioSet(set.runs) };
}

/** `first` (when given) for the first id, then fresh ones: a set's id is the first it draws. */
function idsStartingWith(first: string | undefined, newId: () => string): () => string {
  let pending = first;
  return () => {
    const id = pending ?? newId();
    pending = undefined;
    return id;
  };
}

function scopeKey(scope: FundScope): string {
  return scope === undefined ? '*' : JSON.stringify([...new Set(scope)].sort());
}

/** Printable ASCII, 1..255 characters: what the API accepts in an `Idempotency-Key` header. */
function validateIdempotencyKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key))
    throw new InvalidInputError([{ path: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters without spaces' }]);
}
