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

/** Builds a `UseCaseTracker` recording into `metrics` with the injected clock. */
export function createUseCaseTracker(metrics: ServiceMetrics, now: () => Date): UseCaseTracker {
  const inFlight = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;
  return {
    track<T>(useCase: string, work: () => Promise<T>): Promise<T> {
      if (closing) return Promise.reject(new ServiceClosedError());
      const started = now().getTime();
      const promise = (async () => {
        let result = 'ok';
        try {
          return await work();
        } catch (thrown) {
          result = toLeasebackError(thrown).code;
          throw thrown;
        } finally {
          metrics.useCaseDuration.observe({ use_case: useCase, result }, Math.max(0, now().getTime() - started) / 1000);
        }
      })();
      inFlight.add(promise);
      const forget = (): void => {
        inFlight.delete(promise);
      };
      promise.then(forget, forget);
      return promise;
    },
    close(release) {
      closing ??= (async () => {
        // In-flight use cases finish (and write) before the store goes away: nothing half-written.
        await Promise.allSettled([...inFlight]);
        await release();
      })();
      return closing;
    },
  };
}
