// The runs part of the contract both store backends must meet (see store-contract.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, StoreCorruptError } from '../store-errors.js';
import { at, jsonText, settle, type ContractContext } from './contract-context.js';
import { buildRun, reverseKeys } from './run-records.js';

/** Registers the runs tests of the store contract. */
export function describeRunsContract({ store, executor, unique }: ContractContext): void {
  describe('runs', () => {
    it('returns a completed run exactly as written', async () => {
      const run = buildRun({ runId: unique('run'), createdAt: at(1, 123) });
      await store().createRun(run);
      const read = await store().getRun(run.run_id);
      expect(read).toEqual(run);
      expect(jsonText(read)).toBe(jsonText(run));
    });

    it('gives the same run as JSON text, byte for byte, without parsing it, and honours the scope', async () => {
      for (const status of ['completed', 'failed'] as const) {
        const run = buildRun({ runId: unique('json'), status, createdAt: at(3, 7) });
        await store().createRun(run);
        const text = decoded(await store().getRunJson(run.run_id));
        expect(text).toBe(JSON.stringify(await store().getRun(run.run_id)));
        expect(JSON.parse(text ?? 'null')).toEqual(run);
        expect(await store().getRunJson(run.run_id, ['another-fund'])).toBeNull();
      }
      expect(await store().getRunJson('no-such-run')).toBeNull();
    });

    it('stores a response text the caller serialised as it is given', async () => {
      const run = buildRun({ runId: unique('text'), rawOutput: { zeta: 1, alpha: 2 } });
      // The same response with its keys in another order: what is read back shows which was stored.
      const text = JSON.stringify(reverseKeys(run.response));
      await store().createRun(run, text);
      const read = await store().getRun(run.run_id);
      expect(read).toEqual(run);
      expect(JSON.stringify(read?.response)).toBe(text);
      expect(decoded(await store().getRunJson(run.run_id))).toBe(JSON.stringify(read));
    });

    it('returns a failed run with its error, code and partial trace', async () => {
      const run = buildRun({ runId: unique('run'), status: 'failed', createdAt: at(2) });
      await store().createRun(run);
      const read = await store().getRun(run.run_id);
      expect(read?.status).toBe('failed');
      expect(read?.response).toBeNull();
      expect(read?.error_code).toBe('llm_unavailable');
      expect(read?.audit_trace?.entries[0]?.error).toEqual({ code: 'llm_unavailable', message: 'upstream 503' });
      expect(jsonText(read)).toBe(jsonText(run));
    });

    it('keeps the key order of stored JSON (which jsonb would sort)', async () => {
      // The record's own keys come back in schema order; its JSON payloads keep theirs.
      const written = buildRun({ runId: unique('run'), rawOutput: { zeta: 1, alpha: { yy: 2, b: 3 }, aa: [{ z: 1, a: 2 }] } });
      const run = { ...written, response: reverseKeys(written.response) };
      await store().createRun(run);
      const read = await store().getRun(run.run_id);
      expect(jsonText(read)).toBe(jsonText(run));
      const rawOutput = read?.response?.audit_trace.entries[0]?.llm_call?.raw_output as Record<string, unknown>;
      // buildRun wrote zeta, alpha, aa; reverseKeys turned that into aa, alpha, zeta.
      expect(Object.keys(rawOutput)).toEqual(['aa', 'alpha', 'zeta']);
      expect(Object.keys(rawOutput.alpha as object)).toEqual(['b', 'yy']);
      expect(Object.keys(read?.response ?? {})).toEqual(['notices', 'explanation', 'audit_trace', 'outcome', 'spec']);
    });

    it('round-trips any JSON an LLM call may have returned, and any text', async () => {
      const keySafeJson = fc.jsonValue().filter((value) => !JSON.stringify(value).includes('"__proto__"'));
      await fc.assert(
        fc.asyncProperty(keySafeJson, fc.string({ unit: 'grapheme', minLength: 1 }), async (rawOutput, description) => {
          const run = buildRun({ runId: unique('prop'), rawOutput, description });
          await store().createRun(run);
          const read = await store().getRun(run.run_id);
          expect(jsonText(read)).toBe(jsonText(run));
          expect(decoded(await store().getRunJson(run.run_id))).toBe(JSON.stringify(read));
        }),
        { numRuns: 30 },
      );
    });

    it('stores created_at as an instant and returns it in UTC', async () => {
      const run = buildRun({ runId: unique('run'), fundId: unique('fund'), createdAt: '2021-06-01T12:00:00.250+02:00' });
      await store().createRun(run);
      expect((await store().getRun(run.run_id))?.created_at).toBe('2021-06-01T10:00:00.250Z');
      expect(JSON.parse(decoded(await store().getRunJson(run.run_id)) ?? 'null')).toMatchObject({ created_at: '2021-06-01T10:00:00.250Z' });
      const listed = await store().listRuns({ fundId: run.fund_id ?? undefined });
      expect(listed.map((item) => [item.run_id, item.created_at])).toEqual([[run.run_id, '2021-06-01T10:00:00.250Z']]);
    });

    it('refuses a second run with the same id and keeps the first', async () => {
      const run = buildRun({ runId: unique('run'), description: 'the first' });
      await store().createRun(run);
      const error = await settle(store().createRun({ ...run, program_description: 'the second' }));
      expect(error).toBeInstanceOf(AlreadyExistsError);
      expect((error as AlreadyExistsError).code).toBe('already_exists');
      expect((await store().getRun(run.run_id))?.program_description).toBe('the first');
    });

    it('refuses a record that fails the schema, naming the field, and stores nothing', async () => {
      const run = { ...buildRun({ runId: unique('run') }), status: 'finished' };
      const error = await settle(store().createRun(run as never));
      expect(error).toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ path: 'status' })] });
      expect(await store().getRun(run.run_id)).toBeNull();
    });

    it('refuses text PostgreSQL cannot hold (NUL) as invalid input', async () => {
      const run = buildRun({ runId: unique('run'), description: 'before\u0000after' });
      const error = await settle(store().createRun(run));
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(await store().getRun(run.run_id)).toBeNull();
    });

    it('refuses a run that names a scenario set that is not stored', async () => {
      const run = buildRun({ runId: unique('run'), scenarioSetId: unique('missing-set'), scenarioKind: 'base', scenarioLabel: 'Base' });
      const error = await settle(store().createRun(run));
      expect(error).toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ path: 'scenario_set_id' })] });
    });

    it('answers null for an unknown run', async () => {
      expect(await store().getRun(unique('never-written'))).toBeNull();
    });

    it('lists newest first, ties broken by run_id descending, without payloads', async () => {
      const fund = unique('fund');
      const day3a = `${fund}-a`;
      const day3b = `${fund}-b`;
      const written = [
        buildRun({ runId: `${fund}-m`, fundId: fund, createdAt: at(1) }),
        buildRun({ runId: day3a, fundId: fund, createdAt: at(3) }),
        buildRun({ runId: `${fund}-z`, fundId: fund, createdAt: at(2), status: 'failed' }),
        buildRun({ runId: day3b, fundId: fund, createdAt: at(3) }),
        buildRun({ runId: `${fund}-c`, fundId: fund, createdAt: at(4) }),
      ];
      for (const run of written) await store().createRun(run);
      const listed = await store().listRuns({ fundId: fund });
      expect(listed.map((item) => item.run_id)).toEqual([`${fund}-c`, day3b, day3a, `${fund}-z`, `${fund}-m`]);
      expect(Object.keys(listed[0] ?? {}).sort()).toEqual([
        'created_at',
        'fund_id',
        'program_description',
        'run_id',
        'scenario_kind',
        'scenario_label',
        'scenario_set_id',
        'status',
      ]);
      expect(listed[3]?.status).toBe('failed');
      expect((await store().listRuns({ fundId: fund, limit: 2 })).map((item) => item.run_id)).toEqual([`${fund}-c`, day3b]);
      // Out-of-range limits are clamped rather than passed to SQL.
      expect(await store().listRuns({ fundId: fund, limit: 0 })).toHaveLength(1);
      expect(await store().listRuns({ fundId: fund, limit: Number.NaN })).toHaveLength(5);
      expect(await store().listRuns({ fundId: fund, limit: 10_000_000 })).toHaveLength(5);
    });

    it('orders any set of runs by created_at then run_id, both descending', async () => {
      const idArbitrary = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(
            fc.record({ suffix: idArbitrary, day: fc.integer({ min: 0, max: 3 }), millisecond: fc.integer({ min: 0, max: 2 }) }),
            {
              minLength: 1,
              maxLength: 8,
              selector: (entry) => entry.suffix,
            },
          ),
          async (entries) => {
            const fund = unique('order');
            const runs = entries.map((entry) =>
              buildRun({ runId: `${fund}/${entry.suffix}`, fundId: fund, createdAt: at(entry.day, entry.millisecond) }),
            );
            for (const run of runs) await store().createRun(run);
            const expected = [...runs]
              .sort((left, right) =>
                left.created_at === right.created_at ? (left.run_id < right.run_id ? 1 : -1) : left.created_at < right.created_at ? 1 : -1,
              )
              .map((run) => run.run_id);
            const listed = await store().listRuns({ fundId: fund, limit: 100 });
            expect(listed.map((item) => item.run_id)).toEqual(expected);
          },
        ),
        { numRuns: 15 },
      );
    });

    it('never shows a run outside the caller’s funds', async () => {
      const fundA = unique('fund-a');
      const fundB = unique('fund-b');
      const runA = buildRun({ runId: unique('run'), fundId: fundA, createdAt: at(5) });
      const runB = buildRun({ runId: unique('run'), fundId: fundB, createdAt: at(6) });
      const runWithoutFund = buildRun({ runId: unique('run'), fundId: null, createdAt: at(7) });
      for (const run of [runA, runB, runWithoutFund]) await store().createRun(run);

      expect(await store().getRun(runA.run_id, [fundB])).toBeNull();
      expect(await store().getRun(runA.run_id, [])).toBeNull();
      expect((await store().getRun(runA.run_id, [fundA]))?.run_id).toBe(runA.run_id);
      expect((await store().getRun(runA.run_id, [fundB, fundA]))?.run_id).toBe(runA.run_id);
      expect((await store().getRun(runA.run_id))?.run_id).toBe(runA.run_id);
      expect(await store().getRun(runWithoutFund.run_id, [fundA])).toBeNull();
      expect((await store().getRun(runWithoutFund.run_id))?.fund_id).toBeNull();

      expect((await store().listRuns({ scope: [fundA] })).map((item) => item.run_id)).toEqual([runA.run_id]);
      expect((await store().listRuns({ scope: [fundA, fundB] })).map((item) => item.run_id)).toEqual([runB.run_id, runA.run_id]);
      expect(await store().listRuns({ fundId: fundA, scope: [fundB] })).toEqual([]);
      expect(await store().listRuns({ scope: [] })).toEqual([]);
      const unscoped = (await store().listRuns({ limit: 1000 })).map((item) => item.run_id);
      expect(unscoped).toEqual(expect.arrayContaining([runA.run_id, runB.run_id, runWithoutFund.run_id]));
    });

    it('reports a stored payload that no longer matches the schema as corrupt', async () => {
      const run = buildRun({ runId: unique('run'), fundId: unique('fund') });
      await store().createRun(run);
      await executor().query(`UPDATE runs SET response = '{"spec": "gone"}' WHERE run_id = $1`, [run.run_id]);
      const error = await settle(store().getRun(run.run_id));
      expect(error).toBeInstanceOf(StoreCorruptError);
      expect((error as StoreCorruptError).code).toBe('store_corrupt');
      expect((error as Error).message).toContain(run.run_id);
      // Lists do not read payloads, so one damaged run does not hide the others.
      expect((await store().listRuns({ fundId: run.fund_id ?? '' })).map((item) => item.run_id)).toEqual([run.run_id]);
    });

    it('reports a run whose created_at is no instant as corrupt, on every read', async () => {
      const run = buildRun({ runId: unique('run'), fundId: unique('fund') });
      await store().createRun(run);
      await executor().query(`UPDATE runs SET created_at = 'infinity' WHERE run_id = $1`, [run.run_id]);
      const reads: (() => Promise<unknown>)[] = [
        () => store().getRun(run.run_id),
        () => store().getRunJson(run.run_id),
        () => store().listRuns({ fundId: run.fund_id ?? '' }),
      ];
      for (const read of reads) {
        const error = await settle(read());
        expect(error).toBeInstanceOf(StoreCorruptError);
        expect((error as Error).message).toContain(run.run_id);
        expect((error as Error).message).toContain('created_at');
      }
    });

    it('reports a listed run whose status or scenario kind the schema refuses as corrupt', async () => {
      for (const [column, value] of [
        ['status', 'half-done'],
        ['scenario_kind', 'sideways'],
      ] as const) {
        const run = buildRun({ runId: unique('run'), fundId: unique('fund') });
        await store().createRun(run);
        await executor().query(`UPDATE runs SET ${column} = $1 WHERE run_id = $2`, [value, run.run_id]);
        const error = await settle(store().listRuns({ fundId: run.fund_id ?? '' }));
        expect(error).toBeInstanceOf(StoreCorruptError);
        expect((error as Error).message).toContain(run.run_id);
        expect((error as Error).message).toContain(column);
      }
    });
  });
}

/** UTF-8 JSON as text (`null` stays `null`). */
function decoded(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : Buffer.from(bytes).toString('utf8');
}
