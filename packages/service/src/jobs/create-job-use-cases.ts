import {
  LeasebackError,
  ProgramRequestSchema,
  ScenarioSetRequestSchema,
  parseInput,
  toLeasebackError,
  type Job,
  type JobKind,
  type JobProgress,
} from '@leaseback/domain';
import type { PlannerProgress } from '@leaseback/planner';
import type { LeasebackStore, StoredJob } from '@leaseback/store';
import type { CallContext, FundScope, LeasebackService } from '../leaseback-service.js';
import { parseRecordId } from '../list-query.js';
import { NotFoundError } from '../service-errors.js';
import type { ServiceLogger } from '../service-logger.js';
import type { Idempotent } from '../use-cases/idempotency.js';
import { resolveWriteFund, scenarioSetFund } from '../use-cases/write-fund.js';

/** The use cases a job runs, called exactly as the synchronous endpoints call them. */
export type JobServiceCalls = Pick<LeasebackService, 'createRun' | 'runProgram' | 'createScenarioSet' | 'getScenarioSet'>;

/** What the job use cases are built from. */
export interface JobUseCaseOptions {
  readonly store: LeasebackStore;
  readonly services: JobServiceCalls;
  readonly idempotent: Idempotent;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly logger: ServiceLogger;
  /** Starts of one job before a takeover fails it (`[jobs] max_attempts`). */
  readonly maxAttempts: number;
  /** Told when a job is queued, so a worker in this process starts it without waiting for its next poll. */
  readonly onQueued?: () => void;
}

/** What a worker needs to run one claimed job. */
export interface JobExecution {
  /** Cancels the work (a caller cancelled the job). */
  readonly signal: AbortSignal;
  /** Receives the planner's progress. */
  readonly onProgress: (progress: JobProgress) => void;
}

/** How a job ended, for the worker to record. */
export type JobOutcome =
  | { readonly status: 'completed'; readonly resultUrl: string; readonly result?: unknown }
  | { readonly status: 'failed' | 'cancelled'; readonly error: { readonly code: string; readonly message: string } };

/** The job use cases, and how a worker runs a claimed job. */
export interface JobUseCases {
  submitJob(kind: JobKind, input: unknown, context: CallContext): Promise<Job>;
  getJob(id: string, context: CallContext): Promise<Job>;
  cancelJob(id: string, context: CallContext): Promise<Job>;
  getJobResult(id: string, context: CallContext): Promise<unknown>;
  /** Runs a claimed job to its outcome; never throws. */
  executeJob(job: StoredJob, execution: JobExecution): Promise<JobOutcome>;
}

/** Where a completed job's result is read. */
export function resultUrlOf(kind: JobKind, jobId: string, targetId: string | null): string {
  if (kind === 'run') return `/api/runs/${encodeURIComponent(targetId ?? '')}`;
  if (kind === 'scenario_set') return `/api/scenario_sets/${encodeURIComponent(targetId ?? '')}`;
  return `/api/jobs/${encodeURIComponent(jobId)}/result`;
}

/** The public view of a stored job (what `GET /api/jobs/{id}` answers). */
export function publicJob(job: StoredJob): Job {
  return {
    job_id: job.job_id,
    kind: job.kind,
    status: job.status,
    fund_id: job.fund_id,
    progress: job.progress,
    result_url: job.result_url,
    error: job.error,
    attempts: job.attempts,
    created_at: job.created_at,
    updated_at: job.updated_at,
  };
}

/** The scope a job's work runs under: its own fund only (or unrestricted when it has none). */
function scopeOf(job: StoredJob): FundScope {
  return job.fund_id === null ? undefined : [job.fund_id];
}

/** The request as queued, with its fund resolved, or the same errors the synchronous call would raise. */
function prepare(kind: JobKind, input: unknown, scope: FundScope): { request: unknown; fundId: string | null } {
  if (kind === 'scenario_set') {
    const request = parseInput(ScenarioSetRequestSchema, input, { root: 'request' });
    const requested = scenarioSetFund(request.fund_id, request.base_request.fund_id);
    const fundId = resolveWriteFund(requested, scope, request.fund_id ? 'request.fund_id' : 'request.base_request.fund_id');
    return { request: { ...request, fund_id: fundId, base_request: { ...request.base_request, fund_id: fundId } }, fundId };
  }
  const request = parseInput(ProgramRequestSchema, input, { root: 'request' });
  const fundId = resolveWriteFund(request.fund_id, scope, 'request.fund_id');
  return { request: { ...request, fund_id: fundId }, fundId };
}

function toProgress(event: PlannerProgress): JobProgress {
  return { step: event.step, iteration: event.iteration, scenarios_done: event.scenarios_done, scenarios_total: event.scenarios_total };
}

/**
 * Asynchronous jobs: `submitJob` validates and queues (the answer is the job,
 * 202 in the API); a worker (`job-worker.ts`) claims it and calls `executeJob`,
 * which runs the same use case as the synchronous endpoint under the job's fund.
 */
export function createJobUseCases(options: JobUseCaseOptions): JobUseCases {
  const { store, services, now, newId, logger } = options;

  async function findJob(id: string, context: CallContext): Promise<StoredJob> {
    const jobId = parseRecordId(id, 'job_id');
    const job = await store.getJob(jobId, context.scope);
    if (job === null) throw new NotFoundError('job', jobId);
    return job;
  }

  /** A result stored by an earlier attempt (its process died before recording the job as completed). */
  async function storedResultExists(job: StoredJob): Promise<boolean> {
    if (job.target_id === null) return false;
    if (job.kind === 'run') return (await store.getRun(job.target_id)) !== null;
    if (job.kind === 'scenario_set') return (await store.getScenarioSet(job.target_id)) !== null;
    return false;
  }

  async function run(job: StoredJob, execution: JobExecution): Promise<JobOutcome> {
    const context: CallContext = {
      scope: scopeOf(job),
      signal: execution.signal,
      onPlanProgress: (event) => execution.onProgress(toProgress(event)),
      ...(job.target_id === null ? {} : { recordId: job.target_id }),
    };
    const resultUrl = resultUrlOf(job.kind, job.job_id, job.target_id);
    if (job.kind === 'run') {
      const created = await services.createRun(job.request, context);
      return { status: 'completed', resultUrl, result: { run_id: created.run_id, status: created.status, error_code: created.error_code } };
    }
    if (job.kind === 'scenario_set') {
      const set = await services.createScenarioSet(job.request, context);
      return { status: 'completed', resultUrl, result: { id: set.scenario_set.id, run_ids: set.scenario_set.run_ids } };
    }
    return { status: 'completed', resultUrl, result: await services.runProgram(job.request, context) };
  }

  return {
    submitJob: (kind, input, context) => {
      const { request, fundId } = prepare(kind, input, context.scope);
      return options.idempotent('submit_job', { kind, request }, context, 202, async () => {
        const jobId = newId();
        const job = await store.enqueueJob({
          jobId,
          kind,
          fundId,
          request,
          targetId: kind === 'program' ? null : newId(),
          maxAttempts: options.maxAttempts,
          now: now(),
        });
        logger.info({ use_case: 'submit_job', job_id: jobId, kind, fund_id: fundId }, 'job queued');
        options.onQueued?.();
        return publicJob(job);
      });
    },

    getJob: async (id, context) => publicJob(await findJob(id, context)),

    cancelJob: async (id, context) => {
      const job = await findJob(id, context);
      const cancelled = await store.cancelJob(job.job_id, now(), context.scope);
      if (cancelled === null) throw new NotFoundError('job', job.job_id);
      logger.info({ use_case: 'cancel_job', job_id: job.job_id, status: cancelled.status }, 'job cancellation asked');
      return publicJob(cancelled);
    },

    getJobResult: async (id, context) => {
      const job = await findJob(id, context);
      if (job.status !== 'completed') {
        throw new LeasebackError(
          'job_not_completed',
          `job "${job.job_id}" is ${job.status}: it has no result${job.status === 'failed' || job.status === 'cancelled' ? '' : ' yet'}`,
        );
      }
      if (job.kind === 'program') return job.result;
      if (job.kind === 'scenario_set') return services.getScenarioSet(job.target_id ?? '', { scope: context.scope });
      const record = await store.getRun(job.target_id ?? '', context.scope);
      if (record === null) throw new NotFoundError('run', job.target_id ?? '');
      return record;
    },

    executeJob: async (job, execution) => {
      const resultUrl = resultUrlOf(job.kind, job.job_id, job.target_id);
      try {
        // A takeover resumes: when the dead process had already stored the result, the job is simply completed.
        if (job.attempts > 1 && (await storedResultExists(job))) {
          logger.info({ use_case: 'run_job', job_id: job.job_id, attempts: job.attempts }, 'job resumed: its result was already stored');
          return { status: 'completed', resultUrl };
        }
        return await run(job, execution);
      } catch (thrown) {
        const error = toLeasebackError(thrown);
        if (execution.signal.aborted || error.code === 'cancelled') {
          return { status: 'cancelled', error: { code: 'cancelled', message: 'the job was cancelled' } };
        }
        // Another attempt stored the result first: there is one result, and it is complete.
        if (error.code === 'already_exists' && (await storedResultExists(job).catch(() => false)))
          return { status: 'completed', resultUrl };
        logger.warn({ use_case: 'run_job', job_id: job.job_id, error_code: error.code }, 'job failed');
        return { status: 'failed', error: { code: error.code, message: error.message } };
      }
    },
  };
}
