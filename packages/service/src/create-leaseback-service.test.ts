import { InvalidInputError, LeasebackError, ProgramRequestSchema, RunRecordSchema } from '@leaseback/domain';
import { createOfflineLlmClient, LlmError } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { runProgram } from '@leaseback/planner';
import { afterEach, describe, expect, it } from 'vitest';
import { feasibleBrief, infeasibleBrief, portfolio, programRequest, scenarioSetRequest } from './__fixtures__/example-requests.js';
import { createTestService, metricValue, offlineClientWith, steppingClock, unavailable } from './__fixtures__/test-service.js';
import { jsonTextOf } from './answer-json-text.js';
import { createLeasebackService, type LeasebackServiceHandle } from './create-leaseback-service.js';
import { NotFoundError, ProgramRunFailedError } from './service-errors.js';

const services: LeasebackServiceHandle[] = [];
async function setup(options: Parameters<typeof createTestService>[0] = {}) {
  const built = await createTestService(options);
  services.push(built.service);
  return built;
}
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

async function rejection(promise: Promise<unknown>): Promise<LeasebackError> {
  try {
    await promise;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(LeasebackError);
    return thrown as LeasebackError;
  }
  throw new Error('expected the call to fail');
}

describe('createRun / getRun / listRuns', () => {
  it('plans, stores and returns a completed run exactly as the planner answers it', async () => {
    const { service } = await setup();
    const created = await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-a' }));
    expect(created.status).toBe('completed');
    expect(created.error).toBeNull();
    expect(created.error_code).toBeNull();
    expect(created.response?.outcome.status).toBe('ok');

    // The same request through the planner directly, with the same client, gives the same plan.
    const direct = await runProgram(ProgramRequestSchema.parse(programRequest(feasibleBrief, { fund_id: 'fund-a' })), {
      llm: createOfflineLlmClient(),
      now: steppingClock(),
    });
    expect(direct.status).toBe('completed');
    if (direct.status === 'completed') {
      expect(created.response?.spec).toEqual(direct.response.spec);
      expect(created.response?.outcome).toEqual(direct.response.outcome);
    }

    const stored = await service.getRun(created.run_id);
    expect(RunRecordSchema.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({
      run_id: created.run_id,
      fund_id: 'fund-a',
      program_description: feasibleBrief,
      status: 'completed',
      error: null,
      error_code: null,
      audit_trace: null,
      scenario_set_id: null,
      scenario_kind: null,
      scenario_label: null,
    });
    expect(stored.response).toEqual(created.response);
    // The answer's JSON, serialised once with the stored response, is exactly the answer's own.
    expect(jsonTextOf(created)).toBe(JSON.stringify(created));
    expect(JSON.parse(Buffer.from(await service.getRunJson(created.run_id)).toString('utf8'))).toEqual(stored);
  });

  it('stores an infeasible outcome as a completed run', async () => {
    const { service } = await setup();
    const created = await service.createRun(programRequest(infeasibleBrief));
    expect(created.status).toBe('completed');
    expect(created.response?.outcome.status).toBe('infeasible');
    expect((await service.getRun(created.run_id)).status).toBe('completed');
  });

  it('lists runs newest first, with a default limit of 20 and a maximum of 100', async () => {
    const { service } = await setup();
    const ids: string[] = [];
    for (let index = 0; index < 22; index += 1) ids.push((await service.createRun(programRequest(feasibleBrief))).run_id);
    const listed = await service.listRuns({});
    expect(listed.map((run) => run.run_id)).toEqual(ids.slice(-20).reverse());
    expect(listed[0]).not.toHaveProperty('response');
    expect((await service.listRuns({ limit: 3 })).map((run) => run.run_id)).toEqual(ids.slice(-3).reverse());
    // A URL query's string is accepted.
    expect(await service.listRuns({ limit: '2' })).toHaveLength(2);
    expect(await service.listRuns({ limit: 100 })).toHaveLength(22);

    for (const limit of [0, 101, 2.5, -1]) {
      const error = await rejection(service.listRuns({ limit }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).problems.map((problem) => problem.path)).toEqual(['query.limit']);
    }
  });

  it('filters runs by fund_id', async () => {
    const { service } = await setup();
    const inA = await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-a' }));
    await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-b' }));
    expect((await service.listRuns({ fund_id: 'fund-a' })).map((run) => run.run_id)).toEqual([inA.run_id]);
  });

  it('reports an unknown run as not_found', async () => {
    const { service } = await setup();
    const error = await rejection(service.getRun('no-such-run'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('not_found');
  });

  it('rejects an invalid request listing every problem with its path, and stores nothing', async () => {
    const { service } = await setup();
    const [first, ...others] = portfolio.assets;
    const request = {
      ...programRequest(feasibleBrief),
      assets: [{ ...first, cap_rate: 1.5 }, ...others],
      corporate_state: { ...portfolio.corporate_state, ebitda: undefined },
      colour: 'blue',
    };
    const error = await rejection(service.createRun(request));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((problem) => problem.path).sort()).toEqual(
      ['request.assets[0].cap_rate', 'request.colour', 'request.corporate_state.ebitda'].sort(),
    );
    expect(await service.listRuns({})).toEqual([]);
  });
});

describe('fund scope', () => {
  it("never shows one fund another fund's runs, and answers not_found rather than forbidden", async () => {
    const { service } = await setup();
    const inA = await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-a' }), { scope: ['fund-a'] });
    const inB = await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-b' }), { scope: ['fund-b'] });

    expect((await service.getRun(inA.run_id, { scope: ['fund-a'] })).fund_id).toBe('fund-a');
    const hidden = await rejection(service.getRun(inA.run_id, { scope: ['fund-b'] }));
    expect(hidden).toBeInstanceOf(NotFoundError);
    expect(hidden.message).toBe(
      (await rejection(service.getRun('never-created', { scope: ['fund-b'] }))).message.replace('never-created', inA.run_id),
    );

    expect((await service.listRuns({}, { scope: ['fund-b'] })).map((run) => run.run_id)).toEqual([inB.run_id]);
    expect(await service.listRuns({ fund_id: 'fund-a' }, { scope: ['fund-b'] })).toEqual([]);
    expect((await service.listRuns({}, { scope: ['fund-a', 'fund-b'] })).map((run) => run.run_id)).toEqual([inB.run_id, inA.run_id]);
    expect(await service.listRuns({})).toHaveLength(2);
  });

  it("writes a scoped caller's run to its only fund, and refuses funds outside the scope", async () => {
    const { service } = await setup();
    const defaulted = await service.createRun(programRequest(feasibleBrief), { scope: ['fund-a'] });
    expect((await service.getRun(defaulted.run_id)).fund_id).toBe('fund-a');

    const outside = await rejection(service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-c' }), { scope: ['fund-a'] }));
    expect(outside.code).toBe('not_found');

    const ambiguous = await rejection(service.createRun(programRequest(feasibleBrief), { scope: ['fund-a', 'fund-b'] }));
    expect(ambiguous).toBeInstanceOf(InvalidInputError);
    expect((ambiguous as InvalidInputError).problems.map((problem) => problem.path)).toEqual(['request.fund_id']);
    expect(await service.listRuns({})).toHaveLength(1);
  });

  it('keeps scenario sets to their fund', async () => {
    const { service } = await setup();
    const set = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 2 }), { scope: ['fund-a'] });
    expect(set.scenario_set.fund_id).toBe('fund-a');
    expect(set.runs.every((run) => run.fund_id === 'fund-a')).toBe(true);
    expect((await rejection(service.getScenarioSet(set.scenario_set.id, { scope: ['fund-b'] }))).code).toBe('not_found');
    expect(await service.listScenarioSets({}, { scope: ['fund-b'] })).toEqual([]);
    expect((await service.listScenarioSets({}, { scope: ['fund-a'] })).map((summary) => summary.id)).toEqual([set.scenario_set.id]);
    expect((await rejection(service.getRun(set.runs[0]?.run_id ?? '', { scope: ['fund-b'] }))).code).toBe('not_found');
  });
});

describe('failed runs', () => {
  it('stores a run whose LLM is unavailable as failed, with its code, message and partial trace', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: unavailable() });
    const { service, registry } = await setup({ llm });
    const created = await service.createRun(programRequest(feasibleBrief));
    expect(llm.callsTo('generateSelectorSpec')).toHaveLength(1);
    expect(created).toMatchObject({ status: 'failed', response: null, error_code: 'llm_unavailable' });
    expect(created.error).toContain('unavailable');
    expect(jsonTextOf(created)).toBe(JSON.stringify(created));

    const stored = await service.getRun(created.run_id);
    expect(stored).toMatchObject({ status: 'failed', response: null, error_code: 'llm_unavailable', error: created.error });
    expect(stored.audit_trace?.entries.at(-1)).toMatchObject({ step: 'run_failed', error: { code: 'llm_unavailable' } });

    expect(await metricValue(registry, 'leaseback_runs_total', { status: 'failed', outcome_status: 'none' })).toBe(1);
    expect(
      await metricValue(registry, 'leaseback_llm_calls_total', {
        provider: 'test',
        method: 'generateSelectorSpec',
        outcome: 'llm_unavailable',
      }),
    ).toBe(1);
  });

  it('fails only the affected run when an LLM call later in the loop fails', async () => {
    const { service } = await setup({
      llm: offlineClientWith({ generateExplanationSummary: async () => Promise.reject(unavailable()) }),
    });
    const created = await service.createRun(programRequest(feasibleBrief));
    expect(created.status).toBe('failed');
    const stored = await service.getRun(created.run_id);
    // The steps before the failure are kept.
    expect(stored.audit_trace?.entries.map((entry) => entry.step)).toEqual(
      expect.arrayContaining(['spec_generated', 'engine_run', 'run_failed']),
    );
  });
});

describe('cancellation', () => {
  it('stores a cancelled run as failed, throws cancelled, and gives the idempotency key back', async () => {
    // The double aborts the caller's signal from inside the call, as a client going away mid-run would.
    const controllers: AbortController[] = [];
    const llm = createTestLlmClient({
      generateSelectorSpec: () => {
        controllers.at(-1)?.abort();
        return new LlmError('llm_cancelled', 'the call was cancelled', { provider: 'test' });
      },
    });
    const { service } = await setup({ llm });
    const attempt = () => {
      const controller = new AbortController();
      controllers.push(controller);
      return service.createRun(programRequest(feasibleBrief), { signal: controller.signal, idempotencyKey: 'cancel-1' });
    };
    expect((await rejection(attempt())).code).toBe('cancelled');
    // Had the key stayed claimed, the retry would be refused as in progress or replayed.
    expect((await rejection(attempt())).code).toBe('cancelled');
    const runs = await service.listRuns({});
    expect(runs.map((run) => run.status)).toEqual(['failed', 'failed']);
    expect((await service.getRun(runs[0]?.run_id ?? '')).error_code).toBe('cancelled');
  });
});

describe('runProgram (nothing stored)', () => {
  it('returns the response and stores nothing', async () => {
    const { service } = await setup();
    const response = await service.runProgram(programRequest(feasibleBrief));
    expect(response.outcome.status).toBe('ok');
    expect(await service.listRuns({})).toEqual([]);
  });

  it("throws the run's own code when the run fails", async () => {
    const { service } = await setup({ llm: offlineClientWith({ generateSelectorSpec: async () => Promise.reject(unavailable()) }) });
    const error = await rejection(service.runProgram(programRequest(feasibleBrief)));
    expect(error).toBeInstanceOf(ProgramRunFailedError);
    expect(error.code).toBe('llm_unavailable');
    expect(error.isRetryable).toBe(true);
    expect((error as ProgramRunFailedError).auditTrace.entries.at(-1)?.step).toBe('run_failed');
  });
});

describe('scenario sets', () => {
  it('stores the set and every run together, in definition order, with a comparison', async () => {
    const { service } = await setup();
    const created = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 3, fund_id: 'fund-a' }));
    expect(created.runs).toHaveLength(3);
    expect(created.scenario_set.run_ids).toEqual(created.runs.map((run) => run.run_id));
    expect(created.runs[0]?.scenario_kind).toBe('base');
    expect(created.comparison.map((row) => row.run_id)).toEqual(created.scenario_set.run_ids);
    expect(created.comparison.map((row) => row.kind)).toEqual(created.runs.map((run) => run.scenario_kind));

    for (const run of created.runs) {
      const stored = await service.getRun(run.run_id);
      expect(stored).toEqual(run);
      expect(stored.scenario_set_id).toBe(created.scenario_set.id);
    }
    const fetched = await service.getScenarioSet(created.scenario_set.id);
    expect(fetched).toEqual(created);
    expect(await service.listScenarioSets({})).toEqual([created.scenario_set]);
    expect((await service.listRuns({})).map((run) => run.run_id).sort()).toEqual([...created.scenario_set.run_ids].sort());
  });

  it('fails the whole set, storing nothing, when definitions cannot be had', async () => {
    const { service, registry } = await setup({
      llm: offlineClientWith({ generateScenarioDefinitions: async () => Promise.reject(unavailable()) }),
    });
    const error = await rejection(service.createScenarioSet(scenarioSetRequest(feasibleBrief)));
    expect(error.code).toBe('scenario_definitions_unavailable');
    expect(error.name).toBe('ScenarioDefinitionsError');
    expect(await service.listScenarioSets({})).toEqual([]);
    expect(await service.listRuns({})).toEqual([]);
    expect(await metricValue(registry, 'leaseback_scenario_sets_total', { result: 'definitions_unavailable' })).toBe(1);
  });

  it('keeps a set whose runs fail, with each failed run stored', async () => {
    const { service } = await setup({ llm: offlineClientWith({ generateSelectorSpec: async () => Promise.reject(unavailable()) }) });
    const created = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 2 }));
    expect(created.runs.map((run) => run.status)).toEqual(['failed', 'failed']);
    expect(created.comparison.map((row) => row.run_status)).toEqual(['failed', 'failed']);
    expect((await service.getRun(created.runs[1]?.run_id ?? '')).error_code).toBe('llm_unavailable');
  });

  it('validates list limits (default 10, max 100)', async () => {
    const { service } = await setup();
    const error = await rejection(service.listScenarioSets({ limit: 101 }));
    expect((error as InvalidInputError).problems).toEqual([{ path: 'query.limit', message: 'must be between 1 and 100' }]);
    const ids: string[] = [];
    for (let index = 0; index < 11; index += 1)
      ids.push((await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 1 }))).scenario_set.id);
    expect((await service.listScenarioSets({})).map((summary) => summary.id)).toEqual(ids.slice(-10).reverse());
  });

  it('refuses a set whose two fund ids disagree', async () => {
    const { service } = await setup();
    const request = scenarioSetRequest(feasibleBrief, { fund_id: 'fund-a' });
    const error = await rejection(service.createScenarioSet({ ...request, base_request: { ...request.base_request, fund_id: 'fund-b' } }));
    expect((error as InvalidInputError).problems.map((problem) => problem.path)).toEqual(['request.base_request.fund_id']);
  });
});

describe('idempotency', () => {
  it('answers a retried key with the first result: one run, same id', async () => {
    const { service } = await setup();
    const first = await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'retry-1' });
    const second = await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'retry-1' });
    expect(second).toEqual(first);
    expect(await service.listRuns({})).toHaveLength(1);
  });

  it('treats a body with the same meaning but another key order as the same request', async () => {
    const { service } = await setup();
    const request = programRequest(feasibleBrief);
    const reordered = Object.fromEntries(Object.entries(request).reverse());
    const first = await service.createRun(request, { idempotencyKey: 'retry-2' });
    const second = await service.createRun(reordered, { idempotencyKey: 'retry-2' });
    expect(second.run_id).toBe(first.run_id);
  });

  it('refuses a key reused with a different body', async () => {
    const { service } = await setup();
    await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'retry-3' });
    const error = await rejection(service.createRun(programRequest(infeasibleBrief), { idempotencyKey: 'retry-3' }));
    expect(error.code).toBe('idempotency_key_reused');
    expect(await service.listRuns({})).toHaveLength(1);
  });

  it('runs concurrent requests with one key once', async () => {
    const { service } = await setup();
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () => service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'concurrent' })),
    );
    const succeeded = attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value] : []));
    const refused = attempts.flatMap((attempt) => (attempt.status === 'rejected' ? [attempt.reason as LeasebackError] : []));
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(new Set(succeeded.map((response) => response.run_id)).size).toBe(1);
    expect(refused.every((error) => error.code === 'idempotency_in_progress')).toBe(true);
    expect(await service.listRuns({})).toHaveLength(1);
    // Once finished, a retry gets the answer.
    expect((await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'concurrent' })).run_id).toBe(succeeded[0]?.run_id);
  });

  it('scopes a key by fund scope and by operation', async () => {
    const { service } = await setup();
    const inA = await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'shared', scope: ['fund-a'] });
    const inB = await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'shared', scope: ['fund-b'] });
    expect(inB.run_id).not.toBe(inA.run_id);
    const set = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 1 }), {
      idempotencyKey: 'shared',
      scope: ['fund-a'],
    });
    expect(set.runs).toHaveLength(1);
    expect(await service.listRuns({})).toHaveLength(3);
  });

  it('replays a scenario set without running it again', async () => {
    const { service } = await setup();
    const first = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 2 }), { idempotencyKey: 'set-1' });
    const second = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 2 }), { idempotencyKey: 'set-1' });
    expect(second).toEqual(first);
    expect(await service.listScenarioSets({})).toHaveLength(1);
  });

  it('replays a failed run: it was stored, so a retry gets the same failure and id', async () => {
    const { service } = await setup({ llm: offlineClientWith({ generateSelectorSpec: async () => Promise.reject(unavailable()) }) });
    const first = await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'failed-1' });
    const second = await service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'failed-1' });
    expect(first.status).toBe('failed');
    expect(second).toEqual(first);
    expect(await service.listRuns({})).toHaveLength(1);
  });

  it('gives the key back when the work fails before anything is stored', async () => {
    let failing = true;
    const { service } = await setup({
      llm: offlineClientWith({
        generateScenarioDefinitions: async (...args) => {
          if (failing) throw unavailable();
          return createOfflineLlmClient().generateScenarioDefinitions(...args);
        },
      }),
    });
    const refused = await rejection(
      service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 1 }), { idempotencyKey: 'set-2' }),
    );
    expect(refused.code).toBe('scenario_definitions_unavailable');
    failing = false;
    const retried = await service.createScenarioSet(scenarioSetRequest(feasibleBrief, { num_scenarios: 1 }), { idempotencyKey: 'set-2' });
    expect(retried.runs).toHaveLength(1);
  });

  it('rejects a malformed key', async () => {
    const { service } = await setup();
    const error = await rejection(service.createRun(programRequest(feasibleBrief), { idempotencyKey: 'has space' }));
    expect((error as InvalidInputError).problems.map((problem) => problem.path)).toEqual(['Idempotency-Key']);
  });
});

describe('capacity', () => {
  it('reads the brief as a run does and answers the most the portfolio can raise', async () => {
    const { service } = await setup();
    const request = programRequest(feasibleBrief, { max_leverage_override: 3.2 });
    const report = await service.capacity(request);
    const run = await service.createRun(request);
    // Same spec as the run started from (brief + caller overrides).
    expect(report.spec).toEqual(run.response?.audit_trace.entries[0]?.spec);
    expect(report.spec.hard_constraints.max_net_leverage).toBe(3.2);
    // An ok selection is a feasible set, so the maximum is at least its proceeds.
    expect(report.capacity.max_proceeds).toBeGreaterThanOrEqual((run.response?.outcome.proceeds ?? Infinity) * (1 - 1e-9));
    const ids = new Set(portfolio.assets.map((asset) => asset.asset_id));
    expect(report.capacity.asset_ids.every((id) => ids.has(id))).toBe(true);
  });
});

describe('lifecycle, logs and metrics', () => {
  it('opens its own store from the configuration', async () => {
    const service = await createLeasebackService({ config: { store: { data_dir: 'memory://' } } });
    services.push(service);
    expect(await service.ready()).toBe(true);
    expect(service.llm.provider).toBe('offline');
  });

  it('finishes in-flight work before closing, then refuses new work', async () => {
    const { service } = await setup();
    const inFlight = service.createRun(programRequest(feasibleBrief));
    const closed = service.close();
    const created = await inFlight;
    await closed;
    expect(created.status).toBe('completed');
    expect((await rejection(service.listRuns({}))).code).toBe('service_closed');
    expect(await service.ready()).toBe(false);
    await service.close();
  });

  it('logs each use case with its run id, status and duration, never the brief at info level', async () => {
    const { service, logs } = await setup();
    const created = await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-a' }));
    const line = logs.find((entry) => entry.level === 'info' && entry.fields.use_case === 'create_run');
    expect(line?.fields).toMatchObject({ run_id: created.run_id, status: 'completed', outcome_status: 'ok', fund_id: 'fund-a' });
    expect(typeof line?.fields.duration_ms).toBe('number');
    const aboveDebug = logs.filter((entry) => entry.level !== 'debug');
    expect(JSON.stringify(aboveDebug)).not.toContain(feasibleBrief);
    expect(JSON.stringify(aboveDebug)).not.toContain('distribution centers');
  });

  it('counts runs by status and outcome, and LLM calls by provider, method and outcome', async () => {
    const { service, registry } = await setup();
    await service.createRun(programRequest(feasibleBrief));
    await service.createRun(programRequest(infeasibleBrief));
    expect(await metricValue(registry, 'leaseback_runs_total', { status: 'completed', outcome_status: 'ok' })).toBe(1);
    expect(await metricValue(registry, 'leaseback_runs_total', { status: 'completed', outcome_status: 'infeasible' })).toBe(1);
    expect(
      await metricValue(registry, 'leaseback_llm_calls_total', { provider: 'offline', method: 'generateSelectorSpec', outcome: 'ok' }),
    ).toBe(2);
    expect(
      await metricValue(registry, 'leaseback_llm_calls_total', { provider: 'offline', method: 'reviseSelectorSpec', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    const exposition = await registry.metrics();
    expect(exposition).toContain('leaseback_llm_call_duration_seconds_count{provider="offline",method="generateSelectorSpec"} 2');
  });
});
