// The request rules of the two provider APIs, for the fake server: what the
// real endpoints refuse (unknown or missing parameters, unknown or retired
// models, schemas outside strict mode, out-of-range max tokens), answered in
// each provider's own error format. Model lists come from the caller, read
// from the installed SDKs, so an SDK upgrade moves them.
import { checkAnthropicSchema } from './structured-output/check-anthropic-schema.js';
import { checkStrictSchema, type JsonSchema } from './structured-output/check-strict-schema.js';
import type { FakeProviderProtocol, ProtocolRejection, RecordedRequest } from './fake-api-server.js';

/** The model ids a fake API knows, and those it no longer serves. */
export interface FakeModelCatalogue {
  /** Model ids the API serves (the SDK's model list). */
  readonly models: readonly string[];
  /** Model ids past their end of life: answered 404 like an unknown model. */
  readonly retired: readonly string[];
  /** The largest max output tokens the API accepts (default 128,000). */
  readonly maxOutputTokens?: number;
}

// Chat Completions request body parameters, as the API reference lists them.
const OPENAI_CHAT_PARAMETERS = new Set([
  'model',
  'messages',
  'audio',
  'frequency_penalty',
  'function_call',
  'functions',
  'logit_bias',
  'logprobs',
  'max_completion_tokens',
  'max_tokens',
  'metadata',
  'modalities',
  'n',
  'parallel_tool_calls',
  'prediction',
  'presence_penalty',
  'prompt_cache_key',
  'prompt_cache_retention',
  'reasoning_effort',
  'response_format',
  'safety_identifier',
  'seed',
  'service_tier',
  'stop',
  'store',
  'stream',
  'stream_options',
  'temperature',
  'tool_choice',
  'tools',
  'top_logprobs',
  'top_p',
  'user',
  'verbosity',
  'web_search_options',
]);
const OPENAI_ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool']);

// Messages API request body parameters, as the API reference lists them.
const ANTHROPIC_MESSAGE_PARAMETERS = new Set([
  'model',
  'messages',
  'max_tokens',
  'cache_control',
  'container',
  'context_management',
  'inference_geo',
  'mcp_servers',
  'metadata',
  'output_config',
  'service_tier',
  'stop_sequences',
  'stream',
  'system',
  'temperature',
  'thinking',
  'tool_choice',
  'tools',
  'top_k',
  'top_p',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function openAiError(status: number, message: string, param: string | null, code: string | null): ProtocolRejection {
  return { status, json: { error: { message, type: 'invalid_request_error', param, code } } };
}

/**
 * The OpenAI Chat Completions API (`POST /v1/chat/completions`): a bearer key;
 * only documented body parameters; `model` and `messages` required; the model
 * in the catalogue and not retired (404 `model_not_found`); roles known;
 * `max_completion_tokens` a whole number from 1 to the model maximum; a
 * `json_schema` response format named `[a-zA-Z0-9_-]{1,64}` whose schema, when
 * strict, passes `checkStrictSchema`.
 */
export function openAiChatCompletionsProtocol(catalogue: FakeModelCatalogue): FakeProviderProtocol {
  const maxOutput = catalogue.maxOutputTokens ?? 128_000;
  return {
    name: 'openai',
    requestIdHeader: 'x-request-id',
    validate(request: RecordedRequest) {
      if (request.method !== 'POST' || !request.path.endsWith('/chat/completions')) {
        return openAiError(404, `Invalid URL (${request.method} ${request.path})`, null, null);
      }
      if (!/^Bearer \S+$/.test(String(request.headers.authorization ?? ''))) {
        return {
          status: 401,
          json: { error: { message: "You didn't provide an API key.", type: 'invalid_request_error', param: null, code: null } },
        };
      }
      const body = request.body;
      if (!isRecord(body)) return openAiError(400, 'We could not parse the JSON body of your request.', null, null);
      for (const key of Object.keys(body)) {
        if (!OPENAI_CHAT_PARAMETERS.has(key)) return openAiError(400, `Unrecognized request argument supplied: ${key}`, null, null);
      }
      for (const key of ['model', 'messages']) {
        if (body[key] === undefined) return openAiError(400, `Missing required parameter: '${key}'.`, key, 'missing_required_parameter');
      }
      const model = String(body.model);
      if (!catalogue.models.includes(model) || catalogue.retired.includes(model)) {
        return openAiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, null, 'model_not_found');
      }
      if (!Array.isArray(body.messages) || body.messages.length === 0)
        return openAiError(400, "Invalid 'messages': empty array.", 'messages', 'empty_array');
      for (const [index, message] of body.messages.entries()) {
        if (!isRecord(message) || !OPENAI_ROLES.has(String(message.role))) {
          return openAiError(
            400,
            `Invalid value: '${isRecord(message) ? String(message.role) : ''}'. Supported values are: 'system', 'assistant', 'user', 'tool', and 'developer'.`,
            `messages[${index}].role`,
            'invalid_value',
          );
        }
      }
      for (const key of ['max_completion_tokens', 'max_tokens']) {
        const value = body[key];
        if (value !== undefined && (!Number.isInteger(value) || (value as number) < 1 || (value as number) > maxOutput)) {
          return openAiError(400, `Invalid '${key}': must be an integer between 1 and ${maxOutput}.`, key, 'invalid_value');
        }
      }
      const format = body.response_format;
      if (format !== undefined) {
        if (!isRecord(format) || !['text', 'json_object', 'json_schema'].includes(String(format.type))) {
          return openAiError(400, "Invalid value for 'response_format.type'.", 'response_format', 'invalid_value');
        }
        if (format.type === 'json_schema') {
          const definition = format.json_schema;
          if (!isRecord(definition) || typeof definition.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(definition.name)) {
            return openAiError(
              400,
              "Invalid 'response_format.json_schema.name': must match ^[a-zA-Z0-9_-]{1,64}$.",
              'response_format',
              'invalid_value',
            );
          }
          for (const key of Object.keys(definition)) {
            if (!['name', 'description', 'schema', 'strict'].includes(key))
              return openAiError(400, `Unrecognized request argument supplied: response_format.json_schema.${key}`, null, null);
          }
          if (definition.strict === true) {
            const violations = checkStrictSchema(isRecord(definition.schema) ? (definition.schema as JsonSchema) : {});
            if (violations.length > 0) {
              const first = violations[0] as { path: string; message: string };
              return openAiError(
                400,
                `Invalid schema for response_format '${definition.name}': In context=${first.path}, ${first.message}.`,
                'response_format',
                'invalid_json_schema',
              );
            }
          }
        }
      }
      return null;
    },
  };
}

function anthropicError(status: number, type: string, message: string): ProtocolRejection {
  return { status, json: { type: 'error', error: { type, message } } };
}

/** Options of `anthropicMessagesProtocol` beyond the catalogue. */
export interface AnthropicProtocolOptions {
  /** Models that answer 400 to a forced tool choice (`tool_choice` `any` or `tool`). */
  readonly rejectsForcedToolChoice?: (model: string) => boolean;
}

/**
 * The Anthropic Messages API (`POST /v1/messages`): a key (`x-api-key` or bearer) and an
 * `anthropic-version`; only documented body parameters; `model`, `messages`
 * and `max_tokens` required; the model in the catalogue and not retired (404
 * `not_found_error`); `max_tokens` from 1 to the model maximum; messages
 * alternating from `user`; `output_config.format` and strict tool schemas
 * passing `checkAnthropicSchema`; a forced tool choice refused where the model
 * refuses it.
 */
export function anthropicMessagesProtocol(catalogue: FakeModelCatalogue, options: AnthropicProtocolOptions = {}): FakeProviderProtocol {
  const maxOutput = catalogue.maxOutputTokens ?? 128_000;
  return {
    name: 'anthropic',
    requestIdHeader: 'request-id',
    validate(request: RecordedRequest) {
      if (request.method !== 'POST' || !request.path.startsWith('/v1/messages')) return anthropicError(404, 'not_found_error', 'Not Found');
      // The API takes the key as `x-api-key` or as a bearer token (current SDKs send the latter).
      const keyed =
        (typeof request.headers['x-api-key'] === 'string' && request.headers['x-api-key'] !== '') ||
        /^Bearer \S+$/.test(String(request.headers.authorization ?? ''));
      if (!keyed) return anthropicError(401, 'authentication_error', 'x-api-key header is required');
      if (typeof request.headers['anthropic-version'] !== 'string')
        return anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required');
      const body = request.body;
      if (!isRecord(body)) return anthropicError(400, 'invalid_request_error', 'The request body is not valid JSON.');
      for (const key of Object.keys(body)) {
        if (!ANTHROPIC_MESSAGE_PARAMETERS.has(key))
          return anthropicError(400, 'invalid_request_error', `${key}: Extra inputs are not permitted`);
      }
      for (const key of ['model', 'messages', 'max_tokens']) {
        if (body[key] === undefined) return anthropicError(400, 'invalid_request_error', `${key}: Field required`);
      }
      const model = String(body.model);
      if (!catalogue.models.includes(model) || catalogue.retired.includes(model))
        return anthropicError(404, 'not_found_error', `model: ${model}`);
      const maxTokens = body.max_tokens;
      if (!Number.isInteger(maxTokens) || (maxTokens as number) < 1 || (maxTokens as number) > maxOutput) {
        return anthropicError(
          400,
          'invalid_request_error',
          `max_tokens: ${String(maxTokens)} is out of range: it must be between 1 and ${maxOutput} for ${model}`,
        );
      }
      if (!Array.isArray(body.messages) || body.messages.length === 0)
        return anthropicError(400, 'invalid_request_error', 'messages: at least one message is required');
      let expected = 'user';
      for (const [index, message] of body.messages.entries()) {
        if (!isRecord(message) || message.role !== expected) {
          return anthropicError(
            400,
            'invalid_request_error',
            `messages.${index}.role: roles must alternate between "user" and "assistant", starting with "user"`,
          );
        }
        expected = expected === 'user' ? 'assistant' : 'user';
      }
      const schemas: JsonSchema[] = [];
      const outputConfig = body.output_config;
      if (outputConfig !== undefined) {
        if (!isRecord(outputConfig)) return anthropicError(400, 'invalid_request_error', 'output_config: Input should be an object');
        for (const key of Object.keys(outputConfig)) {
          if (!['effort', 'format'].includes(key))
            return anthropicError(400, 'invalid_request_error', `output_config.${key}: Extra inputs are not permitted`);
        }
        const format = outputConfig.format;
        if (format !== undefined && format !== null) {
          if (!isRecord(format) || format.type !== 'json_schema' || !isRecord(format.schema)) {
            return anthropicError(400, 'invalid_request_error', 'output_config.format: expected {type: "json_schema", schema: {...}}');
          }
          schemas.push(format.schema as JsonSchema);
        }
      }
      const tools = Array.isArray(body.tools) ? body.tools : [];
      for (const tool of tools) {
        if (isRecord(tool) && tool.strict === true && isRecord(tool.input_schema)) schemas.push(tool.input_schema as JsonSchema);
      }
      if (tools.filter((tool) => isRecord(tool) && tool.strict === true).length > 20) {
        return anthropicError(400, 'invalid_request_error', 'tools: at most 20 strict tools per request');
      }
      const violations = schemas.length === 0 ? [] : checkAnthropicSchema(...schemas);
      if (violations.length > 0) {
        const first = violations[0] as { path: string; message: string };
        return anthropicError(
          400,
          'invalid_request_error',
          `output schema is not supported by structured outputs: ${first.path}: ${first.message}`,
        );
      }
      const choice = body.tool_choice;
      if (isRecord(choice) && (choice.type === 'any' || choice.type === 'tool') && options.rejectsForcedToolChoice?.(model) === true) {
        return anthropicError(
          400,
          'invalid_request_error',
          `tool_choice: forced tool use is not supported with ${model}; use tool_choice "auto"`,
        );
      }
      return null;
    },
  };
}
