import type { LeasebackError } from '@leaseback/domain';

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

// The codes that mean "the user's input is wrong": fixing the command line, the
// file or the configuration is the remedy, not retrying.
const BAD_INPUT_CODES: ReadonlySet<string> = new Set([
  'usage_error',
  'invalid_input',
  'invalid_json',
  'file_not_found',
  'file_unreadable',
  'not_found',
  'invalid_config',
  'run_not_replayable',
]);

/** The exit status for an error: 2 for bad input, 130 for an interruption, else 1. */
export function exitCodeFor(error: Pick<LeasebackError, 'code'>): ExitCode {
  if (BAD_INPUT_CODES.has(error.code)) return EXIT_CODES.badInput;
  if (error.code === 'cancelled') return EXIT_CODES.interrupted;
  return EXIT_CODES.failure;
}
