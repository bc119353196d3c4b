import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeasebackStore } from './leaseback-store.js';
import { openSqlExecutor, openStoreOn } from './open-store.js';
import type { SqlExecutor } from './sql-executor.js';

const LEASE_MS = 1000;
const WORKERS = ['worker-a', 'worker-b', 'worker-c'] as const;

type Operation =
  | { kind: 'claim' | 'renew' | 'complete' | 'fail'; worker: number; advance: number }
  | { kind: 'cancel'; worker: number; advance: number };

const operation: fc.Arbitrary<Operation> = fc.record({
  kind: fc.constantFrom('claim', 'renew', 'complete', 'fail', 'cancel'),
  worker: fc.integer({ min: 0, max: WORKERS.length - 1 }),
  // Time moves on by up to two leases between steps, so leases both hold and expire.
  advance: fc.integer({ min: 0, max: 2 * LEASE_MS }),
}) as fc.Arbitrary<Operation>;

let executor: SqlExecutor;
let store: LeasebackStore;

beforeAll(async () => {
  executor = await openSqlExecutor({ dataDir: 'memory://' });
  store = await openStoreOn(executor);
});

afterAll(async () => {
  await store.close();
});

describe('the jobs queue under any interleaving of workers', () => {
  it('finishes a job at most once, never leaves a final status, never exceeds its attempts, never hands out a live lease', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 3 }),
        async (operations, maxAttempts) => {
          round += 1;
          // One job per round, alone in the table, so every claim can only find it.
          await executor.query('DELETE FROM jobs');
          const jobId = `job-${round}`;
          let now = Date.UTC(2030, 0, 1);
          await store.enqueueJob({
            jobId,
            kind: 'run',
            fundId: null,
            request: {},
            targetId: `run-${round}`,
            maxAttempts,
            now: new Date(now),
          });
          let finishes = 0;
          let finalStatus: string | null = null;
          for (const step of operations) {
            now += step.advance;
            const at = new Date(now);
            const workerId = WORKERS[step.worker] as string;
            const before = await store.getJob(jobId);
            if (step.kind === 'claim') {
              const claimed = await store.claimJob({ workerId, leaseMs: LEASE_MS, now: at });
              if (claimed !== null) {
                // Only a queued job, or one whose lease had run out, is handed out.
                const leaseLive =
                  before?.status === 'running' && before.lease_expires_at !== null && Date.parse(before.lease_expires_at) > now;
                expect(leaseLive).toBe(false);
                expect(before?.status === 'queued' || before?.status === 'running').toBe(true);
                expect(claimed.lease_owner).toBe(workerId);
              }
            } else if (step.kind === 'renew') {
              const state = await store.renewJobLease({ jobId, workerId, leaseMs: LEASE_MS, now: at });
              expect(state.held).toBe(before?.status === 'running' && before.lease_owner === workerId);
            } else if (step.kind === 'cancel') {
              await store.cancelJob(jobId, at);
            } else {
              const finished = await store.finishJob(
                step.kind === 'complete'
                  ? { jobId, workerId, now: at, status: 'completed', resultUrl: '/r' }
                  : { jobId, workerId, now: at, status: 'failed', error: { code: 'internal_error', message: 'x' } },
              );
              expect(finished).toBe(before?.status === 'running' && before.lease_owner === workerId);
              if (finished) finishes += 1;
            }
            const after = await store.getJob(jobId);
            expect(after).not.toBeNull();
            expect(after?.attempts ?? 0).toBeLessThanOrEqual(maxAttempts);
            if (finalStatus !== null) expect(after?.status).toBe(finalStatus);
            else if (['completed', 'failed', 'cancelled'].includes(after?.status ?? '')) finalStatus = after?.status ?? null;
            expect(finishes).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
