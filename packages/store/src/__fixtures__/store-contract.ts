import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeasebackStore } from '../leaseback-store.js';
import { MIGRATIONS } from '../migrations/migrations.js';
import { runMigrations } from '../run-migrations.js';
import type { SqlExecutor } from '../sql-executor.js';
import { AlreadyExistsError, StoreCorruptError, VersionConflictError } from '../store-errors.js';
import { buildRun, buildScenarioSet, reverseKeys } from './run-records.js';

/** A store and the executor under it (for raw SQL the store itself never runs). */
export interface OpenedStore {
  readonly store: LeasebackStore;
  readonly executor: SqlExecutor;
}

/** How the shared suite reaches one backend. */
export interface StoreHarness {
  /** Opens (and migrates) a store on the suite's database: the same data on every call. */
  open(): Promise<OpenedStore>;
  /** Removes what `open` created (temp directory, schema). */
  dispose(): Promise<void>;
}

/** Every run's `created_at` in these tests is far in the past, so that real runs sort before them. */
function at(day: number, millisecond = 0): string {
  return new Date(Date.UTC(2001, 0, 1) + day * 86_400_000 + millisecond).toISOString();
}

function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

async function settle<T>(promise: Promise<T>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * The behaviour both backends must share. Called once per backend with a
 * harness; every test uses ids of its own, so tests do not depend on each other.
 */
export function describeStoreContract(name: string, harness: () => StoreHarness, options: { skip?: boolean } = {}): void {
  (options.skip ? describe.skip : describe)(name, () => {
    let activeHarness: StoreHarness;
    let opened: OpenedStore;
    const tag = randomUUID().slice(0, 8);
    let counter = 0;
    const unique = (prefix: string) => `${prefix}-${tag}-${String(counter++).padStart(4, '0')}`;
    const store = () => opened.store;

    beforeAll(async () => {
      activeHarness = harness();
      opened = await activeHarness.open();
    });

    afterAll(async () => {
      await opened?.store.close();
      await activeHarness?.dispose();
    });

    async function restart(): Promise<void> {
      await opened.store.close();
      opened = await activeHarness.open();
    }

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
          const text = await store().getRunJson(run.run_id);
          expect(text).toBe(JSON.stringify(await store().getRun(run.run_id)));
          expect(JSON.parse(text ?? 'null')).toEqual(run);
          expect(await store().getRunJson(run.run_id, ['another-fund'])).toBeNull();
        }
        expect(await store().getRunJson('no-such-run')).toBeNull();
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
        expect(Object.keys(read?.response ?? {})).toEqual(['explanation', 'audit_trace', 'outcome', 'spec']);
      });

      it('round-trips any JSON an LLM call may have returned, and any text', async () => {
        const keySafeJson = fc.jsonValue().filter((value) => !JSON.stringify(value).includes('"__proto__"'));
        await fc.assert(
          fc.asyncProperty(keySafeJson, fc.string({ unit: 'grapheme', minLength: 1 }), async (rawOutput, description) => {
            const run = buildRun({ runId: unique('prop'), rawOutput, description });
            await store().createRun(run);
            const read = await store().getRun(run.run_id);
            expect(jsonText(read)).toBe(jsonText(run));
            expect(await store().getRunJson(run.run_id)).toBe(JSON.stringify(read));
          }),
          { numRuns: 30 },
        );
      });

      it('stores created_at as an instant and returns it in UTC', async () => {
        const run = buildRun({ runId: unique('run'), createdAt: '2021-06-01T12:00:00.250+02:00' });
        await store().createRun(run);
        expect((await store().getRun(run.run_id))?.created_at).toBe('2021-06-01T10:00:00.250Z');
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
        expect(Object.keys(listed[0] ?? {}).sort()).toEqual(
          ['created_at', 'fund_id', 'program_description', 'run_id', 'scenario_kind', 'scenario_label', 'scenario_set_id', 'status'],
        );
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
            fc.uniqueArray(fc.record({ suffix: idArbitrary, day: fc.integer({ min: 0, max: 3 }), millisecond: fc.integer({ min: 0, max: 2 }) }), {
              minLength: 1,
              maxLength: 8,
              selector: (entry) => entry.suffix,
            }),
            async (entries) => {
              const fund = unique('order');
              const runs = entries.map((entry) =>
                buildRun({ runId: `${fund}/${entry.suffix}`, fundId: fund, createdAt: at(entry.day, entry.millisecond) }),
              );
              for (const run of runs) await store().createRun(run);
              const expected = [...runs]
                .sort((left, right) =>
                  left.created_at === right.created_at
                    ? left.run_id < right.run_id
                      ? 1
                      : -1
                    : left.created_at < right.created_at
                      ? 1
                      : -1,
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
        await opened.executor.query(`UPDATE runs SET response = '{"spec": "gone"}' WHERE run_id = $1`, [run.run_id]);
        const error = await settle(store().getRun(run.run_id));
        expect(error).toBeInstanceOf(StoreCorruptError);
        expect((error as StoreCorruptError).code).toBe('store_corrupt');
        expect((error as Error).message).toContain(run.run_id);
        // Lists do not read payloads, so one damaged run does not hide the others.
        expect((await store().listRuns({ fundId: run.fund_id ?? '' })).map((item) => item.run_id)).toEqual([run.run_id]);
      });
    });

    describe('scenario sets', () => {
      it('returns a set with its runs in run_ids order', async () => {
        const fund = unique('fund');
        const id = unique('set');
        // run_ids deliberately not in sorted order.
        const { summary, runs } = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-m`, `${id}-a`, `${id}-z`] });
        await store().createScenarioSet(summary, runs);
        const read = await store().getScenarioSet(id);
        expect(read?.scenario_set).toEqual(summary);
        expect(read?.runs.map((run) => run.run_id)).toEqual([`${id}-m`, `${id}-a`, `${id}-z`]);
        expect(jsonText(read)).toBe(jsonText({ scenario_set: summary, runs }));
        const member = await store().getRun(`${id}-a`);
        expect(member).toMatchObject({ scenario_set_id: id, scenario_kind: 'risk_off', scenario_label: 'Scenario 2' });
      });

      it('writes nothing when one run of the set cannot be inserted', async () => {
        const fund = unique('fund');
        const id = unique('set');
        const taken = buildRun({ runId: unique('taken'), fundId: fund });
        await store().createRun(taken);
        const { summary, runs } = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-first`, taken.run_id, `${id}-third`] });
        const error = await settle(store().createScenarioSet(summary, runs));
        expect(error).toBeInstanceOf(AlreadyExistsError);
        expect((error as Error).message).toContain(taken.run_id);
        // The set row and the first run were inserted before the failure: both must be gone.
        expect(await store().getScenarioSet(id)).toBeNull();
        expect(await store().getRun(`${id}-first`)).toBeNull();
        expect(await store().getRun(`${id}-third`)).toBeNull();
        expect(await store().listScenarioSets({ fundId: fund })).toEqual([]);
        expect((await store().getRun(taken.run_id))?.scenario_set_id).toBeNull();
      });

      it('refuses runs that do not belong to the set and writes nothing', async () => {
        const fund = unique('fund');
        const id = unique('set');
        const { summary, runs } = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-1`, `${id}-2`] });
        const strayRuns = [runs[0]!, { ...runs[1]!, scenario_set_id: 'another-set', fund_id: 'another-fund' }];
        const error = await settle(store().createScenarioSet(summary, strayRuns));
        expect(error).toMatchObject({ code: 'invalid_input' });
        const paths = (error as { problems: { path: string }[] }).problems.map((problem) => problem.path);
        expect(paths).toEqual(['runs[1].scenario_set_id', 'runs[1].fund_id']);
        const missing = await settle(store().createScenarioSet(summary, runs.slice(0, 1)));
        expect(missing).toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ path: 'runs' })] });
        expect(await store().getScenarioSet(id)).toBeNull();
        expect(await store().getRun(`${id}-1`)).toBeNull();
      });

      it('refuses a second set with the same id', async () => {
        const fund = unique('fund');
        const id = unique('set');
        const first = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-1`] });
        await store().createScenarioSet(first.summary, first.runs);
        const second = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-2`] });
        expect(await settle(store().createScenarioSet(second.summary, second.runs))).toBeInstanceOf(AlreadyExistsError);
        expect(await store().getRun(`${id}-2`)).toBeNull();
      });

      it('lists sets newest first, 10 by default, filtered by fund and scope', async () => {
        const fund = unique('fund');
        const otherFund = unique('fund');
        const ids: string[] = [];
        for (let day = 0; day < 12; day += 1) {
          const id = `${fund}-set-${String(day).padStart(2, '0')}`;
          ids.push(id);
          const { summary, runs } = buildScenarioSet({ id, fundId: fund, createdAt: at(day), runIds: [`${id}-run`] });
          await store().createScenarioSet(summary, runs);
        }
        const other = buildScenarioSet({ id: unique('set'), fundId: otherFund, createdAt: at(20), runIds: [unique('run')] });
        await store().createScenarioSet(other.summary, other.runs);

        const newestFirst = [...ids].reverse();
        expect((await store().listScenarioSets({ fundId: fund })).map((set) => set.id)).toEqual(newestFirst.slice(0, 10));
        expect((await store().listScenarioSets({ fundId: fund, limit: 3 })).map((set) => set.id)).toEqual(newestFirst.slice(0, 3));
        expect((await store().listScenarioSets({ fundId: fund, limit: 500 })).map((set) => set.id)).toEqual(newestFirst);
        expect((await store().listScenarioSets({ scope: [otherFund] })).map((set) => set.id)).toEqual([other.summary.id]);
        expect(await store().listScenarioSets({ fundId: fund, scope: [otherFund] })).toEqual([]);
        expect(await store().getScenarioSet(other.summary.id, [fund])).toBeNull();
        expect((await store().getScenarioSet(other.summary.id, [otherFund]))?.scenario_set).toEqual(other.summary);
        const listed = await store().listScenarioSets({ fundId: fund, limit: 1 });
        expect(listed[0]).toEqual({
          id: ids[11],
          brief: 'Raise $50M; compare a cautious and an aggressive plan',
          created_at: at(11),
          run_ids: [`${ids[11]}-run`],
          fund_id: fund,
        });
      });
    });

    describe('sessions', () => {
      const now = new Date('2024-05-06T07:08:09.010Z');
      const later = new Date('2024-05-06T07:09:00.000Z');

      it('creates a session at version 1 and reads it back with its state intact', async () => {
        const id = unique('session');
        const state = { zeta: [1, 2, { b: true, a: null }], alpha: 'x', instances: [] };
        const created = await store().createSession({ id, fundId: 'fund-s', state, now });
        const expected = { id, fund_id: 'fund-s', version: 1, state, created_at: now.toISOString(), updated_at: now.toISOString() };
        expect(created).toEqual(expected);
        const read = await store().getSession(id);
        expect(read).toEqual(expected);
        expect(jsonText(read?.state)).toBe(jsonText(state));
      });

      it('updates at the expected version and moves the version on', async () => {
        const id = unique('session');
        await store().createSession({ id, fundId: null, state: { step: 1 }, now });
        const updated = await store().updateSession(id, 1, { step: 2 }, later);
        expect(updated).toEqual({ id, fund_id: null, version: 2, state: { step: 2 }, created_at: now.toISOString(), updated_at: later.toISOString() });
        expect(await store().getSession(id)).toEqual(updated);
        expect((await store().updateSession(id, 2, { step: 3 }, later)).version).toBe(3);
      });

      it('refuses a stale version and keeps the newer state', async () => {
        const id = unique('session');
        await store().createSession({ id, fundId: null, state: { step: 1 }, now });
        await store().updateSession(id, 1, { step: 2 }, later);
        const error = await settle(store().updateSession(id, 1, { step: 'stale' }, later));
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({ code: 'version_conflict', expectedVersion: 1, actualVersion: 2 });
        expect((await store().getSession(id))?.state).toEqual({ step: 2 });
      });

      it('lets exactly one of several concurrent writers win', async () => {
        const id = unique('session');
        await store().createSession({ id, fundId: null, state: { writer: null }, now });
        const writers = Array.from({ length: 8 }, (_, writer) => store().updateSession(id, 1, { writer }, later));
        const results = await Promise.allSettled(writers);
        const winners = results.flatMap((result, writer) => (result.status === 'fulfilled' ? [writer] : []));
        expect(winners).toHaveLength(1);
        for (const result of results) {
          if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(VersionConflictError);
        }
        const stored = await store().getSession(id);
        expect(stored?.version).toBe(2);
        expect(stored?.state).toEqual({ writer: winners[0] });
      });

      it('reports an unknown session as not found on update and null on read', async () => {
        const id = unique('session');
        expect(await settle(store().updateSession(id, 1, {}, later))).toMatchObject({ code: 'not_found' });
        expect(await store().getSession(id)).toBeNull();
      });

      it('refuses a duplicate id, a state JSON cannot hold and a nonsense version', async () => {
        const id = unique('session');
        await store().createSession({ id, fundId: null, state: {}, now });
        expect(await settle(store().createSession({ id, fundId: null, state: {}, now }))).toBeInstanceOf(AlreadyExistsError);
        expect(await settle(store().createSession({ id: unique('session'), fundId: null, state: undefined, now }))).toMatchObject({
          code: 'invalid_input',
        });
        expect(await settle(store().updateSession(id, 1, { big: 10n }, later))).toMatchObject({ code: 'invalid_input' });
        expect(await settle(store().updateSession(id, 0, {}, later))).toMatchObject({ code: 'invalid_input' });
        expect((await store().getSession(id))?.version).toBe(1);
      });

      it('hides a session of another fund', async () => {
        const id = unique('session');
        await store().createSession({ id, fundId: 'fund-x', state: {}, now });
        expect(await store().getSession(id, ['fund-y'])).toBeNull();
        expect((await store().getSession(id, ['fund-x']))?.id).toBe(id);
      });
    });

    describe('idempotency keys', () => {
      const now = new Date('2024-05-06T07:08:09.010Z');

      it('goes claimed, in progress, completed; a different body is a mismatch', async () => {
        const reference = { scope: unique('key-scope'), key: unique('key') };
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now })).toEqual({ state: 'claimed' });
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now })).toEqual({ state: 'in_progress' });
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h2', now })).toEqual({ state: 'mismatch' });
        const body = { run_id: 'r-1', status: 'completed', response: { zeta: 1, alpha: 2 }, error: null };
        expect(await store().completeIdempotencyKey({ ...reference, statusCode: 201, body })).toBe(true);
        const replay = await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now });
        expect(replay).toEqual({ state: 'completed', statusCode: 201, body });
        expect(jsonText(replay.state === 'completed' ? replay.body : null)).toBe(jsonText(body));
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h2', now })).toEqual({ state: 'mismatch' });
        // A completed key is final: neither a release nor a second completion changes it.
        expect(await store().releaseIdempotencyKey(reference)).toBe(false);
        expect(await store().completeIdempotencyKey({ ...reference, statusCode: 500, body: {} })).toBe(false);
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now })).toEqual({ state: 'completed', statusCode: 201, body });
      });

      it('frees a released key for the next request', async () => {
        const reference = { scope: unique('key-scope'), key: unique('key') };
        await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now });
        expect(await store().releaseIdempotencyKey(reference)).toBe(true);
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h2', now })).toEqual({ state: 'claimed' });
        expect(await store().completeIdempotencyKey({ scope: reference.scope, key: unique('never-claimed'), statusCode: 200, body: null })).toBe(false);
      });

      it('keeps the same key apart in different scopes', async () => {
        const key = unique('key');
        expect(await store().claimIdempotencyKey({ scope: unique('scope'), key, requestHash: 'h', now })).toEqual({ state: 'claimed' });
        expect(await store().claimIdempotencyKey({ scope: unique('scope'), key, requestHash: 'h', now })).toEqual({ state: 'claimed' });
      });

      it('grants a key to exactly one of several concurrent requests', async () => {
        const reference = { scope: unique('key-scope'), key: unique('key') };
        const claims = await Promise.all(
          Array.from({ length: 8 }, () => store().claimIdempotencyKey({ ...reference, requestHash: 'same', now })),
        );
        expect(claims.filter((claim) => claim.state === 'claimed')).toHaveLength(1);
        expect(claims.filter((claim) => claim.state === 'in_progress')).toHaveLength(7);
      });

      it('lets a stale claim be taken over only when the caller allows it, by the same request', async () => {
        const reference = { scope: unique('key-scope'), key: unique('key') };
        await store().claimIdempotencyKey({ ...reference, requestHash: 'h', now });
        const tenSecondsLater = new Date(now.getTime() + 10_000);
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h', now: tenSecondsLater })).toEqual({ state: 'in_progress' });
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h', now: tenSecondsLater, staleAfterMs: 60_000 })).toEqual({
          state: 'in_progress',
        });
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'other', now: tenSecondsLater, staleAfterMs: 5_000 })).toEqual({
          state: 'mismatch',
        });
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h', now: tenSecondsLater, staleAfterMs: 5_000 })).toEqual({
          state: 'claimed',
        });
        // The takeover renewed the claim: it is fresh again.
        expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h', now: tenSecondsLater, staleAfterMs: 5_000 })).toEqual({
          state: 'in_progress',
        });
      });

      it('refuses a status code that is not HTTP', async () => {
        const reference = { scope: unique('key-scope'), key: unique('key') };
        await store().claimIdempotencyKey({ ...reference, requestHash: 'h', now });
        expect(await settle(store().completeIdempotencyKey({ ...reference, statusCode: 42, body: {} }))).toMatchObject({ code: 'invalid_input' });
      });
    });

    describe('lifecycle', () => {
      it('answers ping', async () => {
        await expect(store().ping()).resolves.toBeUndefined();
      });

      it('keeps runs, sets and sessions across a restart, identical', async () => {
        const fund = unique('fund');
        const written = buildRun({ runId: unique('run'), fundId: fund, createdAt: at(30) });
        const run = { ...written, response: reverseKeys(written.response) };
        const id = unique('set');
        const set = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-2`, `${id}-1`] });
        const sessionId = unique('session');
        await store().createRun(run);
        await store().createScenarioSet(set.summary, set.runs);
        await store().createSession({ id: sessionId, fundId: fund, state: { b: 1, a: 2 }, now: new Date('2024-01-01T00:00:00.000Z') });
        await restart();
        expect(jsonText(await store().getRun(run.run_id))).toBe(jsonText(run));
        expect(jsonText(await store().getScenarioSet(id))).toBe(jsonText({ scenario_set: set.summary, runs: set.runs }));
        expect(jsonText((await store().getSession(sessionId))?.state)).toBe('{"b":1,"a":2}');
      });

      it('runs each migration once, however often the store is opened', async () => {
        await restart();
        await restart();
        const { rows } = await opened.executor.query<{ version: number; count: number }>(
          'SELECT version, count(*)::int AS count FROM schema_migrations GROUP BY version ORDER BY version',
        );
        expect(rows).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version, count: 1 })));
        expect(await runMigrations(opened.executor, MIGRATIONS)).toEqual({ applied: [], currentVersion: MIGRATIONS.length });
      });

      it('finishes in-flight calls on close, then refuses new ones', async () => {
        const runs = Array.from({ length: 5 }, () => buildRun({ runId: unique('closing') }));
        const writes = runs.map((run) => store().createRun(run));
        const closed = store().close();
        const closedAgain = store().close();
        await expect(Promise.all(writes)).resolves.toHaveLength(5);
        await closed;
        await closedAgain;
        await expect(store().getRun(runs[0]!.run_id)).rejects.toMatchObject({ code: 'store_closed' });
        await expect(store().ping()).rejects.toMatchObject({ code: 'store_closed' });
        opened = await activeHarness.open();
        for (const run of runs) expect(await store().getRun(run.run_id)).toEqual(run);
      });
    });
  });
}
