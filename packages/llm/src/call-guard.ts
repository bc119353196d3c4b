import { LlmError } from './llm-error.js';

/** Throws `llm_cancelled` when `signal` has already been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, provider: string): void {
  if (signal?.aborted === true) {
    throw new LlmError('llm_cancelled', 'the call was cancelled before it started', { provider, cause: signal.reason });
  }
}

/**
 * Waits `milliseconds`, or rejects with `llm_cancelled` as soon as `signal`
 * aborts. The timer is cleared on abort so nothing is left pending.
 */
export function abortableDelay(milliseconds: number, signal: AbortSignal | undefined, provider: string): Promise<void> {
  throwIfAborted(signal, provider);
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new LlmError('llm_cancelled', 'the call was cancelled while waiting for a response', { provider, cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
