// The worker thread that holds an embedded PGlite database for `openPgliteExecutor`.
// Why a thread: starting PGlite (its WebAssembly module, its file bundle, PostgreSQL's
// own start) is most of a short command's CPU, and here it runs beside the
// process's module loading and planning instead of before them.
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { PgliteReply, PgliteRequest, PgliteThreadData, SerializedError } from './pglite-thread-protocol.js';

/**
 * An error as plain data: structured cloning keeps an Error's message but not
 * the fields a driver adds (`code`, `constraint`...), which the store reads.
 */
function serializeError(thrown: unknown): SerializedError {
  if (!(thrown instanceof Error)) return { name: 'Error', message: String(thrown), fields: {} };
  const fields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(thrown)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return { name: thrown.name, message: thrown.message, fields };
}

const port = parentPort;
if (port === null) throw new Error('pglite-thread.js runs as a worker thread only');
const { dataDir } = workerData as PgliteThreadData;

/**
 * V8's default budget before a WebAssembly function is recompiled by its
 * optimising compiler (`--wasm-tiering-budget`, unchanged since V8 10).
 */
const DEFAULT_WASM_TIERING_BUDGET = 1_800_000;
/**
 * The budget while PGlite starts. Why: at the default, PostgreSQL's start makes
 * V8 optimise hundreds of functions that run a few times only, about a third of
 * the start's CPU; with this budget they stay on the baseline compiler and only
 * functions that keep running hot are optimised. The budget is read when a
 * module is instantiated, so it is restored for the rest of the process (the
 * exact solver's WebAssembly keeps the default).
 */
const STARTUP_WASM_TIERING_BUDGET = 200_000_000;

/**
 * PostgreSQL settings on top of PGlite's own. `shared_buffers`: PGlite's
 * configuration asks for 128MB, which PostgreSQL allocates and clears at every
 * start (at 128MB about a sixth of the start's CPU, at 16MB still about a tenth);
 * an embedded store's working set is small (the catalogs and a few tables), and
 * pages beyond it are read back from the operating system's cache.
 * `max_connections` and the like, which size the rest of the shared memory,
 * made no measurable difference.
 */
const START_PARAMETERS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=4MB'];

setFlagsFromString(`--wasm-tiering-budget=${STARTUP_WASM_TIERING_BUDGET}`);
const database = await PGlite.create(dataDir, { startParams: START_PARAMETERS }).catch((thrown: unknown) => {
  port.postMessage({ kind: 'failed', error: serializeError(thrown) } satisfies PgliteReply);
  return undefined;
});
setFlagsFromString(`--wasm-tiering-budget=${DEFAULT_WASM_TIERING_BUDGET}`);

async function answer(target: PGlite, request: PgliteRequest): Promise<PgliteReply> {
  switch (request.kind) {
    case 'query': {
      const result = await target.query(request.text, request.parameters);
      return { kind: 'result', id: request.id, rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    }
    case 'execute':
      await target.exec(request.script);
      return { kind: 'result', id: request.id, rows: [], affectedRows: 0 };
    case 'commit': {
      const [result] = await target.exec('COMMIT');
      // PostgreSQL answers COMMIT with ROLLBACK when a statement of the transaction failed.
      if ((result as { command?: string } | undefined)?.command === 'ROLLBACK') {
        throw Object.assign(new Error('the transaction was rolled back: a statement in it failed'), { code: '25P02' });
      }
      return { kind: 'result', id: request.id, rows: [], affectedRows: 0 };
    }
    case 'close':
      if (!target.closed) await target.close();
      return { kind: 'result', id: request.id, rows: [], affectedRows: 0 };
  }
}

// Nothing listens when the database did not open, so the thread ends after saying why.
if (database !== undefined) {
  port.postMessage({ kind: 'ready' } satisfies PgliteReply);
  port.on('message', (request: PgliteRequest) => {
    answer(database, request).then(
      (reply) => port.postMessage(reply),
      (thrown: unknown) => port.postMessage({ kind: 'error', id: request.id, error: serializeError(thrown) } satisfies PgliteReply),
    );
  });
}
