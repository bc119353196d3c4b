import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Capacity, ProgramOutcome } from '@leaseback/domain';
import { inlineEngineRunner, type EngineRunner } from '@leaseback/planner';
import type { Piscina } from 'piscina';
import { deserializeError, type EngineTask, type EngineTaskResult } from './engine-task.js';

/** A pool of worker threads running the engine; `close` ends them. */
export interface EngineWorkerPool extends EngineRunner {
  /** The most worker threads running at once. */
  readonly threads: number;
  /** Stops every worker (work in flight is cancelled). Idempotent. */
  close(): Promise<void>;
}

/** Worker threads when the configuration says `null`: a core is left to the event loop, at most 4. */
export function defaultEngineThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Greedy selections over at most this many assets run on the calling thread.
 * Why: such a solve takes about a millisecond, less than handing its input to a
 * thread and its outcome back (structured cloning both ways), and starting a
 * worker thread costs a one-shot command far more than the solve. Larger or
 * exact solves, which can run long, still go to a worker.
 */
export const INLINE_GREEDY_ASSET_LIMIT = 500;

// Workers left idle this long end; the next task starts one again.
const IDLE_TIMEOUT_MS = 60_000;

/**
 * The compiled worker script. From `dist/` it sits beside this file; when the
 * service runs from its TypeScript sources (its own tests) the built copy in
 * `dist/` is used, since a worker thread cannot load TypeScript.
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./engine-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/engine/engine-worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`the engine worker script is missing (looked for ${beside} and ${built}); build @leaseback/service first`);
}

/**
 * Runs the engine's solves in a pool of worker threads (piscina), so a large
 * exact solve never blocks the event loop: health checks and other requests
 * keep answering while it runs. Small greedy selections run inline (see
 * `INLINE_GREEDY_ASSET_LIMIT`). Aborting a task's signal stops its worker (the
 * solve itself, not only the wait) and piscina starts a fresh one.
 */
export function createEngineWorkerPool(options: { readonly threads?: number } = {}): EngineWorkerPool {
  const threads = options.threads ?? defaultEngineThreads();
  let pool: Promise<Piscina> | undefined;
  let closed: Promise<void> | undefined;
  // Started (and piscina loaded) on first use: a service that never solves in a thread never starts one.
  const started = (): Promise<Piscina> => {
    pool ??= import('piscina').then(
      ({ Piscina }) => new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: IDLE_TIMEOUT_MS }),
    );
    return pool;
  };
  const run = async (task: EngineTask, signal: AbortSignal | undefined): Promise<unknown> => {
    if (closed !== undefined) throw new Error('the engine worker pool is closed');
    signal?.throwIfAborted();
    let result: EngineTaskResult;
    try {
      result = (await (await started()).run(task, signal === undefined ? {} : { signal })) as EngineTaskResult;
    } catch (thrown) {
      // piscina's own AbortError: report the signal's reason, as an inline abort would.
      if (signal?.aborted) throw signal.reason;
      throw thrown;
    }
    if (!result.ok) throw deserializeError(result.error);
    return result.value;
  };
  return {
    threads,
    selectAssets: async (assets, corporateState, spec, config, signal) => {
      if (closed !== undefined) throw new Error('the engine worker pool is closed');
      if (spec.strategy === 'greedy' && assets.length <= INLINE_GREEDY_ASSET_LIMIT)
        return inlineEngineRunner.selectAssets(assets, corporateState, spec, config, signal);
      return (await run({ operation: 'select_assets', assets, corporateState, spec, config }, signal)) as ProgramOutcome;
    },
    maxProceeds: async (assets, corporateState, spec, config, signal) =>
      (await run({ operation: 'max_proceeds', assets, corporateState, spec, config }, signal)) as Capacity,
    close: () => {
      closed ??= pool === undefined ? Promise.resolve() : pool.then((started) => started.destroy());
      return closed;
    },
  };
}
