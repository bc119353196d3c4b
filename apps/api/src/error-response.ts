import {
  InvalidInputError,
  LeasebackError,
  errorKindOf,
  toLeasebackError,
  type ErrorCode,
  type ErrorKind,
  type InputProblem,
} from '@leaseback/domain';
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
    /** For `too_many_assets`: the most assets one request may have. */
    readonly limit?: number;
  };
}

/** An error answer: status, body and any headers it needs (`Retry-After`, `Allow`). */
export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The HTTP status of each kind of error. Codes map to kinds in the domain's
 * closed `ERROR_CODES`; this exhaustive table (a missing kind does not compile)
 * is the only place kinds meet HTTP statuses.
 */
export const STATUS_BY_KIND = {
  bad_input: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  unprocessable: 422,
  upstream_failure: 502,
  unavailable: 503,
  cancelled: 503,
  upstream_timeout: 504,
  internal: 500,
} as const satisfies Readonly<Record<ErrorKind, number>>;

/**
 * Messages shown instead of the error's own, for codes whose message may carry
 * an internal detail (a database host, a driver message).
 */
const PUBLIC_MESSAGES: Readonly<Partial<Record<ErrorCode, string>>> = {
  internal_error: 'an internal error occurred',
  store_unavailable: 'the store is unavailable; retry later',
  store_closed: 'the server is shutting down; retry later',
  cancelled: 'the request was cancelled',
};

/** The HTTP status for an error code (500 when the string is not a known code). */
export function statusForCode(code: string): number {
  return STATUS_BY_KIND[errorKindOf(code)];
}

/**
 * Turns anything thrown while serving a request into the answer to send: the
 * one mapping from error codes to HTTP statuses. Body-parser failures (too
 * large, malformed JSON, unsupported charset) are recognised by their `type`,
 * and anything else the HTTP layer raised with a 4xx `status` (a body that is
 * not the gzip it claims, a path that is not valid percent-encoding) is the
 * caller's mistake, answered 4xx with a code. Anything else that is not a known
 * `LeasebackError` becomes a 500 with a generic message, so stack traces and
 * internal details never reach a caller.
 */
export function toErrorResponse(thrown: unknown): ErrorResponse {
  const error = fromHttpLayerError(thrown) ?? toLeasebackError(thrown);
  const status = statusForCode(error.code);
  const code = status === 500 ? 'internal_error' : error.code;
  const message = PUBLIC_MESSAGES[code] ?? error.message;
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
  const limit = (error as { limit?: unknown }).limit;
  if (code === 'too_many_assets' && typeof limit === 'number' && Number.isSafeInteger(limit)) {
    return { status, headers, body: { error: { code, message, limit } } };
  }
  return { status, headers, body: { error: { code, message } } };
}

/**
 * Express's body parser (`body-parser`) reports its failures as `http-errors`
 * with a `type`; those are mapped by type. An error without a known type that
 * carries a 4xx `status` or `statusCode` was raised by the HTTP layer about the
 * request itself (zlib's `Z_DATA_ERROR` wrapped by body-parser, the router's
 * `URIError` for `%FF` in a path): it becomes the 4xx its status says, with the
 * matching code and a fixed message (the original may echo the raw input).
 * A `LeasebackError` is never reinterpreted: its code decides.
 */
function fromHttpLayerError(thrown: unknown): LeasebackError | undefined {
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
      return fromClientErrorStatus(thrown);
  }
}

function fromClientErrorStatus(thrown: object): LeasebackError | undefined {
  const { status, statusCode } = thrown as { status?: unknown; statusCode?: unknown };
  const candidate = typeof status === 'number' ? status : statusCode;
  if (typeof candidate !== 'number' || !Number.isInteger(candidate) || candidate < 400 || candidate > 499) return undefined;
  switch (candidate) {
    case 401:
      return new RequestError('unauthorized', 'the request is not authorised', { cause: thrown });
    case 404:
      return new RequestError('route_not_found', 'no such resource', { cause: thrown });
    case 405:
      return new RequestError('method_not_allowed', 'the method is not allowed here', { cause: thrown });
    case 413:
      return new RequestError('payload_too_large', 'the request body is larger than the limit', { cause: thrown });
    case 415:
      return new RequestError('unsupported_media_type', 'the request body must be UTF-8 JSON, without an unsupported content encoding', {
        cause: thrown,
      });
    default:
      return new RequestError(
        'malformed_request',
        thrown instanceof URIError
          ? 'the request path is not valid percent-encoding'
          : 'the request could not be read (is the body in the encoding its Content-Encoding claims?)',
        { cause: thrown },
      );
  }
}
