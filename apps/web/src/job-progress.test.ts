import { describe, expect, it } from 'vitest';
import { parseServerEvents } from './api-client.js';
import { progressFraction, progressLabel } from './job-progress.js';

const base = { kind: 'scenario_set' as const, error: null, progress: { step: null, iteration: 0, scenarios_done: 0, scenarios_total: 0 } };

describe('job progress', () => {
  it('grows with the scenarios done and never reaches 1 before the job ends', () => {
    const fractions = [0, 1, 2, 3].map((done) =>
      progressFraction({
        ...base,
        status: 'running',
        progress: { step: 'engine_run', iteration: 1, scenarios_done: done, scenarios_total: 3 },
      }),
    );
    expect(fractions).toEqual([...fractions].sort((left, right) => left - right));
    expect(Math.max(...fractions)).toBeLessThan(1);
    expect(progressFraction({ ...base, status: 'completed' })).toBe(1);
    expect(progressFraction({ ...base, status: 'queued' })).toBe(0);
  });

  it('says where the job is', () => {
    expect(
      progressLabel({ ...base, status: 'running', progress: { step: 'x', iteration: 0, scenarios_done: 2, scenarios_total: 5 } }),
    ).toBe('Scenario 2 of 5 done');
    expect(
      progressLabel({
        ...base,
        kind: 'run',
        status: 'running',
        progress: { step: 'engine_run', iteration: 2, scenarios_done: 0, scenarios_total: 0 },
      }),
    ).toBe('engine run, iteration 2');
    expect(progressLabel({ ...base, status: 'failed', error: { code: 'job_abandoned', message: 'gone' } })).toBe(
      'Failed: gone (job_abandoned)',
    );
  });
});

describe('server-sent events', () => {
  it('parses complete events, skips comments and keeps the unfinished rest', () => {
    const { events, rest } = parseServerEvents('event: progress\ndata: {"a":1}\n\n: keep-alive\n\nevent: result\ndata: {"b"');
    expect(events).toEqual([{ event: 'progress', data: { a: 1 } }]);
    expect(rest).toBe('event: result\ndata: {"b"');
    expect(parseServerEvents(`${rest}:2}\n\n`).events).toEqual([{ event: 'result', data: { b: 2 } }]);
  });
});
