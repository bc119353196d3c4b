import { isDeepStrictEqual } from 'node:util';
import { InvalidInputError, formatProblem, problemsFromZodError, type InputProblem } from '@leaseback/domain';
import { StoreCorruptError } from './store-errors.js';

/**
 * A domain schema, seen only through `safeParse` (what the store needs), so that
 * this package does not depend on zod directly.
 */
export interface ParsingSchema<Output> {
  safeParse(value: unknown): { success: true; data: Output } | { success: false; error: Parameters<typeof problemsFromZodError>[0] };
}

/** A value checked against its schema: the faithful value, or every problem found. */
export type CheckResult<Output> = { ok: true; value: Output } | { ok: false; problems: InputProblem[] };

/**
 * Checks `value` against `schema` without throwing; problem paths are prefixed
 * with `root` (e.g. `runs[2]`) so that several values can be reported together.
 */
export function checkValue<Output>(schema: ParsingSchema<Output>, value: unknown, root = ''): CheckResult<Output> {
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false, problems: problemsFromZodError(result.error, root) };
  return { ok: true, value: faithfulValue(value, result.data) };
}

/**
 * Keeps the caller's (or the database's) own object when the schema accepts it
 * unchanged, and the schema's output otherwise.
 *
 * Why: parsing rebuilds objects in the schema's key order, but the API must
 * return exactly what was stored, and a recorded LLM output must replay
 * byte-for-byte. When parsing changed nothing but key order, the original is the
 * faithful value; when it filled a default or trimmed a string, the parsed value
 * is the correct one.
 */
function faithfulValue<Value>(original: unknown, parsed: Value): Value {
  return isDeepStrictEqual(original, parsed) ? (original as Value) : parsed;
}

/** Validates a value about to be written; throws `InvalidInputError` listing every problem. */
export function validateForWrite<Output>(schema: ParsingSchema<Output>, value: unknown, subject: string): Output {
  const result = checkValue(schema, value);
  if (!result.ok) throw new InvalidInputError(result.problems, { subject });
  return result.value;
}

/** Validates a value read back; throws `StoreCorruptError` when it no longer matches its schema. */
export function validateOnRead<Output>(schema: ParsingSchema<Output>, value: unknown, subject: string): Output {
  const result = checkValue(schema, value);
  if (!result.ok) {
    const listed = result.problems.slice(0, 5).map((problem) => formatProblem(problem));
    throw new StoreCorruptError(`${subject} does not match its schema: ${listed.join('; ')}`);
  }
  return result.value;
}

/**
 * Serialises an opaque value for a `json` column. Rejects what JSON cannot hold
 * (undefined, functions, symbols, BigInt, cycles) instead of storing a different value.
 */
export function toJsonText(value: unknown, subject: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new InvalidInputError([{ path: '', message: 'must be serialisable as JSON' }], { subject, cause: error });
  }
  if (text === undefined) throw new InvalidInputError([{ path: '', message: 'must be serialisable as JSON' }], { subject });
  return text;
}
