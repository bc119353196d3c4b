// The jobs part of the contract both store backends must meet (see store-contract.ts).
// Every test leaves its jobs finished, so that a later test's claim never finds them.
import { describe, expect, it } from 'vitest';
import type { EnqueueJobInput } from '../jobs-repository.js';
import { settle, type ContractContext } from './contract-context.js';

const start = new Date('2003-03-03T03:03:03.000Z');
const later = (milliseconds: number) => new Date(start.getTime() + milliseconds);
const progress = { step: 'engine_run', iteration: 1, scenarios_done: 1, scenarios_total: 3 };

/** Registers the jobs tests of the store contract. */
export function describeJobsContract({ store, unique }: ContractContext): void {
  const input = (overrides: Partial<EnqueueJobInput> = {}): EnqueueJobInput => ({
    jobId: unique('job'),
    kind: 'run',
    fundId: null,
    request: { program_description: 'raise 100', zeta: 1, alpha: 2 },
    targetId: unique('target'),
    maxAttempts: 2,
    now: start,
    ...overrides,
  });

  describe('jobs', () => {
    it('stores a queued job and reads it back within its fund scope only', async () => {
      const fund = unique('fund');
      const job = await store().enqueueJob(input({ fundId: fund, kind: 'scenario_set' }));
      expect(job).toMatchObject({ kind: 'scenario_set', status: 'queued', fund_id: fund, attempts: 0, result_url: null, error: null });
      expect(job.progress).toEqual({ step: null, iteration: 0, scenarios_done: 0, scenarios_total: 0 });
      expect(job.created_at).toBe(start.toISOString());
      expect(JSON.stringify(job.request)).toBe('{"program_description":"raise 100","zeta":1,"alpha":2}');
      expect(await store().getJob(job.job_id, [fund])).toEqual(job);
      expect(await store().getJob(job.job_id, ['another-fund'])).toBeNull();
      expect(await store().getJob(unique('missing'))).toBeNull();
      await expect(store().enqueueJob(input({ jobId: job.job_id }))).rejects.toMatchObject({ code: 'already_exists' });
      await expect(store().enqueueJob(input({ maxAttempts: 0 }))).rejects.toMatchObject({ code: 'invalid_input' });
      expect((await store().cancelJob(job.job_id, later(1)))?.status).toBe('cancelled');
    });

    it('hands a job to one worker, records progress, and ends it once', async () => {
      const job = await store().enqueueJob(input());
      const claimed = await store().claimJob({ workerId: 'worker-a', leaseMs: 1000, now: later(10) });
      expect(claimed).toMatchObject({ job_id: job.job_id, status: 'running', attempts: 1, lease_owner: 'worker-a' });
      expect(claimed?.lease_expires_at).toBe(later(1010).toISOString());
      // Nothing else is waiting, and a live lease is not handed out again.
      expect(await store().claimJob({ workerId: 'worker-b', leaseMs: 1000, now: later(20) })).toBeNull();
      expect(await store().renewJobLease({ jobId: job.job_id, workerId: 'worker-a', leaseMs: 1000, now: later(500), progress })).toEqual({
        held: true,
        cancelRequested: false,
      });
      expect((await store().getJob(job.job_id))?.progress).toEqual(progress);
      // Renewal moved the lease: at the old expiry it is still held.
      expect(await store().claimJob({ workerId: 'worker-b', leaseMs: 1000, now: later(1200) })).toBeNull();
      expect(
        await store().finishJob({
          jobId: job.job_id,
          workerId: 'worker-a',
          now: later(1300),
          status: 'completed',
          resultUrl: '/api/runs/x',
          result: { b: 1, a: 2 },
        }),
      ).toBe(true);
      const finished = await store().getJob(job.job_id);
      expect(finished).toMatchObject({ status: 'completed', result_url: '/api/runs/x', lease_owner: null, error: null });
      expect(JSON.stringify(finished?.result)).toBe('{"b":1,"a":2}');
      // Final: a second finish, a cancel and a later claim change nothing.
      expect(
        await store().finishJob({
          jobId: job.job_id,
          workerId: 'worker-a',
          now: later(1400),
          status: 'failed',
          error: { code: 'internal_error', message: 'x' },
        }),
      ).toBe(false);
      expect((await store().cancelJob(job.job_id, later(1500)))?.status).toBe('completed');
      expect(await store().claimJob({ workerId: 'worker-b', leaseMs: 1000, now: later(999_999) })).toBeNull();
    });

    it('lets another worker take over a job whose lease ran out; the first can no longer touch it', async () => {
      const job = await store().enqueueJob(input());
      await store().claimJob({ workerId: 'worker-a', leaseMs: 1000, now: later(0) });
      const takenOver = await store().claimJob({ workerId: 'worker-b', leaseMs: 1000, now: later(1000) });
      expect(takenOver).toMatchObject({ job_id: job.job_id, attempts: 2, lease_owner: 'worker-b', status: 'running' });
      expect(await store().renewJobLease({ jobId: job.job_id, workerId: 'worker-a', leaseMs: 1000, now: later(1001), progress })).toEqual({
        held: false,
        cancelRequested: false,
      });
      expect((await store().getJob(job.job_id))?.progress.step).toBeNull();
      expect(
        await store().finishJob({ jobId: job.job_id, workerId: 'worker-a', now: later(1002), status: 'completed', resultUrl: '/a' }),
      ).toBe(false);
      expect(
        await store().finishJob({ jobId: job.job_id, workerId: 'worker-b', now: later(1003), status: 'completed', resultUrl: '/b' }),
      ).toBe(true);
      expect((await store().getJob(job.job_id))?.result_url).toBe('/b');
    });

    it('fails a job with job_abandoned when its workers died more often than its attempts allow', async () => {
      const job = await store().enqueueJob(input({ maxAttempts: 1 }));
      await store().claimJob({ workerId: 'worker-a', leaseMs: 1000, now: later(0) });
      expect(await store().claimJob({ workerId: 'worker-b', leaseMs: 1000, now: later(5000) })).toBeNull();
      const failed = await store().getJob(job.job_id);
      expect(failed).toMatchObject({ status: 'failed', attempts: 1, lease_owner: null });
      expect(failed?.error?.code).toBe('job_abandoned');
    });

    it('cancels a queued job at once and asks the worker of a running one', async () => {
      const queued = await store().enqueueJob(input());
      const cancelled = await store().cancelJob(queued.job_id, later(1));
      expect(cancelled).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
      expect(await store().claimJob({ workerId: 'worker-a', leaseMs: 1000, now: later(2) })).toBeNull();

      const running = await store().enqueueJob(input());
      await store().claimJob({ workerId: 'worker-a', leaseMs: 1000, now: later(3) });
      expect(await store().cancelJob(running.job_id, later(4), ['not-its-fund'])).toBeNull();
      expect(await store().cancelJob(running.job_id, later(4))).toMatchObject({ status: 'running', cancel_requested: true });
      expect(await store().renewJobLease({ jobId: running.job_id, workerId: 'worker-a', leaseMs: 1000, now: later(5) })).toEqual({
        held: true,
        cancelRequested: true,
      });
      expect(
        await store().finishJob({
          jobId: running.job_id,
          workerId: 'worker-a',
          now: later(6),
          status: 'cancelled',
          error: { code: 'cancelled', message: 'stopped' },
        }),
      ).toBe(true);
      expect((await store().getJob(running.job_id))?.status).toBe('cancelled');

      // A cancelled job whose worker died is ended, not handed out again.
      const orphan = await store().enqueueJob(input());
      await store().claimJob({ workerId: 'worker-a', leaseMs: 1000, now: later(7) });
      await store().cancelJob(orphan.job_id, later(8));
      expect(await store().claimJob({ workerId: 'worker-b', leaseMs: 1000, now: later(5000) })).toBeNull();
      expect((await store().getJob(orphan.job_id))?.status).toBe('cancelled');
    });

    it('gives each job to exactly one of many concurrent claimers, oldest first', async () => {
      const jobs = [];
      for (let index = 0; index < 6; index += 1) jobs.push(await store().enqueueJob(input({ now: later(index) })));
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, index) => store().claimJob({ workerId: `worker-${index}`, leaseMs: 60_000, now: later(100) })),
      );
      const claimedIds = claims.flatMap((claim) => (claim === null ? [] : [claim.job_id]));
      expect([...claimedIds].sort()).toEqual(jobs.map((job) => job.job_id).sort());
      expect(claims.filter((claim) => claim === null)).toHaveLength(4);
      for (const claim of claims) {
        if (claim === null) continue;
        await store().finishJob({
          jobId: claim.job_id,
          workerId: claim.lease_owner ?? '',
          now: later(200),
          status: 'failed',
          error: { code: 'internal_error', message: 'test' },
        });
      }
      const sequential = await store().enqueueJob(input({ now: later(300) }));
      const older = await store().enqueueJob(input({ now: later(250) }));
      expect((await store().claimJob({ workerId: 'w', leaseMs: 10, now: later(400) }))?.job_id).toBe(older.job_id);
      expect((await store().claimJob({ workerId: 'w', leaseMs: 10, now: later(400) }))?.job_id).toBe(sequential.job_id);
      for (const job of [older, sequential])
        await store().finishJob({ jobId: job.job_id, workerId: 'w', now: later(401), status: 'completed', resultUrl: '/r' });
    });

    it('refuses bad lease arguments with their paths', async () => {
      const error = await settle(store().claimJob({ workerId: '', leaseMs: 0, now: new Date(Number.NaN) }));
      expect(error).toMatchObject({ code: 'invalid_input' });
      const second = await settle(store().claimJob({ workerId: '', leaseMs: 0, now: start }));
      expect((second as { problems: { path: string }[] }).problems.map((problem) => problem.path)).toEqual(['workerId', 'leaseMs']);
    });
  });
}
