import {
  LlmError,
  createStructuredLlmClient,
  providerFailureToLlmError,
  type ConversationTurn,
  type LlmClient,
  type ModelReply,
  type TaskRequest,
} from '@leaseback/llm';
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { describeOpenAiError } from './describe-openai-error.js';

/** The model used when none is configured: small, fast, and supports strict structured output. */
export const DEFAULT_OPENAI_MODEL = 'gpt-5.4-mini';

/** Options of `createOpenAiLlmClient`. Every field is optional. */
export interface OpenAiLlmClientOptions {
  /** API key; defaults to `process.env.OPENAI_API_KEY`. Never logged or put in an error. */
  readonly apiKey?: string;
  /** Chat model (default `DEFAULT_OPENAI_MODEL`). */
  readonly model?: string;
  /** API base URL, e.g. a proxy or a compatible server (default: the SDK's, which honours `OPENAI_BASE_URL`). */
  readonly baseURL?: string;
  /** Per-request timeout in ms, enforced by the SDK (default 60,000). */
  readonly timeoutMs?: number;
  /** The SDK's own retries for 408/409/429/5xx, connection errors and timeouts (default 2). There is no other retry loop. */
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

function usageOf(completion: ChatCompletion): ModelReply['usage'] {
  const input = completion.usage?.prompt_tokens ?? 0;
  const output = completion.usage?.completion_tokens ?? 0;
  return { input_tokens: input, output_tokens: output, total_tokens: completion.usage?.total_tokens ?? input + output };
}

/** Reads a chat completion into the repair loop's terms, and the assistant turn to replay on repair. */
function readCompletion(completion: ChatCompletion): { reply: ModelReply; assistantContent: string } {
  const usage = usageOf(completion);
  const model = completion.model;
  const choice = completion.choices[0];
  if (choice === undefined) {
    return { reply: { status: 'complete', output: { kind: 'missing', detail: 'the response had no choices' }, usage, model }, assistantContent: '' };
  }
  const { message } = choice;
  if (typeof message.refusal === 'string' && message.refusal !== '') {
    return { reply: { status: 'refused', output: { kind: 'missing', detail: 'refused' }, usage, model, refusal: message.refusal }, assistantContent: '' };
  }
  if (choice.finish_reason === 'content_filter') {
    return { reply: { status: 'refused', output: { kind: 'missing', detail: 'content filter' }, usage, model, refusal: 'stopped by the content filter' }, assistantContent: '' };
  }
  const content = message.content ?? '';
  const output: ModelReply['output'] = content.trim() === '' ? { kind: 'missing', detail: 'the message had no content' } : { kind: 'text', text: content };
  return { reply: { status: choice.finish_reason === 'length' ? 'truncated' : 'complete', output, usage, model }, assistantContent: content };
}

/**
 * An `LlmClient` on the official OpenAI SDK, using the Chat Completions API
 * with `response_format: { type: "json_schema", strict: true }` and the strict
 * schemas from `@leaseback/llm`. Each call runs the shared validation-repair
 * loop; a repair resends the conversation with the rejected answer and the
 * problems found. `finish_reason: "length"` → `llm_truncated`, a refusal (or the
 * content filter) → `llm_refused`; SDK errors map onto the LlmError codes.
 *
 * Throws `llm_auth` at once when no API key is given or set in `OPENAI_API_KEY`.
 */
export function createOpenAiLlmClient(options: OpenAiLlmClientOptions = {}): LlmClient {
  const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new LlmError('llm_auth', 'no OpenAI API key: set OPENAI_API_KEY or pass apiKey', { provider: PROVIDER });
  }
  const model = options.model ?? DEFAULT_OPENAI_MODEL;
  const maxOutputTokens = options.maxOutputTokens ?? 8_192;
  // Retries and timeouts are the SDK's, configured once here; the repair loop only re-asks for invalid answers.
  const client = new OpenAI({
    apiKey,
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  const openConversation = (task: TaskRequest): ConversationTurn => {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: task.system },
      { role: 'user', content: task.user },
    ];
    let previousAnswer = '';
    return async (repair, signal) => {
      if (repair !== null) messages.push({ role: 'assistant', content: previousAnswer }, { role: 'user', content: repair.message });
      const completion = await client.chat.completions.create(
        {
          model,
          messages: [...messages],
          max_completion_tokens: maxOutputTokens,
          response_format: {
            type: 'json_schema',
            json_schema: { name: task.name, description: task.description, strict: true, schema: task.jsonSchema },
          },
        },
        signal === undefined ? {} : { signal },
      );
      const { reply, assistantContent } = readCompletion(completion);
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
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
