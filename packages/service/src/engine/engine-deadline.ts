import { LeasebackError } from '@leaseback/domain';
import type { EngineRunner } from '@leaseback/planner';

/** The engine's work for one request ran past its overall deadline. */
export class EngineDeadlineError extends LeasebackError {
  /** The deadline, in milliseconds of engine time per request. */
  readonly deadlineMs: number;

  constructor(deadlineMs: number) {
    super(
      'engine_deadline_exceeded',
      `the engine's work for this request took longer than its ${deadlineMs} ms deadline; retry with fewer assets or a smaller solver time limit`,
      {
        isRetryable: true,
      },
    );
    this.name = 'EngineDeadlineError';
    this.deadlineMs = deadlineMs;
  }
}

/**
 * An engine runner for one request: every solve the request makes (each
 * revision, each capacity, each scenario) shares one deadline, `deadlineMs`
 * from the first call, rather than each solve having its own time limit. A
 * solve running at the deadline is stopped (in a worker pool, its thread) and
 * the request fails with `engine_deadline_exceeded`; a cancelled request
 * (`signal`) stops it too.
 */
export function withEngineDeadline(
  runner: EngineRunner,
  deadlineMs: number,
  monotonicNow: () => number,
  signal?: AbortSignal,
): EngineRunner {
  let deadlineAt: number | undefined;
  const bounded = async <T>(call: (signal: AbortSignal) => Promise<T>, callerSignal: AbortSignal | undefined): Promise<T> => {
    deadlineAt ??= monotonicNow() + deadlineMs;
    const remaining = deadlineAt - monotonicNow();
    if (remaining <= 0) throw new EngineDeadlineError(deadlineMs);
    const expiry = new AbortController();
    const timer = setTimeout(() => expiry.abort(new EngineDeadlineError(deadlineMs)), remaining);
    const signals = [expiry.signal, ...(signal ? [signal] : []), ...(callerSignal && callerSignal !== signal ? [callerSignal] : [])];
    try {
      // `AbortSignal.any` of a single signal is that signal, at a cost of its own on every solve.
      return await call(signals.length === 1 ? expiry.signal : AbortSignal.any(signals));
    } catch (thrown) {
      if (expiry.signal.aborted) throw expiry.signal.reason;
      throw thrown;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    selectAssets: (assets, corporateState, spec, config, callerSignal) =>
      bounded((combined) => runner.selectAssets(assets, corporateState, spec, config, combined), callerSignal),
    maxProceeds: (assets, corporateState, spec, config, callerSignal) =>
      bounded((combined) => runner.maxProceeds(assets, corporateState, spec, config, combined), callerSignal),
  };
}
