import {
  LlmError,
  createStructuredLlmClient,
  malformedResponseError,
  parseApiBody,
  providerFailureToLlmError,
  sendProviderRequest,
  type ConversationTurn,
  type LlmClient,
  type ModelReply,
  type TaskRequest,
} from '@leaseback/llm';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { describeOpenAiError } from './describe-openai-error.js';

/**
 * The model used when none is configured: small, fast, supports strict
 * structured output, and is in the installed SDK's model list (a test checks).
 */
export const DEFAULT_OPENAI_MODEL = 'gpt-5.4-mini';

/** Options of `createOpenAiLlmClient`. Every field is optional. */
export interface OpenAiLlmClientOptions {
  /** API key; defaults to `process.env.OPENAI_API_KEY`. Never logged or put in an error. */
  readonly apiKey?: string;
  /** Chat model (default `DEFAULT_OPENAI_MODEL`). */
  readonly model?: string;
  /** API base URL, e.g. a proxy or a compatible server (default: the SDK's, which honours `OPENAI_BASE_URL`). */
  readonly baseURL?: string;
  /** Time limit of one HTTP request in ms (default 60,000); the call's deadline cuts it shorter when less is left. */
  readonly timeoutMs?: number;
  /** Overall time limit of one call in ms: every request, retry, retry-after wait and body read (default 60,000). */
  readonly deadlineMs?: number;
  /** Retries of a failed request (408/409/429/5xx, connection errors, timeouts) within the deadline (default 2). */
  readonly maxRetries?: number;
  /** Re-asks after an unparsable or invalid answer (default 2). */
  readonly maxRepairs?: number;
  /** `max_completion_tokens` per attempt (default 8,192; reasoning models count their reasoning here). */
  readonly maxOutputTokens?: number;
  /** `fetch` for the SDK to use (tests, proxies). */
  readonly fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Milliseconds clock for the latency in the metadata (default `Date.now`). */
  readonly now?: () => number;
}

const PROVIDER = 'openai';

/** The documented maximum of `max_completion_tokens` the adapter will send (the largest output of current models). */
export const OPENAI_MAX_OUTPUT_TOKENS = 128_000;

// The parts of a chat completion the adapter reads; anything else may vary freely.
const ChatCompletionShape = z.object({
  model: z.string(),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullable(),
        message: z.object({ content: z.string().nullable().optional(), refusal: z.string().nullable().optional() }),
      }),
    )
    .min(1, 'must hold at least one choice'),
  usage: z
    .object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0), total_tokens: z.number().int().min(0) })
    .optional(),
});
type ChatCompletionRead = z.output<typeof ChatCompletionShape>;

function usageOf(completion: ChatCompletionRead): ModelReply['usage'] {
  const input = completion.usage?.prompt_tokens ?? 0;
  const output = completion.usage?.completion_tokens ?? 0;
  return { input_tokens: input, output_tokens: output, total_tokens: completion.usage?.total_tokens ?? input + output };
}

/** Reads a chat completion into the repair loop's terms, and the assistant turn to replay on repair. */
function readCompletion(completion: ChatCompletionRead, requestId: string | undefined): { reply: ModelReply; assistantContent: string } {
  const usage = usageOf(completion);
  const model = completion.model;
  const request = requestId === undefined ? {} : { requestId };
  const choice = completion.choices[0] as ChatCompletionRead['choices'][number];
  const { message } = choice;
  if (typeof message.refusal === 'string' && message.refusal !== '') {
    return {
      reply: { status: 'refused', output: { kind: 'missing', detail: 'refused' }, usage, model, refusal: message.refusal, ...request },
      assistantContent: '',
    };
  }
  if (choice.finish_reason === 'content_filter') {
    return {
      reply: {
        status: 'refused',
        output: { kind: 'missing', detail: 'content filter' },
        usage,
        model,
        refusal: 'stopped by the content filter',
        ...request,
      },
      assistantContent: '',
    };
  }
  const content = message.content ?? '';
  const output: ModelReply['output'] =
    content.trim() === '' ? { kind: 'missing', detail: 'the message had no content' } : { kind: 'text', text: content };
  return {
    reply: { status: choice.finish_reason === 'length' ? 'truncated' : 'complete', output, usage, model, ...request },
    assistantContent: content,
  };
}

/**
 * An `LlmClient` on the official OpenAI SDK, using the Chat Completions API
 * with `response_format: { type: "json_schema", strict: true }` and the strict
 * schemas from `@leaseback/llm`. Each call runs the shared validation-repair
 * loop under one deadline; a repair resends the conversation with the rejected
 * answer and the problems found. `finish_reason: "length"` → `llm_truncated`,
 * a refusal (or the content filter) → `llm_refused`; HTTP failures map onto the
 * LlmError codes; a body that is not a chat completion (HTML, text, missing
 * fields) → `llm_unavailable` / `llm_invalid_output` with the request id.
 *
 * Retries are the adapter's, not the SDK's (`maxRetries: 0` on the SDK): the
 * SDK sleeps out a `retry-after` without listening to the abort signal.
 *
 * Throws `llm_auth` at once when no API key is given or set in `OPENAI_API_KEY`.
 */
export function createOpenAiLlmClient(options: OpenAiLlmClientOptions = {}): LlmClient {
  const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new LlmError('llm_auth', 'no OpenAI API key: set OPENAI_API_KEY or pass apiKey', { provider: PROVIDER });
  }
  const model = options.model ?? DEFAULT_OPENAI_MODEL;
  const maxOutputTokens = Math.min(OPENAI_MAX_OUTPUT_TOKENS, options.maxOutputTokens ?? 8_192);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const client = new OpenAI({
    apiKey,
    timeout: timeoutMs,
    maxRetries: 0,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  const openConversation = (task: TaskRequest): ConversationTurn => {
    // Stable part first (instructions, then the schema in response_format), the call's inputs last, so the prefix caches.
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: task.system },
      { role: 'user', content: task.user },
    ];
    let previousAnswer = '';
    return async (repair, _signal, deadline) => {
      if (repair !== null) messages.push({ role: 'assistant', content: previousAnswer }, { role: 'user', content: repair.message });
      const body: ChatCompletionCreateParamsNonStreaming = {
        model,
        messages: [...messages],
        max_completion_tokens: maxOutputTokens,
        response_format: {
          type: 'json_schema',
          json_schema: { name: task.name, description: task.description, strict: true, schema: task.jsonSchema },
        },
        prompt_cache_key: `leaseback-${task.name}`,
      };
      const raw = await sendProviderRequest({
        deadline,
        maxRetries: options.maxRetries ?? 2,
        attemptTimeoutMs: timeoutMs,
        describe: describeOpenAiError,
        send: async (signal, attemptTimeout) => {
          const response = await client.chat.completions.create(body, { signal, timeout: attemptTimeout, maxRetries: 0 }).asResponse();
          // The body is read here, under the same signal: a body that stalls after the headers cannot outlast the deadline.
          return {
            contentType: response.headers.get('content-type') ?? '',
            requestId: response.headers.get('x-request-id') ?? undefined,
            text: await response.text(),
          };
        },
      });
      const parsed = ChatCompletionShape.safeParse(parseApiBody(PROVIDER, raw));
      if (!parsed.success) {
        throw malformedResponseError(
          PROVIDER,
          'chat completion',
          parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
          raw.requestId,
        );
      }
      const { reply, assistantContent } = readCompletion(parsed.data, raw.requestId);
      previousAnswer = assistantContent;
      return reply;
    };
  };

  return createStructuredLlmClient({
    provider: PROVIDER,
    model,
    openConversation,
    mapError: (error) => {
      const failure = describeOpenAiError(error);
      return failure === null ? null : providerFailureToLlmError(failure, { provider: PROVIDER, secrets: [apiKey] });
    },
    ...(options.maxRepairs === undefined ? {} : { maxRepairs: options.maxRepairs }),
    ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
