import { RunRecordSchema, type RunRecord } from '@leaseback/domain';
import { SessionViewSchema, TurnResponseSchema } from '@leaseback/service/sessions';
// The corpus is data shared by the HTTP and terminal runners; it lives with the session use cases.
import { CONVERSATION_CORPUS, corpusRunsProblems, corpusTurnProblems } from '@leaseback/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

let server: TestServer;
beforeAll(async () => {
  // A real server on an ephemeral port, over the offline client and an in-memory store.
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const markets = new Map(EXAMPLE_PORTFOLIO.assets.map((asset) => [String(asset['asset_id']), String(asset['market'])]));

describe('the conversation corpus over HTTP', () => {
  it('holds at least 40 conversations, each part of the contract among them', () => {
    expect(CONVERSATION_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CONVERSATION_CORPUS.map((conversation) => conversation.name)).size).toBe(CONVERSATION_CORPUS.length);
    expect(new Set(CONVERSATION_CORPUS.map((conversation) => conversation.covers))).toEqual(
      new Set(['explicit confirmation', 'nothing dropped', 'what-ifs', 'aiming', 'orchestrator', 'happy path']),
    );
  });

  it.each(CONVERSATION_CORPUS.map((conversation) => [conversation.name, conversation] as const))('%s', async (_name, conversation) => {
    const created = await request(server.url, 'POST', '/api/sessions', { json: { portfolio: EXAMPLE_PORTFOLIO } });
    expect(created.status, created.text).toBe(201);
    const sessionId = SessionViewSchema.parse(created.body).session_id;
    const runs: RunRecord[] = [];
    for (const step of conversation.turns) {
      const answer = await request(server.url, 'POST', `/api/sessions/${sessionId}/turns`, { json: { message: step.say } });
      expect(answer.status, answer.text).toBe(200);
      const turn = TurnResponseSchema.parse(answer.body);
      expect(corpusTurnProblems(turn, step)).toEqual([]);
      for (const id of turn.tool_results.flatMap((tool) => tool.run_ids)) {
        const run = await request(server.url, 'GET', `/api/runs/${id}`);
        expect(run.status, run.text).toBe(200);
        runs.push(RunRecordSchema.parse(run.body));
      }
    }
    expect(corpusRunsProblems(runs, conversation.runs, markets)).toEqual([]);
  });
});
