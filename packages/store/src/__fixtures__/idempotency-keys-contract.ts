// The idempotency keys part of the contract both store backends must meet (see store-contract.ts).
import { describe, expect, it } from 'vitest';
import { jsonText, settle, type ContractContext } from './contract-context.js';

/** Registers the idempotency keys tests of the store contract. */
export function describeIdempotencyContract({ store, unique }: ContractContext): void {
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
      expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now })).toEqual({
        state: 'completed',
        statusCode: 201,
        body,
      });
    });

    it('frees a released key for the next request', async () => {
      const reference = { scope: unique('key-scope'), key: unique('key') };
      await store().claimIdempotencyKey({ ...reference, requestHash: 'h1', now });
      expect(await store().releaseIdempotencyKey(reference)).toBe(true);
      expect(await store().claimIdempotencyKey({ ...reference, requestHash: 'h2', now })).toEqual({ state: 'claimed' });
      expect(
        await store().completeIdempotencyKey({ scope: reference.scope, key: unique('never-claimed'), statusCode: 200, body: null }),
      ).toBe(false);
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
      expect(await settle(store().completeIdempotencyKey({ ...reference, statusCode: 42, body: {} }))).toMatchObject({
        code: 'invalid_input',
      });
    });
  });
}
