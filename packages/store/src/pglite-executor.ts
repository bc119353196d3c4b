import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDirectory, type DataDirectoryLock } from './data-directory-lock.js';
import { IN_MEMORY_DATA_DIR, type SqlExecutor, type SqlQueryable, type SqlResult } from './sql-executor.js';

function queryableOf(target: PGlite | Transaction): SqlQueryable {
  return {
    async query<Row>(text: string, parameters: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await target.query<Row>(text, [...parameters]);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
    async execute(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

/**
 * Opens an embedded PGlite database in `dataDir` (created if missing) or in
 * memory for `memory://`. PGlite is one connection: it runs one statement at a
 * time and holds other callers back while a transaction is open, which is what
 * gives its transactions their isolation. A directory is held by one process at
 * a time (see `lockDataDirectory`).
 */
export async function openPgliteExecutor(dataDir: string): Promise<SqlExecutor> {
  let lock: DataDirectoryLock | undefined;
  if (!dataDir.startsWith(IN_MEMORY_DATA_DIR)) {
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDirectory(dataDir);
  }
  let database: PGlite;
  try {
    database = await PGlite.create(dataDir);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const queryable = queryableOf(database);
  return {
    backend: 'pglite',
    query: queryable.query,
    execute: queryable.execute,
    transaction: (work) => database.transaction((transaction) => work(queryableOf(transaction))),
    async close() {
      if (!database.closed) await database.close();
      await lock?.release();
    },
  };
}
