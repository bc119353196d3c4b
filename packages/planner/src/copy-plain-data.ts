/**
 * A deep copy of plain data (arrays, plain objects, primitives), equal to what
 * `structuredClone` returns for it. Why: the planner copies specs and trace
 * entries so that later changes can never rewrite history, and
 * `structuredClone` serialises through V8's value serialiser, several times
 * slower than a walk for these small objects. Anything that is not plain data
 * (a Date, a Map, a class instance, a function) is handed to `structuredClone`
 * as before. Unlike `structuredClone`, a value reachable twice is copied twice:
 * the planner's values are trees (parsed or built from JSON), never graphs.
 */
export function copyPlainData<T>(value: T): T {
  if (typeof value === 'function') return structuredClone(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    // A sparse array, one with extra properties or a subclass is left to structuredClone, which keeps all three as it does.
    if (Object.getPrototypeOf(value) !== Array.prototype || Object.keys(value).length !== value.length) return structuredClone(value);
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) copy[index] = copyPlainData(value[index]);
    return copy as T;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = copyPlainData((value as Record<string, unknown>)[key]);
    // JSON may carry an own "__proto__" key; assigning it would set the copy's prototype instead.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: field, writable: true, enumerable: true, configurable: true });
    else copy[key] = field;
  }
  return copy as T;
}
