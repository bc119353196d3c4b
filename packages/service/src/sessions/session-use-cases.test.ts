import { randomUUID } from 'node:crypto';
import { LeasebackError, RunRecordSchema } from '@leaseback/domain';
import { createOfflineLlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { openStore, type LeasebackStore } from '@leaseback/store';
import { afterEach, describe, expect, it } from 'vitest';
import { portfolio } from '../__fixtures__/example-requests.js';
import { createTestService, metricValue, offlineClientWith, unavailable } from '../__fixtures__/test-service.js';
import { createLeasebackService, type LeasebackServiceHandle } from '../create-leaseback-service.js';
import { CONVERSATION, UNKNOWN_RUN_ID } from './__fixtures__/conversation.js';
import { HELP_REPLY } from './compose-reply.js';
import { SessionViewSchema, TurnResponseSchema, type TurnResponse } from './session-schemas.js';

const services: LeasebackServiceHandle[] = [];
const stores: LeasebackStore[] = [];
async function setup(options: Parameters<typeof createTestService>[0] = {}) {
  const built = await createTestService(options);
  services.push(built.service);
  return built;
}
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
  await Promise.all(stores.splice(0).map((store) => store.close()));
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

function contribution(turn: TurnResponse, scenarioId: string) {
  return turn.plan.contributions.find((entry) => entry.scenario_id === scenarioId);
}

function decisions(turn: TurnResponse): string[] {
  return turn.lifecycle_decisions.map((decision) => `${decision.scenario_id}:${decision.action}`);
}

describe('createSession / getSession', () => {
  it('stores a session at version 1 from inline assets or from a portfolio, with the portfolio summarised', async () => {
    const { service } = await setup();
    const inline = await service.createSession({
      assets: portfolio.assets,
      corporate_state: portfolio.corporate_state,
      company: 'Northwind',
      fund_id: 'fund-a',
    });
    const nested = await service.createSession({ portfolio });
    for (const view of [inline, nested]) {
      expect(SessionViewSchema.parse(view)).toEqual(view);
      expect(view.version).toBe(1);
      expect(view.portfolio.asset_count).toBe(portfolio.assets.length);
      expect(view.instances).toEqual([]);
      expect(view.history).toEqual([]);
      expect(view.brief).toBeNull();
    }
    expect(inline.fund_id).toBe('fund-a');
    expect(inline.portfolio.company).toBe('Northwind');
    expect(nested.fund_id).toBeNull();
    expect(nested.portfolio.markets).toEqual([...new Set(portfolio.assets.map((asset) => asset.market))].sort());
    expect(await service.getSession(inline.session_id)).toEqual(inline);
  });

  it('lists every problem of a bad body with its path, for both shapes', async () => {
    const { service } = await setup();
    const badAsset = { ...portfolio.assets[0], cap_rate: 2 };
    const inline = await rejection(service.createSession({ assets: [badAsset], corporate_state: portfolio.corporate_state, extra: 1 }));
    expect(inline.code).toBe('invalid_input');
    const inlinePaths = (inline as unknown as { problems: { path: string }[] }).problems.map((problem) => problem.path);
    expect(inlinePaths).toContain('request.assets[0].cap_rate');
    expect(inlinePaths).toContain('request.extra');
    const nested = await rejection(service.createSession({ portfolio: { assets: [badAsset] } }));
    const nestedPaths = (nested as unknown as { problems: { path: string }[] }).problems.map((problem) => problem.path);
    expect(nestedPaths).toEqual(expect.arrayContaining(['request.portfolio.assets[0].cap_rate', 'request.portfolio.corporate_state']));
    expect((await rejection(service.createSession(undefined))).code).toBe('invalid_input');
  });

  it('keeps sessions to their fund: another fund is not found, and a scoped caller writes to its own fund only', async () => {
    const { service } = await setup();
    const created = await service.createSession({ portfolio }, { scope: ['fund-a'] });
    expect(created.fund_id).toBe('fund-a');
    expect((await service.getSession(created.session_id, { scope: ['fund-a'] })).session_id).toBe(created.session_id);
    expect((await rejection(service.getSession(created.session_id, { scope: ['fund-b'] }))).code).toBe('not_found');
    expect((await rejection(service.postTurn(created.session_id, { message: CONVERSATION.first }, { scope: ['fund-b'] }))).code).toBe(
      'not_found',
    );
    expect((await rejection(service.createSession({ portfolio, fund_id: 'fund-b' }, { scope: ['fund-a'] }))).code).toBe('not_found');
    expect((await rejection(service.getSession('no-such-session'))).code).toBe('not_found');
    // Nothing was written by the refused turn.
    expect((await service.getSession(created.session_id)).version).toBe(1);
  });
});

describe('postTurn: the planning conversation', () => {
  it('skips to the checkpoint, runs a what-if beside it, pauses, resumes, cancels only the what-if and runs the confirmed program', async () => {
    const { service } = await setup({ newId: () => randomUUID() });
    const { session_id: sessionId } = await service.createSession({ portfolio, fund_id: 'fund-a' }, { scope: ['fund-a'] });
    const say = async (message: string) => TurnResponseSchema.parse(await service.postTurn(sessionId, { message }, { scope: ['fund-a'] }));

    const first = await say(CONVERSATION.first);
    expect(first.version).toBe(2);
    expect(first.extracted_fields).toEqual({
      target_amount: 150_000_000,
      max_net_leverage: 3.5,
      min_fixed_charge_coverage: 2,
      asset_types: ['distribution_center', 'warehouse'],
    });
    expect(first.understood).toEqual(
      expect.arrayContaining(['a new program intake', 'target $150M', 'only distribution centers and warehouses']),
    );
    expect(decisions(first)).toEqual(['program_intake:START']);
    const skip = first.transition_decisions.find((transition) => transition.scenario_id === 'program_intake');
    expect(skip).toMatchObject({
      source_step_id: 'portfolio',
      target_step_id: 'confirm_run',
      was_skipped: true,
      skipped_steps: ['portfolio', 'target', 'constraints'],
    });
    expect(contribution(first, 'program_intake')).toMatchObject({
      contribution_type: 'CONFIRM',
      current_step_id: 'confirm_run',
      deferred: false,
    });
    // The confirmation quotes what will run.
    expect(first.reply).toContain(
      'Raise $150M. Keep net leverage below 3.5x and FCCR of at least 2x. Only distribution centers and warehouses.',
    );
    expect(first.tool_results).toEqual([]);

    const whatIf = await say(CONVERSATION.whatIf);
    expect(decisions(whatIf)).toContain('what_if_analysis:START');
    expect(decisions(whatIf)).toContain('program_intake:CONTINUE');
    expect(whatIf.plan.active_scenario_ids.sort()).toEqual(['program_intake', 'what_if_analysis']);
    expect(contribution(whatIf, 'what_if_analysis')).toMatchObject({ contribution_type: 'CONFIRM', current_step_id: 'confirm' });
    // One question at a time: the program's confirmation waits.
    expect(contribution(whatIf, 'program_intake')?.deferred).toBe(true);
    expect(whatIf.reply).toContain('3 what-if scenarios');
    expect(whatIf.reply).not.toContain('Ready to run the program');

    const paused = await say(CONVERSATION.pause);
    expect(paused.signal.type).toBe('pause');
    expect(decisions(paused)).toContain('what_if_analysis:PAUSE');
    expect(paused.plan.resume_hints.map((hint) => hint.scenario_id)).toEqual(['what_if_analysis']);
    expect(paused.plan.active_scenario_ids).toEqual(['program_intake']);

    const resumed = await say(CONVERSATION.resume);
    expect(resumed.signal).toEqual({ type: 'resume', scenario_id: 'what_if_analysis' });
    expect(resumed.lifecycle_decisions.find((decision) => decision.scenario_id === 'what_if_analysis')).toMatchObject({
      action: 'CONTINUE',
      resumed: true,
    });
    expect(resumed.plan.active_scenario_ids.sort()).toEqual(['program_intake', 'what_if_analysis']);

    const cancelled = await say(CONVERSATION.cancelWhatIf);
    expect(cancelled.signal).toEqual({ type: 'cancel', scenario_id: 'what_if_analysis' });
    expect(decisions(cancelled)).toEqual(expect.arrayContaining(['what_if_analysis:CANCEL', 'program_intake:CONTINUE']));
    expect(decisions(cancelled)).not.toContain('program_intake:CANCEL');
    expect(cancelled.plan.active_scenario_ids).toEqual(['program_intake']);
    expect(contribution(cancelled, 'program_intake')).toMatchObject({ contribution_type: 'CONFIRM', deferred: false });

    const ran = await say(CONVERSATION.confirm);
    expect(ran.confirmation).toBe(true);
    expect(ran.tool_results).toHaveLength(1);
    const tool = ran.tool_results[0];
    expect(tool).toMatchObject({
      scenario_id: 'program_intake',
      step_id: 'run_program',
      tool_id: 'run_program',
      status: 'succeeded',
      run_status: 'completed',
    });
    expect(decisions(ran)).toContain('program_intake:COMPLETE');
    expect(contribution(ran, 'program_intake')).toMatchObject({ contribution_type: 'INFORM', is_final: true, current_step_id: 'results' });
    expect(ran.plan.active_scenario_ids).toEqual([]);

    const run = await service.getRun(tool?.run_id ?? '', { scope: ['fund-a'] });
    expect(RunRecordSchema.parse(run).fund_id).toBe('fund-a');
    expect(run.status).toBe('completed');
    // The run is stored under the session's understanding, not the first message.
    expect(run.program_description).toBe(
      'Raise $150M. Keep net leverage below 3.5x and FCCR of at least 2x. Only distribution centers and warehouses.',
    );
    expect(run.response?.spec.target_amount).toBe(150_000_000);
    expect(run.response?.spec.hard_constraints).toMatchObject({ max_net_leverage: 3.5, min_fixed_charge_coverage: 2 });
    expect(tool?.proceeds).toBe(run.response?.outcome.proceeds);
    expect(ran.informs[0]).toMatchObject({ scenario_id: 'program_intake', template_id: 'program_results', run_id: run.run_id });
    expect(ran.reply).toContain(run.response?.explanation.summary ?? '<missing>');

    const view = await service.getSession(sessionId);
    expect(view.version).toBe(ran.version);
    expect(view.brief).toBe(run.program_description);
    expect(view.history.map((turn) => turn.message)).toEqual(Object.values(CONVERSATION));
    expect(view.history.at(-1)?.version).toBe(view.version);
    expect(view.instances.map((instance) => `${instance.scenario_id}:${instance.status}`)).toEqual([
      'program_intake:completed',
      'what_if_analysis:cancelled',
    ]);
    expect(view.instances[0]?.variables['run_id']).toBe(run.run_id);
  });

  it('asks one question at a time and reads bare answers to the question it asked', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const say = (message: string) => service.postTurn(sessionId, { message });

    const started = await say('I would like to plan a sale-leaseback');
    expect(contribution(started, 'program_intake')).toMatchObject({
      contribution_type: 'ASK',
      current_step_id: 'target',
      fields_to_ask: ['target_amount'],
    });
    expect(started.reply).toBe('Understood: a new program intake.\nHow much should the program raise (for example $150M)?');

    const target = await say('120M');
    expect(target.extracted_fields).toEqual({ target_amount: 120_000_000 });
    expect(contribution(target, 'program_intake')).toMatchObject({
      contribution_type: 'ASK',
      fields_to_ask: ['max_net_leverage', 'min_fixed_charge_coverage'],
    });
    // Two fields are missing, one is asked.
    expect(target.reply).toBe(
      'Understood: target $120M.\nWhat is the highest net leverage the program may leave you at (for example 3.5x)?',
    );

    const leverage = await say('3.25x');
    expect(leverage.extracted_fields).toEqual({ max_net_leverage: 3.25 });
    expect(leverage.reply).toBe(
      'Understood: net leverage at most 3.25x.\nWhat is the lowest fixed charge coverage you can accept (for example 1.5x)?',
    );

    const coverage = await say('1.75x');
    expect(coverage.extracted_fields).toEqual({ min_fixed_charge_coverage: 1.75 });
    expect(contribution(coverage, 'program_intake')).toMatchObject({ contribution_type: 'CONFIRM' });
    expect(coverage.reply).toContain('"Raise $120M. Keep net leverage below 3.25x and FCCR of at least 1.75x."');
  });

  it('reports values out of bounds instead of using them', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const turn = await service.postTurn(sessionId, { message: 'what if we compared 9 scenarios' });
    expect(turn.ignored_fields).toEqual([{ field: 'num_scenarios', value: 9, reason: 'must be between 1 and 5' }]);
    expect(turn.known_fields).not.toHaveProperty('num_scenarios');
    // A what-if set never runs without a target: the amount is asked first.
    expect(contribution(turn, 'what_if_analysis')).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['target_amount'] });
    expect(turn.reply).toContain('num scenarios 9 (must be between 1 and 5).');
  });

  it('runs a confirmed what-if set under the session fund and compares it', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio, fund_id: 'fund-w' });
    const asked = await service.postTurn(sessionId, { message: 'Raise $150M from warehouses; show me 2 scenarios' });
    expect(contribution(asked, 'what_if_analysis')).toMatchObject({ contribution_type: 'CONFIRM' });
    const ran = await service.postTurn(sessionId, { message: 'run the scenarios' });
    const tool = ran.tool_results.find((result) => result.tool_id === 'run_scenario_set');
    expect(tool).toMatchObject({ status: 'succeeded', scenario_id: 'what_if_analysis' });
    const set = await service.getScenarioSet(tool?.scenario_set_id ?? '');
    expect(set.scenario_set.fund_id).toBe('fund-w');
    expect(set.runs).toHaveLength(2);
    expect(tool?.run_ids).toEqual(set.scenario_set.run_ids);
    expect(ran.informs.find((inform) => inform.template_id === 'scenario_comparison')?.text.split('\n')).toHaveLength(3);
    expect(decisions(ran)).toContain('what_if_analysis:COMPLETE');
    // Only the named scenario was confirmed: the program intake still waits for its covenants.
    expect(contribution(ran, 'program_intake')).toMatchObject({ contribution_type: 'ASK', current_step_id: 'constraints' });
  });

  it('explains a stored run by its id, and says so when the run is unknown', async () => {
    const { service } = await setup({ newId: () => randomUUID() });
    const run = await service.createRun({
      assets: portfolio.assets,
      corporate_state: portfolio.corporate_state,
      program_description: CONVERSATION.first,
    });
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const explained = await service.postTurn(sessionId, { message: `explain run ${run.run_id}` });
    expect(decisions(explained)).toEqual(['explain_run:START', 'explain_run:COMPLETE']);
    expect(explained.informs).toEqual([
      expect.objectContaining({
        template_id: 'run_explanation',
        run_id: run.run_id,
        text: expect.stringContaining(run.response?.explanation.summary ?? '<missing>'),
      }),
    ]);
    const unknown = await service.postTurn(sessionId, { message: `explain run ${UNKNOWN_RUN_ID}` });
    expect(unknown.informs[0]?.text).toBe(`I could not find run ${UNKNOWN_RUN_ID}.`);
  });

  it('answers with the help text when no scenario applies', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const turn = await service.postTurn(sessionId, { message: 'hello there' });
    expect(turn.plan.contributions).toEqual([]);
    expect(turn.not_used).toEqual(['"hello there"']);
    expect(turn.reply).toBe(`I could not use: "hello there".\n${HELP_REPLY}`);
  });

  it('keeps a failed tool step waiting, and runs it again only on a new confirmation', async () => {
    let failures = 1;
    const offline = createOfflineLlmClient();
    const llm = offlineClientWith({
      generateSelectorSpec: async (...args) => {
        if (failures > 0) {
          failures -= 1;
          throw unavailable();
        }
        return offline.generateSelectorSpec(...args);
      },
    });
    const { service } = await setup({ llm });
    const { session_id: sessionId } = await service.createSession({ portfolio });
    await service.postTurn(sessionId, { message: CONVERSATION.first });
    const failed = await service.postTurn(sessionId, { message: CONVERSATION.confirm });
    expect(failed.tool_results[0]).toMatchObject({ status: 'failed', run_status: 'failed', error: { code: 'llm_unavailable' } });
    expect(contribution(failed, 'program_intake')).toMatchObject({
      contribution_type: 'ACTION_HINT',
      current_step_id: 'run_program',
      last_action_status: 'failed',
    });
    // The failed run is stored as such.
    expect((await service.getRun(failed.tool_results[0]?.run_id ?? '')).status).toBe('failed');

    const unrelated = await service.postTurn(sessionId, { message: 'what markets are these in?' });
    expect(unrelated.tool_results).toEqual([]);
    expect(unrelated.reply).toContain('failed last time; say "yes" to try again');

    const retried = await service.postTurn(sessionId, { message: 'yes' });
    expect(retried.tool_results[0]).toMatchObject({ status: 'succeeded', run_status: 'completed' });
    expect(decisions(retried)).toContain('program_intake:COMPLETE');
  });
});

describe('postTurn: versions and concurrency', () => {
  it('refuses a stale expected_version with version_conflict before any work', async () => {
    const llm = createTestLlmClient({
      extractFields: async (message, names, context) => (await createOfflineLlmClient().extractFields(message, names, context)).value,
    });
    const { service } = await setup({ llm });
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const first = await service.postTurn(sessionId, { message: CONVERSATION.first, expected_version: 1 });
    expect(first.version).toBe(2);
    const callsBefore = llm.calls.length;
    const stale = await rejection(service.postTurn(sessionId, { message: CONVERSATION.confirm, expected_version: 1 }));
    expect(stale.code).toBe('version_conflict');
    expect(llm.calls.length).toBe(callsBefore);
    expect((await service.getSession(sessionId)).version).toBe(2);
    expect((await rejection(service.postTurn(sessionId, { message: 'x', expected_version: 0 }))).code).toBe('invalid_input');
  });

  it('lets exactly one of two turns with the same expected_version win', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const settled = await Promise.allSettled([
      service.postTurn(sessionId, { message: CONVERSATION.first, expected_version: 1 }),
      service.postTurn(sessionId, { message: CONVERSATION.whatIf, expected_version: 1 }),
    ]);
    const won = settled.filter((result) => result.status === 'fulfilled');
    const lost = settled.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]?.reason as LeasebackError | undefined)?.code).toBe('version_conflict');
    const view = await service.getSession(sessionId);
    expect(view.version).toBe(2);
    expect(view.history).toHaveLength(1);
  });

  it('serializes turns without expected_version in one process: both apply, in order', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const [first, second] = await Promise.all([
      service.postTurn(sessionId, { message: CONVERSATION.first }),
      service.postTurn(sessionId, { message: CONVERSATION.whatIf }),
    ]);
    expect([first.version, second.version]).toEqual([2, 3]);
    const view = await service.getSession(sessionId);
    expect(view.history.map((turn) => [turn.turn, turn.version, turn.message])).toEqual([
      [1, 2, CONVERSATION.first],
      [2, 3, CONVERSATION.whatIf],
    ]);
    expect(view.active_scenario_ids.sort()).toEqual(['program_intake', 'what_if_analysis']);
  });

  it('never loses an update between two processes sharing a store: the stale writer gets version_conflict', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    stores.push(store);
    const offline = createOfflineLlmClient();
    // Both processes read version 1 before either writes.
    let reads = 0;
    const bothRead = deferred();
    const waitingLlm = offlineClientWith({
      extractFields: async (...args) => {
        reads += 1;
        if (reads === 2) bothRead.resolve();
        await bothRead.promise;
        return offline.extractFields(...args);
      },
    });
    const one = await createLeasebackService({ store, llm: waitingLlm, config: { store: { data_dir: 'memory://' } } });
    const two = await createLeasebackService({ store, llm: waitingLlm, config: { store: { data_dir: 'memory://' } } });
    services.push(one, two);
    const { session_id: sessionId } = await one.createSession({ portfolio });
    const settled = await Promise.allSettled([
      one.postTurn(sessionId, { message: CONVERSATION.first }),
      two.postTurn(sessionId, { message: CONVERSATION.whatIf }),
    ]);
    const lost = settled.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect((lost[0]?.reason as LeasebackError | undefined)?.code).toBe('version_conflict');
    const winner = settled.find((result): result is PromiseFulfilledResult<TurnResponse> => result.status === 'fulfilled')?.value;
    const view = await one.getSession(sessionId);
    expect(view.version).toBe(2);
    expect(view.history).toEqual([expect.objectContaining({ version: 2, reply: winner?.reply })]);
  });

  it('does not run a tool step twice across processes, and reports its result on top of a concurrent write', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    stores.push(store);
    const offline = createOfflineLlmClient();
    const entered = deferred();
    const release = deferred();
    const gatedLlm = offlineClientWith({
      generateSelectorSpec: async (...args) => {
        entered.resolve();
        await release.promise;
        return offline.generateSelectorSpec(...args);
      },
    });
    const one = await createLeasebackService({ store, llm: gatedLlm });
    const two = await createLeasebackService({ store, llm: offline });
    services.push(one, two);
    const { session_id: sessionId } = await one.createSession({ portfolio });
    await one.postTurn(sessionId, { message: CONVERSATION.first });

    const running = one.postTurn(sessionId, { message: CONVERSATION.confirm });
    await entered.promise;
    // The other process sees the claimed step: it does not run the program again.
    const meanwhile = await two.postTurn(sessionId, { message: 'how is it going?' });
    expect(meanwhile.tool_results).toEqual([expect.objectContaining({ tool_id: 'run_program', status: 'in_progress' })]);
    expect(meanwhile.reply).toContain('The program run is still running.');
    release.resolve();
    const ran = await running;
    expect(ran.tool_results).toEqual([expect.objectContaining({ status: 'succeeded' })]);
    expect(decisions(ran)).toContain('program_intake:COMPLETE');

    const runs = await one.listRuns({});
    expect(runs).toHaveLength(1);
    const view = await one.getSession(sessionId);
    expect(view.instances.find((instance) => instance.scenario_id === 'program_intake')?.status).toBe('completed');
    expect(view.history.map((turn) => turn.message)).toEqual([CONVERSATION.first, 'how is it going?', CONVERSATION.confirm]);
    expect(view.history.at(-1)?.version).toBe(view.version);
  });

  it('answers a retried turn with the same Idempotency-Key from the first answer', async () => {
    const { service } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const first = await service.postTurn(sessionId, { message: CONVERSATION.first }, { idempotencyKey: 'turn-1' });
    const again = await service.postTurn(sessionId, { message: CONVERSATION.first }, { idempotencyKey: 'turn-1' });
    expect(again).toEqual(first);
    expect((await service.getSession(sessionId)).version).toBe(2);
    expect((await rejection(service.postTurn(sessionId, { message: 'something else' }, { idempotencyKey: 'turn-1' }))).code).toBe(
      'idempotency_key_reused',
    );
  });
});

describe('configuration, errors and metrics', () => {
  it('refuses an invalid [scenario_orchestration] table as invalid_config', async () => {
    const error = await rejection(
      createLeasebackService({ config: { store: { data_dir: 'memory://' }, scenario_orchestration: { max_simultaneous_scenarios: 50 } } }),
    );
    expect(error.code).toBe('invalid_config');
    expect(error.message).toContain('scenario_orchestration.max_simultaneous_scenarios');
  });

  it('applies the table: with one scenario at a time the what-if is deferred, not started', async () => {
    const { service } = await setup({ config: { scenario_orchestration: { max_simultaneous_scenarios: 1 } } });
    const { session_id: sessionId } = await service.createSession({ portfolio });
    await service.postTurn(sessionId, { message: CONVERSATION.first });
    const turn = await service.postTurn(sessionId, { message: CONVERSATION.whatIf });
    expect(decisions(turn)).not.toContain('what_if_analysis:START');
    expect(turn.plan.active_scenario_ids).toEqual(['program_intake']);
  });

  it('with use_llm asks the client about an ambiguous pause and applies its proposal', async () => {
    const offline = createOfflineLlmClient();
    const llm = createTestLlmClient({
      extractFields: async (message, names, context) => {
        if (names.includes('program_intake_lifecycle_action'))
          return { program_intake_lifecycle_action: 'PAUSE', lifecycle_reasoning: 'the program is what the user holds' };
        return (await offline.extractFields(message, names, context)).value;
      },
    });
    const { service } = await setup({ llm, config: { scenario_orchestration: { use_llm: true } } });
    const { session_id: sessionId } = await service.createSession({ portfolio });
    await service.postTurn(sessionId, { message: CONVERSATION.first });
    await service.postTurn(sessionId, { message: CONVERSATION.whatIf });
    const paused = await service.postTurn(sessionId, { message: CONVERSATION.pause });
    expect(paused.evaluation.status).toBe('applied');
    expect(paused.lifecycle_decisions.find((decision) => decision.scenario_id === 'program_intake')).toMatchObject({
      action: 'PAUSE',
      source: 'evaluator',
      reasoning: expect.stringContaining('the program is what the user holds'),
    });
  });

  it('reports a stored state that no longer fits as store_corrupt, and a broken orchestrator session by its code', async () => {
    const { service, store } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const stored = await store.getSession(sessionId);
    const state = stored?.state as Record<string, unknown>;
    await store.updateSession(
      sessionId,
      1,
      { ...state, orchestrator: { id: sessionId, version: 0, instances: [{ scenario_id: 'program_intake' }] } },
      new Date(),
    );
    const broken = await rejection(service.getSession(sessionId));
    expect(broken.code).toBe('invalid_session');
    await store.updateSession(sessionId, 2, { format: 1 }, new Date());
    expect((await rejection(service.postTurn(sessionId, { message: 'hi' }))).code).toBe('store_corrupt');
  });

  it('loads the sessions on their first use without a registry, and they work as when built at once', async () => {
    const service = await createLeasebackService({ config: { store: { data_dir: 'memory://' } }, llm: createOfflineLlmClient() });
    services.push(service);
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const turn = await service.postTurn(sessionId, { message: CONVERSATION.first });
    expect(decisions(turn)).toContain('program_intake:START');
    expect((await service.getSession(sessionId)).version).toBe(2);
  });

  it('registers the orchestrator metrics on the service registry', async () => {
    const { service, registry } = await setup();
    const { session_id: sessionId } = await service.createSession({ portfolio });
    await service.postTurn(sessionId, { message: CONVERSATION.first });
    expect(await metricValue(registry, 'leaseback_scenario_lifecycle_decisions_total', { action: 'START' })).toBe(1);
    expect(await metricValue(registry, 'leaseback_scenario_steps_skipped_total', {})).toBe(3);
    expect(await metricValue(registry, 'leaseback_use_case_duration_seconds_count', { use_case: 'post_turn', result: 'ok' })).toBe(1);
  });
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
