import { RunListItemSchema } from '@leaseback/domain';
import fc from 'fast-check';
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

  it('accepts scalar fields exactly when the schema does, keeping the very same record', () => {
    const text = fc.constantFrom('run-1', '', ' padded ', 'fund-a');
    const field = {
      run_id: fc.oneof(text, fc.constantFrom(null, undefined, 7)),
      fund_id: fc.oneof(text, fc.constantFrom(null, undefined, 7)),
      program_description: fc.oneof(text, fc.constantFrom(null, undefined)),
      status: fc.constantFrom('completed', 'failed', 'finished', null, undefined),
      created_at: fc.oneof(
        fc
          .date({ min: new Date(-62_000_000_000_000), max: new Date(260_000_000_000_000), noInvalidDate: true })
          .map((date) => date.toISOString()),
        fc.constantFrom(
          '2026-02-29T00:00:00.000Z',
          '2024-02-29T23:59:59.999Z',
          '2026-13-01T00:00:00.000Z',
          '2026-04-31T00:00:00.000Z',
          '2026-12-04T24:00:00.000Z',
          '2026-12-04T08:00:00Z',
          '2026-12-04T08:00:00.000+00:00',
          'yesterday',
          null,
        ),
      ),
      scenario_set_id: fc.oneof(text, fc.constantFrom(null, undefined, 7)),
      scenario_kind: fc.constantFrom('base', 'risk_off', 'aggressive', 'geo_focus', 'custom', 'other', null, undefined),
      scenario_label: fc.oneof(text, fc.constantFrom(null, undefined, 7)),
    };
    fc.assert(
      fc.property(fc.record(field), (scalars) => {
        const run = { ...buildRun({ runId: 'guard-4' }), ...scalars };
        const listed = Object.fromEntries(Object.keys(RunListItemSchema.shape).map((key) => [key, (run as Record<string, unknown>)[key]]));
        const parsed = RunListItemSchema.safeParse(listed);
        const guarded = guardRunForWrite(run);
        expect(guarded.ok).toBe(parsed.success);
        if (guarded.ok) expect(guarded.value).toBe(run);
      }),
      { numRuns: 1000 },
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
