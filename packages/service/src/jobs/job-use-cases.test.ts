import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type LeasebackStore } from '@leaseback/store';
import type { Job } from '@leaseback/domain';
import { LlmError, type LlmClient } from '@leaseback/llm';
import { createTestService, offlineClientWith, sequentialIds } from '../__fixtures__/test-service.js';
import { feasibleBrief, programRequest, scenarioSetRequest } from '../__fixtures__/example-requests.js';
import type { LeasebackServiceHandle } from '../create-leaseback-service.js';

const realClock = () => new Date();
const services: LeasebackServiceHandle[] = [];

// One store for the file (opening PGlite is the slow part); each test's services share it, and
// every test leaves its jobs finished so that a later test's claims never find them.
let sharedStore: LeasebackStore;
let idPrefix = 0;
beforeAll(async () => {
  sharedStore = await openStore({ dataDir: 'memory://' });
});
afterAll(async () => {
  await sharedStore.close();
});
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
});

async function jobService(options: Parameters<typeof createTestService>[0] = {}) {
  // Closing a service closes its store: the tests' services get a view whose close does nothing.
  const store: LeasebackStore = { ...sharedStore, close: async () => undefined };
  idPrefix += 1;
  const created = await createTestService({ now: realClock, newId: sequentialIds(`t${idPrefix}`), store, ...options });
  services.push(created.service);
  return created;
}

/** Polls until the job has ended; bounded so that a stuck job fails the test instead of hanging it. */
async function finished(service: LeasebackServiceHandle, jobId: string, scope?: readonly string[]): Promise<Job> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = await service.getJob(jobId, { scope });
    if (job.status !== 'queued' && job.status !== 'running') return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An LLM client whose scenario definitions wait until the call is cancelled, as a slow provider would. */
function gatedClient(): { llm: LlmClient; started: Promise<void> } {
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const llm = offlineClientWith({
    generateScenarioDefinitions: (_brief, _summary, _count, options) => {
      markStarted();
      return new Promise((_resolve, reject) => {
        const signal = options?.signal;
        const cancelled = () => reject(new LlmError('llm_cancelled', 'cancelled', { provider: 'test' }));
        if (signal?.aborted) cancelled();
        signal?.addEventListener('abort', cancelled, { once: true });
      });
    },
  });
  return { llm, started };
}

describe('asynchronous jobs', () => {
  it('queues a run, and a worker stores it under the id drawn at submission, with progress', async () => {
    const { service, store } = await jobService();
    const queued = await service.submitJob('run', programRequest(feasibleBrief));
    expect(queued).toMatchObject({ kind: 'run', status: 'queued', attempts: 0, result_url: null, error: null });
    service.startJobWorker({ pollMs: 50 });
    const done = await finished(service, queued.job_id);
    expect(done.status).toBe('completed');
    expect(done.attempts).toBe(1);
    // Ids in draw order: the job's, then its run's.
    expect(queued.job_id).toBe('t1-1');
    expect(done.result_url).toBe('/api/runs/t1-2');
    expect(done.progress.step).toBe('explanation');
    expect(done.progress.iteration).toBeGreaterThanOrEqual(1);
    const runId = decodeURIComponent(done.result_url?.split('/').at(-1) ?? '');
    const stored = await store.getRun(runId);
    expect(stored?.status).toBe('completed');
    expect(await service.getJobResult(queued.job_id)).toEqual(stored);
  });

  it('runs a scenario set and counts its scenarios; a program keeps its response with the job', async () => {
    const { service } = await jobService();
    service.startJobWorker({ pollMs: 50 });
    const set = await service.submitJob('scenario_set', scenarioSetRequest(feasibleBrief, { num_scenarios: 3 }));
    const program = await service.submitJob('program', programRequest(feasibleBrief));
    const setDone = await finished(service, set.job_id);
    expect(setDone).toMatchObject({ status: 'completed', progress: { scenarios_done: 3, scenarios_total: 3 } });
    const setResult = (await service.getJobResult(set.job_id)) as { scenario_set: { id: string }; comparison: unknown[] };
    expect(setDone.result_url).toBe(`/api/scenario_sets/${setResult.scenario_set.id}`);
    expect(setResult.comparison).toHaveLength(3);
    const programDone = await finished(service, program.job_id);
    expect(programDone.result_url).toBe(`/api/jobs/${program.job_id}/result`);
    const response = (await service.getJobResult(program.job_id)) as { outcome: { status: string } };
    expect(response.outcome.status).toBe('ok');
  });

  it('validates and scopes at submission: bad input and other funds never reach the queue', async () => {
    const { service } = await jobService();
    await expect(service.submitJob('run', { assets: 'none' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      service.submitJob('run', programRequest(feasibleBrief, { fund_id: 'fund-b' }), { scope: ['fund-a'] }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    const job = await service.submitJob('run', programRequest(feasibleBrief), { scope: ['fund-a'] });
    expect(job.fund_id).toBe('fund-a');
    await expect(service.getJob(job.job_id, { scope: ['fund-b'] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.cancelJob(job.job_id, { scope: ['fund-b'] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.getJobResult(job.job_id, { scope: ['fund-a'] })).rejects.toMatchObject({ code: 'job_not_completed' });
    service.startJobWorker({ pollMs: 50 });
    const done = await finished(service, job.job_id, ['fund-a']);
    const run = (await service.getJobResult(job.job_id, { scope: ['fund-a'] })) as { fund_id: string };
    expect(done.status).toBe('completed');
    expect(run.fund_id).toBe('fund-a');
  });

  it('answers a retry with the same Idempotency-Key with the same job, and refuses the key for another body', async () => {
    const { service, store } = await jobService();
    const first = await service.submitJob('run', programRequest(feasibleBrief), { idempotencyKey: 'job-key-1' });
    const again = await service.submitJob('run', programRequest(feasibleBrief), { idempotencyKey: 'job-key-1' });
    expect(again.job_id).toBe(first.job_id);
    await expect(service.submitJob('run', programRequest('Raise $10M'), { idempotencyKey: 'job-key-1' })).rejects.toMatchObject({
      code: 'idempotency_key_reused',
    });
    await service.cancelJob(first.job_id);
    expect(await store.claimJob({ workerId: 'probe', leaseMs: 1000, now: new Date() })).toBeNull();
  });

  it('cancels a queued job before it runs, and a running one through its worker', async () => {
    const gated = gatedClient();
    const { service, store } = await jobService({ llm: gated.llm });
    const queued = await service.submitJob('scenario_set', scenarioSetRequest(feasibleBrief));
    expect((await service.cancelJob(queued.job_id)).status).toBe('cancelled');

    const running = await service.submitJob('scenario_set', scenarioSetRequest(feasibleBrief));
    service.startJobWorker({ pollMs: 50 });
    await gated.started;
    expect((await service.cancelJob(running.job_id)).status).toBe('running');
    const done = await finished(service, running.job_id);
    expect(done).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
    const stored = await store.getJob(running.job_id);
    expect(stored?.result_url).toBeNull();
    expect(await store.getScenarioSet(stored?.target_id ?? '')).toBeNull();
    expect((await service.getJob(queued.job_id)).attempts).toBe(0);
  });

  it('takes over a job whose worker died: runs it again, or completes it when its result was already stored', async () => {
    const { service, store } = await jobService();
    const before = (await store.listRuns({ limit: 1000 })).length;
    const orphan = await service.submitJob('run', programRequest(feasibleBrief));
    const stored = await service.submitJob('run', programRequest(feasibleBrief));
    // A process claimed both long ago and died; it had stored the second one's run.
    const longAgo = new Date(Date.now() - 3_600_000);
    const first = await store.claimJob({ workerId: 'dead', leaseMs: 1000, now: longAgo });
    const second = await store.claimJob({ workerId: 'dead', leaseMs: 1000, now: longAgo });
    expect([first?.job_id, second?.job_id]).toEqual([orphan.job_id, stored.job_id]);
    const earlier = await service.createRun(second?.request, { recordId: second?.target_id ?? '' });
    service.startJobWorker({ pollMs: 50 });
    const rerun = await finished(service, orphan.job_id);
    const resumed = await finished(service, stored.job_id);
    expect(rerun).toMatchObject({ status: 'completed', attempts: 2 });
    expect(resumed).toMatchObject({ status: 'completed', attempts: 2, result_url: `/api/runs/${earlier.run_id}` });
    // Resumed, not run twice: the run is the one the dead process stored.
    expect((await store.listRuns({ limit: 1000 })).filter((run) => run.run_id === earlier.run_id)).toHaveLength(1);
    expect(await store.listRuns({ limit: 1000 })).toHaveLength(before + 2);
  });

  it('fails a job with job_abandoned once its attempts are used up', async () => {
    const { service, store } = await jobService({ config: { jobs: { max_attempts: 1 } } });
    const before = (await store.listRuns({ limit: 1000 })).length;
    const job = await service.submitJob('run', programRequest(feasibleBrief));
    await store.claimJob({ workerId: 'dead', leaseMs: 1000, now: new Date(Date.now() - 3_600_000) });
    service.startJobWorker({ pollMs: 50 });
    const done = await finished(service, job.job_id);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'job_abandoned' } });
    expect(await store.listRuns({ limit: 1000 })).toHaveLength(before);
  });

  it('shares the queue between two services on one store: every job runs once', async () => {
    const { service, store } = await jobService({ newId: sequentialIds('shared-a') });
    const second = await jobService({ newId: sequentialIds('shared-b') });
    const before = (await store.listRuns({ limit: 1000 })).length;
    const submitted = [];
    for (let index = 0; index < 4; index += 1) submitted.push(await service.submitJob('run', programRequest(feasibleBrief)));
    const workers = [service.startJobWorker({ pollMs: 20 }), second.service.startJobWorker({ pollMs: 20 })];
    const done = await Promise.all(submitted.map((job) => finished(service, job.job_id)));
    expect(done.every((job) => job.status === 'completed' && job.attempts === 1)).toBe(true);
    expect(await store.listRuns({ limit: 1000 })).toHaveLength(before + 4);
    expect(workers[0]?.workerId).not.toBe(workers[1]?.workerId);
  });
});
