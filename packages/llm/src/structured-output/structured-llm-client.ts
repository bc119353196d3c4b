import type { LlmCallOptions, LlmClient, LlmResult } from '../llm-client.js';
import type { LlmError } from '../llm-error.js';
import { explanationSummaryTask } from './explanation-summary-task.js';
import { extractFieldsTask } from './extract-fields-task.js';
import { revisionTask } from './revision-task.js';
import { runWithRepair, type ConversationTurn } from './run-with-repair.js';
import { scenarioDefinitionsTask } from './scenario-definitions-task.js';
import { selectorSpecTask } from './selector-spec-task.js';
import type { StructuredTask, TaskRequest } from './structured-task.js';

/** What a provider adapter supplies to become an `LlmClient`. */
export interface StructuredLlmClientOptions {
  /** Provider name recorded in traces and errors. */
  readonly provider: string;
  /** The configured model name. */
  readonly model: string;
  /** Re-asks after an invalid answer, at most this many times per call (default 2). */
  readonly maxRepairs?: number;
  /** Overall time limit of each call in ms, retries and waits included (default 60,000). */
  readonly deadlineMs?: number;
  /** Milliseconds clock for latency (default `Date.now`). */
  readonly now?: () => number;
  /** Starts the conversation for one call; the returned function sends each attempt. */
  readonly openConversation: (task: TaskRequest) => ConversationTurn;
  /** Maps an SDK error to an `LlmError`; `null` leaves it as it is. */
  readonly mapError: (error: unknown, signal: AbortSignal | undefined) => LlmError | null;
}

/**
 * Builds the five `LlmClient` methods from a provider's conversation: each
 * method builds its task (prompts + strict schema), then runs the
 * validation-repair loop over the provider's wire.
 */
export function createStructuredLlmClient(options: StructuredLlmClientOptions): LlmClient {
  const run = <Answer, Value>(task: StructuredTask<Answer, Value>, callOptions: LlmCallOptions | undefined): Promise<LlmResult<Value>> =>
    runWithRepair({
      provider: options.provider,
      model: options.model,
      task,
      send: options.openConversation(task),
      mapError: options.mapError,
      ...(options.maxRepairs === undefined ? {} : { maxRepairs: options.maxRepairs }),
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
      ...(callOptions?.signal === undefined ? {} : { signal: callOptions.signal }),
    });

  return {
    provider: options.provider,
    generateSelectorSpec: (brief, assetSummary, callOptions) => run(selectorSpecTask(brief, assetSummary), callOptions),
    reviseSelectorSpec: (spec, outcome, context, callOptions) => run(revisionTask(spec, outcome, context), callOptions),
    generateExplanationSummary: (spec, outcome, nodes, callOptions) => run(explanationSummaryTask(spec, outcome, nodes), callOptions),
    generateScenarioDefinitions: (brief, assetSummary, count, callOptions) =>
      run(scenarioDefinitionsTask(brief, assetSummary, count), callOptions),
    extractFields: (message, fieldNames, context, callOptions) => run(extractFieldsTask(message, fieldNames, context), callOptions),
  };
}
