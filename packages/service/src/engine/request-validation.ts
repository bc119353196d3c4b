import { InvalidInputError, ScenarioSetRequestSchema, safeParseInput, safeParseProgramRequest, type ParseResult } from '@leaseback/domain';
import { checkRequestAssetCount } from './asset-limit.js';
import type { EngineWorkerPool, ValidatedRequests } from './engine-worker-pool.js';

/**
 * Requests with at least this many assets are validated in a worker thread;
 * smaller ones inline. Validation time grows with the asset count (some
 * 30-250 ms of event loop for 2,000 assets), while a thread hop costs a
 * structured clone each way, which only pays off for large requests.
 */
export const WORKER_VALIDATION_MIN_ASSETS = 250;

/**
 * Checks a request body's asset count against `planner.max_assets`, then
 * validates it against its schema, reporting problems under `request`: the
 * same value, or the same `InvalidInputError` with the same paths, wherever
 * it runs. `assetPath` is where the body holds its assets (`['assets']`,
 * `['base_request', 'assets']`).
 */
export type RequestValidator = <Name extends keyof ValidatedRequests>(
  schema: Name,
  input: unknown,
  assetPath: readonly string[],
) => Promise<ValidatedRequests[Name]>;

/** Each request's inline parse: a program request skips zod when it surely passes (`safeParseProgramRequest`). */
const INLINE_PARSERS = {
  program_request: (input: unknown, root: string) => safeParseProgramRequest(input, root),
  scenario_set_request: (input: unknown, root: string) => safeParseInput(ScenarioSetRequestSchema, input, root),
} as const;

/**
 * The service's request validator: inline without a worker pool (the CLI,
 * tests, `engine_threads = 0`) or for small requests, in the pool for large
 * ones so that one large request never holds up the event loop.
 */
export function createRequestValidator(pool: EngineWorkerPool | undefined, maxAssets: number): RequestValidator {
  return async <Name extends keyof ValidatedRequests>(schema: Name, input: unknown, assetPath: readonly string[]) => {
    checkRequestAssetCount(input, assetPath, maxAssets);
    const result: ParseResult<ValidatedRequests[Name]> =
      pool !== undefined && assetCount(input, assetPath) >= WORKER_VALIDATION_MIN_ASSETS
        ? await pool.validateRequest(schema, input, 'request')
        : (INLINE_PARSERS[schema](input, 'request') as ParseResult<ValidatedRequests[Name]>);
    if (!result.ok) throw new InvalidInputError(result.problems);
    return result.value;
  };
}

function assetCount(input: unknown, path: readonly string[]): number {
  let assets: unknown = input;
  for (const segment of path)
    assets = typeof assets === 'object' && assets !== null ? (assets as Record<string, unknown>)[segment] : undefined;
  return Array.isArray(assets) ? assets.length : 0;
}
