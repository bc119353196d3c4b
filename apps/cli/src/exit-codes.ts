import { errorKindOf, type ErrorKind, type LeasebackError } from '@leaseback/domain';

/** The exit statuses of `leaseback`. */
export const EXIT_CODES = Object.freeze({
  /** The command did what was asked. An infeasible program is a success: the run completed. */
  success: 0,
  /** A run failed (provider error, invalid model output), or an internal error. */
  failure: 1,
  /** Bad input: usage, an unreadable or invalid input file or configuration, an unknown id. */
  badInput: 2,
  /** Interrupted by Ctrl-C (SIGINT), as shells report it. */
  interrupted: 130,
});

/** An exit status of `leaseback`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * The exit status of each kind of error: 2 where fixing the command line, the
 * file or the configuration is the remedy, 130 for an interruption, else 1.
 * Exhaustive over the domain's `ErrorKind` (a missing kind does not compile).
 */
export const EXIT_CODE_BY_KIND = {
  bad_input: EXIT_CODES.badInput,
  unprocessable: EXIT_CODES.badInput,
  not_found: EXIT_CODES.badInput,
  conflict: EXIT_CODES.badInput,
  too_large: EXIT_CODES.badInput,
  unsupported_media: EXIT_CODES.badInput,
  method_not_allowed: EXIT_CODES.failure,
  unauthorized: EXIT_CODES.failure,
  upstream_failure: EXIT_CODES.failure,
  upstream_timeout: EXIT_CODES.failure,
  unavailable: EXIT_CODES.failure,
  cancelled: EXIT_CODES.interrupted,
  internal: EXIT_CODES.failure,
} as const satisfies Readonly<Record<ErrorKind, ExitCode>>;

/** The exit status for an error, from its code's kind. */
export function exitCodeFor(error: Pick<LeasebackError, 'code'>): ExitCode {
  return EXIT_CODE_BY_KIND[errorKindOf(error.code)];
}
