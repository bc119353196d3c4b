import type { z } from 'zod';
import { LeasebackError } from './leaseback-error.js';
import { findUnstorableText } from './storable-text.js';
import type { ErrorCode } from './error-codes.js';

/** One problem found in an input, with the path to the offending field. */
export interface InputProblem {
  /** Dotted path with array indices, e.g. `assets[3].cap_rate`; empty for the root. */
  readonly path: string;
  /** A plain-English message, e.g. `must be > 0 and < 1`. */
  readonly message: string;
}

/**
 * Raised when an input does not match its schema. Carries every problem found,
 * not just the first, so a user can fix a file in one pass.
 */
export class InvalidInputError extends LeasebackError {
  /** Every problem found, in the order the schema reported them. */
  readonly problems: readonly InputProblem[];

  /**
   * `code` names a more specific bad-input failure than `invalid_input` (e.g.
   * `target_missing`, `unknown_market`); it must be a code of kind `bad_input`.
   */
  constructor(problems: readonly InputProblem[], options: { cause?: unknown; subject?: string; code?: ErrorCode } = {}) {
    const subject = options.subject ? `${options.subject}: ` : '';
    const listed = problems.map((problem) => formatProblem(problem)).join('; ');
    super(options.code ?? 'invalid_input', `${subject}${problems.length} problem${problems.length === 1 ? '' : 's'}: ${listed}`, {
      cause: options.cause,
    });
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}

/** Formats one problem as `path: message` (or just the message at the root). */
export function formatProblem(problem: InputProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Formats a zod issue path as `assets[3].cap_rate`, prefixed with `root` when given. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let formatted = root;
  for (const segment of path) {
    if (typeof segment === 'number') formatted += `[${segment}]`;
    else formatted += formatted === '' ? String(segment) : `.${String(segment)}`;
  }
  return formatted;
}

/**
 * Flattens zod issues into `InputProblem`s. Unknown keys become one problem per
 * key (`spec.colour: unknown field`) and unions report their closest branch, so
 * every message points at a single field.
 */
export function problemsFromZodError(error: z.ZodError, root = ''): InputProblem[] {
  const problems: InputProblem[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push({ path: formatPath([...path, key], root), message: 'unknown field' });
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Report the branch that got furthest: the fewest issues is the closest match.
        const closest = [...issue.errors].sort((left, right) => left.length - right.length)[0] ?? [];
        if (closest.length > 0 && issue.errors.every((branch) => branch.length > 0)) visit(closest, path);
        else problems.push({ path: formatPath(path, root), message: issue.message });
      } else {
        problems.push({ path: formatPath(path, root), message: issue.message });
      }
    }
  };
  visit(error.issues, []);
  return problems;
}

/** The result of `safeParseInput`: a value or every problem found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/**
 * Parses `input` with `schema`, collecting every problem with its path instead of
 * throwing. `root` prefixes the reported paths (e.g. `request`). Strings the
 * store cannot hold (NUL, unpaired surrogates; see `unstorableTextReason`) are
 * refused here, for every schema at once, before the schema runs: this is the
 * one boundary every input passes, so nothing with such a string reaches the
 * planner, the model or the database.
 */
export function safeParseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root = ''): ParseResult<z.output<Schema>> {
  const unstorable = findUnstorableText(input, root);
  if (unstorable.length > 0) return { ok: false, problems: unstorable };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZodError(result.error, root) };
}

/**
 * Parses `input` with `schema` or throws an `InvalidInputError` listing every
 * problem with its path.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  options: { root?: string; subject?: string } = {},
): z.output<Schema> {
  const result = safeParseInput(schema, input, options.root ?? '');
  if (result.ok) return result.value;
  throw new InvalidInputError(result.problems, options.subject === undefined ? {} : { subject: options.subject });
}
