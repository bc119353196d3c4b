import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProgramRequestSchema } from './program.js';
import { findUnstorableText, unstorableTextReason } from './storable-text.js';
import { parseInput, safeParseInput } from './validation.js';
import { InvalidInputError } from './validation.js';
import { z } from 'zod';

describe('unstorableTextReason', () => {
  it('refuses NUL and unpaired surrogates, and accepts paired ones', () => {
    expect(unstorableTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unstorableTextReason('\uD800')).toMatch(/surrogate/);
    expect(unstorableTextReason('x\uDC00')).toMatch(/surrogate/);
    expect(unstorableTextReason('\uDC00\uD800')).toMatch(/surrogate/);
    expect(unstorableTextReason('emoji \uD83D\uDE00 ok')).toBeUndefined();
    expect(unstorableTextReason('plain text, tabs\tand newlines\n')).toBeUndefined();
  });

  it('accepts exactly the strings that survive a UTF-8 round trip and hold no NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const survives = Buffer.from(text, 'utf8').toString('utf8') === text && !text.includes('\u0000');
        expect(unstorableTextReason(text) === undefined).toBe(survives);
      }),
      { numRuns: 300 },
    );
    // Generous: fast-check's binary strings are cheap, but the build machine is shared.
  }, 60_000);
});

describe('findUnstorableText', () => {
  it('reports the path of every bad string, keys included', () => {
    const value = { brief: 'ok', assets: [{ name: 'a' }, { name: 'b\u0000' }], nested: { 'bad\u0000key': 1, list: ['\uD800'] } };
    expect(findUnstorableText(value, 'request')).toEqual([
      { path: 'request.assets[1].name', message: expect.stringMatching(/NUL/) },
      { path: 'request.nested', message: expect.stringMatching(/^a field name must not contain a NUL/) },
      { path: 'request.nested.list[0]', message: expect.stringMatching(/surrogate/) },
    ]);
  });

  it('finds a problem exactly when some string or key cannot be stored (the quick scan agrees with the walk)', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : typeof value === 'object' && value !== null
            ? Object.entries(value).flatMap(([key, entry]) => [key, ...strings(entry)])
            : [];
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }), (value) => {
        const storable = strings(value).every((text) => unstorableTextReason(text) === undefined);
        expect(findUnstorableText(value).length === 0).toBe(storable);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reports at most 20 problems and survives deep nesting', () => {
    expect(findUnstorableText(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
    let deep: unknown = '\u0000';
    for (let depth = 0; depth < 20_000; depth += 1) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(1);
    let clean: unknown = 'fine';
    for (let depth = 0; depth < 20_000; depth += 1) clean = { nested: [clean] };
    expect(findUnstorableText(clean)).toEqual([]);
  });
});

describe('parseInput refuses unstorable text before the schema runs', () => {
  it('names the field of a NUL in a brief or fund id', () => {
    const request = { program_description: 'Raise $100M\u0000', fund_id: 'fund\u0000a', assets: [], corporate_state: {} };
    let thrown: unknown;
    try {
      parseInput(ProgramRequestSchema, request, { root: 'request' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).problems.map((problem) => problem.path)).toEqual([
      'request.program_description',
      'request.fund_id',
    ]);
  });

  it('never calls the schema for such input', () => {
    let called = false;
    const schema = z.unknown().transform((value) => {
      called = true;
      return value;
    });
    expect(safeParseInput(schema, { text: '\u0000' }).ok).toBe(false);
    expect(called).toBe(false);
    expect(safeParseInput(schema, { text: 'fine' }).ok).toBe(true);
  });
});
