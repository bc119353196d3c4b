import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { TurnResult } from './turn-result.js';

/** The metrics one orchestrator records, all registered on the registry it was given. */
export interface OrchestrationMetrics {
  /** Records one processed turn. `path` is `sync` or `async`. */
  recordTurn(result: TurnResult, durationSeconds: number, path: 'sync' | 'async'): void;
}

/** Metric names (before the optional prefix), for dashboards and tests. */
export const ORCHESTRATION_METRIC_NAMES = Object.freeze({
  lifecycleDecisions: 'scenario_lifecycle_decisions_total',
  stepsSkipped: 'scenario_steps_skipped_total',
  contributions: 'scenario_contributions_total',
  activeScenarios: 'scenario_active_instances',
  turnDuration: 'scenario_turn_duration_seconds',
  evaluations: 'scenario_evaluations_total',
});

/** Latency buckets from 50 µs (the deterministic path) to 10 s (a slow evaluator call). */
const TURN_DURATION_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1, 2.5, 10];

function registerOnce<Metric>(registry: Registry, name: string, create: () => Metric): Metric {
  // Two orchestrators sharing a registry (a reload, a test) must share the metric, not throw on re-registration.
  return (registry.getSingleMetric(name) as Metric | undefined) ?? create();
}

/** Creates (or reuses) the orchestrator's metrics on `registry`; never touches prom-client's global registry. */
export function createOrchestrationMetrics(registry: Registry, prefix = ''): OrchestrationMetrics {
  const names = Object.fromEntries(Object.entries(ORCHESTRATION_METRIC_NAMES).map(([key, name]) => [key, `${prefix}${name}`])) as Record<
    keyof typeof ORCHESTRATION_METRIC_NAMES,
    string
  >;
  const decisions = registerOnce(
    registry,
    names.lifecycleDecisions,
    () =>
      new Counter({
        name: names.lifecycleDecisions,
        help: 'Scenario lifecycle decisions, by action.',
        labelNames: ['action'],
        registers: [registry],
      }),
  );
  const skipped = registerOnce(
    registry,
    names.stepsSkipped,
    () => new Counter({ name: names.stepsSkipped, help: 'Scenario steps passed by step skipping.', registers: [registry] }),
  );
  const contributions = registerOnce(
    registry,
    names.contributions,
    () =>
      new Counter({
        name: names.contributions,
        help: 'Scenario contributions to replies, by type.',
        labelNames: ['type'],
        registers: [registry],
      }),
  );
  const active = registerOnce(
    registry,
    names.activeScenarios,
    () =>
      new Gauge({
        name: names.activeScenarios,
        help: 'Active scenario instances in the session of the most recent turn.',
        registers: [registry],
      }),
  );
  const duration = registerOnce(
    registry,
    names.turnDuration,
    () =>
      new Histogram({
        name: names.turnDuration,
        help: 'Time to process one scenario turn, by path (sync: deterministic; async: with the optional evaluator).',
        labelNames: ['path'],
        buckets: TURN_DURATION_BUCKETS,
        registers: [registry],
      }),
  );
  const evaluations = registerOnce(
    registry,
    names.evaluations,
    () =>
      new Counter({
        name: names.evaluations,
        help: 'Lifecycle evaluator outcomes, by status.',
        labelNames: ['status'],
        registers: [registry],
      }),
  );
  return {
    recordTurn(result, durationSeconds, path) {
      for (const decision of result.lifecycle_decisions) decisions.inc({ action: decision.action });
      const skippedCount = result.transition_decisions.reduce((total, transition) => total + transition.skipped_steps.length, 0);
      if (skippedCount > 0) skipped.inc(skippedCount);
      for (const contribution of result.plan.contributions) contributions.inc({ type: contribution.contribution_type });
      active.set(result.plan.active_scenario_ids.length);
      duration.observe({ path }, durationSeconds);
      if (result.evaluation.status !== 'not_requested') evaluations.inc({ status: result.evaluation.status });
    },
  };
}
