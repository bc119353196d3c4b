// The public surface, listed in README.md ("Public surface"); `scripts/check-public-surfaces.mjs`
// fails when this file exports a name the README does not list. The offline readers, prompts
// and per-task schemas stay in their modules (the package's tests import them by path).
export { LLM_ERROR_CODES, LlmError, isLlmError, type LlmErrorCode } from './llm-error.js';
export type {
  AssetSummary,
  ExtractionContext,
  LlmCallMetadata,
  LlmCallOptions,
  LlmClient,
  LlmResult,
  RevisionContext,
} from './llm-client.js';

// The deterministic offline client (the default everywhere) and its documented vocabulary.
export { OFFLINE_MODEL, OFFLINE_PROVIDER, createOfflineLlmClient, type OfflineLlmClientOptions } from './offline/offline-llm-client.js';
export { OFFLINE_DEFAULTS, type OfflineDefaults } from './offline/offline-defaults.js';
export { OFFLINE_SCENARIO_RULES } from './offline/scenarios-from-spec.js';
export { EXTRACTABLE_FIELDS, type ExtractableField } from './offline/extract-fields-offline.js';
export { ASSET_TYPE_WORDS } from './offline/asset-type-vocabulary.js';
export { US_METROS, US_STATES, type MetroEntry } from './offline/us-metro-states.js';
export { resolveMarketNames, type ResolvedMarketNames } from './offline/resolve-market-names.js';
export { readAmountNotation } from './offline/written-numbers.js';
// What counts as an explicit "yes" to a pending action, shared by every client.
export { confirmationObject, decideConfirmation, type ConfirmationObject, type ExtractedIntent } from './explicit-confirmation.js';

// Replays the LLM calls of a recorded audit trace, in order.
export { REPLAY_PROVIDER, createReplayLlmClient, type ReplayLlmClient } from './replay-llm-client.js';

// Structured output, deadlines and retries shared by the provider adapters.
export { checkStrictSchema, type JsonSchema, type StrictSchemaViolation } from './structured-output/check-strict-schema.js';
export { checkAnthropicSchema, type AnthropicSchemaViolation } from './structured-output/check-anthropic-schema.js';
export { fitAnthropicLimits } from './structured-output/fit-anthropic-limits.js';
export { toStrictJsonSchema, type StrictJsonSchemaOptions } from './structured-output/strict-json-schema.js';
export {
  SummaryOutputSchema,
  TYPED_EXTRACTED_FIELDS,
  extractFieldsOutputSchema,
  type SummaryOutput,
} from './structured-output/output-schemas.js';
export type { StructuredTask, TaskRequest } from './structured-output/structured-task.js';
export { withPortfolioEnums, type PortfolioVocabulary } from './structured-output/portfolio-enums.js';
export { selectorSpecTask } from './structured-output/selector-spec-task.js';
export { scenarioDefinitionsTask } from './structured-output/scenario-definitions-task.js';
export {
  MAX_ANSWER_DEPTH,
  nestsDeeperThan,
  runWithRepair,
  type ConversationTurn,
  type ModelReply,
  type RunWithRepairOptions,
} from './structured-output/run-with-repair.js';
export {
  providerFailureToLlmError,
  type ProviderFailure,
  type ProviderFailureOptions,
} from './structured-output/provider-failure.js';
export {
  DEFAULT_CALL_DEADLINE_MS,
  abortableSleep,
  raceAbort,
  startCallDeadline,
  type CallDeadline,
} from './structured-output/call-deadline.js';
export { sendProviderRequest, type ProviderRequestOptions } from './structured-output/provider-request.js';
export { malformedResponseError, parseApiBody, type ApiBody } from './structured-output/read-api-body.js';
export { createStructuredLlmClient, type StructuredLlmClientOptions } from './structured-output/structured-llm-client.js';
