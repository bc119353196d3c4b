import type { ServiceLogger } from './service-logger.js';

/** What is logged about a thrown value: its class, message and stack, and those of its causes. */
export interface LoggedCause {
  readonly class: string;
  readonly message: string;
  readonly stack: string | null;
  readonly cause?: LoggedCause;
}

// Cause chains are followed this far; a cycle (a.cause = a) stops here too.
const MAX_CAUSE_DEPTH = 5;

/** Class, message and stack of a thrown value and of its `cause` chain. */
export function describeCause(thrown: unknown, depth = 0): LoggedCause {
  if (!(thrown instanceof Error)) return { class: typeof thrown, message: String(thrown), stack: null };
  const described: LoggedCause = { class: thrown.constructor?.name ?? thrown.name, message: thrown.message, stack: thrown.stack ?? null };
  if (thrown.cause === undefined || depth + 1 >= MAX_CAUSE_DEPTH) return described;
  return { ...described, cause: describeCause(thrown.cause, depth + 1) };
}

/**
 * Logs an internal failure at error level with its cause: the answer a caller
 * gets says only `internal_error`, so the log is the one place the class,
 * message and stack are kept. The logger is the request's own when the API
 * gave one (so the line carries the request id).
 */
export function logInternalError(logger: ServiceLogger, fields: Record<string, unknown>, thrown: unknown): void {
  logger.error({ ...fields, error_code: 'internal_error', cause: describeCause(thrown) }, 'internal error');
}
