import { InvalidInputError, LeasebackError, type Asset, type CorporateState, type SelectorSpec } from '@leaseback/domain';
import { DuplicateAssetIdError, NonFiniteQuantityError, SolverError, UnknownAssetError, type EngineConfigInput } from '@leaseback/engine';
import { LlmError, type AssetSummary } from '@leaseback/llm';

/** The request schemas a worker can validate against (by name: a schema cannot cross a thread). */
export type RequestSchemaName = 'program_request' | 'scenario_set_request';

/** One piece of work sent to a worker thread: an engine call, a request validation or an offline brief reading. */
export type EngineTask =
  | {
      readonly operation: 'select_assets' | 'max_proceeds';
      readonly assets: readonly Asset[];
      readonly corporateState: CorporateState;
      readonly spec: SelectorSpec;
      readonly config: EngineConfigInput;
    }
  | {
      readonly operation: 'validate_request';
      readonly schema: RequestSchemaName;
      /** The request body as it arrived (parsed JSON). */
      readonly input: unknown;
      /** Prefix of every problem's path (`request`). */
      readonly root: string;
    }
  | {
      readonly operation: 'read_brief';
      readonly brief: string;
      readonly assetSummary: AssetSummary;
    };

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
  /** Class-specific fields (`quantity`, `assetId`, `problems`, `provider`), as plain data. */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** What a worker answers: the task's result, or its error as data. */
export type EngineTaskResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: SerializedError };

// The fields an error class adds that a caller reads (an input problem's paths, a model error's provider).
const CARRIED_FIELDS = [
  'quantity',
  'assetId',
  'problems',
  'provider',
  'statusCode',
  'retryAfterMs',
  'requestId',
  'usage',
  'model',
  'attempts',
];

/** `thrown` as data that survives `postMessage`. */
export function serializeError(thrown: unknown): SerializedError {
  if (!(thrown instanceof Error))
    return { name: 'Error', message: String(thrown), stack: null, code: null, isRetryable: false, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const name of CARRIED_FIELDS) {
    const value = (thrown as unknown as Record<string, unknown>)[name];
    // Only plain data crosses (JSON keeps exactly what a structured clone would, and drops anything else).
    if (value !== undefined) fields[name] = JSON.parse(JSON.stringify(value)) as unknown;
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

// The error classes callers test with `instanceof`, so a rebuilt error passes the same checks
// (the planner keeps an outcome when capacity hits a NonFiniteQuantityError, rethrows an
// InvalidInputError as the request's fault, and tells a cancelled model call by its LlmError).
const KNOWN_ERROR_CLASSES: Readonly<Record<string, abstract new (...args: never[]) => Error>> = {
  NonFiniteQuantityError,
  DuplicateAssetIdError,
  UnknownAssetError,
  SolverError,
  InvalidInputError,
  LlmError,
};
const BUILT_IN_ERROR_CLASSES: Readonly<Record<string, abstract new (...args: never[]) => Error>> = {
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
};

/** The error a worker reported, rebuilt with its class, code, message, stack and fields. */
export function deserializeError(serialized: SerializedError): Error {
  const known =
    KNOWN_ERROR_CLASSES[serialized.name] ??
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
