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
export {
  OFFLINE_MODEL,
  OFFLINE_PROVIDER,
  createOfflineLlmClient,
  type OfflineLlmClientOptions,
} from './offline/offline-llm-client.js';
export { OFFLINE_DEFAULTS, type OfflineDefaults } from './offline/offline-defaults.js';
export { SCORE_WORD_LEVELS } from './offline/read-score-filters.js';
export { OFFLINE_SCENARIO_RULES } from './offline/scenarios-from-spec.js';
export { EXTRACTABLE_FIELDS, type ExtractableField } from './offline/extract-fields-offline.js';
export {
  confirmationObject,
  decideConfirmation,
  isExplicitConfirmation,
  normalizeReply,
  type ConfirmationObject,
  type ExtractedIntent,
} from './explicit-confirmation.js';
export { ASSET_TYPE_WORDS } from './offline/asset-type-vocabulary.js';
export { US_METROS, US_STATES, type MetroEntry } from './offline/us-metro-states.js';
export { resolveMarketNames, type ResolvedMarketNames } from './offline/resolve-market-names.js';
export { findAmounts, type FoundAmount } from './offline/read-amounts.js';

// Replays the LLM calls of a recorded audit trace, in order.
export { REPLAY_PROVIDER, createReplayLlmClient, type ReplayLlmClient } from './replay-llm-client.js';
export { METHOD_OUTPUT_SCHEMAS } from './method-output-schemas.js';

// Structured output, prompts and the validation-repair loop shared by the provider adapters.
export {
  STRICT_SCHEMA_LIMITS,
  STRICT_STRING_FORMATS,
  checkStrictSchema,
  type JsonSchema,
  type StrictSchemaViolation,
} from './structured-output/check-strict-schema.js';
export {
  ANTHROPIC_SCHEMA_LIMITS,
  ANTHROPIC_STRING_FORMATS,
  checkAnthropicSchema,
  type AnthropicSchemaViolation,
} from './structured-output/check-anthropic-schema.js';
export { fitAnthropicLimits } from './structured-output/fit-anthropic-limits.js';
export {
  StrictSchemaError,
  makeNullable,
  toStrictJsonSchema,
  type StrictJsonSchemaOptions,
} from './structured-output/strict-json-schema.js';
export { fromStrictOutput } from './structured-output/from-strict-output.js';
export {
  ExtractedFieldValueSchema,
  SummaryOutputSchema,
  TYPED_EXTRACTED_FIELDS,
  extractFieldsOutputSchema,
  scenarioDefinitionsOutputSchema,
  type ExtractedFieldValue,
  type ScenarioDefinitionsOutput,
  type SummaryOutput,
} from './structured-output/output-schemas.js';
export {
  cachedStrictJsonSchema,
  defineStructuredTask,
  type StructuredTask,
  type TaskRequest,
} from './structured-output/structured-task.js';
export {
  ANSWER_FORMAT_RULES,
  JSON_ANSWER_RULE,
  NUMBER_VALUE_RULES,
  describePortfolio,
  formatMultiple,
  formatUsd,
} from './structured-output/prompt-formatting.js';
export { withPortfolioEnums, type PortfolioVocabulary } from './structured-output/portfolio-enums.js';
export { SELECTOR_SPEC_READING_RULES, selectorSpecTask } from './structured-output/selector-spec-task.js';
export { revisionTask } from './structured-output/revision-task.js';
export { explanationSummaryTask } from './structured-output/explanation-summary-task.js';
export { scenarioDefinitionsTask } from './structured-output/scenario-definitions-task.js';
export { extractFieldsTask } from './structured-output/extract-fields-task.js';
export {
  DEFAULT_MAX_REPAIRS,
  MAX_ANSWER_DEPTH,
  buildRepairMessage,
  nestsDeeperThan,
  runWithRepair,
  type ConversationTurn,
  type ModelReply,
  type RepairRequest,
  type RunWithRepairOptions,
} from './structured-output/run-with-repair.js';
export {
  providerFailureToLlmError,
  redactSecrets,
  retryAfterMsFromHeaders,
  type HeadersLike,
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
export {
  DEFAULT_PROVIDER_RETRIES,
  isRetryableFailure,
  sendProviderRequest,
  type ProviderRequestOptions,
} from './structured-output/provider-request.js';
export { malformedResponseError, parseApiBody, type ApiBody } from './structured-output/read-api-body.js';
export { createStructuredLlmClient, type StructuredLlmClientOptions } from './structured-output/structured-llm-client.js';
