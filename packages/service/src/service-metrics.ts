import type { Metric } from 'prom-client';
import { Counter, Histogram, Registry } from './prom-client-classes.js';

/** The Prometheus metrics the use cases record. */
export interface ServiceMetrics {
  /** Runs finished, by run status (`completed`/`failed`) and outcome status (`ok`, `infeasible`, `numeric_error`, `none`). */
  readonly runs: Counter<'status' | 'outcome_status'>;
  /** Scenario sets created or refused, by result (`completed`, `definitions_unavailable`, `failed`). */
  readonly scenarioSets: Counter<'result'>;
  /** LLM calls, by provider, method and outcome (`ok` or the `LlmError` code). */
  readonly llmCalls: Counter<'provider' | 'method' | 'outcome'>;
  /** LLM call latency in seconds, by provider and method. */
  readonly llmCallDuration: Histogram<'provider' | 'method'>;
  /** Tokens LLM calls used, failed calls included, by provider, model and kind (`input`, `output`). */
  readonly llmTokens: Counter<'provider' | 'model' | 'kind'>;
  /** Use case latency in seconds, by use case and result (`ok` or the error code). */
  readonly useCaseDuration: Histogram<'use_case' | 'result'>;
}

/**
 * Registers the service's metrics on `registry` (a fresh private registry when
 * none is given). Metrics already registered under the same name are reused, so
 * two services sharing one registry count into the same series.
 */
export function createServiceMetrics(registry: Registry = new Registry()): ServiceMetrics {
  return {
    runs: reuse(
      registry,
      'leaseback_runs_total',
      () =>
        new Counter({
          name: 'leaseback_runs_total',
          help: 'Program runs finished, by run status and outcome status.',
          labelNames: ['status', 'outcome_status'] as const,
          registers: [registry],
        }),
    ),
    scenarioSets: reuse(
      registry,
      'leaseback_scenario_sets_total',
      () =>
        new Counter({
          name: 'leaseback_scenario_sets_total',
          help: 'Scenario sets requested, by result.',
          labelNames: ['result'] as const,
          registers: [registry],
        }),
    ),
    llmCalls: reuse(
      registry,
      'leaseback_llm_calls_total',
      () =>
        new Counter({
          name: 'leaseback_llm_calls_total',
          help: 'LLM calls, by provider, method and outcome (ok or the error code).',
          labelNames: ['provider', 'method', 'outcome'] as const,
          registers: [registry],
        }),
    ),
    llmCallDuration: reuse(
      registry,
      'leaseback_llm_call_duration_seconds',
      () =>
        new Histogram({
          name: 'leaseback_llm_call_duration_seconds',
          help: 'LLM call latency in seconds, by provider and method.',
          labelNames: ['provider', 'method'] as const,
          buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
          registers: [registry],
        }),
    ),
    llmTokens: reuse(
      registry,
      'leaseback_llm_tokens_total',
      () =>
        new Counter({
          name: 'leaseback_llm_tokens_total',
          help: 'Tokens used by LLM calls (failed calls included), by provider, model and kind (input or output).',
          labelNames: ['provider', 'model', 'kind'] as const,
          registers: [registry],
        }),
    ),
    useCaseDuration: reuse(
      registry,
      'leaseback_use_case_duration_seconds',
      () =>
        new Histogram({
          name: 'leaseback_use_case_duration_seconds',
          help: 'Service use case latency in seconds, by use case and result.',
          labelNames: ['use_case', 'result'] as const,
          buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
          registers: [registry],
        }),
    ),
  };
}

function reuse<T extends Metric>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}
