import type { ErrorCode } from './error-codes.js';

/**
 * The base class of every error Leaseback raises on purpose. Each subclass has a
 * stable `code` that callers (and the API's status mapping) can rely on; the
 * message is for people and may change.
 */
export class LeasebackError extends Error {
  /** Stable, machine-readable error code from the closed set `ERROR_CODES`, e.g. `invalid_input`. */
  readonly code: ErrorCode;
  /** Whether retrying the same call could succeed. */
  readonly isRetryable: boolean;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; isRetryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LeasebackError';
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
  }
}

/**
 * Turns anything thrown into a `LeasebackError`, keeping the original as `cause`.
 * Unknown failures become `internal_error` with a generic message, so that no
 * stack trace or internal detail reaches a user through the message.
 */
export function toLeasebackError(thrown: unknown): LeasebackError {
  if (thrown instanceof LeasebackError) return thrown;
  if (thrown instanceof Error && thrown.name === 'AbortError') {
    return new LeasebackError('cancelled', 'the operation was cancelled', { cause: thrown });
  }
  return new LeasebackError('internal_error', 'an internal error occurred', { cause: thrown });
}
