import { z } from 'zod';
import { ErrorInfoSchema } from './audit-trace.js';
import { timestamp } from './primitives.js';

/**
 * What an asynchronous job does: `run` plans and stores a run (POST /api/runs),
 * `program` plans without storing a run (POST /api/programs; the answer is kept
 * with the job), `scenario_set` runs and stores a what-if set.
 */
export const JobKindSchema = z.enum(['run', 'program', 'scenario_set']);
/** A job kind. */
export type JobKind = z.infer<typeof JobKindSchema>;

/**
 * `queued`: waiting for a worker; `running`: a worker holds its lease;
 * `completed`: the result is stored (`result_url`); `failed`: it could not
 * finish (`error` with a stable code); `cancelled`: a caller cancelled it.
 * The last three are final.
 */
export const JobStatusSchema = z.enum(['queued', 'running', 'completed', 'failed', 'cancelled']);
/** A job status. */
export type JobStatus = z.infer<typeof JobStatusSchema>;

/** The statuses a job never leaves. */
export const FINAL_JOB_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];

/** Whether a job has ended (completed, failed or cancelled). */
export function isFinalJobStatus(status: JobStatus): boolean {
  return FINAL_JOB_STATUSES.includes(status);
}

/** How far a job has got: the planner's last step, and for a set its scenarios done of total. */
export const JobProgressSchema = z.strictObject({
  /** The last step recorded (`spec_generated`, `engine_run`, `scenario_finished`...); `null` before the first. */
  step: z.string().nullable().describe('The last step recorded (spec_generated, engine_run, scenario_finished...); null before the first'),
  /** 0 while reading the brief, then the engine iteration. */
  iteration: z.number().int().min(0).describe('0 while reading the brief, then the engine iteration'),
  /** Scenarios of a set finished so far (0 for runs and programs). */
  scenarios_done: z.number().int().min(0).describe('Scenarios of a set finished so far (0 for runs and programs)'),
  /** Scenarios in the set, once known (0 for runs and programs). */
  scenarios_total: z.number().int().min(0).describe('Scenarios in the set, once known (0 for runs and programs)'),
});
/** A job's progress. */
export type JobProgress = z.infer<typeof JobProgressSchema>;

/** Progress before a worker has started. */
export const INITIAL_JOB_PROGRESS: JobProgress = Object.freeze({ step: null, iteration: 0, scenarios_done: 0, scenarios_total: 0 });

/** An asynchronous job, as `GET /api/jobs/{id}` answers it. */
export const JobSchema = z.strictObject({
  job_id: z.string().describe("The job's id"),
  kind: JobKindSchema.describe('What the job does: run (plans and stores a run), program (plans without storing), scenario_set'),
  status: JobStatusSchema.describe('queued, running, completed, failed or cancelled (the last three are final)'),
  fund_id: z.string().nullable().describe('The fund the job belongs to; null when it has none'),
  progress: JobProgressSchema.describe('How far the job has got'),
  /**
   * Where the result is, once `completed`: `/api/runs/{run_id}`,
   * `/api/scenario_sets/{id}`, or for a program `/api/jobs/{id}/result`.
   */
  result_url: z
    .string()
    .nullable()
    .describe('Where the result is once completed (/api/runs/{run_id}, /api/scenario_sets/{id} or /api/jobs/{id}/result); otherwise null'),
  /** Why it failed or was cancelled; `null` otherwise. */
  error: ErrorInfoSchema.nullable().describe('Why it failed or was cancelled, with a stable code; null otherwise'),
  /** How many times a worker has started it (more than 1 after a takeover). */
  attempts: z.number().int().min(0).describe('How many times a worker has started it (more than 1 after a takeover)'),
  created_at: timestamp().describe('When the job was accepted, an ISO 8601 UTC timestamp'),
  updated_at: timestamp().describe('When the job last changed, an ISO 8601 UTC timestamp'),
});
/** An asynchronous job. */
export type Job = z.infer<typeof JobSchema>;
