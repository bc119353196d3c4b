import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LlmCallRecordSchema } from '@leaseback/domain';
import type { LlmCallMetadata } from '@leaseback/llm';
import { llmCallRecord } from './audit-recorder.js';

// Values that are nearly right, so that the quick check and the schema are tried at their edges.
const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, 0, 2 ** 60, '3');
/** An array of `length` with a hole at index 0 and `item` everywhere else. */
function withHole(length: number, item: unknown): unknown[] {
  const array: unknown[] = new Array(length);
  for (let index = 1; index < length; index += 1) array[index] = item;
  return array;
}
const sparse = withHole(2, { input_tokens: 1, output_tokens: 1, total_tokens: 2 });
const usage = fc.oneof(
  fc.record({ input_tokens: fc.nat(), output_tokens: fc.nat(), total_tokens: fc.nat() }),
  fc.record({ input_tokens: oddNumber, output_tokens: fc.nat(), total_tokens: fc.nat() }),
  fc.record({ input_tokens: fc.nat(), output_tokens: fc.nat(), total_tokens: fc.nat(), extra: fc.nat() }),
  fc.constant(null),
);
const notice = fc.oneof(
  fc.record({
    code: fc.constantFrom('floor_defaulted', 'not_a_code'),
    severity: fc.constantFrom('info', 'warning', 'loud'),
    message: fc.string(),
  }),
  fc.record({
    code: fc.constant('floor_defaulted'),
    severity: fc.constant('info'),
    message: fc.string(),
    field: fc.oneof(fc.string(), fc.nat()),
  }),
  fc.record({ code: fc.constant('floor_defaulted'), severity: fc.constant('info'), message: fc.string(), other: fc.string() }),
);
const rawOutput = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, Number.NaN, withHole(2, 1), { constructor: 'x' }, { when: new Date(0) }, new Map(), () => 1),
);
const validUsage = fc.record({ input_tokens: fc.nat(), output_tokens: fc.nat(), total_tokens: fc.nat() });
const validMetadata = fc.record(
  {
    provider: fc.constant('offline'),
    model: fc.constant('rules'),
    latency_ms: fc.double({ min: 0, max: 1e6, noNaN: true }),
    usage: validUsage,
    attempt_usage: fc.array(validUsage, { maxLength: 3 }),
    attempts: fc.integer({ min: 1, max: 3 }),
    raw_output: fc.jsonValue({ maxDepth: 3 }),
    unrecognized: fc.array(fc.string(), { maxLength: 2 }),
    assumptions: fc.array(fc.string(), { maxLength: 2 }),
    notices: fc.array(notice, { maxLength: 2 }),
  },
  { requiredKeys: ['provider', 'model', 'latency_ms', 'usage', 'attempts', 'raw_output'] },
);
// Valid metadata with at most one field replaced by a nearly right value.
const oddField = fc.oneof(
  fc.record({ key: fc.constant('provider'), value: fc.nat() }),
  fc.record({ key: fc.constant('model'), value: fc.constant(null) }),
  fc.record({ key: fc.constant('latency_ms'), value: oddNumber }),
  fc.record({ key: fc.constant('usage'), value: usage }),
  fc.record({
    key: fc.constant('attempt_usage'),
    value: fc.oneof(fc.array(usage, { maxLength: 3 }), fc.constant(sparse), fc.constant('none')),
  }),
  fc.record({ key: fc.constant('attempts'), value: oddNumber }),
  fc.record({ key: fc.constant('raw_output'), value: rawOutput }),
  fc.record({ key: fc.constant('raw_output'), value: fc.record({ inner: rawOutput }) }),
  fc.record({ key: fc.constant('unrecognized'), value: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 2 }) }),
  fc.record({ key: fc.constant('surprise'), value: fc.string() }),
);
const metadata = fc
  .tuple(validMetadata, fc.option(oddField))
  .map(([valid, odd]) => (odd === null ? valid : { ...valid, [odd.key]: odd.value }) as Record<string, unknown>);

describe('llmCallRecord', () => {
  it('accepts exactly the metadata the trace schema accepts, and records it as the schema reads it', () => {
    fc.assert(
      fc.property(metadata, (input) => {
        const parsed = LlmCallRecordSchema.safeParse({ method: 'generateSelectorSpec', ...input });
        if (!parsed.success) {
          expect(() => llmCallRecord('generateSelectorSpec', input as unknown as LlmCallMetadata)).toThrow(/invalid call metadata/);
          return;
        }
        const { notices: _notices, ...expected } = parsed.data;
        const recorded = llmCallRecord('generateSelectorSpec', input as unknown as LlmCallMetadata);
        expect(recorded).toStrictEqual({ ...expected, raw_output: input.raw_output });
      }),
      { numRuns: 2000 },
    );
  });
});
