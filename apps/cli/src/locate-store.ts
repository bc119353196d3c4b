import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The folder that marks a project's store, as `.git` marks a repository. */
export const PROJECT_STORE_FOLDER = '.leaseback';
/** The data directory inside a `.leaseback/` folder. */
export const PROJECT_DATA_DIR = join(PROJECT_STORE_FOLDER, 'data');

/** Which store a command uses, and why. */
export type StoreLocation =
  | { readonly kind: 'postgres'; readonly source: 'database_url'; readonly reason: string }
  | {
      readonly kind: 'embedded';
      readonly dataDir: string;
      readonly source: 'option' | 'project' | 'environment' | 'config' | 'user';
      readonly reason: string;
    };

/** What the search looks at. */
export interface LocateStoreInput {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--data-dir`, when given. */
  readonly dataDirOption?: string;
  /** The configuration's `store.database_url` (environment or file). */
  readonly databaseUrl: string | null;
  /** The configuration's `store.data_dir` when a configuration file set it (not the default). */
  readonly configuredDataDir?: string;
  /** Whether a path is a folder; injected for tests. */
  readonly isDirectory?: (path: string) => boolean;
}

/** A path as given, made absolute against `cwd`; PGlite's in-memory `memory://` stays as it is. */
function absolute(cwd: string, path: string): string {
  return path.startsWith('memory://') ? path : resolve(cwd, path);
}

function directoryExists(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest folder at or above `start` holding a `.leaseback/` folder, or `undefined`. */
export function findProjectRoot(start: string, isDirectory: (path: string) => boolean = directoryExists): string | undefined {
  let current = resolve(start);
  for (;;) {
    if (isDirectory(join(current, PROJECT_STORE_FOLDER))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The per-user data folder: `$XDG_DATA_HOME/leaseback/data`, else `~/.local/share/leaseback/data`. */
export function userDataDir(env: Readonly<Record<string, string | undefined>>): string {
  const dataHome = env['XDG_DATA_HOME'];
  const base = dataHome?.startsWith('/') ? dataHome : join(env['HOME'] ?? homedir(), '.local', 'share');
  return join(base, 'leaseback', 'data');
}

/**
 * Finds the store a command uses, so that the CLI works from any folder:
 * `--data-dir` wins; then `DATABASE_URL` (PostgreSQL); then the nearest
 * `.leaseback/` folder at or above the current folder (like git finds
 * `.git`); then `LEASEBACK_DATA_DIR` (or a configuration file's
 * `store.data_dir`); else the per-user data folder (XDG). The reason is what
 * `leaseback where` prints.
 */
export function locateStore(input: LocateStoreInput): StoreLocation {
  if (input.dataDirOption !== undefined) {
    return { kind: 'embedded', dataDir: absolute(input.cwd, input.dataDirOption), source: 'option', reason: 'given with --data-dir' };
  }
  if (input.databaseUrl !== null)
    return { kind: 'postgres', source: 'database_url', reason: 'DATABASE_URL is set (PostgreSQL); the embedded store is not used' };
  const root = findProjectRoot(input.cwd, input.isDirectory);
  if (root !== undefined) {
    const where = resolve(root) === resolve(input.cwd) ? 'in this folder' : `in ${root}, the nearest above this folder`;
    return {
      kind: 'embedded',
      dataDir: join(root, PROJECT_DATA_DIR),
      source: 'project',
      reason: `found ${PROJECT_STORE_FOLDER}/ ${where}`,
    };
  }
  const fromEnvironment = input.env['LEASEBACK_DATA_DIR'];
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== '') {
    return {
      kind: 'embedded',
      dataDir: absolute(input.cwd, fromEnvironment),
      source: 'environment',
      reason: `no ${PROJECT_STORE_FOLDER}/ here or above; LEASEBACK_DATA_DIR is set`,
    };
  }
  if (input.configuredDataDir !== undefined) {
    return {
      kind: 'embedded',
      dataDir: absolute(input.cwd, input.configuredDataDir),
      source: 'config',
      reason: `no ${PROJECT_STORE_FOLDER}/ here or above; the configuration file sets store.data_dir`,
    };
  }
  return {
    kind: 'embedded',
    dataDir: userDataDir(input.env),
    source: 'user',
    reason: `no ${PROJECT_STORE_FOLDER}/ here or above and no LEASEBACK_DATA_DIR: the per-user store (create ${PROJECT_STORE_FOLDER}/ in a folder to keep a store for it)`,
  };
}
