import type { Migration } from './migration.js';

/**
 * Asynchronous jobs (`Prefer: respond-async`): the request, where the work has
 * got to, and who holds it.
 *
 * A worker claims a job by taking a lease (`lease_owner`, `lease_expires_at`)
 * with `FOR UPDATE SKIP LOCKED`, so several processes on one database share the
 * queue without two taking the same job. A live worker renews its lease; a job
 * whose lease has run out was left by a process that died, and the next claim
 * takes it over (`attempts` counts the starts, `max_attempts` bounds them).
 *
 * `target_id` is the id the result is stored under (the run or set id), drawn
 * when the job is created: a takeover that finds the result already stored
 * completes the job without running it again, and two runs of the same job can
 * never both store a result (the second insert hits the primary key).
 */
export const jobsMigration: Migration = {
  version: 3,
  name: 'jobs',
  sql: `
CREATE TABLE jobs (
  job_id            text COLLATE "C" PRIMARY KEY,
  kind              text NOT NULL,
  fund_id           text,
  status            text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  request           json NOT NULL,
  target_id         text,
  progress          json NOT NULL,
  result_url        text,
  result            json,
  error_code        text,
  error_message     text,
  attempts          integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts      integer NOT NULL CHECK (max_attempts >= 1),
  lease_owner       text,
  lease_expires_at  timestamptz,
  cancel_requested  boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL
);
-- The claim query: unfinished jobs, oldest first.
CREATE INDEX jobs_unfinished_idx ON jobs (created_at, job_id) WHERE status IN ('queued', 'running');
`,
};
