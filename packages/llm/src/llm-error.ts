import { LeasebackError, type TokenUsage } from '@leaseback/domain';

/** The stable codes every LlmClient reports, whichever provider is behind it. */
export const LLM_ERROR_CODES = [
  'llm_timeout',
  'llm_rate_limited',
  'llm_unavailable',
  'llm_invalid_output',
  'llm_refused',
  'llm_truncated',
  'llm_auth',
  'llm_bad_request',
  'llm_cancelled',
  'llm_replay_mismatch',
] as const;
/** One of `LLM_ERROR_CODES`. */
export type LlmErrorCode = (typeof LLM_ERROR_CODES)[number];

const RETRYABLE: ReadonlySet<LlmErrorCode> = new Set(['llm_timeout', 'llm_rate_limited', 'llm_unavailable']);

/**
 * The one error class every LlmClient throws. `code` is stable; `isRetryable`
 * tells a caller whether the same call could succeed later (the adapters have
 * already spent their own retries when this reaches you).
 */
export class LlmError extends LeasebackError {
  override readonly code: LlmErrorCode;
  /** Provider that raised it (`openai`, `anthropic`, `offline`, `replay`, `test`). */
  readonly provider: string;
  /** HTTP status from the provider, when there was one. */
  readonly statusCode: number | undefined;
  /** How long the provider asked us to wait, when it said. */
  readonly retryAfterMs: number | undefined;
  /** The provider's id of the request that failed (its support can look it up), when it sent one. */
  readonly requestId: string | undefined;
  /**
   * Tokens the call had already used when it failed (summed over its attempts):
   * a refusal, a truncation or an answer still invalid after repair is billed too.
   */
  readonly usage: TokenUsage | undefined;
  /** The model that answered (or was asked), when the call got that far. */
  readonly model: string | undefined;
  /** Model attempts the call made before it failed (repairs included), when any reply came back. */
  readonly attempts: number | undefined;

  constructor(
    code: LlmErrorCode,
    message: string,
    options: {
      provider: string;
      cause?: unknown;
      statusCode?: number;
      retryAfterMs?: number;
      requestId?: string;
      usage?: TokenUsage;
      attempts?: number;
      model?: string;
    },
  ) {
    super(code, message, { cause: options.cause, isRetryable: RETRYABLE.has(code) });
    this.name = 'LlmError';
    this.code = code;
    this.provider = options.provider;
    this.statusCode = options.statusCode;
    this.retryAfterMs = options.retryAfterMs;
    this.requestId = options.requestId;
    this.usage = options.usage;
    this.attempts = options.attempts;
    this.model = options.model;
  }
}

/** True when `value` is an `LlmError` (also across duplicated module copies). */
export function isLlmError(value: unknown): value is LlmError {
  return (
    value instanceof LlmError ||
    (value instanceof Error && (LLM_ERROR_CODES as readonly string[]).includes((value as { code?: unknown }).code as string))
  );
}
