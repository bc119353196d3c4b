import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { toLeasebackError, type JobProgress } from '@leaseback/domain';
import type { LeasebackStore, StoredJob } from '@leaseback/store';
import type { ServiceLogger } from '../service-logger.js';
import type { JobOutcome, JobUseCases } from './create-job-use-cases.js';

/** How a worker runs (`[jobs]` in the configuration). */
export interface JobWorkerSettings {
  /** Jobs run at once. */
  readonly concurrency: number;
  /** How long a claim lasts unless renewed. */
  readonly leaseMs: number;
  /** How often an idle worker looks for queued jobs. */
  readonly pollMs: number;
}

/** What a worker is built from. */
export interface JobWorkerOptions extends JobWorkerSettings {
  readonly store: LeasebackStore;
  readonly jobs: Pick<JobUseCases, 'executeJob'>;
  readonly now: () => Date;
  readonly logger: ServiceLogger;
  /** Unique per worker; defaults to host, process id and a random part. */
  readonly workerId?: string;
}

/** A running worker. */
export interface JobWorker {
  readonly workerId: string;
  /** Looks for a job now instead of at the next poll (a job was just queued here). */
  wake(): void;
  /**
   * Stops claiming and waits for the jobs it runs to finish. A job cut short by
   * the process ending keeps its lease until it expires, then another worker
   * takes it over.
   */
  stop(): Promise<void>;
}

/**
 * Starts the loop that claims jobs from the store and runs them, at most
 * `concurrency` at a time. While a job runs its lease is renewed (with the
 * latest progress) about three times per lease, so only a job whose process
 * died is ever taken over; a renewal that finds a cancellation asked aborts the
 * work. Every wait is bounded: an idle worker polls every `pollMs`.
 */
export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const { store, logger, now } = options;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  // Renew well before expiry, and often enough that progress shows promptly.
  const heartbeatMs = Math.max(50, Math.min(Math.floor(options.leaseMs / 3), 500));
  const active = new Set<Promise<void>>();
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let pendingWake = false;

  const wake = (): void => {
    pendingWake = true;
    wakeUp?.();
  };

  const pause = (milliseconds: number): Promise<void> =>
    new Promise((resolve) => {
      if (pendingWake) {
        pendingWake = false;
        resolve();
        return;
      }
      const timer = setTimeout(done, milliseconds);
      function done(): void {
        clearTimeout(timer);
        wakeUp = undefined;
        pendingWake = false;
        resolve();
      }
      wakeUp = done;
    });

  async function runClaimed(job: StoredJob): Promise<void> {
    const controller = new AbortController();
    let progress: JobProgress = job.progress;
    let progressChanged = false;
    let lost = false;
    let renewing: Promise<void> = Promise.resolve();
    const renew = (): void => {
      renewing = renewing.then(async () => {
        if (lost) return;
        try {
          const state = await store.renewJobLease({
            jobId: job.job_id,
            workerId,
            leaseMs: options.leaseMs,
            now: now(),
            ...(progressChanged ? { progress } : {}),
          });
          progressChanged = false;
          if (!state.held) {
            // Taken over (this process stalled past its lease): its writes would be refused, so stop early.
            lost = true;
            logger.warn({ job_id: job.job_id, worker_id: workerId }, 'job lease lost');
          } else if (state.cancelRequested && !controller.signal.aborted) {
            controller.abort();
          }
        } catch (thrown) {
          logger.warn({ job_id: job.job_id, error_code: toLeasebackError(thrown).code }, 'could not renew a job lease');
        }
      });
    };
    const heartbeat = setInterval(renew, heartbeatMs);
    logger.info({ job_id: job.job_id, kind: job.kind, attempts: job.attempts, worker_id: workerId }, 'job started');
    let outcome: JobOutcome;
    try {
      outcome = await options.jobs.executeJob(job, {
        signal: controller.signal,
        onProgress: (next) => {
          progress = next;
          progressChanged = true;
        },
      });
    } finally {
      clearInterval(heartbeat);
      await renewing;
    }
    if (lost) return;
    try {
      const finished = await store.finishJob({ jobId: job.job_id, workerId, now: now(), progress, ...outcome });
      if (finished) logger.info({ job_id: job.job_id, status: outcome.status }, 'job finished');
      else logger.warn({ job_id: job.job_id }, 'job finished elsewhere: this worker no longer held it');
    } catch (thrown) {
      // The lease will expire and a takeover will find the stored result (or run it again).
      logger.error({ job_id: job.job_id, error_code: toLeasebackError(thrown).code }, 'could not record a finished job');
    }
  }

  const loop = (async () => {
    while (!stopped) {
      if (active.size >= options.concurrency) {
        await Promise.race([...active]);
        continue;
      }
      let job: StoredJob | null = null;
      try {
        job = await store.claimJob({ workerId, leaseMs: options.leaseMs, now: now() });
      } catch (thrown) {
        const error = toLeasebackError(thrown);
        if (error.code === 'store_closed') return;
        logger.warn({ worker_id: workerId, error_code: error.code }, 'could not claim a job');
      }
      if (job === null) {
        await pause(options.pollMs);
        continue;
      }
      const running = runClaimed(job).catch((thrown: unknown) =>
        logger.error({ job_id: job.job_id, error_code: toLeasebackError(thrown).code }, 'job worker error'),
      );
      active.add(running);
      void running.then(() => {
        active.delete(running);
        // A slot is free: look again at once.
        wake();
      });
    }
  })();

  let stopping: Promise<void> | undefined;
  return {
    workerId,
    wake,
    stop() {
      stopping ??= (async () => {
        stopped = true;
        wakeUp?.();
        await loop;
        await Promise.allSettled([...active]);
      })();
      return stopping;
    },
  };
}
