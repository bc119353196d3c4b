import { afterEach, describe, expect, it } from 'vitest';
import { feasibleBrief, briefs, programRequest, scenarioSetRequest } from './__fixtures__/example-requests.js';
import { createTestService, unavailable, offlineClientWith } from './__fixtures__/test-service.js';
import type { LeasebackServiceHandle } from './create-leaseback-service.js';
import { RunNotReplayableError } from './replay-run.js';

const services: LeasebackServiceHandle[] = [];
async function setup(options: Parameters<typeof createTestService>[0] = {}) {
  const built = await createTestService(options);
  services.push(built.service);
  return built;
}
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

describe('replayRun', () => {
  it('replays a stored run identically, revisions included', async () => {
    const { service } = await setup();
    for (const brief of [feasibleBrief, briefs['re-lettable-250m'] as string]) {
      const created = await service.createRun(programRequest(brief));
      const report = await service.replayRun(created.run_id);
      expect(report).toMatchObject({ run_id: created.run_id, identical: true, differences: [] });
      expect(report.llm_calls_replayed).toBe(created.response?.audit_trace.entries.filter((entry) => entry.llm_call !== null).length);
    }
  });

  it('replays a scenario-set run, whose reading of the brief was shared', async () => {
    const { service } = await setup();
    const set = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 3 }));
    for (const run of set.runs) expect((await service.replayRun(run.run_id)).identical).toBe(true);
  });

  it('names where a tampered stored run no longer matches what its trace produces', async () => {
    const { service, store } = await setup();
    const created = await service.createRun(programRequest(feasibleBrief));
    const stored = await service.getRun(created.run_id);
    if (!stored.response) throw new Error('expected a response');
    const tampered = {
      ...stored,
      run_id: `${stored.run_id}-tampered`,
      response: { ...stored.response, outcome: { ...stored.response.outcome, proceeds: stored.response.outcome.proceeds + 1 } },
    };
    await store.createRun(tampered);
    const report = await service.replayRun(tampered.run_id);
    expect(report.identical).toBe(false);
    expect(report.differences).toEqual(['outcome.proceeds']);
  });

  it('refuses a failed run with a stable code, and an unknown run as not found', async () => {
    const { service } = await setup({ llm: offlineClientWith({ generateSelectorSpec: async () => Promise.reject(unavailable()) }) });
    const created = await service.createRun(programRequest(feasibleBrief));
    expect(created.status).toBe('failed');
    await expect(service.replayRun(created.run_id)).rejects.toBeInstanceOf(RunNotReplayableError);
    await expect(service.replayRun('no-such-run')).rejects.toMatchObject({ code: 'not_found' });
  });
});
