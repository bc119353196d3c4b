import { toLeasebackError, type LlmMethod } from '@leaseback/domain';
import type { TokenUsage } from '@leaseback/domain';
import { isLlmError, type LlmClient, type LlmResult } from '@leaseback/llm';
import type { ServiceMetrics } from './service-metrics.js';

/** What the instrumenting decorator needs besides the client. */
export interface InstrumentLlmClientOptions {
  readonly metrics: Pick<ServiceMetrics, 'llmCalls' | 'llmCallDuration'> & Partial<Pick<ServiceMetrics, 'llmTokens'>>;
  /** Monotonic milliseconds for latency; defaults to `performance.now`. */
  readonly monotonicNow?: () => number;
}

/**
 * Wraps an `LlmClient` so that every call is counted by provider, method and
 * outcome (`ok` or the error's stable code) and timed, and its tokens counted
 * by provider, model and kind (a failed call's from the error). Values and errors pass
 * through unchanged, so the wrapped client is a drop-in replacement.
 */
export function instrumentLlmClient(client: LlmClient, options: InstrumentLlmClientOptions): LlmClient {
  const monotonicNow = options.monotonicNow ?? (() => performance.now());
  const provider = client.provider;
  const countTokens = (model: string, usage: TokenUsage | undefined): void => {
    if (usage === undefined || options.metrics.llmTokens === undefined) return;
    options.metrics.llmTokens.inc({ provider, model, kind: 'input' }, usage.input_tokens);
    options.metrics.llmTokens.inc({ provider, model, kind: 'output' }, usage.output_tokens);
  };
  const measure = async <T extends LlmResult<unknown>>(method: LlmMethod, call: () => Promise<T>): Promise<T> => {
    const started = monotonicNow();
    let outcome = 'ok';
    try {
      const result = await call();
      countTokens(result.metadata.model, result.metadata.usage);
      return result;
    } catch (thrown) {
      outcome = toLeasebackError(thrown).code;
      // A failed call is billed too (a refusal, a truncation, an answer still invalid after repair).
      if (isLlmError(thrown)) countTokens(thrown.model ?? 'unknown', thrown.usage);
      throw thrown;
    } finally {
      options.metrics.llmCalls.inc({ provider, method, outcome });
      options.metrics.llmCallDuration.observe({ provider, method }, Math.max(0, monotonicNow() - started) / 1000);
    }
  };
  return {
    provider,
    generateSelectorSpec: (brief, assetSummary, callOptions) =>
      measure('generateSelectorSpec', () => client.generateSelectorSpec(brief, assetSummary, callOptions)),
    reviseSelectorSpec: (spec, outcome, context, callOptions) =>
      measure('reviseSelectorSpec', () => client.reviseSelectorSpec(spec, outcome, context, callOptions)),
    generateExplanationSummary: (spec, outcome, nodes, callOptions) =>
      measure('generateExplanationSummary', () => client.generateExplanationSummary(spec, outcome, nodes, callOptions)),
    generateScenarioDefinitions: (brief, assetSummary, count, callOptions) =>
      measure('generateScenarioDefinitions', () => client.generateScenarioDefinitions(brief, assetSummary, count, callOptions)),
    extractFields: (message, fieldNames, context, callOptions) =>
      measure('extractFields', () => client.extractFields(message, fieldNames, context, callOptions)),
  };
}
