import { RunRecordSchema } from '@leaseback/domain';
import { SessionViewSchema, TurnResponseSchema, type TurnResponse } from '@leaseback/service/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, request, startTestServer, type HttpAnswer, type TestServer } from './__fixtures__/api-test-server.js';

const KEY_A = 'session-key-a';
const KEY_B = 'session-key-b';
const asA = { authorization: `Bearer ${KEY_A}` };
const asB = { authorization: `Bearer ${KEY_B}` };

/** The planning conversation a user reported. */
const MESSAGES = {
  first: 'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x',
  whatIf: 'also show me a conservative case with 3 scenarios',
  pause: 'hold on',
  resume: "let's go back to the what-if",
  cancelWhatIf: 'cancel the what-if',
  confirm: 'yes, run it',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKeys: { [KEY_A]: ['fund-a'], [KEY_B]: ['fund-b'] } });
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, json: unknown, headers: Record<string, string> = asA) => request(server.url, 'POST', path, { json, headers });
const get = (path: string, headers: Record<string, string> = asA) => request(server.url, 'GET', path, { headers });

async function createSession(headers: Record<string, string> = asA): Promise<string> {
  const created = await post('/api/sessions', { portfolio: EXAMPLE_PORTFOLIO }, headers);
  expect(created.status).toBe(201);
  return SessionViewSchema.parse(created.body).session_id;
}

function turnOf(answer: HttpAnswer): TurnResponse {
  expect(answer.status, answer.text).toBe(200);
  return TurnResponseSchema.parse(answer.body);
}

const actions = (turn: TurnResponse) => turn.lifecycle_decisions.map((decision) => `${decision.scenario_id}:${decision.action}`);
const contributionOf = (turn: TurnResponse, scenarioId: string) =>
  turn.plan.contributions.find((entry) => entry.scenario_id === scenarioId);

describe('a guided planning conversation through the HTTP API', () => {
  it('skips to the confirmation, runs a what-if beside it, pauses, resumes, cancels only the what-if, and runs and stores the confirmed program', async () => {
    const created = await post('/api/sessions', { assets: EXAMPLE_PORTFOLIO.assets, corporate_state: EXAMPLE_PORTFOLIO.corporate_state });
    expect(created.status).toBe(201);
    const session = SessionViewSchema.parse(created.body);
    expect(session).toMatchObject({ version: 1, fund_id: 'fund-a', instances: [], history: [] });
    let version = session.version;
    const say = async (message: string): Promise<TurnResponse> => {
      const turn = turnOf(await post(`/api/sessions/${session.session_id}/turns`, { message, expected_version: version }));
      expect(turn.version).toBeGreaterThan(version);
      version = turn.version;
      return turn;
    };

    const first = await say(MESSAGES.first);
    expect(actions(first)).toEqual(['program_intake:START']);
    expect(first.transition_decisions).toEqual([
      expect.objectContaining({
        scenario_id: 'program_intake',
        source_step_id: 'portfolio',
        target_step_id: 'confirm_run',
        skipped_steps: ['portfolio', 'target', 'constraints'],
      }),
    ]);
    expect(contributionOf(first, 'program_intake')).toMatchObject({ contribution_type: 'CONFIRM', action_to_confirm: 'Run the program' });
    expect(first.lifecycle_decisions[0]?.reasoning).not.toBe('');
    // The confirmation shows the program that would run: the brief of the fields in force.
    expect(first.reply).toContain(
      'Raise $150M. Keep net leverage below 3.5x and FCCR of at least 2x. Only distribution centers and warehouses.',
    );

    const whatIf = await say(MESSAGES.whatIf);
    expect(actions(whatIf)).toEqual(expect.arrayContaining(['what_if_analysis:START', 'program_intake:CONTINUE']));
    expect(whatIf.transition_decisions.find((move) => move.scenario_id === 'what_if_analysis')).toMatchObject({
      target_step_id: 'confirm',
      skipped_steps: ['variants'],
    });
    expect(whatIf.plan.primary_scenario_id).toBe('what_if_analysis');
    expect(contributionOf(whatIf, 'program_intake')?.deferred).toBe(true);

    const paused = await say(MESSAGES.pause);
    expect(actions(paused)).toEqual(expect.arrayContaining(['what_if_analysis:PAUSE', 'program_intake:CONTINUE']));
    expect(paused.plan.resume_hints).toEqual([expect.objectContaining({ scenario_id: 'what_if_analysis', current_step_id: 'confirm' })]);
    const whilePaused = SessionViewSchema.parse((await get(`/api/sessions/${session.session_id}`)).body);
    expect(whilePaused.paused_scenario_ids).toEqual(['what_if_analysis']);
    expect(whilePaused.active_scenario_ids).toEqual(['program_intake']);

    const resumed = await say(MESSAGES.resume);
    expect(resumed.lifecycle_decisions).toEqual(
      expect.arrayContaining([expect.objectContaining({ scenario_id: 'what_if_analysis', action: 'CONTINUE', resumed: true })]),
    );
    expect(resumed.plan.resume_hints).toEqual([]);

    const cancelled = await say(MESSAGES.cancelWhatIf);
    expect(cancelled.signal).toEqual({ type: 'cancel', scenario_id: 'what_if_analysis' });
    expect(actions(cancelled)).toEqual(expect.arrayContaining(['what_if_analysis:CANCEL', 'program_intake:CONTINUE']));
    expect(cancelled.plan.active_scenario_ids).toEqual(['program_intake']);

    const ran = await say(MESSAGES.confirm);
    expect(ran.tool_results).toEqual([expect.objectContaining({ tool_id: 'run_program', status: 'succeeded', run_status: 'completed' })]);
    expect(actions(ran)).toContain('program_intake:COMPLETE');
    const runId = ran.tool_results[0]?.run_id ?? '';

    const stored = await get(`/api/runs/${runId}`);
    expect(stored.status).toBe(200);
    const run = RunRecordSchema.parse(stored.body);
    expect(run.fund_id).toBe('fund-a');
    expect(run.status).toBe('completed');
    expect(run.response?.outcome.proceeds).toBe(ran.tool_results[0]?.proceeds);
    expect(run.response?.spec.hard_constraints).toMatchObject({ max_net_leverage: 3.5, min_fixed_charge_coverage: 2 });
    expect((await get(`/api/runs/${runId}`, asB)).status).toBe(404);

    const final = SessionViewSchema.parse((await get(`/api/sessions/${session.session_id}`)).body);
    expect(final.version).toBe(version);
    expect(final.instances.map((instance) => [instance.scenario_id, instance.status])).toEqual([
      ['program_intake', 'completed'],
      ['what_if_analysis', 'cancelled'],
    ]);
    expect(final.history.map((turn) => turn.message)).toEqual(Object.values(MESSAGES));
    expect(final.history.at(-1)?.tool_results[0]?.run_id).toBe(runId);
  });

  it('keeps sessions to their fund: another key gets 404 for reading and for talking', async () => {
    const sessionId = await createSession();
    expect((await get(`/api/sessions/${sessionId}`, asB)).status).toBe(404);
    const turn = await post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.first }, asB);
    expect(turn.status).toBe(404);
    expect(turn.body.error.code).toBe('not_found');
    expect((await get('/api/sessions/no-such-session')).status).toBe(404);
    expect((await post('/api/sessions/no-such-session/turns', { message: 'hello' })).status).toBe(404);
    expect((await post('/api/sessions', { portfolio: EXAMPLE_PORTFOLIO, fund_id: 'fund-b' })).status).toBe(404);
    expect((await get('/api/sessions/anything', {})).status).toBe(401);
  });

  it('answers 400 with every problem and its path for bad bodies', async () => {
    const badSession = await post('/api/sessions', {
      assets: [{ ...EXAMPLE_PORTFOLIO.assets[0], cap_rate: 3 }],
      corporate_state: EXAMPLE_PORTFOLIO.corporate_state,
      color: 'red',
    });
    expect(badSession.status).toBe(400);
    expect(badSession.body.error.code).toBe('invalid_input');
    expect(badSession.body.error.problems.map((problem: { path: string }) => problem.path)).toEqual(
      expect.arrayContaining(['request.assets[0].cap_rate', 'request.color']),
    );
    const sessionId = await createSession();
    const badTurn = await post(`/api/sessions/${sessionId}/turns`, { message: '   ', expected_version: 'two' });
    expect(badTurn.status).toBe(400);
    expect(badTurn.body.error.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
      'request.expected_version',
      'request.message',
    ]);
    expect((await post(`/api/sessions/${sessionId}/turns`, {})).body.error.problems).toEqual([
      { path: 'request.message', message: expect.any(String) },
    ]);
  });

  it('answers 409 version_conflict for a stale expected_version, and changes nothing', async () => {
    const sessionId = await createSession();
    turnOf(await post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.first, expected_version: 1 }));
    const stale = await post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.confirm, expected_version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const view = SessionViewSchema.parse((await get(`/api/sessions/${sessionId}`)).body);
    expect(view.version).toBe(2);
    expect(view.history).toHaveLength(1);
  });

  it('answers a retried turn with the same Idempotency-Key from the first answer', async () => {
    const sessionId = await createSession();
    const headers = { ...asA, 'idempotency-key': 'turn-retry-1' };
    const first = await post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.first }, headers);
    const again = await post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.first }, headers);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotency-key')).toBe('turn-retry-1');
    expect(SessionViewSchema.parse((await get(`/api/sessions/${sessionId}`)).body).version).toBe(2);
  });
});

describe('concurrent turns on one session', () => {
  it('with the same expected_version: exactly one wins, the other gets 409, and the history holds the winner only', async () => {
    const sessionId = await createSession();
    const answers = await Promise.all([
      post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.first, expected_version: 1 }),
      post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.whatIf, expected_version: 1 }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = TurnResponseSchema.parse(answers.find((answer) => answer.status === 200)?.body);
    expect(answers.find((answer) => answer.status === 409)?.body.error.code).toBe('version_conflict');
    const view = SessionViewSchema.parse((await get(`/api/sessions/${sessionId}`)).body);
    expect(view.version).toBe(2);
    expect(winner.version).toBe(2);
    expect(view.history).toEqual([expect.objectContaining({ turn: 1, version: 2, reply: winner.reply })]);
  });

  it('without expected_version: both apply one after the other, and no update is lost', async () => {
    const sessionId = await createSession();
    const answers = await Promise.all([
      post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.first }),
      post(`/api/sessions/${sessionId}/turns`, { message: MESSAGES.whatIf }),
      post(`/api/sessions/${sessionId}/turns`, { message: 'explain run 0b7c1d2e-1111-4222-8333-444455556666' }),
    ]);
    const turns = answers.map(turnOf);
    expect(turns.map((turn) => turn.version).sort()).toEqual([2, 3, 4]);
    const view = SessionViewSchema.parse((await get(`/api/sessions/${sessionId}`)).body);
    expect(view.version).toBe(4);
    expect(view.history.map((turn) => turn.version)).toEqual([2, 3, 4]);
    expect(view.history.map((turn) => turn.message).sort()).toEqual(
      [MESSAGES.first, MESSAGES.whatIf, 'explain run 0b7c1d2e-1111-4222-8333-444455556666'].sort(),
    );
    // Every turn's effect is in the final state.
    expect(view.known_fields).toMatchObject({
      target_amount: 150_000_000,
      num_scenarios: 3,
      run_id: '0b7c1d2e-1111-4222-8333-444455556666',
    });
    expect(view.instances.map((instance) => instance.scenario_id).sort()).toEqual(['explain_run', 'program_intake', 'what_if_analysis']);
  });
});

describe('the OpenAPI document', () => {
  it('documents the three session endpoints with their bodies, answers and 409', async () => {
    const document = (await get('/openapi.json', {})).body;
    expect(document.paths['/api/sessions'].post).toMatchObject({
      operationId: 'createSession',
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateSessionRequestInput' } } } },
      responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/SessionView' } } } } },
    });
    expect(document.paths['/api/sessions/{id}'].get).toMatchObject({ operationId: 'getSession', responses: { '200': {}, '404': {} } });
    expect(document.paths['/api/sessions/{id}/turns'].post).toMatchObject({
      operationId: 'postTurn',
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/TurnRequestInput' } } } },
      responses: {
        '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/TurnResponse' } } } },
        '409': {},
        '400': {},
      },
    });
    const schemas = document.components.schemas;
    expect(schemas.TurnRequestInput).toMatchObject({
      required: ['message'],
      properties: { message: { type: 'string' }, expected_version: { type: 'integer' } },
    });
    expect(Object.keys(schemas.TurnResponse.properties)).toEqual(Object.keys(TurnResponseSchema.shape));
    expect(Object.keys(schemas.SessionView.properties)).toEqual(Object.keys(SessionViewSchema.shape));
  });
});
