import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqlExecutor, openStoreOn } from '../open-store.js';
import type { StoreHarness } from './store-contract.js';

/** The PostgreSQL the suites also run against, when the environment names one. */
export const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;

/** Why the PostgreSQL suites are skipped, written into their names. */
export const POSTGRES_SKIP_REASON = 'skipped: DATABASE_URL is not set, so there is no PostgreSQL server to test against';

/** A PGlite store in a fresh temporary data directory (on disk, so restarts keep the data). */
export function pgliteHarness(): StoreHarness {
  let dataDir: string | undefined;
  return {
    async open() {
      dataDir ??= await mkdtemp(join(tmpdir(), 'leaseback-store-'));
      const executor = await openSqlExecutor({ dataDir });
      return { store: await openStoreOn(executor), executor };
    },
    async dispose() {
      if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A name for a schema of one's own, so that parallel runs never see each other's rows. */
export function freshSchemaName(prefix = 'store_test'): string {
  return `${prefix}_${process.pid}_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
}

/** Drops a schema created for a test. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL store in a fresh schema of its own (created by the store, dropped on dispose). */
export function postgresHarness(url: string): StoreHarness {
  const schema = freshSchemaName();
  return {
    async open() {
      const executor = await openSqlExecutor({ databaseUrl: url, schema });
      return { store: await openStoreOn(executor, { schema }), executor };
    },
    async dispose() {
      await dropSchema(url, schema);
    },
  };
}
