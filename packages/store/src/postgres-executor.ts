import pg from 'pg';
import type { SqlExecutor, SqlQueryable, SqlResult } from './sql-executor.js';

/** How to reach PostgreSQL. */
export interface PostgresExecutorOptions {
  /** A `postgres://` URL; its `options` parameter (e.g. `-c search_path=...`) is honoured. */
  readonly connectionString: string;
  /** Most connections held at once (default 10). */
  readonly maxConnections?: number;
  /**
   * How long to wait for a connection before failing (default 5000 ms): both a
   * new connection's handshake and a free one from a full pool (the acquire
   * timeout).
   */
  readonly connectionTimeoutMs?: number;
  /**
   * The server-side limit on one statement (`statement_timeout`, default
   * 10000 ms): the database cancels a statement that runs longer (SQLSTATE 57014).
   */
  readonly statementTimeoutMs?: number;
  /**
   * The client-side limit on waiting for a statement's answer (default
   * `statementTimeoutMs` + 2000 ms): catches a server that has stopped
   * answering at all, which `statement_timeout` cannot. The connection is then
   * discarded, never reused.
   */
  readonly queryTimeoutMs?: number;
  /**
   * Told about errors on idle pooled connections (e.g. the server restarted).
   * Without a listener `pg` would crash the process on such an error.
   */
  readonly onIdleConnectionError?: (error: Error) => void;
}

/** Default of `PostgresExecutorOptions.connectionTimeoutMs`. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
/** Default of `PostgresExecutorOptions.statementTimeoutMs`. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
// The client waits this much longer than the server's own limit, so a slow statement is
// cancelled by the server (a clean error) and only a silent server meets the client's limit.
const QUERY_TIMEOUT_MARGIN_MS = 2_000;
// TCP keepalive probes start after this much idle time, so a peer that vanished
// (a dropped VM, a severed network) is noticed on idle pooled connections too.
const KEEPALIVE_INITIAL_DELAY_MS = 10_000;

/**
 * A statement the server did not answer within the client-side deadline. The
 * message starts as `pg`'s own read timeout's does, which
 * `translateDatabaseError` reports as `store_unavailable`.
 */
class QueryReadTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`Query read timeout: the database did not answer within ${timeoutMs} ms`);
    this.name = 'QueryReadTimeout';
  }
}

/** All a statement's deadline timer can reach: the way to fail the call while it is pending. */
interface Deadline {
  fail: ((error: Error) => void) | undefined;
}

function passDeadline(deadline: Deadline, timeoutMs: number): void {
  const fail = deadline.fail;
  deadline.fail = undefined;
  fail?.(new QueryReadTimeout(timeoutMs));
}

/**
 * Sends one statement on `client`, and fails it with a `QueryReadTimeout` when
 * the server has not answered within `timeoutMs` (the caller then discards the
 * connection). Why this and not `pg`'s own `query_timeout`, and why `pg`'s
 * callback form: measured on the read by id (local PostgreSQL, 10 connections,
 * a sampling heap profile that keeps collected objects), with `query_timeout`,
 * and with the promise form of `query`, every answer's rows outlived the young
 * generation and were collected in old space, costing 0.82-0.95 ms of API CPU
 * per read against 0.65-0.70 ms without. This timer reaches only a `Deadline`,
 * emptied once the call settles.
 */
function queryWithin(client: pg.ClientBase, config: pg.QueryConfig, timeoutMs: number): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    const deadline: Deadline = { fail: reject };
    const timer = setTimeout(passDeadline, timeoutMs, deadline, timeoutMs);
    client.query(config, (error: Error | undefined, result: pg.QueryResult) => {
      clearTimeout(timer);
      deadline.fail = undefined;
      if (error) reject(error);
      else resolve(result);
    });
  });
}

/*
 * Statements are sent unnamed (parse, bind and execute in one round trip), never as named prepared statements.
 * Why: measured on this store's read by id (10 connections, local PostgreSQL), a named statement cost the
 * database 0.20 ms of CPU per read against 0.12-0.14 ms unnamed, more than it saved the driver; see the store
 * README.
 */

/** Statements on one checked-out connection, each with the client-side deadline. */
function queryableOf(client: pg.PoolClient, timeoutMs: number): SqlQueryable {
  return {
    async query<Row>(text: string, parameters: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await queryWithin(client, { text, values: [...parameters] }, timeoutMs);
      return { rows: result.rows as Row[], affectedRows: result.rowCount ?? 0 };
    },
    async execute(script: string): Promise<void> {
      // No parameters: pg uses the simple protocol, which accepts several statements.
      await queryWithin(client, { text: script }, timeoutMs);
    },
  };
}

/**
 * Opens a `pg` pool. Nothing connects until the first statement. Every wait
 * has a deadline: the connection handshake and pool acquire
 * (`connectionTimeoutMs`), each statement on the server (`statement_timeout`)
 * and on the client (`queryTimeoutMs`, for a server that accepts and never
 * answers: the connection is then discarded), an idle transaction
 * (`idle_in_transaction_session_timeout`); TCP keepalive finds dead peers
 * under idle connections.
 */
export function openPostgresExecutor(options: PostgresExecutorOptions): SqlExecutor {
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const queryTimeoutMs = options.queryTimeoutMs ?? statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
  });
  pool.on('error', (error) => options.onIdleConnectionError?.(error));

  /**
   * Runs `work` on a connection of its own and gives the connection back. It is
   * discarded instead when a statement met the client-side deadline (the server
   * may never answer it) or when `work` calls `discard` (a connection left in an
   * unknown state); one whose socket failed is dropped by the pool itself.
   */
  async function withConnection<T>(work: (connection: SqlQueryable, discard: (reason: Error) => void) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await work(queryableOf(client, queryTimeoutMs), (reason) => {
        broken = reason;
      });
    } catch (error) {
      if (error instanceof QueryReadTimeout) broken = error;
      throw error;
    } finally {
      client.release(broken);
    }
  }

  let ended: Promise<void> | undefined;
  return {
    backend: 'postgres',
    query: (text, parameters) => withConnection((connection) => connection.query(text, parameters)),
    execute: (script) => withConnection((connection) => connection.execute(script)),
    transaction: (work) =>
      withConnection(async (connection, discard) => {
        await connection.execute('BEGIN');
        try {
          const result = await work(connection);
          await connection.execute('COMMIT');
          return result;
        } catch (error) {
          // The server stopped answering: a ROLLBACK would wait out another deadline (the connection is discarded).
          if (error instanceof QueryReadTimeout) throw error;
          try {
            await connection.execute('ROLLBACK');
          } catch (rollbackError) {
            // The transaction may still be open on this connection: never reuse it.
            discard(rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)));
          }
          throw error;
        }
      }),
    close() {
      ended ??= pool.end();
      return ended;
    },
  };
}
