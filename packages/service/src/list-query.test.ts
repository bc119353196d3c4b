import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListQuery, parseListQueryWithSchema } from './list-query.js';

const LIMITS = { default: 20, max: 100 };

/** The answer as a comparable value: the query read, or the problems thrown. */
function outcome(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (error) {
    return { problems: (error as { problems?: unknown }).problems, message: (error as Error).message };
  }
}

const text = fc.oneof(
  fc.constantFrom(
    'fund-a',
    ' fund-a ',
    '',
    '   ',
    'a\u0000b',
    '\ud800',
    '20',
    ' 7 ',
    '0',
    '100',
    '101',
    '1.5',
    '-3',
    '1e2',
    '\u00a05',
    '99999999999999999999',
  ),
  fc.string({ maxLength: 6 }),
);
const value = fc.oneof(
  text,
  fc.constantFrom(null, undefined, 0, 1, 20, 100, 101, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, true),
  fc.integer(),
  fc.array(text, { maxLength: 2 }),
);
const query = fc
  .tuple(fc.dictionary(fc.constantFrom('fund_id', 'limit', 'offset', 'fund_id\u0000', 'Limit'), value, { maxKeys: 3 }), fc.boolean())
  .map(([entries, bare]) => (bare ? Object.assign(Object.create(null) as object, entries) : entries));

describe('parseListQuery', () => {
  it('reads every query as the schema does: the same value or the same problems', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.constantFrom(undefined, null, 'limit=5', ['x'], 7)), (candidate) => {
        expect(outcome(() => parseListQuery(candidate, LIMITS))).toEqual(outcome(() => parseListQueryWithSchema(candidate, LIMITS)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the common queries: none, a limit as a URL sends it, a fund with spaces around', () => {
    expect(parseListQuery(undefined, LIMITS)).toEqual({ fundId: undefined, limit: 20 });
    expect(parseListQuery({ limit: ' 5 ', fund_id: ' fund-a ' }, LIMITS)).toEqual({ fundId: 'fund-a', limit: 5 });
    expect(() => parseListQuery({ limit: '101' }, LIMITS)).toThrow(/limit/);
    expect(() => parseListQuery({ fund_id: 'a\u0000' }, LIMITS)).toThrow(/NUL/);
    expect(() => parseListQuery({ page: '2' }, LIMITS)).toThrow(/page/);
  });
});
