import { LeasebackError, type Asset, type CorporateState, type SelectorSpec } from '@leaseback/domain';
import { DuplicateAssetIdError, NonFiniteQuantityError, SolverError, UnknownAssetError, type EngineConfigInput } from '@leaseback/engine';

/** One piece of engine work sent to a worker thread. */
export interface EngineTask {
  readonly operation: 'select_assets' | 'max_proceeds';
  readonly assets: readonly Asset[];
  readonly corporateState: CorporateState;
  readonly spec: SelectorSpec;
  readonly config: EngineConfigInput;
}

/**
 * An error as it crosses a thread: structured cloning keeps an Error's message
 * but not its class or its `code`, so both travel as data and are rebuilt.
 */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack: string | null;
  readonly code: string | null;
  readonly isRetryable: boolean;
  /** Class-specific fields (`quantity`, `assetId`). */
  readonly fields: Readonly<Record<string, string>>;
}

/** What a worker answers: the engine's result, or its error as data. */
export type EngineTaskResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: SerializedError };

/** `thrown` as data that survives `postMessage`. */
export function serializeError(thrown: unknown): SerializedError {
  if (!(thrown instanceof Error))
    return { name: 'Error', message: String(thrown), stack: null, code: null, isRetryable: false, fields: {} };
  const fields: Record<string, string> = {};
  for (const name of ['quantity', 'assetId']) {
    const value = (thrown as unknown as Record<string, unknown>)[name];
    if (typeof value === 'string') fields[name] = value;
  }
  return {
    name: thrown.name,
    message: thrown.message,
    stack: thrown.stack ?? null,
    code: thrown instanceof LeasebackError ? thrown.code : null,
    isRetryable: thrown instanceof LeasebackError ? thrown.isRetryable : false,
    fields,
  };
}

// The engine's error classes, so a rebuilt error passes the same `instanceof` checks
// (the planner keeps an outcome when capacity hits a NonFiniteQuantityError).
const ENGINE_ERROR_CLASSES: Readonly<Record<string, abstract new (...args: never[]) => Error>> = {
  NonFiniteQuantityError,
  DuplicateAssetIdError,
  UnknownAssetError,
  SolverError,
};
const BUILT_IN_ERROR_CLASSES: Readonly<Record<string, abstract new (...args: never[]) => Error>> = {
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
};

/** The error a worker reported, rebuilt with its class, code, message and stack. */
export function deserializeError(serialized: SerializedError): Error {
  const known =
    ENGINE_ERROR_CLASSES[serialized.name] ??
    (serialized.code !== null ? LeasebackError : (BUILT_IN_ERROR_CLASSES[serialized.name] ?? Error));
  const error = Object.create(known.prototype) as Error & Record<string, unknown>;
  Object.defineProperties(error, {
    message: { value: serialized.message, writable: true, configurable: true },
    stack: { value: serialized.stack ?? `${serialized.name}: ${serialized.message}`, writable: true, configurable: true },
    name: { value: serialized.name, writable: true, configurable: true },
  });
  if (serialized.code !== null) {
    Object.assign(error, { code: serialized.code, isRetryable: serialized.isRetryable });
  }
  Object.assign(error, serialized.fields);
  return error;
}
