import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeasebackStore } from '../leaseback-store.js';
import { MIGRATIONS } from '../migrations/migrations.js';
import { runMigrations } from '../run-migrations.js';
import type { SqlExecutor } from '../sql-executor.js';
import { at, jsonText, type ContractContext } from './contract-context.js';
import { describeIdempotencyContract } from './idempotency-keys-contract.js';
import { describeJobsContract } from './jobs-contract.js';
import { buildRun, buildScenarioSet, reverseKeys } from './run-records.js';
import { describeRunsContract } from './runs-contract.js';
import { describeScenarioSetsContract } from './scenario-sets-contract.js';
import { describeSessionsContract } from './sessions-contract.js';

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
    const context: ContractContext = { store, executor: () => opened.executor, unique, restart };

    describeRunsContract(context);
    describeScenarioSetsContract(context);
    describeSessionsContract(context);
    describeIdempotencyContract(context);
    describeJobsContract(context);
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
