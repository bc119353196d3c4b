// The sessions part of the contract both store backends must meet (see store-contract.ts).
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, StoreCorruptError, VersionConflictError } from '../store-errors.js';
import { jsonText, settle, type ContractContext } from './contract-context.js';

/** Registers the sessions tests of the store contract. */
export function describeSessionsContract({ store, executor, unique }: ContractContext): void {
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
      expect(updated).toEqual({
        id,
        fund_id: null,
        version: 2,
        state: { step: 2 },
        created_at: now.toISOString(),
        updated_at: later.toISOString(),
      });
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

    it('reports a session whose timestamp is no instant as corrupt', async () => {
      const id = unique('session');
      await store().createSession({ id, fundId: null, state: { step: 1 }, now });
      await executor().query(`UPDATE sessions SET updated_at = '-infinity' WHERE id = $1`, [id]);
      const error = await settle(store().getSession(id));
      expect(error).toBeInstanceOf(StoreCorruptError);
      expect((error as Error).message).toContain(id);
      expect((error as Error).message).toContain('updated_at');
    });

    it('hides a session of another fund', async () => {
      const id = unique('session');
      await store().createSession({ id, fundId: 'fund-x', state: {}, now });
      expect(await store().getSession(id, ['fund-y'])).toBeNull();
      expect((await store().getSession(id, ['fund-x']))?.id).toBe(id);
    });
  });
}
