import { DEFAULT_REVISION_POLICY_CONFIG, InvalidInputError, type AuditTrace, type LlmCallRecord, type LlmMethod } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { infeasibleOutcome } from './__fixtures__/outcomes.js';
import type { AssetSummary, LlmClient, LlmResult } from './llm-client.js';
import { LlmError } from './llm-error.js';
import { createOfflineLlmClient } from './offline/offline-llm-client.js';
import { createReplayLlmClient } from './replay-llm-client.js';

const SUMMARY: AssetSummary = {
  asset_count: 3,
  markets: ['Atlanta', 'Dallas'],
  asset_types: ['warehouse', 'office'],
  total_potential_proceeds: 200_000_000,
  baseline: { ebitda: 100_000_000, net_debt: 300_000_000, net_leverage: 3, fixed_charge_coverage: 4.5 },
  text: 'three sites',
};

/** Runs one program-like sequence of calls against `client`. */
async function session(client: LlmClient): Promise<LlmResult<unknown>[]> {
  const generated = await client.generateSelectorSpec(
    'Raise $50M from warehouses outside Dallas, leverage under 3.5x, nothing critical.',
    SUMMARY,
  );
  const context = { original: generated.value, iteration: 1, max_iterations: 5, capacity: null, policy: DEFAULT_REVISION_POLICY_CONFIG };
  const revised = await client.reviseSelectorSpec(generated.value, infeasibleOutcome(), context);
  const summary = await client.generateExplanationSummary(revised.value, infeasibleOutcome(), []);
  const scenarios = await client.generateScenarioDefinitions('Raise $50M', SUMMARY, 3);
  const fields = await client.extractFields('yes, three scenarios', ['confirmation', 'num_scenarios'], {});
  return [generated, revised, summary, scenarios, fields];
}

const METHODS: LlmMethod[] = [
  'generateSelectorSpec',
  'reviseSelectorSpec',
  'generateExplanationSummary',
  'generateScenarioDefinitions',
  'extractFields',
];

function asRecords(results: readonly LlmResult<unknown>[]): LlmCallRecord[] {
  return results.map((result, index) => ({ method: METHODS[index] ?? 'extractFields', ...result.metadata }));
}

function asTrace(records: readonly LlmCallRecord[]): AuditTrace {
  const entry = {
    timestamp: '2025-01-01T00:00:00.000Z',
    iteration: 0,
    spec: null,
    outcome: null,
    policy_status: null,
    violations: [],
    message: null,
    error: null,
  };
  return {
    entries: [
      { ...entry, step: 'spec_generated', llm_call: records[0] ?? null },
      { ...entry, step: 'engine_run', llm_call: null },
      ...records.slice(1).map((record) => ({ ...entry, step: 'revision_proposed' as const, llm_call: record })),
    ],
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (thrown: unknown) => thrown,
  );
}

describe('createReplayLlmClient', () => {
  it('replays a recorded trace byte for byte, in order', async () => {
    const recorded = await session(createOfflineLlmClient());
    const replay = createReplayLlmClient(asTrace(asRecords(recorded)));
    expect(replay.provider).toBe('offline');
    expect(replay.remaining).toBe(5);
    const replayed = await session(replay);
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(recorded));
    expect(replay.remaining).toBe(0);
  });

  it('accepts a plain list of call records and reports the recorded metadata unchanged', async () => {
    const record: LlmCallRecord = {
      method: 'generateExplanationSummary',
      provider: 'anthropic',
      model: 'claude-test',
      latency_ms: 812,
      usage: { input_tokens: 900, output_tokens: 120, total_tokens: 1020 },
      attempts: 2,
      raw_output: 'It worked.',
      unrecognized: [],
      assumptions: [],
    };
    const replay = createReplayLlmClient([record]);
    const { value, metadata } = await replay.generateExplanationSummary({} as never, infeasibleOutcome(), []);
    expect(value).toBe('It worked.');
    const { method: _method, ...expected } = record;
    expect(metadata).toStrictEqual(expected);
    expect(replay.provider).toBe('anthropic');
  });

  it('fails with llm_replay_mismatch naming the recorded and the called method', async () => {
    const recorded = await session(createOfflineLlmClient());
    const replay = createReplayLlmClient(asRecords(recorded));
    const error = await rejection(replay.generateExplanationSummary({} as never, infeasibleOutcome(), []));
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({
      code: 'llm_replay_mismatch',
      provider: 'replay',
      message: 'replay: call 1 was recorded as generateSelectorSpec, but generateExplanationSummary was called',
    });
    expect(replay.remaining).toBe(5);
  });

  it('fails with llm_replay_mismatch when the recorded calls run out', async () => {
    const recorded = await session(createOfflineLlmClient());
    const replay = createReplayLlmClient(asRecords(recorded).slice(0, 1));
    await replay.generateSelectorSpec('anything', SUMMARY);
    const error = await rejection(replay.generateSelectorSpec('anything', SUMMARY));
    expect(error).toMatchObject({
      code: 'llm_replay_mismatch',
      message: 'replay: call 2 asked for generateSelectorSpec, but the recording holds only 1 call',
    });
  });

  it('validates the recorded output again with the method schema', async () => {
    const bad: LlmCallRecord = {
      method: 'generateSelectorSpec',
      provider: 'openai',
      model: 'm',
      latency_ms: 1,
      usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
      attempts: 1,
      raw_output: { program_type: 'slb', target_amount: 'lots' },
      unrecognized: [],
      assumptions: [],
    };
    const error = await rejection(createReplayLlmClient([bad]).generateSelectorSpec('x', SUMMARY));
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ code: 'llm_invalid_output', provider: 'openai' });
    expect((error as Error).message).toContain('replay: the recorded output of call 1 (generateSelectorSpec) is invalid: target_amount:');
  });

  it('refuses malformed records when it is created', () => {
    expect(() => createReplayLlmClient([{ method: 'guess' } as never])).toThrow(InvalidInputError);
  });

  it('honours an aborted signal without using up a record', async () => {
    const recorded = await session(createOfflineLlmClient());
    const replay = createReplayLlmClient(asRecords(recorded));
    const error = await rejection(replay.generateSelectorSpec('x', SUMMARY, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ code: 'llm_cancelled' });
    expect(replay.remaining).toBe(5);
  });

  it('reports provider "replay" for an empty recording', () => {
    expect(createReplayLlmClient({ entries: [] }).provider).toBe('replay');
  });
});
