import { createHash } from 'node:crypto';
import { LeasebackError } from '@leaseback/domain';
import type { Migration } from './migrations/migration.js';
import type { SqlExecutor } from './sql-executor.js';
import { StoreMigrationError } from './store-errors.js';
import { translateDatabaseError } from './translate-database-error.js';

/** What one run of the migration runner did. */
export interface MigrationReport {
  /** Versions applied by this run, in order (empty when the schema was current). */
  readonly applied: readonly number[];
  /** The schema version after this run. */
  readonly currentVersion: number;
}

/** Options of `runMigrations`. */
export interface RunMigrationsOptions {
  /** A schema to create if missing before migrating (it must also be on the search path). */
  readonly schema?: string | undefined;
}

/** The SHA-256 of a migration's SQL, recorded when it is applied. */
export function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/** Quotes an identifier that `assertSchemaName` accepted. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function assertInOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new StoreMigrationError(`migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

interface RecordedMigration {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
}

const RECORDED_MIGRATIONS = 'SELECT version, name, checksum FROM schema_migrations ORDER BY version';

/** Throws `store_migration_failed` for a recorded migration this release does not know or whose SQL differs. */
function checkRecorded(rows: readonly RecordedMigration[], migrations: readonly Migration[]): void {
  const known = new Map(migrations.map((migration) => [migration.version, migration]));
  for (const row of rows) {
    const migration = known.get(row.version);
    if (migration === undefined) {
      throw new StoreMigrationError(
        `the database has migration ${row.version} ("${row.name}"), which this release does not know: it was migrated by a newer release`,
      );
    }
    if (row.checksum !== checksumOf(migration)) {
      throw new StoreMigrationError(
        `migration ${row.version} ("${row.name}") differs from the one applied to this database; released migrations must not be edited`,
      );
    }
  }
}

// SQLSTATE of a missing table (a new database) and of a missing schema (created by the full path).
const NOT_CREATED_YET = new Set(['42P01', '3F000']);

/**
 * Whether every migration is already recorded (with its checksum), read with
 * one plain query. Why: that is the case on every start but the first, and the
 * full path (a transaction, an advisory lock, `CREATE TABLE IF NOT EXISTS`)
 * costs an embedded store a noticeable part of a command's start. A database
 * that is behind, or has no migrations table yet, takes the full path.
 */
async function isCurrent(executor: SqlExecutor, migrations: readonly Migration[]): Promise<boolean> {
  let rows: RecordedMigration[];
  try {
    ({ rows } = await executor.query<RecordedMigration>(RECORDED_MIGRATIONS));
  } catch (error) {
    if (NOT_CREATED_YET.has(String((error as { code?: unknown }).code))) return false;
    throw error;
  }
  checkRecorded(rows, migrations);
  const recorded = new Set(rows.map((row) => row.version));
  return migrations.every((migration) => recorded.has(migration.version));
}

/**
 * Brings the schema up to date: applies, in one transaction, every migration not
 * yet recorded in `schema_migrations`.
 *
 * Why a small runner instead of node-pg-migrate and the like: those drive a `pg`
 * client or a `DATABASE_URL` and cannot run on PGlite, and the point of the store
 * is one set of SQL for both backends. What they would give us that matters is
 * kept here: an ordered, recorded, checksummed list, applied atomically and
 * guarded against concurrent runners.
 *
 * A database already current is recognised with one plain query (`isCurrent`).
 *
 * Concurrency: the transaction first takes a transaction-scoped advisory lock
 * keyed on the search path, so two processes starting against the same schema at
 * once apply each migration exactly once (the second waits, then finds nothing
 * to do). On PGlite (one connection) the lock is uncontended and harmless.
 */
export async function runMigrations(
  executor: SqlExecutor,
  migrations: readonly Migration[],
  options: RunMigrationsOptions = {},
): Promise<MigrationReport> {
  assertInOrder(migrations);
  try {
    if (await isCurrent(executor, migrations)) return { applied: [], currentVersion: migrations.length };
    return await executor.transaction(async (transaction) => {
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('leaseback.store.migrations:' || current_setting('search_path')))`);
      if (options.schema !== undefined) {
        await transaction.execute(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
      }
      await transaction.execute(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version     integer PRIMARY KEY,
          name        text NOT NULL,
          checksum    text NOT NULL,
          applied_at  timestamptz NOT NULL DEFAULT now()
        )`);
      const { rows } = await transaction.query<RecordedMigration>(RECORDED_MIGRATIONS);
      checkRecorded(rows, migrations);
      const appliedVersions = new Set(rows.map((row) => row.version));
      const applied: number[] = [];
      for (const migration of migrations) {
        if (appliedVersions.has(migration.version)) continue;
        await transaction.execute(migration.sql);
        await transaction.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          checksumOf(migration),
        ]);
        applied.push(migration.version);
      }
      return { applied, currentVersion: migrations.length };
    });
  } catch (error) {
    if (error instanceof LeasebackError) throw error;
    const translated = translateDatabaseError(error);
    if (translated.code === 'store_unavailable') throw translated;
    // 3F000: the search path names a schema that does not exist, so there is nowhere to create tables.
    const hint =
      (error as { code?: unknown }).code === '3F000'
        ? '; the schema on the search path does not exist: create it or pass the `schema` option'
        : '';
    throw new StoreMigrationError(`migrating the store failed: ${translated.message}${hint}`, { cause: error });
  }
}
