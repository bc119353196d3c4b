import { toLeasebackError } from '@leaseback/domain';
import { ServiceClosedError } from '../service-errors.js';
import type { ServiceMetrics } from '../service-metrics.js';

/** Times every use case and tracks what is in flight, so closing can wait for it. */
export interface UseCaseTracker {
  /** Runs one use case: refuses new work once closing, records its duration and result. */
  track<T>(useCase: string, work: () => Promise<T>): Promise<T>;
  /** Refuses new work, waits for what is in flight, then runs `release` (once, however often called). */
  close(release: () => Promise<void>): Promise<void>;
}

/**
 * Builds a `UseCaseTracker` recording into `metrics` with the injected clock.
 * Work in flight is a count, and one settle handler per call records the
 * duration and lowers it. Why not a set of wrapping promises: an async wrapper,
 * its set entry and the handlers that forget it were several allocations on
 * every call, a visible part of a read that takes a few tenths of a
 * millisecond; closing only needs to know when the count reaches zero.
 */
export function createUseCaseTracker(metrics: ServiceMetrics, now: () => Date): UseCaseTracker {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let closing: Promise<void> | undefined;
  const settled = (useCase: string, result: string, started: number): void => {
    metrics.useCaseDuration.observe({ use_case: useCase, result }, Math.max(0, now().getTime() - started) / 1000);
    inFlight -= 1;
    if (inFlight === 0) idle?.();
  };
  return {
    track<T>(useCase: string, work: () => Promise<T>): Promise<T> {
      if (closing) return Promise.reject(new ServiceClosedError());
      const started = now().getTime();
      inFlight += 1;
      let promise: Promise<T>;
      try {
        promise = work();
      } catch (thrown) {
        promise = Promise.reject(thrown);
      }
      return promise.then(
        (value) => {
          settled(useCase, 'ok', started);
          return value;
        },
        (thrown: unknown) => {
          settled(useCase, toLeasebackError(thrown).code, started);
          throw thrown;
        },
      );
    },
    close(release) {
      closing ??= (async () => {
        // In-flight use cases finish (and write) before the store goes away: nothing half-written.
        if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
        await release();
      })();
      return closing;
    },
  };
}
