import { describe, expect, it } from 'vitest';
import { guardRunForWrite } from './run-write-guard.js';
import { buildRun } from './__fixtures__/run-records.js';

describe('guardRunForWrite', () => {
  it('passes a well-formed run through as the very same object', () => {
    const run = buildRun({ runId: 'guard-1' });
    const guarded = guardRunForWrite(run);
    expect(guarded.ok && guarded.value).toBe(run);
  });

  it('names every scalar problem, payload of the wrong kind and unknown field, under the root', () => {
    const run = { ...buildRun({ runId: 'guard-2' }), status: 'finished', created_at: 'yesterday', response: 'text', error: 3, extra: true };
    const guarded = guardRunForWrite(run, 'runs[1]');
    expect(guarded.ok).toBe(false);
    const paths = guarded.ok ? [] : guarded.problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['runs[1].status', 'runs[1].created_at', 'runs[1].response', 'runs[1].error', 'runs[1].extra']),
    );
  });

  it('refuses what is not an object at all', () => {
    for (const value of [null, 'run', 42, []]) expect(guardRunForWrite(value).ok).toBe(false);
  });

  it('accepts a run stored without its request', () => {
    const { request: _request, ...withoutRequest } = buildRun({ runId: 'guard-3' });
    expect(guardRunForWrite(withoutRequest).ok).toBe(true);
  });
});
