import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Capacity, ParseResult, ProgramOutcome, ProgramRequest, ScenarioSetRequest, SelectorSpec } from '@leaseback/domain';
import type { AssetSummary, LlmResult } from '@leaseback/llm';
import { inlineEngineRunner, type EngineRunner } from '@leaseback/planner';
import type { Piscina } from 'piscina';
import { deserializeError, type EngineTask, type EngineTaskResult } from './engine-task.js';

/** What each request schema a worker validates gives. */
export interface ValidatedRequests {
  readonly program_request: ProgramRequest;
  readonly scenario_set_request: ScenarioSetRequest;
}

/**
 * A pool of worker threads running the engine, and the other work whose time
 * grows with a portfolio's size (validating a large request, reading a brief
 * offline against its assets); `close` ends them.
 */
export interface EngineWorkerPool extends EngineRunner {
  /** The most worker threads running at once. */
  readonly threads: number;
  /**
   * `safeParseInput(schema, input, root)` in a worker: the same value, or the
   * same problems with the same paths, as inline.
   */
  validateRequest<Name extends keyof ValidatedRequests>(
    schema: Name,
    input: unknown,
    root: string,
  ): Promise<ParseResult<ValidatedRequests[Name]>>;
  /** The offline client's `generateSelectorSpec` in a worker (each worker keeps its own vocabulary cache). */
  readBriefOffline(brief: string, assetSummary: AssetSummary, signal?: AbortSignal): Promise<LlmResult<SelectorSpec>>;
  /** Stops every worker (work in flight is cancelled). Idempotent. */
  close(): Promise<void>;
}

/** Lets every I/O callback waiting (a health check) run before going on. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
 * keep answering while it runs. Validating a large request and reading a brief
 * offline against a large portfolio run there too, for the same reason. Small
 * greedy selections run inline (see `INLINE_GREEDY_ASSET_LIMIT`). Aborting a
 * task's signal stops its worker (the
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
    // Posting a task clones its data on this thread: in a turn of its own, so that work done just
    // before (a planner step) and the clone do not add up to one long stop of the event loop.
    await yieldToEventLoop();
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
    // The answer was cloned in on receipt; what the caller does with it runs in a later turn.
    await yieldToEventLoop();
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
    validateRequest: async <Name extends keyof ValidatedRequests>(schema: Name, input: unknown, root: string) =>
      (await run({ operation: 'validate_request', schema, input, root }, undefined)) as ParseResult<ValidatedRequests[Name]>,
    readBriefOffline: async (brief, assetSummary, signal) =>
      (await run({ operation: 'read_brief', brief, assetSummary }, signal)) as LlmResult<SelectorSpec>,
    close: () => {
      closed ??= pool === undefined ? Promise.resolve() : pool.then((started) => started.destroy());
      return closed;
    },
  };
}
