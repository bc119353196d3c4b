import { InvalidInputError, JobProgressSchema, JobSchema, type Job } from '@leaseback/domain';
import type { ClaimJobInput, FinishJobInput, JobLeaseState, JobsRepository, StoredJob } from './jobs-repository.js';
import type { FundScope } from './leaseback-store.js';
import type { SqlExecutor, SqlQueryable } from './sql-executor.js';
import { AlreadyExistsError, StoreCorruptError } from './store-errors.js';
import { translateDatabaseError } from './translate-database-error.js';
import { toJsonText, validateForWrite, validateOnRead } from './validate-stored-value.js';

/** How a takeover ends a job whose workers kept dying. */
export const JOB_ABANDONED_MESSAGE = 'the processes running this job stopped before it finished, more often than its attempts allow';

interface JobRow {
  job_id: string;
  kind: string;
  fund_id: string | null;
  status: string;
  request: string;
  target_id: string | null;
  progress: string;
  result_url: string | null;
  result: string | null;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  max_attempts: number;
  lease_owner: string | null;
  lease_expires_at: Date | string | null;
  cancel_requested: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

// Payloads are read as text and parsed here, so both drivers return identical values.
const JOB_COLUMNS = `job_id, kind, fund_id, status, request::text AS request, target_id, progress::text AS progress, result_url,
  result::text AS result, error_code, error_message, attempts, max_attempts, lease_owner, lease_expires_at, cancel_requested,
  created_at, updated_at`;

function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function parseJson(text: string | null, subject: string): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StoreCorruptError(`${subject} holds invalid JSON`, { cause: error });
  }
}

function jobFrom(row: JobRow): StoredJob {
  const subject = `job "${row.job_id}"`;
  const view: Job = validateOnRead(
    JobSchema,
    {
      job_id: row.job_id,
      kind: row.kind,
      status: row.status,
      fund_id: row.fund_id,
      progress: parseJson(row.progress, `${subject} progress`),
      result_url: row.result_url,
      error: row.error_code === null ? null : { code: row.error_code, message: row.error_message ?? '' },
      attempts: row.attempts,
      created_at: isoOf(row.created_at),
      updated_at: isoOf(row.updated_at),
    },
    subject,
  );
  return {
    ...view,
    request: parseJson(row.request, `${subject} request`),
    target_id: row.target_id,
    result: parseJson(row.result, `${subject} result`),
    max_attempts: row.max_attempts,
    lease_owner: row.lease_owner,
    lease_expires_at: row.lease_expires_at === null ? null : isoOf(row.lease_expires_at),
    cancel_requested: row.cancel_requested,
  };
}

function assertDate(value: Date, path: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new InvalidInputError([{ path, message: 'must be a valid Date' }]);
}

function assertLease(input: ClaimJobInput): void {
  assertDate(input.now, 'now');
  const problems = [];
  if (typeof input.workerId !== 'string' || input.workerId.length === 0)
    problems.push({ path: 'workerId', message: 'must be a non-empty string' });
  if (!Number.isSafeInteger(input.leaseMs) || input.leaseMs < 1)
    problems.push({ path: 'leaseMs', message: 'must be a whole number of milliseconds >= 1' });
  if (problems.length > 0) throw new InvalidInputError(problems, { subject: 'job lease' });
}

function scopeClause(scope: FundScope | undefined, parameters: unknown[]): string {
  if (scope === undefined) return '';
  parameters.push([...scope]);
  return ` AND fund_id = ANY($${parameters.length}::text[])`;
}

/**
 * The jobs queue in SQL that runs unchanged on PostgreSQL and PGlite. `guarded`
 * is the store's wrapper (refuses calls once closing, translates driver errors).
 */
export function createSqlJobsRepository(executor: SqlExecutor, guarded: <T>(work: () => Promise<T>) => Promise<T>): JobsRepository {
  async function selectJob(queryable: SqlQueryable, jobId: string, scope?: FundScope, lock = ''): Promise<StoredJob | null> {
    const parameters: unknown[] = [jobId];
    const { rows } = await queryable.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM jobs WHERE job_id = $1${scopeClause(scope, parameters)}${lock}`,
      parameters,
    );
    const row = rows[0];
    return row === undefined ? null : jobFrom(row);
  }

  return {
    enqueueJob(input) {
      return guarded(async () => {
        assertDate(input.now, 'now');
        if (!Number.isSafeInteger(input.maxAttempts) || input.maxAttempts < 1) {
          throw new InvalidInputError([{ path: 'maxAttempts', message: 'must be a whole number >= 1' }], { subject: 'job' });
        }
        const request = toJsonText(input.request, 'job request');
        const progress = toJsonText(
          validateForWrite(JobProgressSchema, { step: null, iteration: 0, scenarios_done: 0, scenarios_total: 0 }, 'job progress'),
          'job progress',
        );
        try {
          const { rows } = await executor.query<JobRow>(
            `INSERT INTO jobs (job_id, kind, fund_id, status, request, target_id, progress, max_attempts, created_at, updated_at)
             VALUES ($1, $2, $3, 'queued', $4::json, $5, $6::json, $7, $8, $8) RETURNING ${JOB_COLUMNS}`,
            [input.jobId, input.kind, input.fundId, request, input.targetId, progress, input.maxAttempts, input.now],
          );
          return jobFrom(rows[0] as JobRow);
        } catch (error) {
          throw translateDatabaseError(error, {
            onUniqueViolation: () => new AlreadyExistsError(`job "${input.jobId}" already exists`, { cause: error }),
          });
        }
      });
    },

    getJob(jobId, scope) {
      return guarded(() => selectJob(executor, jobId, scope));
    },

    claimJob(input) {
      return guarded(async () => {
        assertLease(input);
        const leaseUntil = new Date(input.now.getTime() + input.leaseMs);
        // Each round settles one candidate: hands it out, or ends it (abandoned, cancelled) and looks again.
        for (let round = 0; round < 20; round += 1) {
          const outcome = await executor.transaction(async (transaction): Promise<StoredJob | 'settled' | null> => {
            // SKIP LOCKED: a job another worker is claiming right now is passed over, not waited for.
            const { rows } = await transaction.query<JobRow>(
              `SELECT ${JOB_COLUMNS} FROM jobs
               WHERE status = 'queued' OR (status = 'running' AND lease_expires_at <= $1)
               ORDER BY created_at, job_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
              [input.now],
            );
            const row = rows[0];
            if (row === undefined) return null;
            const takeover = row.status === 'running';
            if (takeover && row.cancel_requested) {
              await transaction.query(
                `UPDATE jobs SET status = 'cancelled', error_code = 'cancelled', error_message = $2, lease_owner = NULL,
                   lease_expires_at = NULL, updated_at = $3 WHERE job_id = $1`,
                [row.job_id, 'the job was cancelled', input.now],
              );
              return 'settled';
            }
            if (row.attempts >= row.max_attempts) {
              await transaction.query(
                `UPDATE jobs SET status = 'failed', error_code = 'job_abandoned', error_message = $2, lease_owner = NULL,
                   lease_expires_at = NULL, updated_at = $3 WHERE job_id = $1`,
                [row.job_id, JOB_ABANDONED_MESSAGE, input.now],
              );
              return 'settled';
            }
            const claimed = await transaction.query<JobRow>(
              `UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_owner = $2, lease_expires_at = $3, updated_at = $4
               WHERE job_id = $1 RETURNING ${JOB_COLUMNS}`,
              [row.job_id, input.workerId, leaseUntil, input.now],
            );
            return jobFrom(claimed.rows[0] as JobRow);
          });
          if (outcome !== 'settled') return outcome;
        }
        return null;
      });
    },

    renewJobLease(input) {
      return guarded(async (): Promise<JobLeaseState> => {
        assertLease(input);
        const progress =
          input.progress === undefined
            ? null
            : toJsonText(validateForWrite(JobProgressSchema, input.progress, 'job progress'), 'job progress');
        const { rows } = await executor.query<{ cancel_requested: boolean }>(
          `UPDATE jobs SET lease_expires_at = $3, updated_at = $4, progress = COALESCE($5::json, progress)
           WHERE job_id = $1 AND lease_owner = $2 AND status = 'running' RETURNING cancel_requested`,
          [input.jobId, input.workerId, new Date(input.now.getTime() + input.leaseMs), input.now, progress],
        );
        const row = rows[0];
        return row === undefined ? { held: false, cancelRequested: false } : { held: true, cancelRequested: row.cancel_requested };
      });
    },

    finishJob(input: FinishJobInput) {
      return guarded(async () => {
        assertDate(input.now, 'now');
        const progress =
          input.progress === undefined
            ? null
            : toJsonText(validateForWrite(JobProgressSchema, input.progress, 'job progress'), 'job progress');
        const completed = input.status === 'completed';
        const result = completed && input.result !== undefined ? toJsonText(input.result, 'job result') : null;
        // Conditional on the lease: a worker whose job was taken over changes nothing.
        const { rows } = await executor.query(
          `UPDATE jobs SET status = $3, result_url = $4, result = $5::json, error_code = $6, error_message = $7,
             progress = COALESCE($8::json, progress), lease_owner = NULL, lease_expires_at = NULL, updated_at = $9
           WHERE job_id = $1 AND lease_owner = $2 AND status = 'running' RETURNING job_id`,
          [
            input.jobId,
            input.workerId,
            input.status,
            completed ? input.resultUrl : null,
            result,
            completed ? null : input.error.code,
            completed ? null : input.error.message,
            progress,
            input.now,
          ],
        );
        return rows.length === 1;
      });
    },

    cancelJob(jobId, now, scope) {
      return guarded(async () => {
        assertDate(now, 'now');
        return executor.transaction(async (transaction) => {
          const job = await selectJob(transaction, jobId, scope, ' FOR UPDATE');
          if (job === null) return null;
          if (job.status === 'queued') {
            await transaction.query(
              `UPDATE jobs SET status = 'cancelled', error_code = 'cancelled', error_message = 'the job was cancelled before it started', updated_at = $2 WHERE job_id = $1`,
              [jobId, now],
            );
          } else if (job.status === 'running' && !job.cancel_requested) {
            await transaction.query(`UPDATE jobs SET cancel_requested = true, updated_at = $2 WHERE job_id = $1`, [jobId, now]);
          } else {
            return job;
          }
          return selectJob(transaction, jobId);
        });
      });
    },
  };
}
