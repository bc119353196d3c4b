import type { RunRecord } from '@leaseback/domain';
import type { LlmClient } from '@leaseback/llm';
import type { PlannerConfig, RunProgramOptions } from '@leaseback/planner';
import type { LeasebackStore } from '@leaseback/store';
import type { CallContext } from '../leaseback-service.js';
import type { ServiceLogger } from '../service-logger.js';
import type { ServiceMetrics } from '../service-metrics.js';
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
}

/** The planner's options for one call: the service's client, config and clock, and the caller's signal. */
export function plannerOptions(dependencies: UseCaseDependencies, context: CallContext): RunProgramOptions {
  return {
    llm: dependencies.llm,
    config: dependencies.plannerConfig,
    now: dependencies.now,
    ...(context.signal ? { signal: context.signal } : {}),
  };
}

/** Counts a finished run by status and outcome. */
export function recordRunMetrics(metrics: ServiceMetrics, run: Pick<RunRecord, 'status' | 'response'>): void {
  metrics.runs.inc({ status: run.status, outcome_status: run.response?.outcome.status ?? 'none' });
}
