import { LeasebackError } from '@leaseback/domain';

/** More assets in one request than the server plans (`planner.max_assets`). */
export class TooManyAssetsError extends LeasebackError {
  /** The configured maximum. */
  readonly limit: number;
  /** How many the request had. */
  readonly count: number;

  constructor(path: string, count: number, limit: number) {
    super('too_many_assets', `${path} has ${count} assets; at most ${limit} are planned per request (planner.max_assets)`);
    this.name = 'TooManyAssetsError';
    this.limit = limit;
    this.count = count;
  }
}

/**
 * Refuses a request with more than `limit` assets before any work: one
 * request's engine time grows with its asset count, so the count is what
 * bounds it (with the engine deadline as the backstop).
 */
export function checkAssetCount(assets: readonly unknown[], path: string, limit: number): void {
  if (assets.length > limit) throw new TooManyAssetsError(path, assets.length, limit);
}

/**
 * `checkAssetCount` on a request body as it arrived (before validation, which
 * itself costs time per asset): the array at `path` (`['base_request', 'assets']`),
 * when there is one there, reported as `request.base_request.assets`.
 */
export function checkRequestAssetCount(input: unknown, path: readonly string[], limit: number): void {
  let assets: unknown = input;
  for (const segment of path)
    assets = typeof assets === 'object' && assets !== null ? (assets as Record<string, unknown>)[segment] : undefined;
  if (Array.isArray(assets)) checkAssetCount(assets, ['request', ...path].join('.'), limit);
}
