import { toLeasebackError, type LeasebackError } from '@leaseback/domain';
import type { ConfigProblem } from '@leaseback/service';
import { describeInputPath } from './program-request-options.js';
import type { TextStyle } from './text-style.js';

/** One problem of an input, with its path as the user wrote it. */
export interface ErrorProblem {
  readonly path: string;
  readonly message: string;
}

/** The error as `--json` prints it: `{ "error": { code, message, problems? } }`. */
export interface ErrorReport {
  readonly code: string;
  readonly message: string;
  readonly problems?: readonly ErrorProblem[];
}

/**
 * Describes anything thrown for a user: its stable code, a message without
 * internals (unknown failures become `internal_error`), and every input
 * problem with its path. Problems the service finds in a request are named by
 * the option or file path the user wrote (`--floor`, `assets[3].cap_rate`).
 */
export function describeError(thrown: unknown): { error: LeasebackError; report: ErrorReport } {
  const error = toLeasebackError(thrown);
  const problems = problemsOf(error);
  const file = 'file' in error && typeof error.file === 'string' ? error.file : undefined;
  // A file that could not be read or parsed at all has one problem without a path: its message says it all.
  if (problems === undefined || (problems.length === 1 && problems[0]?.path === '')) {
    return { error, report: { code: error.code, message: error.message } };
  }
  // Problems in a file carry paths inside the file; the service's carry request paths.
  const named = file !== undefined ? problems : problems.map((problem) => ({ ...problem, path: describeInputPath(problem.path) }));
  const count = `${named.length} problem${named.length === 1 ? '' : 's'}`;
  const subject = file ?? (error.code === 'invalid_config' ? 'invalid configuration' : 'invalid input');
  return { error, report: { code: error.code, message: `${subject}: ${count}`, problems: named } };
}

/** The error for people: `error: message`, then each problem on its own line. */
export function renderErrorText(report: ErrorReport, style: TextStyle): string {
  const lines = [`${style.red('error')}: ${report.message}`];
  for (const problem of report.problems ?? [])
    lines.push(`  ${problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`}`);
  return `${lines.join('\n')}\n`;
}

// Input problems come as `{ path, message }` (InvalidInputError, InputFileError); configuration
// problems as `{ path, source, message }` (ServiceConfigError's details), the setting named with
// where its value came from.
function problemsOf(error: LeasebackError): ErrorProblem[] | undefined {
  // Read by shape, not `instanceof`: importing the service here would load it for every command.
  const details = (error as { details?: unknown }).details;
  if (error.code === 'invalid_config' && Array.isArray(details))
    return (details as ConfigProblem[]).map((problem) => ({
      path: problem.source === null ? problem.path : `${problem.path} (${problem.source})`,
      message: problem.message,
    }));
  const problems = (error as { problems?: unknown }).problems;
  if (!Array.isArray(problems)) return undefined;
  return problems.map((problem: unknown) => {
    const record = problem as { path?: unknown; message?: unknown };
    return {
      path: typeof record.path === 'string' ? record.path : '',
      message: typeof record.message === 'string' ? record.message : String(problem),
    };
  });
}
