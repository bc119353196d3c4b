import { InvalidInputError, LeasebackError } from '@leaseback/domain';
import { AlreadyExistsError, StoreQueryError, StoreUnavailableError } from './store-errors.js';

/** Socket-level failures reported by Node for the PostgreSQL connection. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLSTATEs meaning "no usable database right now": admin shutdown, crash
 * shutdown, cannot connect now, too many connections, a statement cancelled
 * by `statement_timeout` (57014: the database is too slow to answer in time),
 * and the whole connection
 * exception (08) and invalid authorization (28) classes.
 */
const UNAVAILABLE_SQL_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000', '57014']);
const UNAVAILABLE_SQL_STATE_CLASSES = ['08', '28'];

/** Serialization failure and deadlock: the same statement may succeed when retried. */
const RETRYABLE_SQL_STATES = new Set(['40001', '40P01']);

/** Messages `pg` uses for a connection it lost or could not make, which carry no code. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /client (was closed|has encountered a connection error)/i,
  /cannot use a pool after calling end/i,
  /connection (refused|reset)/i,
];

/**
 * Removes credentials from anything that may echo a connection string:
 * `postgres://user:secret@host` becomes `postgres://user:***@host` and
 * `password=secret` becomes `password=***`.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)([^:/?#@\s]*):([^@\s]*)@/gi, '$1$2:***@')
    .replace(/(password\s*=\s*)('[^']*'|"[^"]*"|[^\s&;]+)/gi, '$1***');
}

/** What a call site wants raised for the constraint violations it expects. */
export interface DatabaseErrorContext {
  /** Raised instead of the generic error on a unique violation (SQLSTATE 23505). */
  readonly onUniqueViolation?: () => LeasebackError;
  /** Raised instead of the generic error on a foreign-key violation (SQLSTATE 23503). */
  readonly onForeignKeyViolation?: () => LeasebackError;
}

function fieldOf(thrown: unknown, field: string): string | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const value = (thrown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Turns whatever a driver threw into a `LeasebackError` of this package, keeping
 * the original as `cause`. Messages are redacted so that a connection string
 * with a password never reaches a log or a user through them.
 */
export function translateDatabaseError(thrown: unknown, context: DatabaseErrorContext = {}): LeasebackError {
  if (thrown instanceof LeasebackError) return thrown;
  const code = fieldOf(thrown, 'code');
  const rawMessage = thrown instanceof Error ? thrown.message : String(thrown);
  const message = redactCredentials(rawMessage);

  if (code === '23505') {
    return context.onUniqueViolation?.() ?? new AlreadyExistsError(`the record already exists: ${message}`, { cause: thrown });
  }
  if (code === '23503' && context.onForeignKeyViolation) return context.onForeignKeyViolation();
  // PostgreSQL text cannot hold U+0000 (22021 on the way in, 22P05 inside JSON):
  // the caller's data is at fault, not the store.
  if (code === '22021' || code === '22P05') {
    return new InvalidInputError([{ path: '', message: 'text must not contain NUL (\\u0000) characters' }], { cause: thrown });
  }

  const isSqlState = code !== undefined && /^[0-9A-Z]{5}$/.test(code);
  if (
    (code !== undefined && NETWORK_ERROR_CODES.has(code)) ||
    (isSqlState && (UNAVAILABLE_SQL_STATES.has(code) || UNAVAILABLE_SQL_STATE_CLASSES.includes(code.slice(0, 2)))) ||
    (!isSqlState && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(rawMessage)))
  ) {
    return new StoreUnavailableError(`the store is unavailable: ${message}`, { cause: thrown });
  }
  return new StoreQueryError(`a store query failed${isSqlState ? ` (SQLSTATE ${code})` : ''}: ${message}`, {
    cause: thrown,
    sqlState: isSqlState ? code : null,
    isRetryable: isSqlState && RETRYABLE_SQL_STATES.has(code),
  });
}
