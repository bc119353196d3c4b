import type { RunRecord } from '@leaseback/domain';
import type { LlmClient } from '@leaseback/llm';
import {
  describePlannerProgress,
  type EngineRunner,
  type PlannerConfig,
  type PlannerProgress,
  type RunProgramOptions,
} from '@leaseback/planner';
import type { LeasebackStore } from '@leaseback/store';
import type { CallContext } from '../leaseback-service.js';
import { logInternalError } from '../log-internal-error.js';
import type { ServiceLogger } from '../service-logger.js';
import type { ServiceMetrics } from '../service-metrics.js';
import type { RequestValidator } from '../engine/request-validation.js';
import type { Idempotent } from './idempotency.js';

/** What every use case is built from: the service's parts, all injected. */
export interface UseCaseDependencies {
  readonly store: LeasebackStore;
  /** The instrumented LLM client. */
  readonly llm: LlmClient;
  readonly plannerConfig: PlannerConfig;
  readonly logger: ServiceLogger;
  readonly metrics: ServiceMetrics;
  /** The clock for `created_at`, trace timestamps and durations. */
  readonly now: () => Date;
  /** The id generator for runs and scenario sets. */
  readonly newId: () => string;
  /** Honours an `Idempotency-Key` around a write. */
  readonly idempotent: Idempotent;
  /** The engine for one request (a worker pool in the server): every solve it makes shares one deadline. */
  readonly engineFor: (context: CallContext) => EngineRunner;
  /**
   * Checks a request body against `planner.max_assets` and its schema (in a
   * worker thread when it is large): the one way a use case reads its body.
   */
  readonly validateRequest: RequestValidator;
}

/** The planner's options for one call: the service's client, config and clock, and the caller's signal. */
export function plannerOptions(dependencies: UseCaseDependencies, context: CallContext): RunProgramOptions {
  return {
    llm: dependencies.llm,
    config: dependencies.plannerConfig,
    now: dependencies.now,
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.onPlanProgress || context.onProgress
      ? {
          onProgress: (progress: PlannerProgress) => {
            context.onPlanProgress?.(progress);
            context.onProgress?.(describePlannerProgress(progress));
          },
        }
      : {}),
    // A run that fails with an internal error is stored (or answered) with a generic message; its cause goes to the log.
    onInternalError: (cause: unknown) => logInternalError(context.logger ?? dependencies.logger, { use_case: 'plan' }, cause),
    engine: dependencies.engineFor(context),
  };
}

/** Counts a finished run by status and outcome. */
export function recordRunMetrics(metrics: ServiceMetrics, run: Pick<RunRecord, 'status' | 'response'>): void {
  metrics.runs.inc({ status: run.status, outcome_status: run.response?.outcome.status ?? 'none' });
}
