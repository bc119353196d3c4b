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
  let schema = schemasByMax.get(limits.max);
  if (schema === undefined) {
    schema = listQuerySchema(limits.max);
    schemasByMax.set(limits.max, schema);
  }
  const parsed = parseInput(schema, query ?? {}, { root: 'query' });
  return { fundId: parsed.fund_id ?? undefined, limit: parsed.limit ?? limits.default };
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
