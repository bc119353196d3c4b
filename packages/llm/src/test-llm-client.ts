import {
  problemsFromZodError,
  formatProblem,
  type ExplanationNode,
  type JsonValue,
  type LlmMethod,
  type ProgramOutcome,
  type ScenarioDefinition,
  type SelectorSpec,
  type SelectorSpecInput,
} from '@leaseback/domain';
import type { z } from 'zod';
import { abortableDelay, throwIfAborted } from './call-guard.js';
import type {
  AssetSummary,
  ExtractionContext,
  LlmCallMetadata,
  LlmCallOptions,
  LlmClient,
  LlmResult,
  RevisionContext,
} from './llm-client.js';
import { LlmError } from './llm-error.js';
import { METHOD_OUTPUT_SCHEMAS } from './method-output-schemas.js';

/** Provider name the test double records. */
export const TEST_PROVIDER = 'test';
/** Model name the test double records unless configured otherwise. */
export const TEST_MODEL = 'test-model';

/**
 * How one method of the test double answers:
 * - a value (or an `Error` to throw), the same for every call;
 * - an array, one entry per call in call order (running out fails loudly);
 * - a function of the call's arguments returning a value, an `Error` to throw,
 *   or a promise of either (and it may throw).
 * For `generateScenarioDefinitions`, whose value is itself a list, per-call
 * results are an array of lists; a flat list of definitions is one result used
 * for every call.
 */
export type TestLlmResponse<Arguments extends readonly unknown[], Value> =
  | Value
  | Error
  | readonly (Value | Error)[]
  | ((...args: Arguments) => Value | Error | Promise<Value | Error>);

/** Configuration of `createTestLlmClient`: one optional response per method. */
export interface TestLlmClientConfig {
  readonly generateSelectorSpec?: TestLlmResponse<[brief: string, assetSummary: AssetSummary, options: LlmCallOptions], SelectorSpecInput>;
  readonly reviseSelectorSpec?: TestLlmResponse<
    [spec: SelectorSpec, outcome: ProgramOutcome, context: RevisionContext, options: LlmCallOptions],
    SelectorSpecInput
  >;
  readonly generateExplanationSummary?: TestLlmResponse<
    [spec: SelectorSpec, outcome: ProgramOutcome, nodes: readonly ExplanationNode[], options: LlmCallOptions],
    string
  >;
  readonly generateScenarioDefinitions?: TestLlmResponse<
    [brief: string, assetSummary: AssetSummary, count: number, options: LlmCallOptions],
    readonly ScenarioDefinition[]
  >;
  readonly extractFields?: TestLlmResponse<
    [message: string, fieldNames: readonly string[], context: ExtractionContext, options: LlmCallOptions],
    Readonly<Record<string, unknown>>
  >;
  /** Wait this long before answering each call (the wait stops with `llm_cancelled` when the signal aborts). */
  readonly delayMs?: number;
  /** Metadata to report instead of the defaults (provider `test`, model `test-model`, zero usage, one attempt). */
  readonly metadata?: Partial<Omit<LlmCallMetadata, 'raw_output'>>;
}

/** One call the test double received. */
export interface TestLlmCall {
  readonly method: LlmMethod;
  /** The positional arguments, without the options object. */
  readonly arguments: readonly unknown[];
  /** The options object, when one was passed. */
  readonly options?: LlmCallOptions;
}

/** The test double: an `LlmClient` that also tells what it was asked. */
export interface TestLlmClient extends LlmClient {
  /** Every call received, in order (including calls that failed). */
  readonly calls: readonly TestLlmCall[];
  /** The calls received by one method, in order. */
  callsTo(method: LlmMethod): TestLlmCall[];
}

type AnyResponse = TestLlmResponse<readonly unknown[], unknown>;

function isPerCallList(method: LlmMethod, response: unknown): response is readonly unknown[] {
  if (!Array.isArray(response)) return false;
  if (method !== 'generateScenarioDefinitions') return true;
  return response.every((entry: unknown) => Array.isArray(entry) || entry instanceof Error);
}

/**
 * A configurable `LlmClient` for tests. Each method answers from its
 * configuration (see `TestLlmResponse`); a method left unconfigured throws an
 * `Error` naming it. Values are validated with the method's domain schema
 * (defaults applied, an invalid value is an `llm_invalid_output` LlmError), so
 * callers receive exactly what a real client would return.
 */
export function createTestLlmClient(config: TestLlmClientConfig = {}): TestLlmClient {
  const calls: TestLlmCall[] = [];
  const callCounts = new Map<LlmMethod, number>();
  const provider = config.metadata?.provider ?? TEST_PROVIDER;

  async function answer<Value>(
    method: LlmMethod,
    args: readonly unknown[],
    options: LlmCallOptions | undefined,
  ): Promise<LlmResult<Value>> {
    calls.push({ method, arguments: args, ...(options === undefined ? {} : { options }) });
    const callIndex = callCounts.get(method) ?? 0;
    callCounts.set(method, callIndex + 1);
    const response = config[method] as AnyResponse | undefined;
    if (response === undefined) {
      throw new Error(`createTestLlmClient: ${method} was called but no result is configured for it`);
    }
    throwIfAborted(options?.signal, provider);
    if (config.delayMs !== undefined && config.delayMs > 0) await abortableDelay(config.delayMs, options?.signal, provider);

    let result: unknown;
    if (typeof response === 'function') result = await response(...args, options ?? {});
    else if (isPerCallList(method, response)) {
      if (callIndex >= response.length) {
        throw new Error(
          `createTestLlmClient: ${method} was called ${callIndex + 1} times but only ${response.length} result${response.length === 1 ? ' is' : 's are'} configured`,
        );
      }
      result = response[callIndex];
    } else result = response;
    if (result instanceof Error) throw result;

    const schema = METHOD_OUTPUT_SCHEMAS[method] as z.ZodType;
    const parsed = schema.safeParse(result);
    if (!parsed.success) {
      const problems = problemsFromZodError(parsed.error).map(formatProblem).join('; ');
      throw new LlmError('llm_invalid_output', `test double: the result configured for ${method} is invalid: ${problems}`, {
        provider,
        cause: parsed.error,
      });
    }
    const value = parsed.data as Value;
    const metadata: LlmCallMetadata = {
      provider,
      model: TEST_MODEL,
      latency_ms: config.delayMs ?? 0,
      usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
      attempts: 1,
      unrecognized: [],
      assumptions: [],
      ...config.metadata,
      raw_output: JSON.parse(JSON.stringify(value)) as JsonValue,
    };
    return { value, metadata };
  }

  return {
    provider,
    calls,
    callsTo(method) {
      return calls.filter((call) => call.method === method);
    },
    generateSelectorSpec(brief, assetSummary, options) {
      return answer<SelectorSpec>('generateSelectorSpec', [brief, assetSummary], options);
    },
    reviseSelectorSpec(spec, outcome, context, options) {
      return answer<SelectorSpec>('reviseSelectorSpec', [spec, outcome, context], options);
    },
    generateExplanationSummary(spec, outcome, nodes, options) {
      return answer<string>('generateExplanationSummary', [spec, outcome, nodes], options);
    },
    generateScenarioDefinitions(brief, assetSummary, count, options) {
      return answer<ScenarioDefinition[]>('generateScenarioDefinitions', [brief, assetSummary, count], options);
    },
    extractFields(message, fieldNames, context, options) {
      return answer<Record<string, unknown>>('extractFields', [message, fieldNames, context], options);
    },
  };
}
