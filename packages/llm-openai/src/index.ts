export { DEFAULT_OPENAI_MODEL, OPENAI_MAX_OUTPUT_TOKENS, createOpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';
export { describeOpenAiError } from './describe-openai-error.js';
