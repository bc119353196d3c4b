export { DEFAULT_OPENAI_MODEL, createOpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';
export { describeOpenAiError } from './describe-openai-error.js';
