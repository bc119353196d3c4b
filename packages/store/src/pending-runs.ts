// The entry `@leaseback/store/pending-runs`, listed in README.md ("Pending runs"). An entry
// of its own for what it does not load: PGlite, the SQL store and the migrations. What it
// loads (the run guard, hence the domain's schemas) a caller that built a run has loaded already.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunRecord } from '@leaseback/domain';
import { guardRunCreation } from './run-write-guard.js';

/** The folder, inside the embedded store's data directory, that holds runs written before the store opens. */
export const PENDING_RUNS_DIRECTORY = 'pending-runs';
/** The suffix a pending run that could not be taken in is renamed with. */
export const REJECTED_SUFFIX = '.rejected';
/** Names the file's layout, so that a later release can tell it from another one. */
export const PENDING_RUN_FORMAT = 'leaseback-pending-run/1';

/**
 * A pending run as written: the run without its response, and the response as
 * the exact text `createRun` would store (a string, so that it is kept byte for
 * byte; `null` for a run without one).
 */
export interface PendingRunFile {
  readonly format: typeof PENDING_RUN_FORMAT;
  readonly run: Omit<RunRecord, 'response'>;
  readonly response_json: string | null;
}

/** Ids a file may be named after as they are; any other id is named by its hash (the file holds the id itself). */
const PLAIN_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The file name of a pending run: `<run_id>.json`, or `run-<hash>.json` for an id that is not a safe file name. */
export function pendingRunFileName(runId: string): string {
  const stem = PLAIN_ID.test(runId) ? runId : `run-${createHash('sha256').update(runId).digest('hex').slice(0, 40)}`;
  return `${stem}.json`;
}

/**
 * Writes a run to the embedded store's pending-runs journal, for the store to
 * take in the next time it opens (`openStore` on `dataDir`), without starting
 * PGlite or taking the data directory's lock. The run is guarded exactly as
 * `createRun` guards it (same `InvalidInputError`), then written as one file,
 * `<dataDir>/pending-runs/<run_id>.json`: to a temporary name, flushed to disk,
 * then renamed, so a reader sees the whole file or none of it, and writers of
 * different runs never touch one another's files. Creates the folders when
 * missing. `responseJson` is the response already serialised, stored as given
 * (as `createRun` stores it). Resolves to the file's path.
 *
 * What a caller gives up: the run is in the database only once a process opens
 * the store, and a duplicate id is found then, not now (a different run under an
 * id already stored is set aside as `<file>.rejected`).
 *
 * @example
 * import { writePendingRun } from '@leaseback/store/pending-runs';
 * await writePendingRun('.leaseback/data', record, JSON.stringify(record.response));
 * // later, in any process: (await openStore({ dataDir: '.leaseback/data' })).getRun(record.run_id)
 */
export async function writePendingRun(dataDir: string, record: RunRecord, responseJson?: string): Promise<string> {
  const guarded = guardRunCreation(record, responseJson);
  const { response, ...run } = guarded;
  const file: PendingRunFile = {
    format: PENDING_RUN_FORMAT,
    run,
    response_json: response === null ? null : (responseJson ?? JSON.stringify(response)),
  };
  const directory = join(dataDir, PENDING_RUNS_DIRECTORY);
  await mkdir(directory, { recursive: true });
  const target = join(directory, pendingRunFileName(guarded.run_id));
  // A dot name with its own suffix: never taken for a pending run, and unique to this writer.
  const temporary = join(directory, `.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(`${JSON.stringify(file)}\n`);
    // Flushed before the rename: after a crash the name points at the whole file or at nothing.
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
  return target;
}

/** Flushes a folder's entries (the rename) to disk; where folders cannot be opened (Windows), the rename stands as made. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here: the file itself is on disk, only its name's durability is the system's.
  }
}
