import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file, beside the embedded store's lock, where `leaseback serve` says where it listens. */
export const SERVER_FILE_NAME = 'leaseback-server.json';
/** The lock file the store keeps in its data directory (named by the store package). */
const LOCK_FILE_NAME = 'leaseback.lock';

/** A `leaseback serve` holding an embedded store. */
export interface RunningServer {
  readonly pid: number;
  readonly url: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records where `serve` listens, so other commands on the same store can go through it. */
export async function writeServerFile(dataDir: string, server: RunningServer): Promise<() => Promise<void>> {
  const path = join(dataDir, SERVER_FILE_NAME);
  await writeFile(path, `${JSON.stringify(server)}\n`);
  return () => unlink(path).catch(() => undefined);
}

/** Who holds the embedded store now: a live process id from its lock file, or `undefined`. */
export async function storeHolder(dataDir: string): Promise<number | undefined> {
  const pid = Number.parseInt(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8').catch(() => ''), 10);
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

/**
 * The `serve` holding the store in `dataDir`, when there is one: its server
 * file names a live process that also holds the store's lock. A file left by a
 * server that is gone is ignored.
 */
export async function findRunningServer(dataDir: string): Promise<RunningServer | undefined> {
  const holder = await storeHolder(dataDir);
  if (holder === undefined) return undefined;
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, SERVER_FILE_NAME), 'utf8')) as Partial<RunningServer>;
    if (parsed.pid === holder && typeof parsed.url === 'string') return { pid: holder, url: parsed.url };
  } catch {
    // No server file: the store is held by something other than `serve` (chat, another command).
  }
  return undefined;
}
