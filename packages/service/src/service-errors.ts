import { LeasebackError, isErrorCode, type AuditTrace, type ErrorInfo } from '@leaseback/domain';

/**
 * The id does not exist, or belongs to a fund the caller may not see. Both
 * cases answer the same way (the API's 404), so that ids of other funds never
 * leak through a different status or message.
 */
export class NotFoundError extends LeasebackError {
  /** What was looked for (`run`, `scenario set`, `fund`). */
  readonly subject: string;
  /** The id the caller asked for. */
  readonly id: string;

  constructor(subject: string, id: string) {
    super('not_found', `${subject} "${id}" not found`);
    this.name = 'NotFoundError';
    this.subject = subject;
    this.id = id;
  }
}

/** The two ways a retried `Idempotency-Key` can conflict. */
export type IdempotencyConflictCode = 'idempotency_in_progress' | 'idempotency_key_reused';

/**
 * An `Idempotency-Key` cannot be honoured: either the first request with that key
 * is still running (`idempotency_in_progress`, retry later), or the key was
 * already used with a different body (`idempotency_key_reused`, a client bug).
 */
export class IdempotencyConflictError extends LeasebackError {
  override readonly code: IdempotencyConflictCode;

  constructor(code: IdempotencyConflictCode) {
    super(
      code,
      code === 'idempotency_in_progress'
        ? 'a request with this Idempotency-Key is still in progress; retry after it finishes'
        : 'this Idempotency-Key was already used with a different request body',
      { isRetryable: code === 'idempotency_in_progress' },
    );
    this.name = 'IdempotencyConflictError';
    this.code = code;
  }
}

/**
 * The configuration (environment or TOML file) is invalid. Carries every
 * problem with the setting's path and where the value came from; never a
 * secret's value.
 */
export class ServiceConfigError extends LeasebackError {
  /** Every problem, as `path (source): message`, for people. */
  readonly problems: readonly string[];
  /** Every problem as data: the setting, where its value came from, what is wrong. */
  readonly details: readonly ConfigProblem[];

  constructor(details: readonly ConfigProblem[], options: { cause?: unknown } = {}) {
    const problems = details.map(
      (problem) => `${problem.path}${problem.source === null ? '' : ` (${problem.source})`}: ${problem.message}`,
    );
    super('invalid_config', `invalid configuration: ${problems.join('; ')}`, { cause: options.cause });
    this.name = 'ServiceConfigError';
    this.problems = problems;
    this.details = details;
  }
}

/** One configuration problem. */
export interface ConfigProblem {
  /** The setting's dotted path (`planner.max_assets`), or the configuration file when the file itself is at fault. */
  readonly path: string;
  /** Where the value came from (`from LEASEBACK_PORT`, `in ./leaseback.toml`), when known. */
  readonly source: string | null;
  /** What is wrong, for people (`must be between 0 and 65535`). */
  readonly message: string;
}

/** The service is closing or closed and accepts no new work (the API answers 503). */
export class ServiceClosedError extends LeasebackError {
  constructor() {
    super('service_closed', 'the service is shutting down', { isRetryable: true });
    this.name = 'ServiceClosedError';
  }
}

const RETRYABLE_RUN_FAILURES: ReadonlySet<string> = new Set(['llm_timeout', 'llm_rate_limited', 'llm_unavailable', 'store_unavailable']);

/**
 * A program run that could not finish, raised by `runProgram` (which stores
 * nothing). `code` is the run's own stable code (`llm_unavailable`,
 * `llm_invalid_output`, `internal_error`, `cancelled`...), and the trace up to
 * the failure is kept for diagnosis.
 */
export class ProgramRunFailedError extends LeasebackError {
  /** Every step of the run up to the failure. */
  readonly auditTrace: AuditTrace;

  constructor(error: ErrorInfo, auditTrace: AuditTrace) {
    super(isErrorCode(error.code) ? error.code : 'internal_error', error.message, {
      isRetryable: RETRYABLE_RUN_FAILURES.has(error.code),
    });
    this.name = 'ProgramRunFailedError';
    this.auditTrace = auditTrace;
  }
}
