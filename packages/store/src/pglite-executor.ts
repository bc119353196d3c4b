import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lockDataDirectory, type DataDirectoryLock } from './data-directory-lock.js';
import type { PgliteReply, PgliteRequest, PgliteThreadData, SerializedError } from './pglite-thread-protocol.js';
import { IN_MEMORY_DATA_DIR, type SqlExecutor, type SqlQueryable, type SqlResult } from './sql-executor.js';

/**
 * The compiled worker script. From `dist/` it sits beside this file; when the
 * sources run under a TypeScript loader (the package's tests), the built copy in
 * `dist/` is used, since a worker thread cannot load TypeScript.
 */
function threadFile(): string {
  const beside = fileURLToPath(new URL('./pglite-thread.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../dist/pglite-thread.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`the PGlite thread script is missing (looked for ${beside} and ${built}); build @leaseback/store first`);
}

/** A thrown value rebuilt with the driver's fields, so `translateDatabaseError` reads it as it would in-process. */
function rebuildError(serialized: SerializedError): Error {
  const error = Object.assign(new Error(serialized.message), serialized.fields);
  error.name = serialized.name;
  return error;
}

type PendingRequest = { resolve(reply: SqlResult<unknown>): void; reject(error: Error): void };
type RequestWithoutId = PgliteRequest extends infer Request ? (Request extends PgliteRequest ? Omit<Request, 'id'> : never) : never;

/**
 * Opens an embedded PGlite database in `dataDir` (created if missing) or in
 * memory for `memory://`, in a worker thread of its own. Why a thread: PGlite's
 * start (its WebAssembly module and file bundle, then PostgreSQL's own start)
 * is most of a short command's CPU; in a thread it runs beside the process's
 * module loading and work, and a long statement does not hold the event loop.
 * PGlite is one connection: it runs one statement at a time, and a transaction
 * holds other callers back until it ends, which is what gives its transactions
 * their isolation. A directory is held by one process at a time (see
 * `lockDataDirectory`).
 */
export async function openPgliteExecutor(dataDir: string): Promise<SqlExecutor> {
  let lock: DataDirectoryLock | undefined;
  if (!dataDir.startsWith(IN_MEMORY_DATA_DIR)) {
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDirectory(dataDir);
  }
  let worker: Worker;
  try {
    worker = new Worker(threadFile(), { workerData: { dataDir } satisfies PgliteThreadData });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const pending = new Map<number, PendingRequest>();
  let nextId = 0;
  let ended: Error | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: PgliteReply) => {
      switch (reply.kind) {
        case 'ready':
          resolve();
          return;
        case 'failed':
          reject(rebuildError(reply.error));
          return;
        default: {
          const request = pending.get(reply.id);
          pending.delete(reply.id);
          // The thread keeps the process alive only while a statement is in flight, as PGlite in-process would.
          if (pending.size === 0) worker.unref();
          if (reply.kind === 'result') request?.resolve({ rows: reply.rows, affectedRows: reply.affectedRows });
          else request?.reject(rebuildError(reply.error));
        }
      }
    });
    const fail = (error: Error): void => {
      ended ??= error;
      reject(error);
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PGlite thread ended (exit code ${code})`)));
  });
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    await lock?.release();
    throw error;
  }
  worker.unref();

  function send(request: RequestWithoutId): Promise<SqlResult<unknown>> {
    if (ended !== undefined) return Promise.reject(ended);
    const id = nextId;
    nextId += 1;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id } as PgliteRequest);
    });
  }

  const direct: SqlQueryable = {
    async query<Row>(text: string, parameters: readonly unknown[] = []): Promise<SqlResult<Row>> {
      return (await send({ kind: 'query', text, parameters: [...parameters] })) as SqlResult<Row>;
    },
    async execute(script: string): Promise<void> {
      await send({ kind: 'execute', script });
    },
  };

  // One statement or transaction at a time from this side: a transaction's BEGIN
  // ... COMMIT must not interleave with statements of other callers.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  }

  return {
    backend: 'pglite',
    query: (text, parameters) => exclusive(() => direct.query(text, parameters)),
    execute: (script) => exclusive(() => direct.execute(script)),
    transaction: (work) =>
      exclusive(async () => {
        await direct.execute('BEGIN');
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(direct);
        } catch (error) {
          await direct.execute('ROLLBACK');
          throw error;
        }
        await send({ kind: 'commit' });
        return result;
      }),
    async close() {
      if (ended === undefined) {
        await exclusive(() => send({ kind: 'close' }));
        ended = new Error('the embedded database is closed');
        await worker.terminate();
      }
      await lock?.release();
    },
  };
}
