import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataDirectory } from './data-directory-lock.js';

/** The id of a process that has just exited, so certainly not running. */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

describe('lockDataDirectory', () => {
  const directories: string[] = [];
  const fresh = async () => {
    const directory = await mkdtemp(join(tmpdir(), 'leaseback-lock-'));
    directories.push(directory);
    return directory;
  };
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it('lets one holder in at a time and frees the directory on release', async () => {
    const directory = await fresh();
    const lock = await lockDataDirectory(directory);
    expect(await readFile(join(directory, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
    await expect(lockDataDirectory(directory)).rejects.toMatchObject({
      code: 'store_unavailable',
      message: expect.stringContaining(`in use by process ${process.pid}`),
    });
    await lock.release();
    await lock.release();
    expect(existsSync(join(directory, LOCK_FILE_NAME))).toBe(false);
    const again = await lockDataDirectory(directory);
    await again.release();
  });

  it('takes over a lock left by a process that no longer exists, or an unreadable one', async () => {
    const directory = await fresh();
    await writeFile(join(directory, LOCK_FILE_NAME), `${await exitedPid()}\n`);
    const lock = await lockDataDirectory(directory);
    expect(await readFile(join(directory, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    await writeFile(join(directory, LOCK_FILE_NAME), 'garbage');
    await (await lockDataDirectory(directory)).release();
  });

  it('takes over a lock naming this pid that this process does not hold (a restarted container)', async () => {
    const directory = await fresh();
    await writeFile(join(directory, LOCK_FILE_NAME), `${process.pid}\n`);
    const lock = await lockDataDirectory(directory);
    await expect(lockDataDirectory(directory)).rejects.toMatchObject({ code: 'store_unavailable' });
    await lock.release();
  });
});
