import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ANTHROPIC_SCHEMA_LIMITS, checkAnthropicSchema } from './check-anthropic-schema.js';
import { fitAnthropicLimits } from './fit-anthropic-limits.js';
import { toStrictJsonSchema } from './strict-json-schema.js';

describe('fitAnthropicLimits', () => {
  const wide = z.strictObject(Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`field_${index}`, z.number().optional()])));

  it('moves nullable fields to optional ones until the union limit holds, leaving the rest as they were', () => {
    const strict = toStrictJsonSchema(wide);
    expect(checkAnthropicSchema(strict).map((violation) => violation.rule)).toContain('too_many_unions');
    const fitted = fitAnthropicLimits(strict);
    expect(checkAnthropicSchema(fitted)).toEqual([]);
    const required = fitted.required as string[];
    expect(required).toHaveLength(ANTHROPIC_SCHEMA_LIMITS.maxUnionProperties);
    // The last fields are the ones made optional; the schema given is not changed.
    expect(required).toContain('field_0');
    expect(required).not.toContain('field_19');
    expect((strict.required as string[]).length).toBe(20);
  });

  it('keeps a schema within the limits as it is', () => {
    const narrow = toStrictJsonSchema(z.strictObject({ a: z.number().optional(), b: z.string() }));
    expect(fitAnthropicLimits(narrow)).toEqual(narrow);
  });

  it('an answer that omits an optional field reads as the zod schema expects', () => {
    expect(wide.safeParse({ field_0: 1 }).success).toBe(true);
  });
});
