import { createOfflineLlmClient, LlmError, type LlmClient } from '@leaseback/llm';
import { inlineEngineRunner } from '@leaseback/planner';
import { openStore } from '@leaseback/store';
import { Registry } from 'prom-client';
import { createLeasebackService, type CreateLeasebackServiceOptions } from '../create-leaseback-service.js';

/** One log line as the service wrote it. */
export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly fields: Record<string, unknown>;
  readonly message: string | undefined;
}

/** A clock that moves one second per reading, from 2025-01-01T00:00:00Z, so records order by creation. */
export function steppingClock(): () => Date {
  let tick = 0;
  return () => new Date(Date.UTC(2025, 0, 1) + 1000 * tick++);
}

/** Ids `id-1`, `id-2`, ... in call order. */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/**
 * A service on an in-memory PGlite store with the offline client (unless `llm`
 * is given), a stepping clock, sequential ids, a private metrics registry and a
 * recording logger.
 */
export async function createTestService(options: Partial<CreateLeasebackServiceOptions> = {}) {
  const logs: LogLine[] = [];
  const record = (level: LogLine['level']) => (fields: Record<string, unknown>, message?: string) => {
    logs.push({ level, fields, message });
  };
  const registry = new Registry();
  const store = options.store ?? (await openStore({ dataDir: 'memory://' }));
  const service = await createLeasebackService({
    llm: createOfflineLlmClient(),
    now: steppingClock(),
    newId: sequentialIds(),
    metricsRegistry: registry,
    // The engine runs inline here; the worker pool has tests of its own.
    engine: inlineEngineRunner,
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    ...options,
    store,
  });
  return { service, store, registry, logs };
}

/** The offline client, with some methods replaced. */
export function offlineClientWith(overrides: Partial<LlmClient>): LlmClient {
  const offline = createOfflineLlmClient();
  return {
    provider: overrides.provider ?? offline.provider,
    generateSelectorSpec: overrides.generateSelectorSpec ?? ((...args) => offline.generateSelectorSpec(...args)),
    reviseSelectorSpec: overrides.reviseSelectorSpec ?? ((...args) => offline.reviseSelectorSpec(...args)),
    generateExplanationSummary: overrides.generateExplanationSummary ?? ((...args) => offline.generateExplanationSummary(...args)),
    generateScenarioDefinitions: overrides.generateScenarioDefinitions ?? ((...args) => offline.generateScenarioDefinitions(...args)),
    extractFields: overrides.extractFields ?? ((...args) => offline.extractFields(...args)),
  };
}

/** An `llm_unavailable` error as a provider outage would raise it. */
export function unavailable(): LlmError {
  return new LlmError('llm_unavailable', 'the provider is unavailable (503)', { provider: 'test' });
}

/**
 * The value of the sample named `name` with `labels` in `registry`, 0 when absent.
 * A histogram's `_sum`, `_count` and `_bucket` samples are found under the histogram.
 */
export async function metricValue(registry: Registry, name: string, labels: Record<string, string>): Promise<number> {
  const metric = registry.getSingleMetric(name) ?? registry.getSingleMetric(name.replace(/_(sum|count|bucket)$/, ''));
  if (!metric) return 0;
  const { values } = await metric.get();
  const found = values.find(
    (value) =>
      ((value as { metricName?: string }).metricName ?? name) === name &&
      Object.entries(labels).every(([key, label]) => String(value.labels[key]) === label),
  );
  return found?.value ?? 0;
}
