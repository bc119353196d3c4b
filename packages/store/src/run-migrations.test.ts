import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_SKIP_REASON, databaseUrl, dropSchema, freshSchemaName } from './__fixtures__/harnesses.js';
import type { Migration } from './migrations/migration.js';
import { MIGRATIONS } from './migrations/migrations.js';
import { openSqlExecutor } from './open-store.js';
import { runMigrations } from './run-migrations.js';
import type { SqlExecutor } from './sql-executor.js';
import { StoreMigrationError } from './store-errors.js';

/** A fresh, empty schema on the search path of an executor. */
interface FreshSchema {
  readonly executor: SqlExecutor;
  readonly schema: string;
}

interface MigrationHarness {
  fresh(): Promise<FreshSchema>;
  dispose(): Promise<void>;
}

async function tableExists(executor: SqlExecutor, schema: string, table: string): Promise<boolean> {
  const { rows } = await executor.query<{ found: boolean }>(
    'SELECT count(*) > 0 AS found FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
    [schema, table],
  );
  return rows[0]?.found === true;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const extraMigration: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'add_notes',
  sql: 'CREATE TABLE notes (id text PRIMARY KEY, body text NOT NULL);',
};

function describeMigrations(name: string, makeHarness: () => MigrationHarness, options: { skip?: boolean; concurrent?: boolean } = {}) {
  (options.skip ? describe.skip : describe)(name, () => {
    let harness: MigrationHarness;
    beforeAll(() => {
      harness = makeHarness();
    });
    afterAll(async () => {
      await harness?.dispose();
    });

    it('applies every migration on an empty schema, then nothing on later runs', async () => {
      const { executor, schema } = await harness.fresh();
      const versions = MIGRATIONS.map((migration) => migration.version);
      expect(await runMigrations(executor, MIGRATIONS, { schema })).toEqual({ applied: versions, currentVersion: MIGRATIONS.length });
      for (const table of ['runs', 'scenario_sets', 'sessions', 'idempotency_keys', 'jobs', 'schema_migrations']) {
        expect(await tableExists(executor, schema, table)).toBe(true);
      }
      expect(await runMigrations(executor, MIGRATIONS, { schema })).toEqual({ applied: [], currentVersion: MIGRATIONS.length });
      expect(await runMigrations(executor, [...MIGRATIONS, extraMigration], { schema })).toEqual({
        applied: [extraMigration.version],
        currentVersion: extraMigration.version,
      });
      const { rows } = await executor.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows).toEqual([
        ...MIGRATIONS.map((migration) => ({ version: migration.version, name: migration.name })),
        { version: MIGRATIONS.length + 1, name: 'add_notes' },
      ]);
    });

    it('recognises a current schema with one plain read, opening no transaction', async () => {
      const { executor, schema } = await harness.fresh();
      await runMigrations(executor, MIGRATIONS, { schema });
      let transactions = 0;
      const counting: SqlExecutor = {
        ...executor,
        transaction: (work) => {
          transactions += 1;
          return executor.transaction(work);
        },
      };
      expect(await runMigrations(counting, MIGRATIONS, { schema })).toEqual({ applied: [], currentVersion: MIGRATIONS.length });
      expect(transactions).toBe(0);
      // A schema that is behind still takes the locked path.
      expect(await runMigrations(counting, [...MIGRATIONS, extraMigration], { schema })).toEqual({
        applied: [extraMigration.version],
        currentVersion: extraMigration.version,
      });
      expect(transactions).toBe(1);
    });

    it('applies nothing at all when one migration of the batch fails', async () => {
      const { executor, schema } = await harness.fresh();
      const broken: Migration = { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELEC nonsense;' };
      const error = await rejection(runMigrations(executor, [...MIGRATIONS, broken], { schema }));
      expect(error).toBeInstanceOf(StoreMigrationError);
      expect((error as StoreMigrationError).code).toBe('store_migration_failed');
      // Migration 1 ran before the failure in the same transaction: it must be undone too.
      expect(await tableExists(executor, schema, 'runs')).toBe(false);
      expect(await tableExists(executor, schema, 'half_done')).toBe(false);
      expect(await tableExists(executor, schema, 'schema_migrations')).toBe(false);
    });

    it('refuses a database migrated by a newer release', async () => {
      const { executor, schema } = await harness.fresh();
      await runMigrations(executor, [...MIGRATIONS, extraMigration], { schema });
      const error = await rejection(runMigrations(executor, MIGRATIONS, { schema }));
      expect(error).toBeInstanceOf(StoreMigrationError);
      expect(error.message).toContain('newer release');
    });

    it('refuses a released migration that was edited since it was applied', async () => {
      const { executor, schema } = await harness.fresh();
      await runMigrations(executor, MIGRATIONS, { schema });
      const edited = MIGRATIONS.map((migration) => ({ ...migration, sql: `${migration.sql}\n-- edited` }));
      const error = await rejection(runMigrations(executor, edited, { schema }));
      expect(error).toBeInstanceOf(StoreMigrationError);
      expect(error.message).toContain('must not be edited');
    });

    it('refuses a list of migrations with a gap', async () => {
      const { executor, schema } = await harness.fresh();
      const gap = [...MIGRATIONS, { ...extraMigration, version: MIGRATIONS.length + 2 }];
      expect(await rejection(runMigrations(executor, gap, { schema }))).toBeInstanceOf(StoreMigrationError);
      expect(await tableExists(executor, schema, 'runs')).toBe(false);
    });

    // Only where there are real concurrent connections: PGlite is a single connection.
    if (options.concurrent)
      it('applies each migration once when several processes start together', async () => {
        const schema = freshSchemaName('store_migrate');
        const executors = await Promise.all(Array.from({ length: 4 }, () => openSqlExecutor({ databaseUrl: databaseUrl ?? '', schema })));
        try {
          const reports = await Promise.all(executors.map((executor) => runMigrations(executor, MIGRATIONS, { schema })));
          expect(reports.map((report) => report.applied).sort((left, right) => right.length - left.length)).toEqual([
            MIGRATIONS.map((migration) => migration.version),
            [],
            [],
            [],
          ]);
          const { rows } = await executors[0]!.query<{ count: number }>('SELECT count(*)::int AS count FROM schema_migrations');
          expect(rows[0]?.count).toBe(MIGRATIONS.length);
        } finally {
          await Promise.all(executors.map((executor) => executor.close()));
          await dropSchema(databaseUrl ?? '', schema);
        }
      });
  });
}

// PGlite: one instance; each test gets an empty schema of its own on the search path.
describeMigrations('migration runner on PGlite', () => {
  let shared: Promise<SqlExecutor> | undefined;
  return {
    async fresh() {
      shared ??= openSqlExecutor({ dataDir: 'memory://' });
      const executor = await shared;
      const schema = freshSchemaName('migrate');
      await executor.execute(`SET search_path TO "${schema}"`);
      return { executor, schema };
    },
    async dispose() {
      await (await shared)?.close();
    },
  };
});

// PostgreSQL: an executor per fresh schema; concurrency is only meaningful with real connections.
describeMigrations(
  databaseUrl === undefined ? `migration runner on PostgreSQL (${POSTGRES_SKIP_REASON})` : 'migration runner on PostgreSQL',
  () => {
    const opened: FreshSchema[] = [];
    return {
      async fresh() {
        const schema = freshSchemaName('migrate');
        const executor = await openSqlExecutor({ databaseUrl: databaseUrl ?? '', schema });
        opened.push({ executor, schema });
        return { executor, schema };
      },
      async dispose() {
        for (const { executor, schema } of opened) {
          await executor.close();
          await dropSchema(databaseUrl ?? '', schema);
        }
      },
    };
  },
  { skip: databaseUrl === undefined, concurrent: true },
);
