export {
  ANTHROPIC_MAX_OUTPUT_TOKENS,
  DEFAULT_ANTHROPIC_MODEL,
  acceptsForcedToolChoice,
  createAnthropicLlmClient,
  type AnthropicLlmClientOptions,
  type AnthropicStructuredOutputMode,
} from './anthropic-llm-client.js';
export { describeAnthropicError } from './describe-anthropic-error.js';
export { MINIMUM_CACHEABLE_TOKENS, cacheControlFor, minimumCacheableTokens } from './prompt-cache.js';
