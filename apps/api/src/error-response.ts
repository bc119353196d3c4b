import { InvalidInputError, LeasebackError, toLeasebackError, type InputProblem } from '@leaseback/domain';
import { RequestError } from './request-errors.js';

/** The body of every error answer: `{ error: { code, message, problems? } }`. */
export interface ErrorBody {
  readonly error: {
    /** Stable, machine-readable code (the `LeasebackError` code). */
    readonly code: string;
    /** For people; never a stack trace or an internal detail. */
    readonly message: string;
    /** For `invalid_input`: every problem with the path to its field. */
    readonly problems?: readonly InputProblem[];
  };
}

/** An error answer: status, body and any headers it needs (`Retry-After`, `Allow`). */
export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Status for each stable error code. This table is the only place codes meet
 * HTTP statuses; a code missing here is an internal error (500).
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  // Bad requests: the caller can fix them.
  invalid_input: 400,
  malformed_json: 400,
  // The engine's own input checks (ids the schema cannot see are wrong).
  unknown_asset: 400,
  duplicate_asset_id: 400,
  unauthorized: 401,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  idempotency_in_progress: 409,
  already_exists: 409,
  run_not_replayable: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  // Figures so extreme that covenant metrics stop being finite numbers.
  numeric_error: 422,
  // The language model behind the planner: upstream failures.
  llm_invalid_output: 502,
  llm_refused: 502,
  llm_truncated: 502,
  llm_auth: 502,
  llm_bad_request: 502,
  llm_replay_mismatch: 502,
  llm_unavailable: 503,
  llm_rate_limited: 503,
  llm_cancelled: 503,
  llm_timeout: 504,
  scenario_definitions_unavailable: 503,
  store_unavailable: 503,
  store_closed: 503,
  service_closed: 503,
  cancelled: 503,
};

/**
 * Messages shown instead of the error's own, for codes whose message may carry
 * an internal detail (a database host, a driver message).
 */
const PUBLIC_MESSAGES: Readonly<Record<string, string>> = {
  internal_error: 'an internal error occurred',
  store_unavailable: 'the store is unavailable; retry later',
  store_closed: 'the server is shutting down; retry later',
  cancelled: 'the request was cancelled',
};

/** The HTTP status for a stable error code (500 when the code is not a known one). */
export function statusForCode(code: string): number {
  return Object.hasOwn(STATUS_BY_CODE, code) ? (STATUS_BY_CODE[code] ?? 500) : 500;
}

/**
 * Turns anything thrown while serving a request into the answer to send: the
 * one mapping from error codes to HTTP statuses. Body-parser failures (too
 * large, malformed JSON, unsupported charset) are recognised by their `type`.
 * Anything that is not a known `LeasebackError` becomes a 500 with a generic
 * message, so stack traces and internal details never reach a caller.
 */
export function toErrorResponse(thrown: unknown): ErrorResponse {
  const error = fromBodyParserError(thrown) ?? toLeasebackError(thrown);
  const status = statusForCode(error.code);
  const code = status === 500 ? 'internal_error' : error.code;
  const message = (Object.hasOwn(PUBLIC_MESSAGES, code) ? PUBLIC_MESSAGES[code] : undefined) ?? error.message;
  const headers: Record<string, string> = {};
  const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs > 0) {
    headers['Retry-After'] = String(Math.ceil(retryAfterMs / 1000));
  } else if (status === 503 && error.isRetryable) {
    headers['Retry-After'] = '1';
  }
  if (error instanceof InvalidInputError || (error.code === 'invalid_input' && Array.isArray((error as InvalidInputError).problems))) {
    const problems = (error as InvalidInputError).problems.map((problem) => ({ path: problem.path, message: problem.message }));
    return { status, headers, body: { error: { code, message, problems } } };
  }
  return { status, headers, body: { error: { code, message } } };
}

/**
 * Express's body parser (`body-parser`) reports its failures as `http-errors`
 * with a `type`; only those are trusted here, never an arbitrary `status` field.
 */
function fromBodyParserError(thrown: unknown): LeasebackError | undefined {
  if (thrown instanceof LeasebackError || typeof thrown !== 'object' || thrown === null) return undefined;
  const type = (thrown as { type?: unknown }).type;
  switch (type) {
    case 'entity.too.large':
      return new RequestError('payload_too_large', 'the request body is larger than the limit', { cause: thrown });
    case 'entity.parse.failed':
      return new RequestError('malformed_json', 'the request body is not valid JSON', { cause: thrown });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new RequestError('unsupported_media_type', 'the request body must be UTF-8 JSON, without an unsupported content encoding', {
        cause: thrown,
      });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
    case 'parameters.too.many':
      return new RequestError('malformed_json', 'the request body could not be read', { cause: thrown });
    default:
      return undefined;
  }
}
