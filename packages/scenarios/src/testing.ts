import type { LifecycleEvaluationRequest, LifecycleEvaluator } from './lifecycle-evaluator.js';

/**
 * What a test evaluator answers: the same value on every call;
 * `{ sequence: [...] }` for one value per call (the last repeating); or a
 * function of the request and the call index. An `Error` value is thrown.
 */
export type TestEvaluatorAnswer =
  | { readonly sequence: readonly unknown[] }
  | ((request: LifecycleEvaluationRequest, callIndex: number) => unknown)
  | unknown;

/** A `LifecycleEvaluator` test double that records the requests it received. */
export interface TestLifecycleEvaluator extends LifecycleEvaluator {
  /** Every request, in call order. */
  readonly calls: readonly LifecycleEvaluationRequest[];
}

/**
 * Creates a scripted evaluator (see `TestEvaluatorAnswer`); failures are
 * scripted as errors: `createTestLifecycleEvaluator(new Error("down"))`.
 */
export function createTestLifecycleEvaluator(answer: TestEvaluatorAnswer): TestLifecycleEvaluator {
  const calls: LifecycleEvaluationRequest[] = [];
  return {
    calls,
    async evaluate(request) {
      const callIndex = calls.length;
      calls.push(request);
      let value: unknown;
      if (typeof answer === 'function')
        value = await (answer as (request: LifecycleEvaluationRequest, callIndex: number) => unknown)(request, callIndex);
      else if (isSequence(answer)) value = answer.sequence[Math.min(callIndex, answer.sequence.length - 1)];
      else value = answer;
      if (value instanceof Error) throw value;
      return value;
    },
  };
}

function isSequence(answer: unknown): answer is { readonly sequence: readonly unknown[] } {
  return (
    typeof answer === 'object' && answer !== null && !Array.isArray(answer) && Array.isArray((answer as { sequence?: unknown }).sequence)
  );
}

/** Freezes a value and everything reachable from it, so a test fails if code mutates its input. */
export function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
