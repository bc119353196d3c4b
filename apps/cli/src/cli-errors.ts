import { LeasebackError, type InputProblem } from '@leaseback/domain';

/**
 * The command line itself is wrong: an unknown command or option, a missing
 * argument, an option value that is not a number. Exit status 2.
 */
export class UsageError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('usage_error', message, options);
    this.name = 'UsageError';
  }
}

/**
 * An input file cannot be used: it does not exist, cannot be read, is not JSON,
 * or does not match its schema. `problems` lists every problem with its path
 * inside the file (`assets[3].cap_rate: must be > 0 and < 1`). Exit status 2.
 */
export class InputFileError extends LeasebackError {
  /** The file as the user named it. */
  readonly file: string;
  /** Every problem found; one entry with an empty path when the file could not be parsed at all. */
  readonly problems: readonly InputProblem[];

  constructor(file: string, code: InputFileErrorCode, problems: readonly InputProblem[], options: { cause?: unknown } = {}) {
    const listed = problems.map((problem) => (problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`));
    super(code, `${file}: ${listed.length === 1 ? listed[0] : `${listed.length} problems: ${listed.join('; ')}`}`, options);
    this.name = 'InputFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** Why an input file was refused. */
export type InputFileErrorCode =
  | 'file_not_found'
  | 'file_unreadable'
  | 'file_not_writable'
  | 'already_exists'
  | 'invalid_json'
  | 'invalid_input';
