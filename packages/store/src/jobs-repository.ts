import type { ErrorInfo, Job, JobKind, JobProgress } from '@leaseback/domain';
import type { FundScope } from './leaseback-store.js';

/** A job as stored: the public view plus what workers need to run it. */
export interface StoredJob extends Job {
  /** The validated request the job runs (with its fund resolved). */
  readonly request: unknown;
  /** The id the result is stored under (run or set id); `null` for programs. */
  readonly target_id: string | null;
  /** A program's answer (kept with the job, since nothing else stores it); `null` otherwise. */
  readonly result: unknown;
  readonly max_attempts: number;
  /** The worker holding the lease, while `running`. */
  readonly lease_owner: string | null;
  /** ISO-8601 UTC; after it, another worker may take the job over. */
  readonly lease_expires_at: string | null;
  /** A caller asked to cancel while it was running. */
  readonly cancel_requested: boolean;
}

/** A new job, queued. */
export interface EnqueueJobInput {
  readonly jobId: string;
  readonly kind: JobKind;
  readonly fundId: string | null;
  /** Any JSON-serialisable value. */
  readonly request: unknown;
  readonly targetId: string | null;
  /** How many times a worker may start it before a takeover fails it with `job_abandoned` (>= 1). */
  readonly maxAttempts: number;
  readonly now: Date;
}

/** A worker asking for the next job. */
export interface ClaimJobInput {
  /** Unique per worker (e.g. host, pid and a random part). */
  readonly workerId: string;
  /** How long the lease lasts unless renewed (> 0). */
  readonly leaseMs: number;
  readonly now: Date;
}

/** A worker renewing its lease, with the progress made since the last renewal. */
export interface RenewJobLeaseInput extends ClaimJobInput {
  readonly jobId: string;
  /** New progress to record; omitted: unchanged. */
  readonly progress?: JobProgress | undefined;
}

/** What a renewal found. */
export interface JobLeaseState {
  /** False when the worker no longer holds the job (lease taken over, or the job ended): it must stop. */
  readonly held: boolean;
  /** A caller asked to cancel: the worker should stop and finish the job as `cancelled`. */
  readonly cancelRequested: boolean;
}

/** How a worker ends a job it holds. */
export type FinishJobInput = {
  readonly jobId: string;
  readonly workerId: string;
  readonly now: Date;
  readonly progress?: JobProgress | undefined;
} & (
  | { readonly status: 'completed'; readonly resultUrl: string; readonly result?: unknown }
  | { readonly status: 'failed' | 'cancelled'; readonly error: ErrorInfo }
);

/**
 * The durable job queue. Claims use `FOR UPDATE SKIP LOCKED`, so concurrent
 * workers (in one process or many) never take the same job; every write by a
 * worker is conditional on still holding the lease, so a worker whose job was
 * taken over cannot overwrite its new owner's work.
 */
export interface JobsRepository {
  /** Stores a queued job. Throws `already_exists` when the id is taken. */
  enqueueJob(input: EnqueueJobInput): Promise<StoredJob>;
  /** The job, or `null` (unknown or outside `scope`). */
  getJob(jobId: string, scope?: FundScope): Promise<StoredJob | null>;
  /**
   * Takes the oldest job that is queued, or running with an expired lease (its
   * worker died), and leases it to `workerId` (attempts + 1). An expired job that
   * has used all its attempts is failed with `job_abandoned`, and one whose
   * cancellation was asked is cancelled, instead of being handed out. `null`
   * when nothing is waiting.
   */
  claimJob(input: ClaimJobInput): Promise<StoredJob | null>;
  /** Extends the lease (and records progress) if `workerId` still holds the job. */
  renewJobLease(input: RenewJobLeaseInput): Promise<JobLeaseState>;
  /** Ends a job the worker holds; false (and nothing changes) when it no longer holds it. */
  finishJob(input: FinishJobInput): Promise<boolean>;
  /**
   * Cancels a job: a queued one at once (`cancelled`), a running one by asking
   * its worker (`cancel_requested`); a finished one is left as it is. Returns the
   * job after the change, or `null` (unknown or outside `scope`).
   */
  cancelJob(jobId: string, now: Date, scope?: FundScope): Promise<StoredJob | null>;
}
