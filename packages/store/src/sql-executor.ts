/** The embedded store's data directory value that keeps the database in memory only (PGlite's `memory://`). */
export const IN_MEMORY_DATA_DIR = 'memory://';

/** The result of one statement: its rows and how many rows it changed. */
export interface SqlResult<Row> {
  readonly rows: Row[];
  /** Rows inserted, updated or deleted (0 for a SELECT on some drivers). */
  readonly affectedRows: number;
}

/** Something statements can be sent to: the whole database, or one open transaction. */
export interface SqlQueryable {
  /** Runs one parameterised statement (`$1`, `$2`...). */
  query<Row = Record<string, unknown>>(text: string, parameters?: readonly unknown[]): Promise<SqlResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  execute(script: string): Promise<void>;
}

/** The name of a backend, for logs and `/readyz`. */
export type StoreBackend = 'pglite' | 'postgres';

/**
 * The tiny surface both backends implement, so that every statement above it is
 * shared: the store is written once against this, in plain PostgreSQL SQL.
 * Driver errors pass through untranslated; the store translates them.
 */
export interface SqlExecutor extends SqlQueryable {
  readonly backend: StoreBackend;
  /**
   * Runs `work` inside BEGIN ... COMMIT on one connection; any throw rolls the
   * whole transaction back and is rethrown.
   */
  transaction<T>(work: (transaction: SqlQueryable) => Promise<T>): Promise<T>;
  /** Releases the connection(s). Callers make sure nothing is in flight. */
  close(): Promise<void>;
}
