import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The file, inside a PGlite data directory, that names the process using it. */
export const LOCK_FILE_NAME = 'leaseback.lock';

/** A held lock on a data directory. */
export interface DataDirectoryLock {
  /** Removes the lock file; safe to call more than once. */
  release(): Promise<void>;
}

/** Lock files this process holds: a file naming our own pid but not in here was left by an earlier process with the same pid (containers restart as pid 1). */
const heldHere = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreate(path: string, pid: number): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(`${pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the data directory for this process. PGlite does not lock its
 * directory itself, and two processes writing one directory would corrupt it,
 * so a second opener fails fast with `store_unavailable` instead. A lock left
 * by a process that no longer exists is taken over.
 */
// The error class is imported where it is thrown: it loads the domain package, and
// `start-embedded-store.ts` takes the lock before that has loaded.
export async function lockDataDirectory(dataDir: string, pid: number = process.pid): Promise<DataDirectoryLock> {
  const path = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await tryCreate(path, pid)) {
      heldHere.add(path);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          heldHere.delete(path);
          await unlink(path).catch(() => undefined);
        },
      };
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    const heldByEarlierSelf = holder === pid && !heldHere.has(path);
    if (Number.isSafeInteger(holder) && holder > 0 && !heldByEarlierSelf && isProcessAlive(holder)) {
      const { StoreUnavailableError } = await import('./store-errors.js');
      throw new StoreUnavailableError(
        `the data directory ${dataDir} is in use by process ${holder}; stop it, or use PostgreSQL (DATABASE_URL) to share one store between processes`,
      );
    }
    // Left by a process that is gone (or unreadable): remove it and try once more.
    await unlink(path).catch(() => undefined);
  }
  const { StoreUnavailableError } = await import('./store-errors.js');
  throw new StoreUnavailableError(`could not lock the data directory ${dataDir}`);
}
