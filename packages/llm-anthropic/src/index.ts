export {
  DEFAULT_ANTHROPIC_MODEL,
  createAnthropicLlmClient,
  type AnthropicLlmClientOptions,
  type AnthropicStructuredOutputMode,
} from './anthropic-llm-client.js';
export { describeAnthropicError } from './describe-anthropic-error.js';
