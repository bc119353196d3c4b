import { InvalidInputError, parseInput, unstorableTextReason, type InputProblem } from '@leaseback/domain';
import { z } from 'zod';

/** A list query after validation. */
export interface ListQuery {
  readonly fundId: string | undefined;
  readonly limit: number;
}

type ListLimits = { readonly default: number; readonly max: number };

/** The schema of a list query for one maximum. */
function listQuerySchema(max: number) {
  return z.strictObject({
    fund_id: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').nullable().optional(),
    limit: z
      .preprocess(
        (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
        z
          .number({ error: 'must be a whole number' })
          .int('must be a whole number')
          .min(1, `must be between 1 and ${max}`)
          .max(max, `must be between 1 and ${max}`),
      )
      .nullable()
      .optional(),
  });
}

/**
 * Schemas by maximum, built on first use. Why: building a zod schema costs more
 * than parsing a small query with it (a fifth of a list request's CPU), and the
 * maxima are a handful of constants.
 */
const schemasByMax = new Map<number, ReturnType<typeof listQuerySchema>>();

/**
 * Validates a list query (`fund_id`, `limit`). `limit` may be a number or a
 * decimal string (as it arrives in a URL query); it must be a whole number from
 * 1 to `limits.max`, and defaults to `limits.default`.
 */
export function parseListQuery(query: unknown, limits: ListLimits): ListQuery {
  return plainListQuery(query, limits) ?? parseListQueryWithSchema(query, limits);
}

/** `parseListQuery` by the schema alone: what the quick reading must always agree with. */
export function parseListQueryWithSchema(query: unknown, limits: ListLimits): ListQuery {
  let schema = schemasByMax.get(limits.max);
  if (schema === undefined) {
    schema = listQuerySchema(limits.max);
    schemasByMax.set(limits.max, schema);
  }
  const parsed = parseInput(schema, query ?? {}, { root: 'query' });
  return { fundId: parsed.fund_id ?? undefined, limit: parsed.limit ?? limits.default };
}

/** `limit` as a URL carries it: digits, with spaces around at most (the schema's own reading). */
const DECIMAL_LIMIT = /^\s*\d+\s*$/;

/**
 * The common list query read without the schema: no query, or one with at
 * most a non-empty `fund_id` and an in-range `limit` (a number or a decimal
 * string), as plain values. Anything else, every query with a problem
 * included, is `undefined`, and the schema reads it and words the problems.
 * Why: a schema parse was a few percent of a list request, whose queries are
 * almost always this simple. The property test holds it to the schema's answer.
 */
function plainListQuery(query: unknown, limits: ListLimits): ListQuery | undefined {
  if (query === undefined || query === null) return { fundId: undefined, limit: limits.default };
  if (typeof query !== 'object' || Array.isArray(query)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(query);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  let fundId: string | undefined;
  let limit = limits.default;
  for (const [name, value] of Object.entries(query)) {
    if (name === 'fund_id') {
      if (value === null || value === undefined) continue;
      if (typeof value !== 'string' || unstorableTextReason(value) !== undefined) return undefined;
      fundId = value.trim();
      if (fundId === '') return undefined;
    } else if (name === 'limit') {
      if (value === null || value === undefined) continue;
      const number = typeof value === 'string' && DECIMAL_LIMIT.test(value) ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > limits.max) return undefined;
      limit = number;
    } else return undefined;
  }
  return { fundId, limit };
}

/**
 * Validates a record id from a path: a non-empty string of at most 200
 * characters that the store can hold (no NUL, no unpaired surrogate).
 */
export function parseRecordId(id: unknown, name: string): string {
  if (typeof id === 'string' && id.length > 0 && id.length <= 200) {
    const reason = unstorableTextReason(id);
    if (reason === undefined) return id;
    throw new InvalidInputError([{ path: name, message: reason }]);
  }
  const problem: InputProblem = { path: name, message: 'must be a string of 1 to 200 characters' };
  throw new InvalidInputError([problem]);
}
