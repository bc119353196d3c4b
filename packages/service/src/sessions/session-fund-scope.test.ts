import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { openStore, type LeasebackStore } from '@leaseback/store';
import { afterEach, describe, expect, it } from 'vitest';
import { portfolio, programRequest, scenarioSetRequest } from '../__fixtures__/example-requests.js';
import { createTestService } from '../__fixtures__/test-service.js';
import type { LeasebackServiceHandle } from '../create-leaseback-service.js';
import type { FundScope } from '../leaseback-service.js';
import { CONVERSATION } from './__fixtures__/conversation.js';
import { belongsToSession, sessionReadScope } from './session-read-scope.js';

const services: LeasebackServiceHandle[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

async function setup(store?: LeasebackStore) {
  const built = await createTestService({ newId: () => randomUUID(), ...(store === undefined ? {} : { store }) });
  services.push(built.service);
  return built.service;
}

describe('sessionReadScope', () => {
  it('never reaches past the session’s fund nor past the caller’s scope', () => {
    const fund = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.option(fund, { nil: null }),
        fc.option(fc.array(fund, { maxLength: 3 }), { nil: undefined }),
        (sessionFund, callerScope) => {
          const scope = sessionReadScope(sessionFund, callerScope);
          if (scope === undefined) {
            // Only an unrestricted caller on a session without a fund reads unfiltered (then `belongsToSession` filters).
            expect(callerScope).toBeUndefined();
            expect(sessionFund).toBeNull();
            return;
          }
          for (const visible of scope) {
            expect(visible).toBe(sessionFund);
            if (callerScope !== undefined) expect(callerScope).toContain(visible);
          }
        },
      ),
    );
    expect(sessionReadScope('b', ['a', 'b'])).toEqual(['b']);
    expect(sessionReadScope('b', undefined)).toEqual(['b']);
    expect(belongsToSession('a', 'b')).toBe(false);
    expect(belongsToSession(null, null)).toBe(true);
    expect(belongsToSession('a', null)).toBe(false);
  });
});

describe('a session reads only its own fund’s records', () => {
  it('does not copy a fund-a run into a fund-b session for a key of both funds (then read by a fund-b key)', async () => {
    const service = await setup();
    const both: FundScope = ['fund-a', 'fund-b'];
    const secretBrief = `${CONVERSATION.first} (fund a only)`;
    const run = await service.createRun(programRequest(secretBrief, { fund_id: 'fund-a' }), { scope: both });
    expect(run.status).toBe('completed');
    const summary = run.response?.explanation.summary ?? '<missing>';
    const session = await service.createSession({ portfolio, fund_id: 'fund-b' }, { scope: both });
    const turn = await service.postTurn(session.session_id, { message: `explain run ${run.run_id}` }, { scope: both });
    expect(turn.informs.map((inform) => inform.text)).toEqual([`I could not find run ${run.run_id}.`]);
    expect(JSON.stringify(turn)).not.toContain(summary);
    expect(JSON.stringify(turn)).not.toContain('fund a only');
    const view = await service.getSession(session.session_id, { scope: ['fund-b'] });
    expect(JSON.stringify(view)).not.toContain(summary);
    expect(JSON.stringify(view)).not.toContain('fund a only');
  });

  it('still explains a run of the session’s own fund, and keeps fund-less sessions to fund-less runs', async () => {
    const service = await setup();
    const own = await service.createRun(programRequest(CONVERSATION.first, { fund_id: 'fund-b' }));
    const other = await service.createRun(programRequest(CONVERSATION.first, { fund_id: 'fund-a' }));
    const unfunded = await service.createRun(programRequest(CONVERSATION.first));
    const inFundB = await service.createSession({ portfolio, fund_id: 'fund-b' });
    const explainOwn = await service.postTurn(inFundB.session_id, { message: `explain run ${own.run_id}` });
    expect(explainOwn.informs[0]?.text).toContain(own.response?.explanation.summary ?? '<missing>');
    const noFund = await service.createSession({ portfolio });
    const explainOther = await service.postTurn(noFund.session_id, { message: `explain run ${other.run_id}` });
    expect(explainOther.informs[0]?.text).toBe(`I could not find run ${other.run_id}.`);
    const explainUnfunded = await service.postTurn(noFund.session_id, { message: `explain run ${unfunded.run_id}` });
    expect(explainUnfunded.informs[0]?.text).toContain(unfunded.response?.explanation.summary ?? '<missing>');
  });
});

/** The store's reads that take a scope, and where the scope argument sits. */
const SCOPED_READS: Readonly<Record<string, (args: unknown[]) => FundScope>> = {
  getRun: (args) => args[1] as FundScope,
  getRunJson: (args) => args[1] as FundScope,
  getScenarioSet: (args) => args[1] as FundScope,
  getSession: (args) => args[1] as FundScope,
  listRuns: (args) => (args[0] as { scope?: FundScope }).scope,
  listScenarioSets: (args) => (args[0] as { scope?: FundScope }).scope,
};

describe('sweep: every store read passes a scope derived from the caller and the record’s fund', () => {
  it('never reads unscoped for a scoped caller, and reads for a session only within its fund', async () => {
    const inner = await openStore({ dataDir: 'memory://' });
    const reads: { method: string; scope: FundScope; phase: string }[] = [];
    let phase = 'use cases';
    const store = new Proxy(inner, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof property !== 'string' || typeof value !== 'function') return value;
        const scopeOf = SCOPED_READS[property];
        return (...args: unknown[]) => {
          if (scopeOf !== undefined) reads.push({ method: property, scope: scopeOf(args), phase });
          return (value as (...inner: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const service = await setup(store);
    const both: FundScope = ['fund-a', 'fund-b'];
    const context = { scope: both };
    const run = await service.createRun(programRequest(CONVERSATION.first, { fund_id: 'fund-a' }), context);
    const set = await service.createScenarioSet(scenarioSetRequest(CONVERSATION.first, { fund_id: 'fund-a', num_scenarios: 1 }), context);
    await service.getRun(run.run_id, context);
    await service.getRunJson(run.run_id, context);
    await service.listRuns({}, context);
    await service.getScenarioSet(set.scenario_set.id, context);
    await service.listScenarioSets({}, context);
    await service.replayRun(run.run_id, context);
    const session = await service.createSession({ portfolio, fund_id: 'fund-b' }, context);
    await service.getSession(session.session_id, context);
    phase = 'session turn';
    await service.postTurn(session.session_id, { message: `explain run ${run.run_id}` }, context);

    const methods = new Set(reads.map((read) => read.method));
    for (const method of ['getRun', 'getRunJson', 'getScenarioSet', 'getSession', 'listRuns', 'listScenarioSets'])
      expect(methods).toContain(method);
    for (const read of reads) {
      expect(read.scope, `${read.method} during ${read.phase}`).toBeDefined();
      for (const fund of read.scope ?? []) expect(both).toContain(fund);
    }
    const sessionReads = reads.filter((read) => read.phase === 'session turn' && read.method !== 'getSession');
    expect(sessionReads.some((read) => read.method === 'getRun')).toBe(true);
    for (const read of sessionReads) expect(read.scope, read.method).toEqual(['fund-b']);
  });
});
