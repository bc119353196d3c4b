import { abortableSleep, raceAbort, type CallDeadline } from './call-deadline.js';
import { retryAfterMsFromHeaders, type HeadersLike, type ProviderFailure } from './provider-failure.js';

/** Retries of one provider request after a retryable failure, unless configured. */
export const DEFAULT_PROVIDER_RETRIES = 2;

/** Options of `sendProviderRequest`. */
export interface ProviderRequestOptions<T> {
  /**
   * Sends the request once, with the SDK's own retries off: it must listen to
   * `signal` and give up after `timeoutMs` (the SDK's per-request timeout).
   */
  readonly send: (signal: AbortSignal, timeoutMs: number) => Promise<T>;
  /** Describes what `send` threw, or `null` when it is not a provider failure. */
  readonly describe: (error: unknown) => ProviderFailure | null;
  /** The call's deadline: no attempt or wait goes past it. */
  readonly deadline: CallDeadline;
  /** Retries after a retryable failure (default 2). */
  readonly maxRetries?: number;
  /** Time limit of one attempt in ms; the deadline's remaining time when smaller. */
  readonly attemptTimeoutMs?: number;
  /** Milliseconds clock for a `retry-after` HTTP date (default `Date.now`). */
  readonly now?: () => number;
  /** Random number in [0, 1) for the backoff's jitter (default `Math.random`). */
  readonly random?: () => number;
}

const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

function readHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function')
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | readonly string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

/**
 * Whether the same request may succeed if sent again: the provider's
 * `x-should-retry` header wins when present; otherwise timeouts, connection
 * failures, 408, 409, 429 and 5xx are retryable, as the SDKs treat them.
 */
export function isRetryableFailure(failure: ProviderFailure): boolean {
  if (failure.kind === 'cancelled') return false;
  if (failure.kind === 'timeout' || failure.kind === 'connection') return true;
  if (failure.kind !== 'http') return false;
  const header = readHeader(failure.headers, 'x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  const status = failure.status ?? 0;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Sends one provider request under the call's deadline, retrying it after a
 * retryable failure. It owns the retries (the SDK's are off) because the SDKs
 * wait out any `retry-after` in a sleep that ignores the abort signal:
 *
 * - a wait the provider asks for (`retry-after-ms`, `retry-after`) is honoured
 *   only when it ends before the deadline; otherwise the failure is thrown at
 *   once (a 429 then says how long the provider wanted);
 * - without one, an exponential backoff (0.5 s doubling to 8 s, with jitter),
 *   again only within the deadline;
 * - every attempt and wait races the deadline's signal, so an abort or the
 *   deadline ends the call at once even when the body stalls after the headers.
 *
 * Throws what the last attempt threw (for the adapter's error mapping) or the
 * signal's reason on abort.
 */
export async function sendProviderRequest<T>(options: ProviderRequestOptions<T>): Promise<T> {
  const { deadline } = options;
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_PROVIDER_RETRIES));
  const random = options.random ?? Math.random;
  for (let retry = 0; ; retry += 1) {
    const remaining = deadline.remainingMs();
    const timeoutMs = Math.max(1, Math.min(options.attemptTimeoutMs ?? remaining, remaining));
    try {
      return await raceAbort(options.send(deadline.signal, timeoutMs), deadline.signal);
    } catch (error) {
      if (deadline.signal.aborted) throw error;
      const failure = options.describe(error);
      if (failure === null || retry >= maxRetries || !isRetryableFailure(failure)) throw error;
      const asked = failure.kind === 'http' ? retryAfterMsFromHeaders(failure.headers, options.now) : undefined;
      const backoff = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * 2 ** retry) * (0.75 + random() * 0.25);
      const wait = asked ?? backoff;
      // A wait that would end past the deadline is not started: the call could not use its answer.
      if (wait >= deadline.remainingMs()) throw error;
      await abortableSleep(wait, deadline.signal);
    }
  }
}
