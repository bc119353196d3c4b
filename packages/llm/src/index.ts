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
