import pg from 'pg';
import type { SqlExecutor, SqlQueryable, SqlResult } from './sql-executor.js';

/** How to reach PostgreSQL. */
export interface PostgresExecutorOptions {
  /** A `postgres://` URL; its `options` parameter (e.g. `-c search_path=...`) is honoured. */
  readonly connectionString: string;
  /** Most connections held at once (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before failing (default 5000 ms). */
  readonly connectionTimeoutMs?: number;
  /**
   * Told about errors on idle pooled connections (e.g. the server restarted).
   * Without a listener `pg` would crash the process on such an error.
   */
  readonly onIdleConnectionError?: (error: Error) => void;
}

type Client = pg.Pool | pg.PoolClient;

function queryableOf(client: Client): SqlQueryable {
  return {
    async query<Row>(text: string, parameters: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await client.query(text, [...parameters]);
      return { rows: result.rows as Row[], affectedRows: result.rowCount ?? 0 };
    },
    async execute(script: string): Promise<void> {
      // No parameters: pg uses the simple protocol, which accepts several statements.
      await client.query(script);
    },
  };
}

/** Opens a `pg` pool. Nothing connects until the first statement. */
export function openPostgresExecutor(options: PostgresExecutorOptions): SqlExecutor {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
  });
  pool.on('error', (error) => options.onIdleConnectionError?.(error));
  const queryable = queryableOf(pool);
  let ended: Promise<void> | undefined;
  return {
    backend: 'postgres',
    query: queryable.query,
    execute: queryable.execute,
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(queryableOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection is unusable: destroy it rather than return it to the pool.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close() {
      ended ??= pool.end();
      return ended;
    },
  };
}
