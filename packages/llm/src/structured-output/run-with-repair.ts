import { safeParseInput, type InputProblem, type JsonValue, type TokenUsage } from '@leaseback/domain';
import type { LlmResult } from '../llm-client.js';
import { LlmError, isLlmError } from '../llm-error.js';
import { DEFAULT_CALL_DEADLINE_MS, startCallDeadline, type CallDeadline } from './call-deadline.js';
import { fromStrictOutput } from './from-strict-output.js';
import type { StructuredTask } from './structured-task.js';

/** How many times a model is re-asked after an unparsable or invalid answer, unless configured. */
export const DEFAULT_MAX_REPAIRS = 2;

/**
 * One reply from a model, as an adapter reads it off its SDK's response.
 * `status` says how generation ended: `complete`, `truncated` (hit the output
 * token limit) or `refused` (the model or a content filter declined).
 */
export interface ModelReply {
  readonly status: 'complete' | 'truncated' | 'refused';
  /**
   * The answer: JSON text (`text`), an already-parsed value such as a tool
   * call's input (`value`), or nothing usable (`missing`, with why).
   */
  readonly output:
    | { readonly kind: 'text'; readonly text: string }
    | { readonly kind: 'value'; readonly value: unknown }
    | { readonly kind: 'missing'; readonly detail: string };
  /** Tokens this attempt used. */
  readonly usage: TokenUsage;
  /** The model that answered, as the provider reports it. */
  readonly model?: string;
  /** The refusal text, when the model gave one. */
  readonly refusal?: string;
  /** The provider's id of the request that produced this reply, when it sent one. */
  readonly requestId?: string;
}

/** What the next attempt must tell the model: its last answer failed, and why. */
export interface RepairRequest {
  /** The user message to send after the failed answer. */
  readonly message: string;
  /** The problems found, with paths. */
  readonly problems: readonly InputProblem[];
}

/**
 * Sends one attempt of a conversation: the first with `repair` null, each
 * later one after the model's previous reply plus `repair.message`. Adapters
 * keep the conversation (and the previous reply) in a closure. `signal` aborts
 * on the caller's abort or at the call's deadline; `deadline` says how much
 * time is left (for the adapter's retries and per-request timeout).
 */
export type ConversationTurn = (
  repair: RepairRequest | null,
  signal: AbortSignal | undefined,
  deadline: CallDeadline,
) => Promise<ModelReply>;

/** Options of `runWithRepair`. */
export interface RunWithRepairOptions<Answer, Value> {
  readonly provider: string;
  /** Configured model name; the name a reply reports wins in the metadata. */
  readonly model: string;
  readonly task: StructuredTask<Answer, Value>;
  /** Sends one attempt (see `ConversationTurn`). */
  readonly send: ConversationTurn;
  /** Maps whatever `send` throws to an `LlmError`; `null` rethrows it unchanged (a programming error). */
  readonly mapError: (error: unknown, signal: AbortSignal | undefined) => LlmError | null;
  /** Re-asks after an invalid answer, at most this many times (default 2). */
  readonly maxRepairs?: number;
  readonly signal?: AbortSignal;
  /** Overall time limit of the call in ms, every attempt, retry and wait included (default 60,000). */
  readonly deadlineMs?: number;
  /** Milliseconds clock for latency (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * How deep an answer may nest before it is rejected unread. The answer schemas
 * nest a few levels; the limit only stops absurd answers (thousands of levels)
 * from reaching recursive code.
 */
export const MAX_ANSWER_DEPTH = 64;

/** True when `value` nests arrays or objects deeper than `limit` (walked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

const MAX_PROBLEMS_IN_MESSAGE = 10;

function listProblems(problems: readonly InputProblem[]): string {
  const shown = problems
    .slice(0, MAX_PROBLEMS_IN_MESSAGE)
    .map((problem) => `- ${problem.path === '' ? '(root)' : problem.path}: ${problem.message}`);
  if (problems.length > MAX_PROBLEMS_IN_MESSAGE) shown.push(`- ... and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more`);
  return shown.join('\n');
}

/** The user message that asks for a corrected answer, listing each problem with its path. */
export function buildRepairMessage(problems: readonly InputProblem[]): string {
  return [
    'Your previous answer was rejected by validation:',
    listProblems(problems),
    'Reply again with the complete corrected JSON object, matching the schema. Fix every problem listed; keep everything else as it was.',
  ].join('\n');
}

function addUsage(total: TokenUsage, usage: TokenUsage): TokenUsage {
  return {
    input_tokens: total.input_tokens + usage.input_tokens,
    output_tokens: total.output_tokens + usage.output_tokens,
    total_tokens: total.total_tokens + usage.total_tokens,
  };
}

function cancelled(provider: string): LlmError {
  return new LlmError('llm_cancelled', `the ${provider} call was cancelled`, { provider });
}

function pastDeadline(provider: string, deadline: CallDeadline): LlmError {
  return new LlmError('llm_timeout', `the ${provider} call did not finish within its deadline of ${deadline.budgetMs} ms`, { provider });
}

/** The same error with the call's usage and attempts attached (a copy: LlmError fields are read-only). */
function withCallUsage(error: LlmError, usage: TokenUsage, attempts: number, requestId: string | undefined, model: string): LlmError {
  // Nothing came back yet: no tokens to account for, so the error stays the very one thrown.
  if (attempts === 0 && (error.requestId !== undefined || requestId === undefined)) return error;
  const copy = new LlmError(error.code, error.message, {
    provider: error.provider,
    ...(error.cause === undefined ? {} : { cause: error.cause }),
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...((error.requestId ?? requestId) === undefined ? {} : { requestId: (error.requestId ?? requestId) as string }),
    ...(attempts === 0 ? {} : { usage, attempts, model: error.model ?? model }),
  });
  if (error.stack !== undefined) copy.stack = error.stack;
  return copy;
}

/** Parses and validates one reply: the value, or the problems to send back. */
function check<Answer, Value>(
  task: StructuredTask<Answer, Value>,
  reply: ModelReply,
): { ok: true; answer: Answer } | { ok: false; problems: InputProblem[] } {
  let parsed: unknown;
  if (reply.output.kind === 'missing') return { ok: false, problems: [{ path: '', message: `no JSON answer: ${reply.output.detail}` }] };
  if (reply.output.kind === 'text') {
    try {
      parsed = JSON.parse(reply.output.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [{ path: '', message: `not valid JSON (${reason.slice(0, 200)})` }] };
    }
  } else {
    parsed = reply.output.value;
  }
  if (nestsDeeperThan(parsed, MAX_ANSWER_DEPTH)) {
    return {
      ok: false,
      problems: [{ path: '', message: `the answer nests deeper than ${MAX_ANSWER_DEPTH} levels; the schema needs only a few` }],
    };
  }
  const result = safeParseInput(task.schema, fromStrictOutput(task.schema, parsed));
  return result.ok ? { ok: true, answer: result.value } : { ok: false, problems: result.problems };
}

/**
 * The validation-repair loop every provider adapter runs. Sends the task; parses
 * the reply as JSON; maps strict-output nulls back (`fromStrictOutput`);
 * validates with the task's zod schema. When the JSON does not parse or the
 * value is invalid, re-asks with the problems (paths and messages) appended, at
 * most `maxRepairs` times. Truncated and refused replies are never repaired:
 * they throw `llm_truncated` and `llm_refused` at once. Still invalid after the
 * last repair → `llm_invalid_output` listing the problems.
 *
 * The metadata sums token usage over every attempt, lists each attempt's
 * usage and counts the attempts; provider retries inside an attempt are not
 * attempts. A failure carries the usage and attempts so far and the last
 * provider request id. The whole call runs under one deadline (`deadlineMs`):
 * past it → `llm_timeout`; the caller's abort → `llm_cancelled`.
 */
export async function runWithRepair<Answer, Value>(options: RunWithRepairOptions<Answer, Value>): Promise<LlmResult<Value>> {
  const { provider, task, signal } = options;
  const now = options.now ?? Date.now;
  const maxRepairs = Math.max(0, Math.floor(options.maxRepairs ?? DEFAULT_MAX_REPAIRS));
  if (signal?.aborted) throw cancelled(provider);
  const deadline = startCallDeadline(options.deadlineMs ?? DEFAULT_CALL_DEADLINE_MS, signal);
  const started = now();
  let usage: TokenUsage = { input_tokens: 0, output_tokens: 0, total_tokens: 0 };
  const attemptUsage: TokenUsage[] = [];
  let model = options.model;
  let requestId: string | undefined;
  let repair: RepairRequest | null = null;
  let problems: readonly InputProblem[] = [];
  // Every failure leaves with the tokens already spent, so a failed call is still accounted for.
  const fail = (error: LlmError): LlmError => withCallUsage(error, usage, attemptUsage.length, requestId, model);

  try {
    for (let attempt = 1; attempt <= maxRepairs + 1; attempt += 1) {
      if (deadline.cancelled) throw fail(cancelled(provider));
      if (deadline.expired) throw fail(pastDeadline(provider, deadline));
      let reply: ModelReply;
      try {
        reply = await options.send(repair, deadline.signal, deadline);
      } catch (error) {
        if (deadline.cancelled) throw fail(cancelled(provider));
        if (deadline.expired) throw fail(pastDeadline(provider, deadline));
        if (isLlmError(error)) throw fail(error);
        const mapped = options.mapError(error, signal);
        if (mapped === null) throw error;
        throw fail(mapped);
      }
      usage = addUsage(usage, reply.usage);
      attemptUsage.push(reply.usage);
      if (reply.model !== undefined && reply.model !== '') model = reply.model;
      if (reply.requestId !== undefined) requestId = reply.requestId;
      const suffix = requestId === undefined ? '' : ` (request ${requestId})`;

      if (reply.status === 'refused') {
        const reason = reply.refusal === undefined || reply.refusal.trim() === '' ? '' : `: ${reply.refusal.trim().slice(0, 300)}`;
        throw fail(new LlmError('llm_refused', `${task.method}: the model refused to answer${reason}${suffix}`, { provider }));
      }
      if (reply.status === 'truncated') {
        throw fail(
          new LlmError('llm_truncated', `${task.method}: the answer was cut off at the output token limit (attempt ${attempt})${suffix}`, {
            provider,
          }),
        );
      }

      const result = check(task, reply);
      if (result.ok) {
        const value = task.toValue(result.answer);
        const report = task.report?.(result.answer);
        return {
          value,
          metadata: {
            provider,
            model,
            latency_ms: Math.max(0, now() - started),
            usage,
            attempts: attempt,
            attempt_usage: attemptUsage,
            raw_output: value as JsonValue,
            unrecognized: [],
            assumptions: [...(report?.assumptions ?? [])],
            ...(report === undefined || report.notices.length === 0 ? {} : { notices: [...report.notices] }),
          },
        };
      }
      problems = result.problems;
      repair = { message: buildRepairMessage(problems), problems };
    }
  } finally {
    deadline.dispose();
  }

  throw fail(
    new LlmError(
      'llm_invalid_output',
      `${task.method}: the answer was still invalid after ${maxRepairs + 1} attempt${maxRepairs === 0 ? '' : 's'}: ${problems
        .slice(0, MAX_PROBLEMS_IN_MESSAGE)
        .map((problem) => `${problem.path === '' ? '(root)' : problem.path}: ${problem.message}`)
        .join('; ')}${requestId === undefined ? '' : ` (request ${requestId})`}`,
      { provider },
    ),
  );
}
