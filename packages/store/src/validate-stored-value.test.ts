import { RunRecordSchema } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { buildRun, reverseKeys } from './__fixtures__/run-records.js';
import { StoreCorruptError } from './store-errors.js';
import { toJsonText, validateForWrite, validateOnRead } from './validate-stored-value.js';

describe('validateForWrite and validateOnRead', () => {
  it('keep the very object when the schema changes nothing but key order', () => {
    const run = reverseKeys(buildRun({ runId: 'r1' }));
    expect(validateForWrite(RunRecordSchema, run, 'run')).toBe(run);
    expect(validateOnRead(RunRecordSchema, run, 'run')).toBe(run);
  });

  it('return the schema output when it fills a default the value left out', () => {
    const run = buildRun({ runId: 'r2' });
    const llmCall = run.response?.audit_trace.entries[0]?.llm_call;
    const { unrecognized: _left, ...withoutUnrecognized } = llmCall ?? { unrecognized: [] };
    const older = structuredClone(run) as unknown as { response: { audit_trace: { entries: { llm_call: unknown }[] } } };
    older.response.audit_trace.entries[0]!.llm_call = withoutUnrecognized;
    const validated = validateOnRead(RunRecordSchema, older, 'run');
    expect(validated).not.toBe(older);
    expect(validated.response?.audit_trace.entries[0]?.llm_call?.unrecognized).toEqual([]);
  });

  it('name every problem: invalid input on write, corruption on read', () => {
    const broken = { ...buildRun({ runId: 'r3' }), status: 'done', created_at: 'yesterday' };
    expect(() => validateForWrite(RunRecordSchema, broken, 'run')).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        problems: [expect.objectContaining({ path: 'status' }), expect.objectContaining({ path: 'created_at' })],
      }),
    );
    expect(() => validateOnRead(RunRecordSchema, broken, 'run "r3"')).toThrow(StoreCorruptError);
    expect(() => validateOnRead(RunRecordSchema, broken, 'run "r3"')).toThrow(
      /run "r3" does not match its schema: status: .*; created_at: /,
    );
  });
});

describe('toJsonText', () => {
  it('serialises JSON values and refuses what JSON cannot hold', () => {
    expect(toJsonText({ b: [1, 'x', null], a: true }, 'state')).toBe('{"b":[1,"x",null],"a":true}');
    for (const value of [undefined, () => 1, Symbol('s'), 1n]) {
      expect(() => toJsonText(value, 'state')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => toJsonText(cycle, 'state')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
