import { resolve } from 'node:path';
import { InvalidInputError, LeasebackError } from '@leaseback/domain';
import type { LeasebackStore } from './leaseback-store.js';
import { MIGRATIONS } from './migrations/migrations.js';
import { quoteIdentifier, runMigrations } from './run-migrations.js';
import { IN_MEMORY_DATA_DIR, type SqlExecutor } from './sql-executor.js';
import { createSqlStore } from './sql-store.js';
import { StoreUnavailableError } from './store-errors.js';
import { redactCredentials } from './translate-database-error.js';

/** Where the embedded database lives when no `dataDir` is given, relative to `cwd`. */
export const DEFAULT_DATA_DIR = '.leaseback/data';

/** How to open the store. */
export interface OpenStoreOptions {
  /**
   * A PostgreSQL URL (`postgres://user:password@host:5432/db`). When given (and
   * not empty) the store uses PostgreSQL; otherwise embedded PGlite. Its
   * `options` parameter is honoured, e.g. `?options=-c%20search_path%3Dmy_schema`.
   */
  readonly databaseUrl?: string | undefined;
  /**
   * PGlite's data directory, created if missing; `memory://` keeps everything
   * in memory (tests). Default: `.leaseback/data` under `cwd`. One process at
   * a time may open a directory: a second one fails with `store_unavailable`.
   */
  readonly dataDir?: string | undefined;
  /** The directory a relative `dataDir` is resolved against (default: the process's). */
  readonly cwd?: string | undefined;
  /**
   * A schema to keep the tables in, created if missing and put first on the
   * search path (on PostgreSQL it overrides a search path set in the URL).
   */
  readonly schema?: string | undefined;
  /** PostgreSQL only: the most connections held at once (default 10). */
  readonly maxConnections?: number | undefined;
  /** PostgreSQL only: how long to wait for a connection, new or from the pool (default 5000 ms). */
  readonly connectionTimeoutMs?: number | undefined;
  /** PostgreSQL only: the server-side limit on one statement (default 10000 ms). */
  readonly statementTimeoutMs?: number | undefined;
  /** PostgreSQL only: the client-side limit on a statement's answer (default statement limit + 2000 ms). */
  readonly queryTimeoutMs?: number | undefined;
  /** PostgreSQL only: told about errors on idle pooled connections (e.g. a server restart). */
  readonly onIdleConnectionError?: ((error: Error) => void) | undefined;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Adds `-c search_path=<schema>` to the URL's startup options, after any it already has. */
function withSearchPath(databaseUrl: string, schema: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    // The URL itself is not echoed: it may carry a password.
    throw new InvalidInputError([{ path: 'databaseUrl', message: 'must be a postgres:// URL to be combined with `schema`' }]);
  }
  const existing = url.searchParams.get('options');
  // Later `-c` settings win, so the explicit schema overrides one set in the URL.
  url.searchParams.set('options', `${existing === null ? '' : `${existing} `}-c search_path=${schema}`);
  return url.toString();
}

/** Opens the backend `options` select, without migrating it. */
export async function openSqlExecutor(options: OpenStoreOptions): Promise<SqlExecutor> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new InvalidInputError([
      { path: 'schema', message: 'must be a plain identifier: a letter or _, then letters, digits or _ (at most 63)' },
    ]);
  }
  const databaseUrl = options.databaseUrl?.trim();
  // Each backend's driver is loaded only when it is the one opened: a command on
  // the embedded store never pays for `pg`, a server on PostgreSQL never for PGlite.
  if (databaseUrl) {
    const { openPostgresExecutor } = await import('./postgres-executor.js');
    return openPostgresExecutor({
      connectionString: options.schema === undefined ? databaseUrl : withSearchPath(databaseUrl, options.schema),
      maxConnections: options.maxConnections ?? 10,
      connectionTimeoutMs: options.connectionTimeoutMs ?? 5_000,
      ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
      ...(options.queryTimeoutMs === undefined ? {} : { queryTimeoutMs: options.queryTimeoutMs }),
      ...(options.onIdleConnectionError === undefined ? {} : { onIdleConnectionError: options.onIdleConnectionError }),
    });
  }
  const location = embeddedLocation(options);
  const { openPgliteExecutor } = await import('./pglite-executor.js');
  const executor = await embeddedOpening(openPgliteExecutor(location), location);
  if (options.schema !== undefined) {
    // One connection: a session setting holds for every later statement.
    await executor.execute(`SET search_path TO ${quoteIdentifier(options.schema)}`);
  }
  return executor;
}

/** Where the embedded database of `options` lives: `memory://...` as given, a folder resolved against `cwd`. */
function embeddedLocation(options: OpenStoreOptions): string {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  return dataDir.startsWith(IN_MEMORY_DATA_DIR) ? dataDir : resolve(options.cwd ?? process.cwd(), dataDir);
}

/**
 * The embedded database `opening` opens in `location`, or the `store_unavailable`
 * error that says why it could not be opened.
 */
export async function embeddedOpening(opening: Promise<SqlExecutor>, location: string): Promise<SqlExecutor> {
  try {
    return await opening;
  } catch (error) {
    if (error instanceof LeasebackError) throw error;
    throw new StoreUnavailableError(
      `could not open the embedded database in ${location}: ${redactCredentials(error instanceof Error ? error.message : String(error))}`,
      { cause: error },
    );
  }
}

/**
 * Opens the store: PostgreSQL when `databaseUrl` is given, embedded PGlite
 * otherwise; then brings the schema up to date (see `runMigrations`) before
 * returning. Throws `store_unavailable` when the database cannot be reached and
 * `store_migration_failed` when the schema cannot be migrated.
 *
 * @example
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 * await store.createRun(record);
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<LeasebackStore> {
  const executor = await openSqlExecutor(options);
  // Only an embedded store in a folder has a pending-runs journal.
  const location = executor.backend === 'pglite' ? embeddedLocation(options) : undefined;
  const journaled = location !== undefined && !location.startsWith(IN_MEMORY_DATA_DIR);
  return openStoreOn(executor, { schema: options.schema, ...(journaled ? { pendingRunsFrom: location } : {}) });
}

/** How `openStoreOn` prepares an open executor. */
export interface PrepareStoreOptions {
  /** The schema the tables are kept in (see `OpenStoreOptions.schema`). */
  readonly schema?: string | undefined;
  /** The embedded store's data directory, whose pending runs (`writePendingRun`) are taken in once migrated. */
  readonly pendingRunsFrom?: string | undefined;
}

/**
 * Migrates an open executor, takes in the data directory's pending runs when
 * given (see `absorbPendingRuns`: a bad file is set aside, never an error), and
 * builds the store on it; closes the executor if migrating fails.
 */
export async function openStoreOn(executor: SqlExecutor, options: PrepareStoreOptions = {}): Promise<LeasebackStore> {
  try {
    await runMigrations(executor, MIGRATIONS, { schema: options.schema });
  } catch (error) {
    await executor.close().catch(() => undefined);
    if (error instanceof LeasebackError) throw error;
    throw new StoreUnavailableError('could not prepare the store', { cause: error });
  }
  if (options.pendingRunsFrom !== undefined) {
    try {
      const { absorbPendingRuns } = await import('./absorb-pending-runs.js');
      await absorbPendingRuns(executor, options.pendingRunsFrom);
    } catch {
      // Never in the way of the opening: what was not taken in stays for the next one.
    }
  }
  return createSqlStore(executor);
}
