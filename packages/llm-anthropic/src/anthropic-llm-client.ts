import Anthropic from '@anthropic-ai/sdk';
import { transformJSONSchema } from '@anthropic-ai/sdk/lib/transform-json-schema';
import type { ContentBlockParam, Message, MessageCreateParamsNonStreaming, MessageParam } from '@anthropic-ai/sdk/resources/messages';
import {
  LlmError,
  createStructuredLlmClient,
  providerFailureToLlmError,
  type ConversationTurn,
  type LlmClient,
  type ModelReply,
  type TaskRequest,
} from '@leaseback/llm';
import { describeAnthropicError } from './describe-anthropic-error.js';

/** The model used when none is configured. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-4-5';

/**
 * How the answer's shape is enforced:
 * - `tool` (default): one tool whose `input_schema` is the answer schema, forced
 *   with `tool_choice: { type: "tool" }`; works with every Claude model.
 * - `json_schema`: the Messages API's structured output
 *   (`output_config.format`), constrained decoding on the models that support
 *   it; the schema is first reduced to the subset it accepts by the SDK's
 *   `transformJSONSchema` (unsupported constraints become descriptions).
 */
export type AnthropicStructuredOutputMode = 'tool' | 'json_schema';

/** Options of `createAnthropicLlmClient`. Every field is optional. */
export interface AnthropicLlmClientOptions {
  /** API key; defaults to `process.env.ANTHROPIC_API_KEY`. Never logged or put in an error. */
  readonly apiKey?: string;
  /** Claude model (default `DEFAULT_ANTHROPIC_MODEL`). */
  readonly model?: string;
  /** API base URL, e.g. a gateway (default: the SDK's). */
  readonly baseURL?: string;
  /** Per-request timeout in ms, enforced by the SDK (default 60,000). */
  readonly timeoutMs?: number;
  /** The SDK's own retries for 408/409/429/5xx, connection errors and timeouts (default 2). There is no other retry loop. */
  readonly maxRetries?: number;
  /** Re-asks after an unparsable or invalid answer (default 2). */
  readonly maxRepairs?: number;
  /** `max_tokens` per attempt (default 4,096). */
  readonly maxOutputTokens?: number;
  /** How the answer's shape is enforced (default `tool`). */
  readonly structuredOutput?: AnthropicStructuredOutputMode;
  /** `fetch` for the SDK to use (tests, proxies). */
  readonly fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Milliseconds clock for the latency in the metadata (default `Date.now`). */
  readonly now?: () => number;
}

const PROVIDER = 'anthropic';

function usageOf(message: Message): ModelReply['usage'] {
  // Cached prompt tokens are reported apart from input_tokens; all of them were read.
  const input = message.usage.input_tokens + (message.usage.cache_creation_input_tokens ?? 0) + (message.usage.cache_read_input_tokens ?? 0);
  const output = message.usage.output_tokens;
  return { input_tokens: input, output_tokens: output, total_tokens: input + output };
}

function textOf(message: Message): string {
  return message.content
    .filter((block) => block.type === 'text')
    .map((block) => block.text)
    .join('');
}

/** How generation ended, in the repair loop's terms. */
function statusOf(message: Message): ModelReply['status'] {
  if (message.stop_reason === 'refusal') return 'refused';
  if (message.stop_reason === 'max_tokens' || message.stop_reason === 'model_context_window_exceeded') return 'truncated';
  return 'complete';
}

/**
 * An `LlmClient` on the official Anthropic SDK. By default the answer schema
 * (the strict schema from `@leaseback/llm`) is the `input_schema` of one tool
 * the model is forced to call; with `structuredOutput: "json_schema"` it is sent
 * as `output_config.format` instead. Each call runs the shared
 * validation-repair loop: a repair answers the rejected tool call with an error
 * `tool_result` listing the problems (or, in `json_schema` mode, replays the
 * text and asks again). `stop_reason` `max_tokens` → `llm_truncated`,
 * `refusal` → `llm_refused`; SDK errors map onto the LlmError codes.
 *
 * Throws `llm_auth` at once when no API key is given or set in `ANTHROPIC_API_KEY`.
 */
export function createAnthropicLlmClient(options: AnthropicLlmClientOptions = {}): LlmClient {
  const apiKey = options.apiKey ?? process.env.ANTHROPIC_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new LlmError('llm_auth', 'no Anthropic API key: set ANTHROPIC_API_KEY or pass apiKey', { provider: PROVIDER });
  }
  const model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
  const maxOutputTokens = options.maxOutputTokens ?? 4_096;
  const mode = options.structuredOutput ?? 'tool';
  // Retries and timeouts are the SDK's, configured once here; the repair loop only re-asks for invalid answers.
  const client = new Anthropic({
    apiKey,
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  const openConversation = (task: TaskRequest): ConversationTurn => {
    const messages: MessageParam[] = [{ role: 'user', content: task.user }];
    const shape: Pick<MessageCreateParamsNonStreaming, 'tools' | 'tool_choice' | 'output_config'> =
      mode === 'tool'
        ? {
            tools: [{ name: task.name, description: task.description, input_schema: task.jsonSchema as { type: 'object' } }],
            tool_choice: { type: 'tool', name: task.name },
          }
        : { output_config: { format: { type: 'json_schema', schema: transformJSONSchema(task.jsonSchema) } } };
    let previous: Message | undefined;

    return async (repair, signal) => {
      if (repair !== null && previous !== undefined) messages.push(...repairTurns(previous, task.name, repair.message));
      const message = await client.messages.create(
        { model, max_tokens: maxOutputTokens, system: task.system, messages: [...messages], ...shape },
        signal === undefined ? {} : { signal },
      );
      previous = message;
      const usage = usageOf(message);
      const status = statusOf(message);
      if (status === 'refused') {
        const refusal = textOf(message).trim() || message.stop_details?.explanation || message.stop_details?.category || '';
        return { status, output: { kind: 'missing', detail: 'refused' }, usage, model: message.model, refusal };
      }
      return { status, output: answerOf(message, task.name, mode), usage, model: message.model };
    };
  };

  return createStructuredLlmClient({
    provider: PROVIDER,
    model,
    openConversation,
    mapError: (error) => {
      const failure = describeAnthropicError(error);
      return failure === null ? null : providerFailureToLlmError(failure, { provider: PROVIDER, secrets: [apiKey] });
    },
    ...(options.maxRepairs === undefined ? {} : { maxRepairs: options.maxRepairs }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}

/** The answer in a reply: the forced tool's input, or the JSON text. */
function answerOf(message: Message, toolName: string, mode: AnthropicStructuredOutputMode): ModelReply['output'] {
  if (mode === 'tool') {
    const call = message.content.find((block) => block.type === 'tool_use' && block.name === toolName);
    if (call !== undefined && call.type === 'tool_use') return { kind: 'value', value: call.input };
    return { kind: 'missing', detail: `the reply did not call the ${toolName} tool` };
  }
  const text = textOf(message);
  return text.trim() === '' ? { kind: 'missing', detail: 'the reply had no text' } : { kind: 'text', text };
}

/**
 * The turns that ask for a corrected answer: the rejected reply (its text and
 * tool calls) and then, for a tool call, an error `tool_result` carrying the
 * problems, which the API requires right after a `tool_use`; otherwise the
 * problems as plain text.
 */
function repairTurns(previous: Message, toolName: string, repairMessage: string): MessageParam[] {
  const replayed: ContentBlockParam[] = [];
  for (const block of previous.content) {
    if (block.type === 'text' && block.text !== '') replayed.push({ type: 'text', text: block.text });
    if (block.type === 'tool_use') replayed.push({ type: 'tool_use', id: block.id, name: block.name, input: block.input });
  }
  const call = previous.content.find((block) => block.type === 'tool_use' && block.name === toolName);
  if (replayed.length === 0) replayed.push({ type: 'text', text: '(no answer)' });
  const feedback: MessageParam =
    call !== undefined && call.type === 'tool_use'
      ? { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, is_error: true, content: repairMessage }] }
      : { role: 'user', content: repairMessage };
  return [{ role: 'assistant', content: replayed }, feedback];
}
