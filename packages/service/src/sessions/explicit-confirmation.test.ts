import { createOfflineLlmClient } from '@leaseback/llm';
import { MUST_CONFIRM, MUST_NOT_CONFIRM } from '@leaseback/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolio } from '../__fixtures__/example-requests.js';
import { createTestService, offlineClientWith } from '../__fixtures__/test-service.js';
import type { LeasebackServiceHandle } from '../create-leaseback-service.js';
import { CONVERSATION } from './__fixtures__/conversation.js';

const offline = createOfflineLlmClient();
/** The worst a provider's extractor can do: read every message as a yes (fields and signals as the offline reader sees them). */
const yesToEverything = offlineClientWith({
  extractFields: async (message, fieldNames, context, options) => {
    const read = await offline.extractFields(message, fieldNames, context, options);
    return { ...read, value: { ...read.value, ...(fieldNames.includes('confirmation') ? { confirmation: true } : {}) } };
  },
});

describe.each([
  ['the offline extractor', offline],
  ['a provider extractor that reads every message as a yes', yesToEverything],
] as const)('at the service, with %s', (_name, llm) => {
  let service: LeasebackServiceHandle;
  beforeAll(async () => {
    service = (await createTestService({ llm })).service;
  });
  afterAll(async () => service.close());

  /** A session waiting at the program's checkpoint, presented by the previous reply. */
  async function atCheckpoint(): Promise<string> {
    const { session_id: sessionId } = await service.createSession({ portfolio });
    const first = await service.postTurn(sessionId, { message: CONVERSATION.first });
    expect(first.plan.contributions.find((entry) => entry.scenario_id === 'program_intake')?.contribution_type).toBe('CONFIRM');
    return sessionId;
  }

  it.each(MUST_NOT_CONFIRM)('%j runs nothing', async (message) => {
    const sessionId = await atCheckpoint();
    const turn = await service.postTurn(sessionId, { message });
    expect(turn.confirmation).not.toBe(true);
    expect(turn.tool_results).toEqual([]);
    expect(turn.transition_decisions.filter((move) => move.moved && move.source_step_id === 'confirm_run')).toEqual([]);
  });

  it.each(MUST_CONFIRM)('%j runs the program presented', async (message) => {
    const sessionId = await atCheckpoint();
    const turn = await service.postTurn(sessionId, { message });
    expect(turn.confirmation).toBe(true);
    // "run the scenarios" names the what-if, which is not the checkpoint presented: it runs nothing.
    if (/scenarios/.test(message)) expect(turn.tool_results).toEqual([]);
    else expect(turn.tool_results.map((tool) => `${tool.tool_id}:${tool.status}`)).toEqual(['run_program:succeeded']);
  });
});
