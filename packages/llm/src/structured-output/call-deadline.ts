/** How long one LlmClient call may take in all, unless configured: every attempt, retry, wait and body read. */
export const DEFAULT_CALL_DEADLINE_MS = 60_000;

/**
 * The time budget of one LlmClient call. `signal` aborts when the caller's
 * signal does or when the deadline passes, whichever comes first; everything
 * the call waits on (a request, a body read, a retry wait) listens to it.
 */
export interface CallDeadline {
  /** Aborts on the caller's abort or at the deadline. */
  readonly signal: AbortSignal;
  /** The deadline, on the `now` clock given to `startCallDeadline`. */
  readonly deadlineAt: number;
  /** The configured budget in milliseconds (for messages). */
  readonly budgetMs: number;
  /** Milliseconds left before the deadline (never negative). */
  remainingMs(): number;
  /** True once the deadline passed (as opposed to a cancellation by the caller). */
  readonly expired: boolean;
  /** True once the caller's own signal aborted. */
  readonly cancelled: boolean;
  /** Stops the timer and detaches from the caller's signal; call it when the call ends. */
  dispose(): void;
}

/**
 * Starts the deadline of one call: `budgetMs` from now, tied to the caller's
 * `signal`. The timer does not keep the process alive.
 */
export function startCallDeadline(budgetMs: number, signal: AbortSignal | undefined, now: () => number = Date.now): CallDeadline {
  const controller = new AbortController();
  const deadlineAt = now() + budgetMs;
  let expired = false;
  const onCallerAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`the call did not finish within ${budgetMs} ms`, 'TimeoutError'));
  }, budgetMs);
  timer.unref?.();
  return {
    signal: controller.signal,
    deadlineAt,
    budgetMs,
    remainingMs: () => Math.max(0, deadlineAt - now()),
    get expired() {
      return expired;
    },
    get cancelled() {
      return signal?.aborted === true;
    },
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * Settles like `promise`, or rejects as soon as `signal` aborts, whichever is
 * first. SDKs are given the signal too, but some of their waits (a retry
 * sleep, a stalled body) do not listen to it; this race makes an abort end the
 * wait at once whatever the SDK does. The losing promise's rejection is
 * swallowed so it cannot surface as an unhandled rejection.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return raceAbort(
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }),
    signal,
  );
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}
