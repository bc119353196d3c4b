// The messages between `openPgliteExecutor` and its PGlite worker thread (`pglite-thread.ts`).

/** What the worker thread is started with. */
export interface PgliteThreadData {
  /** PGlite's data directory (absolute), or `memory://`. */
  readonly dataDir: string;
}

/** A statement for the worker thread; `id` pairs it with its reply. */
export type PgliteRequest =
  | { readonly kind: 'query'; readonly id: number; readonly text: string; readonly parameters: unknown[] }
  | { readonly kind: 'execute'; readonly id: number; readonly script: string }
  /** COMMIT, failing when PostgreSQL rolled the transaction back instead (a statement in it had failed). */
  | { readonly kind: 'commit'; readonly id: number }
  | { readonly kind: 'close'; readonly id: number };

/** A thrown value as plain data, with the driver's own fields (`code`, `constraint`...). */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, string | number | boolean>>;
}

/** What the worker thread sends back: once `ready` or `failed`, then one reply per request. */
export type PgliteReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly error: SerializedError }
  | { readonly kind: 'result'; readonly id: number; readonly rows: unknown[]; readonly affectedRows: number }
  | { readonly kind: 'error'; readonly id: number; readonly error: SerializedError };
