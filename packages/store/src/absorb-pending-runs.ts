import { readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { LeasebackError, type RunRecord } from '@leaseback/domain';
import { PENDING_RUN_FORMAT, PENDING_RUNS_DIRECTORY, REJECTED_SUFFIX } from './pending-runs.js';
import { guardRunCreation } from './run-write-guard.js';
import type { SqlExecutor } from './sql-executor.js';
import { insertRun, rowHoldsRun, runById } from './sql-runs.js';

/** What taking the pending runs in did. */
export interface AbsorbedPendingRuns {
  /** Ids of the runs now stored (including those found stored already, identical). */
  readonly absorbed: readonly string[];
  /** Files set aside as `<name>.rejected`, with why. */
  readonly rejected: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
  /** Files left in place for the next opening (the database failed, not the file). */
  readonly deferred: readonly string[];
}

/** A pending run read back and guarded. */
interface ReadPendingRun {
  readonly file: string;
  readonly record: RunRecord;
  readonly responseJson: string | undefined;
}

/** Reads and guards one pending file; throws with the reason it cannot be taken in. */
async function readPendingRun(file: string): Promise<ReadPendingRun> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<{ format: unknown; run: unknown; response_json: unknown }>;
  if (parsed === null || typeof parsed !== 'object' || parsed.format !== PENDING_RUN_FORMAT)
    throw new Error(`not a pending run (expected "format": "${PENDING_RUN_FORMAT}")`);
  const { run, response_json: responseJson } = parsed;
  if (run === null || typeof run !== 'object' || Array.isArray(run)) throw new Error('"run" must be a run record');
  if (responseJson !== null && typeof responseJson !== 'string') throw new Error('"response_json" must be a string or null');
  const response = responseJson === null ? null : (JSON.parse(responseJson) as unknown);
  const record = guardRunCreation({ ...run, response }, responseJson ?? undefined);
  return { file, record, responseJson: responseJson ?? undefined };
}

/** Why a thrown value rejects a file, in one line. */
function reasonOf(error: unknown): string {
  if (error instanceof LeasebackError) {
    const problems = (error as { problems?: ReadonlyArray<{ path: string; message: string }> }).problems;
    if (problems !== undefined && problems.length > 0)
      return problems
        .slice(0, 5)
        .map((problem) => `${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`)
        .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Errors that say the database, not the run, failed: the file waits for the next opening. */
function isOutage(error: unknown): boolean {
  return error instanceof LeasebackError && (error.code === 'store_unavailable' || error.code === 'store_closed');
}

async function reject(file: string, reason: string, rejected: Array<{ file: string; reason: string }>): Promise<void> {
  // Renamed rather than deleted: the run is the user's, and the name says where it went.
  await rename(file, `${file}${REJECTED_SUFFIX}`).catch(() => undefined);
  rejected.push({ file: `${file}${REJECTED_SUFFIX}`, reason });
}

/**
 * Takes the runs written by `writePendingRun` into the database: each file is
 * inserted as `createRun` inserts it, then deleted. Idempotent: a run already
 * stored with the same id and the same content counts as taken in (a crash
 * between the insert and the delete inserts it again next time). A file that
 * cannot be read, fails the guard, or names a run stored with other content
 * is renamed `<name>.rejected` and the others go on; one the database failed on
 * stays for the next opening. Never throws for a file; runs are inserted in
 * `created_at` order. Called with the data directory locked (the store's
 * opening), so no other process takes the same files in.
 */
export async function absorbPendingRuns(executor: SqlExecutor, dataDir: string): Promise<AbsorbedPendingRuns> {
  const directory = join(dataDir, PENDING_RUNS_DIRECTORY);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    // No folder (nothing was ever journaled) or unreadable: nothing to take in.
    return { absorbed: [], rejected: [], deferred: [] };
  }
  const absorbed: string[] = [];
  const rejected: Array<{ file: string; reason: string }> = [];
  const deferred: string[] = [];
  const pending: ReadPendingRun[] = [];
  // Temporary files start with a dot; rejected ones end with their suffix.
  for (const name of names.filter((entry) => entry.endsWith('.json') && !entry.startsWith('.')).sort()) {
    const file = join(directory, name);
    try {
      pending.push(await readPendingRun(file));
    } catch (error) {
      await reject(file, reasonOf(error), rejected);
    }
  }
  pending.sort((left, right) => Date.parse(left.record.created_at) - Date.parse(right.record.created_at));
  for (const run of pending) {
    const outcome = await insertPendingRun(executor, run);
    if (outcome === 'deferred') deferred.push(run.file);
    else if (outcome !== 'stored') await reject(run.file, outcome.reason, rejected);
    else {
      absorbed.push(run.record.run_id);
      // Left in place when it cannot be removed: taken in again, identically, next time.
      await unlink(run.file).catch(() => undefined);
    }
  }
  return { absorbed, rejected, deferred };
}

/** Inserts one pending run: stored (now or already, identically), deferred (the database failed) or rejected. */
async function insertPendingRun(
  executor: SqlExecutor,
  { record, responseJson }: ReadPendingRun,
): Promise<'stored' | 'deferred' | { reason: string }> {
  try {
    await insertRun(executor, record, responseJson);
    return 'stored';
  } catch (error) {
    if (isOutage(error)) return 'deferred';
    if (!(error instanceof LeasebackError && error.code === 'already_exists')) return { reason: reasonOf(error) };
    try {
      const stored = await runById(executor, record.run_id, undefined);
      if (stored !== undefined && rowHoldsRun(stored, record, responseJson)) return 'stored';
      return { reason: `a different run "${record.run_id}" is stored already` };
    } catch {
      return 'deferred';
    }
  }
}
