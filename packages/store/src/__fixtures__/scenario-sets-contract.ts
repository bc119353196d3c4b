// The scenario sets part of the contract both store backends must meet (see store-contract.ts).
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, StoreCorruptError } from '../store-errors.js';
import { at, jsonText, settle, type ContractContext } from './contract-context.js';
import { buildRun, buildScenarioSet } from './run-records.js';

/** Registers the scenario sets tests of the store contract. */
export function describeScenarioSetsContract({ store, executor, unique }: ContractContext): void {
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

    it('reports a set whose created_at is no instant as corrupt, read or listed', async () => {
      const fund = unique('fund');
      const id = unique('set');
      const { summary, runs } = buildScenarioSet({ id, fundId: fund, runIds: [`${id}-a`] });
      await store().createScenarioSet(summary, runs);
      await executor().query(`UPDATE scenario_sets SET created_at = 'infinity' WHERE id = $1`, [id]);
      const reads: (() => Promise<unknown>)[] = [() => store().getScenarioSet(id), () => store().listScenarioSets({ fundId: fund })];
      for (const read of reads) {
        const error = await settle(read());
        expect(error).toBeInstanceOf(StoreCorruptError);
        expect((error as Error).message).toContain(id);
        expect((error as Error).message).toContain('created_at');
      }
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
}
