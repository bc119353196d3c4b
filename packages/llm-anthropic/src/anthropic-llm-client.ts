import Anthropic from '@anthropic-ai/sdk';
import { transformJSONSchema } from '@anthropic-ai/sdk/lib/transform-json-schema';
import type {
  ContentBlockParam,
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages';
import {
  LlmError,
  MAX_ANSWER_DEPTH,
  createStructuredLlmClient,
  fitAnthropicLimits,
  nestsDeeperThan,
  malformedResponseError,
  parseApiBody,
  providerFailureToLlmError,
  sendProviderRequest,
  type ConversationTurn,
  type JsonSchema,
  type LlmClient,
  type ModelReply,
  type TaskRequest,
} from '@leaseback/llm';
import { z } from 'zod';
import { cacheControlFor } from './prompt-cache.js';
import { describeAnthropicError } from './describe-anthropic-error.js';

/**
 * The model used when none is configured: the current Sonnet in the installed
 * SDK's model list, not in its deprecation list (a test checks both).
 */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5-5';

/**
 * How the answer's shape is enforced:
 * - `output_config` (default): the Messages API's structured output
 *   (`output_config.format` with the JSON Schema), constrained decoding of the
 *   text answer;
 * - `strict_tool`: one tool with `strict: true` whose `input_schema` is the
 *   answer schema, also constrained decoding. The tool is forced
 *   (`tool_choice: tool`) on the Claude 4 models; later models reject a forced
 *   tool choice (adaptive thinking is on by default), so there it is offered
 *   with `tool_choice: auto` and the prompt asks for it.
 *
 * Either way the schema is first reduced by the SDK's `transformJSONSchema` to
 * the subset structured output accepts (unsupported constraints become
 * descriptions; zod still enforces them on the answer).
 */
export type AnthropicStructuredOutputMode = 'output_config' | 'strict_tool';

/** Options of `createAnthropicLlmClient`. Every field is optional. */
export interface AnthropicLlmClientOptions {
  /** API key; defaults to `process.env.ANTHROPIC_API_KEY`. Never logged or put in an error. */
  readonly apiKey?: string;
  /** Claude model (default `DEFAULT_ANTHROPIC_MODEL`). */
  readonly model?: string;
  /** API base URL, e.g. a gateway (default: the SDK's). */
  readonly baseURL?: string;
  /** Time limit of one HTTP request in ms (default 60,000); the call's deadline cuts it shorter when less is left. */
  readonly timeoutMs?: number;
  /** Overall time limit of one call in ms: every request, retry, retry-after wait and body read (default 60,000). */
  readonly deadlineMs?: number;
  /** Retries of a failed request (408/409/429/5xx/529, connection errors, timeouts) within the deadline (default 2). */
  readonly maxRetries?: number;
  /** Re-asks after an unparsable or invalid answer (default 2). */
  readonly maxRepairs?: number;
  /** `max_tokens` per attempt (default 16,000: current models think before answering, and thinking counts). */
  readonly maxOutputTokens?: number;
  /** How the answer's shape is enforced (default `output_config`). */
  readonly structuredOutput?: AnthropicStructuredOutputMode;
  /** `fetch` for the SDK to use (tests, proxies). */
  readonly fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Milliseconds clock for the latency in the metadata (default `Date.now`). */
  readonly now?: () => number;
}

const PROVIDER = 'anthropic';

/** The largest `max_tokens` the adapter sends (the output limit of current models). */
export const ANTHROPIC_MAX_OUTPUT_TOKENS = 128_000;

// The parts of a message the adapter reads; blocks keep their other fields for the repair replay.
const Block = z.looseObject({ type: z.string() });
const MessageShape = z.object({
  model: z.string(),
  content: z.array(Block),
  stop_reason: z.string().nullable(),
  stop_details: z
    .looseObject({ explanation: z.string().nullable().optional(), category: z.string().nullable().optional() })
    .nullable()
    .optional(),
  usage: z.object({
    input_tokens: z.number().int().min(0),
    output_tokens: z.number().int().min(0),
    cache_creation_input_tokens: z.number().int().min(0).nullable().optional(),
    cache_read_input_tokens: z.number().int().min(0).nullable().optional(),
  }),
});
type MessageRead = z.output<typeof MessageShape>;
type BlockRead = z.output<typeof Block>;

function usageOf(message: MessageRead): ModelReply['usage'] {
  // Cached prompt tokens are reported apart from input_tokens; all of them were read.
  const input =
    message.usage.input_tokens + (message.usage.cache_creation_input_tokens ?? 0) + (message.usage.cache_read_input_tokens ?? 0);
  const output = message.usage.output_tokens;
  return { input_tokens: input, output_tokens: output, total_tokens: input + output };
}

function textOf(message: MessageRead): string {
  return message.content
    .filter((block) => block.type === 'text' && typeof block.text === 'string')
    .map((block) => block.text as string)
    .join('');
}

/** How generation ended, in the repair loop's terms. */
function statusOf(message: MessageRead): ModelReply['status'] {
  if (message.stop_reason === 'refusal') return 'refused';
  if (message.stop_reason === 'max_tokens' || message.stop_reason === 'model_context_window_exceeded') return 'truncated';
  return 'complete';
}

/** Whether `model` accepts a forced tool choice: the Claude 4 family does; later models (thinking on by default) answer 400. */
export function acceptsForcedToolChoice(model: string): boolean {
  return /^claude-(opus|sonnet|haiku)-4(-|$)/.test(model);
}

/**
 * An `LlmClient` on the official Anthropic SDK. By default the answer schema
 * is sent as `output_config.format` (structured output); with
 * `structuredOutput: "strict_tool"` it is the `input_schema` of one strict
 * tool. Each call runs the shared validation-repair loop under one deadline: a
 * repair replays the rejected reply and adds the problems (as an error
 * `tool_result` after a tool call). `stop_reason` `max_tokens` →
 * `llm_truncated`, `refusal` → `llm_refused`; HTTP failures map onto the
 * LlmError codes; a body that is not a message → `llm_unavailable` /
 * `llm_invalid_output` with the request id. The system prompt carries
 * `cache_control` when it is long enough for the model's prompt cache.
 *
 * Retries are the adapter's, not the SDK's (`maxRetries: 0` on the SDK): the
 * SDK sleeps out a `retry-after` without listening to the abort signal.
 *
 * Throws `llm_auth` at once when no API key is given or set in `ANTHROPIC_API_KEY`.
 */
export function createAnthropicLlmClient(options: AnthropicLlmClientOptions = {}): LlmClient {
  const apiKey = options.apiKey ?? process.env.ANTHROPIC_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new LlmError('llm_auth', 'no Anthropic API key: set ANTHROPIC_API_KEY or pass apiKey', { provider: PROVIDER });
  }
  const model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
  const maxOutputTokens = Math.min(ANTHROPIC_MAX_OUTPUT_TOKENS, options.maxOutputTokens ?? 16_000);
  const mode = options.structuredOutput ?? 'output_config';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const client = new Anthropic({
    apiKey,
    timeout: timeoutMs,
    maxRetries: 0,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  const openConversation = (task: TaskRequest): ConversationTurn => {
    // Nullable fields become optional where Anthropic's union limit requires it (see fitAnthropicLimits).
    const schema = fitAnthropicLimits(transformJSONSchema(task.jsonSchema) as JsonSchema);
    const shape = requestShape(task, schema, mode, model);
    // Stable part first: the schema (tool or format) and the instructions, cached when long enough; the inputs last.
    const cacheControl = cacheControlFor(model, [
      task.system,
      shape.tools === undefined ? '' : JSON.stringify(shape.tools),
      shape.output_config === undefined ? '' : JSON.stringify(schema),
    ]);
    const system: TextBlockParam[] = [
      { type: 'text', text: task.system, ...(cacheControl === null ? {} : { cache_control: cacheControl }) },
    ];
    const messages: MessageParam[] = [{ role: 'user', content: task.user }];
    let previous: MessageRead | undefined;

    return async (repair, _signal, deadline) => {
      if (repair !== null && previous !== undefined) messages.push(...repairTurns(previous, task.name, repair.message));
      const body: MessageCreateParamsNonStreaming = { model, max_tokens: maxOutputTokens, system, messages: [...messages], ...shape };
      const raw = await sendProviderRequest({
        deadline,
        maxRetries: options.maxRetries ?? 2,
        attemptTimeoutMs: timeoutMs,
        describe: describeAnthropicError,
        send: async (signal, attemptTimeout) => {
          const response = await client.messages.create(body, { signal, timeout: attemptTimeout, maxRetries: 0 }).asResponse();
          // The body is read here, under the same signal: a body that stalls after the headers cannot outlast the deadline.
          return {
            contentType: response.headers.get('content-type') ?? '',
            requestId: response.headers.get('request-id') ?? undefined,
            text: await response.text(),
          };
        },
      });
      const parsed = MessageShape.safeParse(parseApiBody(PROVIDER, raw));
      if (!parsed.success) {
        throw malformedResponseError(
          PROVIDER,
          'message',
          parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
          raw.requestId,
        );
      }
      const message = parsed.data;
      previous = message;
      const usage = usageOf(message);
      const status = statusOf(message);
      const request = raw.requestId === undefined ? {} : { requestId: raw.requestId };
      if (status === 'refused') {
        const refusal = textOf(message).trim() || message.stop_details?.explanation || message.stop_details?.category || '';
        return { status, output: { kind: 'missing', detail: 'refused' }, usage, model: message.model, refusal, ...request };
      }
      return { status, output: answerOf(message, task.name, mode), usage, model: message.model, ...request };
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
    ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}

/** The request fields that carry the answer format, for the chosen mode. */
function requestShape(
  task: TaskRequest,
  schema: JsonSchema,
  mode: AnthropicStructuredOutputMode,
  model: string,
): Pick<MessageCreateParamsNonStreaming, 'tools' | 'tool_choice' | 'output_config'> {
  if (mode === 'output_config') return { output_config: { format: { type: 'json_schema', schema } } };
  return {
    tools: [
      {
        name: task.name,
        description: `${task.description} Always answer by calling this tool.`,
        input_schema: schema as { type: 'object' },
        strict: true,
      },
    ],
    tool_choice: acceptsForcedToolChoice(model) ? { type: 'tool', name: task.name } : { type: 'auto' },
  };
}

/** The answer in a reply: the tool's input, or the JSON text. */
function answerOf(message: MessageRead, toolName: string, mode: AnthropicStructuredOutputMode): ModelReply['output'] {
  if (mode === 'strict_tool') {
    const call = message.content.find((block) => block.type === 'tool_use' && block.name === toolName);
    if (call !== undefined) return { kind: 'value', value: call.input };
    return { kind: 'missing', detail: `the reply did not call the ${toolName} tool` };
  }
  const text = textOf(message);
  return text.trim() === '' ? { kind: 'missing', detail: 'the reply had no text' } : { kind: 'text', text };
}

/**
 * The turns that ask for a corrected answer: the rejected reply (its thinking,
 * text and tool calls, as the API requires them replayed) and then, for a
 * tool call, an error `tool_result` carrying the problems, which the API
 * requires right after a `tool_use`; otherwise the problems as plain text.
 */
function repairTurns(previous: MessageRead, toolName: string, repairMessage: string): MessageParam[] {
  const replayed: ContentBlockParam[] = [];
  for (const block of previous.content) replayed.push(...replayBlock(block));
  const call = previous.content.find((block) => block.type === 'tool_use' && block.name === toolName);
  if (!replayed.some((block) => block.type === 'text' || block.type === 'tool_use')) replayed.push({ type: 'text', text: '(no answer)' });
  const feedback: MessageParam =
    call !== undefined && typeof call.id === 'string'
      ? { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, is_error: true, content: repairMessage }] }
      : { role: 'user', content: repairMessage };
  return [{ role: 'assistant', content: replayed }, feedback];
}

function replayBlock(block: BlockRead): ContentBlockParam[] {
  if (block.type === 'text' && typeof block.text === 'string' && block.text !== '') return [{ type: 'text', text: block.text }];
  if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
    // An absurdly deep input is not sent back (serialising it could exhaust the stack); the error tool_result says why.
    const input = nestsDeeperThan(block.input, MAX_ANSWER_DEPTH) ? {} : block.input;
    return [{ type: 'tool_use', id: block.id, name: block.name, input }];
  }
  if (block.type === 'thinking' && typeof block.thinking === 'string' && typeof block.signature === 'string') {
    return [{ type: 'thinking', thinking: block.thinking, signature: block.signature }];
  }
  if (block.type === 'redacted_thinking' && typeof block.data === 'string') return [{ type: 'redacted_thinking', data: block.data }];
  return [];
}
