import type { ErrorCode } from '@leaseback/domain';
import { statusForCode } from './error-response.js';

/**
 * The error codes each kind of route can answer, from the closed set
 * `ERROR_CODES`. Routes list codes, never statuses: a route's documented error
 * statuses are computed from its codes (`errorStatusesOf`), and the API tests
 * fail when a route answers a code its list omits.
 */

/** Every `/api` route: a key refused, a credential in the URL, a path that is not percent-encoding, the service's state. */
export const ANY_ROUTE_CODES = [
  'unauthorized',
  'credentials_in_query',
  'malformed_request',
  'internal_error',
  'service_closed',
  'store_unavailable',
  'store_closed',
] as const satisfies readonly ErrorCode[];

/** A record named by its id (or a unique prefix of it) in the path; another fund's record is not found. */
export const BY_ID_CODES = ['invalid_input', 'not_found', 'ambiguous_id'] as const satisfies readonly ErrorCode[];

/** A `fund_id` and `limit` query. */
export const LIST_QUERY_CODES = ['invalid_input'] as const satisfies readonly ErrorCode[];

/** A JSON body, with an optional `Idempotency-Key`; a fund the key does not hold is not found. */
export const JSON_BODY_CODES = [
  'invalid_input',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'not_found',
] as const satisfies readonly ErrorCode[];

/** Planning on a portfolio: the asset limit, the brief's reading, the engine, the language model, cancellation. */
export const PLANNING_CODES = [
  'too_many_assets',
  'target_missing',
  'unknown_market',
  'unknown_asset',
  'duplicate_asset_id',
  'numeric_error',
  'engine_deadline_exceeded',
  'cancelled',
  'llm_invalid_output',
  'llm_refused',
  'llm_truncated',
  'llm_auth',
  'llm_bad_request',
  'llm_unavailable',
  'llm_rate_limited',
  'llm_cancelled',
  'llm_timeout',
] as const satisfies readonly ErrorCode[];

/** The error statuses a route with these codes answers, ascending, each with its codes. */
export function errorStatusesOf(codes: readonly ErrorCode[]): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = statusForCode(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([left], [right]) => left - right).map(([status, listed]) => [status, listed.sort()]));
}
