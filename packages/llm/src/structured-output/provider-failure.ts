import { LlmError } from '../llm-error.js';

/** Response headers as the SDKs hand them over: a fetch `Headers` or a plain record. */
export type HeadersLike = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A provider SDK's error, described without the SDK's classes, so that one
 * mapping serves every adapter. Adapters build it with `instanceof` checks on
 * their SDK's error classes.
 */
export interface ProviderFailure {
  /**
   * `cancelled`: the caller's signal aborted the call; `timeout`: no answer in
   * time; `connection`: the provider could not be reached; `http`: it answered
   * with an error status.
   */
  readonly kind: 'cancelled' | 'timeout' | 'connection' | 'http';
  readonly status?: number;
  readonly headers?: HeadersLike;
  /** The SDK's message; redacted before it reaches an `LlmError`. */
  readonly message?: string;
  /** The provider's request id, when it sent one (useful to its support). */
  readonly requestId?: string;
}

/** Options of `providerFailureToLlmError`. */
export interface ProviderFailureOptions {
  readonly provider: string;
  /** Strings that must never appear in a message (the API key). */
  readonly secrets?: readonly string[];
  /** Clock for an HTTP-date `retry-after`. */
  readonly now?: () => number;
}

const REDACTED = '[redacted]';
// Provider key shapes (sk-..., sk-proj-..., sk-ant-...), in case a message echoes part of one.
const KEY_PATTERN = /\bsk-[A-Za-z0-9_-]{6,}/g;

/** Removes every secret, and anything shaped like a provider API key, from `text`. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text;
  for (const secret of secrets) {
    // Very short strings would blank out ordinary words; keys are long.
    if (secret.length >= 8) redacted = redacted.split(secret).join(REDACTED);
  }
  return redacted.replace(KEY_PATTERN, REDACTED);
}

function readHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

/**
 * How long the provider asked us to wait, from `retry-after-ms` (milliseconds),
 * else `retry-after` (seconds or an HTTP date). `undefined` when neither says.
 */
export function retryAfterMsFromHeaders(headers: HeadersLike | undefined, now: () => number = Date.now): number | undefined {
  const milliseconds = readHeader(headers, 'retry-after-ms');
  if (milliseconds !== undefined) {
    const parsed = Number.parseFloat(milliseconds);
    if (Number.isFinite(parsed) && parsed >= 0) return parsed;
  }
  const retryAfter = readHeader(headers, 'retry-after');
  if (retryAfter === undefined) return undefined;
  const seconds = Number(retryAfter.trim());
  if (retryAfter.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

/**
 * Maps a provider failure onto the LlmError taxonomy: cancelled →
 * `llm_cancelled`; timeout or HTTP 408 → `llm_timeout`; 401/403 → `llm_auth`;
 * 429 → `llm_rate_limited` (with `retryAfterMs` from the headers); 5xx and
 * connection failures → `llm_unavailable`; any other rejected request (400,
 * 404, 422...) → `llm_bad_request`, with its status: the provider will refuse
 * the same request again, so it is not retryable (an unknown model name, a
 * schema the provider does not accept).
 *
 * The message never carries an API key: auth failures say only that the key was
 * rejected, and every provider message is passed through `redactSecrets`. The
 * `cause` is a redacted copy, not the SDK error itself.
 */
export function providerFailureToLlmError(failure: ProviderFailure, options: ProviderFailureOptions): LlmError {
  const { provider } = options;
  const detail = redactSecrets(failure.message ?? '', options.secrets).trim();
  const requestSuffix = failure.requestId ? ` (request ${failure.requestId})` : '';
  const cause = Object.assign(new Error(detail === '' ? `${provider} request failed` : detail), {
    name: 'ProviderError',
    ...(failure.status === undefined ? {} : { status: failure.status }),
    ...(failure.requestId === undefined ? {} : { requestId: failure.requestId }),
  });
  // The request id travels as a field too, so logs and traces can show it without parsing messages.
  const request = failure.requestId === undefined || failure.requestId === '' ? {} : { requestId: failure.requestId };
  const withStatus = (base: { provider: string; cause: unknown; requestId?: string }) =>
    failure.status === undefined ? base : { ...base, statusCode: failure.status };

  switch (failure.kind) {
    case 'cancelled':
      return new LlmError('llm_cancelled', `the ${provider} call was cancelled`, { provider, cause, ...request });
    case 'timeout':
      return new LlmError('llm_timeout', `${provider} did not answer within the timeout${requestSuffix}`, { provider, cause, ...request });
    case 'connection':
      return new LlmError('llm_unavailable', `could not reach ${provider}: ${detail || 'connection error'}${requestSuffix}`, {
        provider,
        cause,
        ...request,
      });
    case 'http':
      break;
  }
  const status = failure.status ?? 0;
  if (status === 401 || status === 403) {
    return new LlmError(
      'llm_auth',
      `${provider} rejected the credentials (${status}); check the API key${requestSuffix}`,
      withStatus({ provider, cause, ...request }),
    );
  }
  if (status === 429) {
    const retryAfterMs = retryAfterMsFromHeaders(failure.headers, options.now);
    return new LlmError(
      'llm_rate_limited',
      `${provider} rate limit reached (429)${retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs)} ms`}${requestSuffix}`,
      {
        ...withStatus({ provider, cause, ...request }),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      },
    );
  }
  if (status === 408) {
    return new LlmError(
      'llm_timeout',
      `${provider} timed out the request (408)${requestSuffix}`,
      withStatus({ provider, cause, ...request }),
    );
  }
  if (status >= 500) {
    return new LlmError(
      'llm_unavailable',
      `${provider} is unavailable (${status})${requestSuffix}`,
      withStatus({ provider, cause, ...request }),
    );
  }
  return new LlmError(
    'llm_bad_request',
    `${provider} rejected the request (${status}): ${detail || 'no detail'}${requestSuffix}`,
    withStatus({ provider, cause, ...request }),
  );
}
