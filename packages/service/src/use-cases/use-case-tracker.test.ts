import { LeasebackError } from '@leaseback/domain';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createServiceMetrics } from '../service-metrics.js';
import { createUseCaseTracker } from './use-case-tracker.js';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A histogram's values name their series (`_count`, `_sum`, `_bucket`); prom-client's type leaves the name out. */
function metricNameOf(value: object): unknown {
  return (value as { metricName?: unknown }).metricName;
}

async function samples(registry: Registry): Promise<Record<string, number>> {
  const metric = await registry.getSingleMetric('leaseback_use_case_duration_seconds')!.get();
  const counts: Record<string, number> = {};
  for (const value of metric.values)
    if (metricNameOf(value) === 'leaseback_use_case_duration_seconds_count')
      counts[`${value.labels['use_case']} ${value.labels['result']}`] = value.value;
  return counts;
}

describe('createUseCaseTracker', () => {
  it('records each call once with its result and duration on the injected clock, and passes values and errors through', async () => {
    const registry = new Registry();
    let time = 1_000;
    const tracker = createUseCaseTracker(createServiceMetrics(registry), () => new Date(time));
    const slow = deferred<string>();
    const running = tracker.track('get_run', () => slow.promise);
    time += 250;
    slow.resolve('value');
    await expect(running).resolves.toBe('value');
    await expect(tracker.track('get_run', async () => Promise.reject(new LeasebackError('not_found', 'no run')))).rejects.toThrow('no run');
    await expect(
      tracker.track('list_runs', () => {
        throw new LeasebackError('invalid_input', 'thrown before any promise');
      }),
    ).rejects.toThrow('thrown before any promise');
    expect(await samples(registry)).toEqual({ 'get_run ok': 1, 'get_run not_found': 1, 'list_runs invalid_input': 1 });
    const metric = await registry.getSingleMetric('leaseback_use_case_duration_seconds')!.get();
    const sum = metric.values.find(
      (value) => metricNameOf(value) === 'leaseback_use_case_duration_seconds_sum' && value.labels['result'] === 'ok',
    );
    expect(sum?.value).toBe(0.25);
  });

  it('closes only after every call in flight has settled, failed ones too, and refuses calls from then on', async () => {
    const tracker = createUseCaseTracker(createServiceMetrics(new Registry()), () => new Date(0));
    const first = deferred<number>();
    const second = deferred<number>();
    const one = tracker.track('a', () => first.promise);
    const two = tracker.track('b', () => second.promise).catch(() => 'failed');
    const events: string[] = [];
    const closed = tracker.close(async () => {
      events.push('released');
    });
    await expect(tracker.track('c', async () => 1)).rejects.toMatchObject({ code: 'service_closed' });
    first.resolve(1);
    await one;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual([]);
    second.reject(new Error('boom'));
    await two;
    await closed;
    expect(events).toEqual(['released']);
    // Closing twice releases once.
    await tracker.close(async () => {
      events.push('again');
    });
    expect(events).toEqual(['released']);
  });

  it('closes at once when nothing is in flight', async () => {
    const tracker = createUseCaseTracker(createServiceMetrics(new Registry()), () => new Date(0));
    await tracker.track('a', async () => 1);
    let released = false;
    await tracker.close(async () => {
      released = true;
    });
    expect(released).toBe(true);
  });
});
