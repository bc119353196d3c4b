import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput, PortfolioSchema, ProgramRequestSchema, type ProgramRequest } from '@leaseback/domain';
import { createOfflineLlmClient, createReplayLlmClient, createStructuredLlmClient, type ModelReply } from '@leaseback/llm';
import { runProgram } from './run-program.js';

const examples = new URL('../../../examples/', import.meta.url);
const portfolio = parseInput(PortfolioSchema, JSON.parse(readFileSync(new URL('portfolio.json', examples), 'utf8')));
const briefs = JSON.parse(readFileSync(new URL('briefs.json', examples), 'utf8')) as {
  name: string;
  brief: string;
  expected_spec: unknown;
}[];

function requestFor(brief: string): ProgramRequest {
  return parseInput(ProgramRequestSchema, {
    assets: portfolio.assets,
    corporate_state: portfolio.corporate_state,
    program_description: brief,
  });
}

let tick = 0;
const steppingClock = () => () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));

describe('end to end with the offline client on the example portfolio', () => {
  for (const example of briefs) {
    it(`plans "${example.name}" into a complete response`, async () => {
      const result = await runProgram(requestFor(example.brief), { llm: createOfflineLlmClient() });
      expect(result.status).toBe('completed');
      if (result.status !== 'completed') return;
      const { response } = result;
      // The spec read from the brief is the documented one, plus the default floor.
      const generated = response.audit_trace.entries[0];
      expect(generated?.step).toBe('spec_generated');
      expect({ ...generated?.spec, floor_amount: undefined }).toEqual({ ...(example.expected_spec as object), floor_amount: undefined });
      expect(response.explanation.summary.length).toBeGreaterThan(20);
      expect(JSON.stringify(response)).not.toMatch(/NaN|Infinity/);
      if (response.outcome.status === 'ok') expect(response.outcome.proceeds).toBeGreaterThanOrEqual(response.spec.target_amount);
    });
  }

  it('revises the re-lettable brief into a feasible plan within the policy, relaxing the filter before the target', async () => {
    const brief = briefs.find((example) => example.name === 're-lettable-250m');
    if (!brief) throw new Error('example brief missing');
    const result = await runProgram(requestFor(brief.brief), { llm: createOfflineLlmClient() });
    if (result.status !== 'completed') throw new Error(JSON.stringify(result.error));
    const steps = result.response.audit_trace.entries.map((entry) => entry.step);
    expect(steps.filter((step) => step === 'engine_run').length).toBeGreaterThan(1);
    expect(result.response.outcome.status).toBe('ok');
    // Leaseability 0.7 leaves $232M reachable; one policy step to 0.6 widens the pool enough for the full ask.
    expect(result.response.spec.asset_filters.min_leaseability).toBe(0.6);
    expect(result.response.spec.target_amount).toBe(250_000_000);
    expect(result.response.outcome.proceeds).toBeGreaterThanOrEqual(250_000_000);
    const policy = result.response.audit_trace.entries.find((entry) => entry.step === 'policy_applied');
    expect(policy?.policy_status).toBe('accepted');
  });

  it('refuses a brief with no amount as target_missing, quoting what it could not read', async () => {
    const attempt = runProgram(requestFor('please sort out our real estate situation'), { llm: createOfflineLlmClient() });
    await expect(attempt).rejects.toMatchObject({ code: 'target_missing', problems: [{ path: 'request.program_description' }] });
    await expect(attempt).rejects.toThrow(/not understood: "sort out our real estate situation".*--target/);
  });

  it('refuses a brief whose target is not decided as target_missing, naming the floor it read', async () => {
    const attempt = runProgram(requestFor('Target: TBD. Floor: $60M.'), { llm: createOfflineLlmClient() });
    await expect(attempt).rejects.toMatchObject({ code: 'target_missing', problems: [{ path: 'request.program_description' }] });
    await expect(attempt).rejects.toThrow(/\(read: floor \$60M\).*--target/);
  });

  it('refuses as target_missing when a provider reads no amount (a null target), and plans once a target is given', async () => {
    // A provider whose model answers every brief with a null target: the wire is replaced, the task and its checks are the real ones.
    const provider = createStructuredLlmClient({
      provider: 'fake-provider',
      model: 'fake-model',
      mapError: () => null,
      openConversation: (task) => async (): Promise<ModelReply> => ({
        status: 'complete',
        output: {
          kind: 'value',
          value:
            task.name === 'explanation_summary'
              ? { summary: 'Warehouses sold to meet the target.' }
              : {
                  program_type: 'slb',
                  target_amount: null,
                  floor_amount: null,
                  hard_constraints: {
                    max_net_leverage: 3.5,
                    min_fixed_charge_coverage: 1.5,
                    max_lease_adjusted_leverage: null,
                    max_market_share: null,
                  },
                  asset_filters: {
                    max_criticality: null,
                    min_leaseability: null,
                    asset_types: ['warehouse'],
                    include_markets: null,
                    exclude_markets: null,
                    exclude_asset_ids: null,
                  },
                  strategy: 'greedy',
                },
        },
        usage: { input_tokens: 10, output_tokens: 10, total_tokens: 20 },
      }),
    });
    const attempt = runProgram(requestFor('Raise 150 from warehouses, leverage under 3.5x'), { llm: provider });
    await expect(attempt).rejects.toMatchObject({ code: 'target_missing', problems: [{ path: 'request.program_description' }] });
    await expect(attempt).rejects.toThrow(/net leverage at most 3\.50x;.*asset types warehouse.*--target/);

    const given = await runProgram(
      { ...requestFor('Raise 150 from warehouses, leverage under 3.5x'), target_override: 150_000_000 },
      { llm: provider },
    );
    if (given.status !== 'completed') throw new Error(JSON.stringify(given.error));
    expect(given.response.spec.target_amount).toBe(150_000_000);
    expect(given.response.notices.some((notice) => notice.code === 'target_defaulted')).toBe(false);
  });

  it('plans the same brief once a target is given, with the covenant defaults as notices', async () => {
    const result = await runProgram(
      { ...requestFor('please sort out our real estate situation'), target_override: 100_000_000 },
      { llm: createOfflineLlmClient() },
    );
    if (result.status !== 'completed') throw new Error(JSON.stringify(result.error));
    expect(result.response.spec.target_amount).toBe(100_000_000);
    expect(result.response.notices.map((notice) => notice.code)).toEqual(
      expect.arrayContaining(['clause_not_understood', 'covenant_defaulted', 'floor_defaulted']),
    );
    expect(result.response.notices.some((notice) => notice.code === 'target_defaulted')).toBe(false);
  });
});

describe('replay', () => {
  it('replays a recorded run into an identical response', async () => {
    for (const example of briefs) {
      tick = 0;
      const recorded = await runProgram(requestFor(example.brief), { llm: createOfflineLlmClient(), now: steppingClock() });
      if (recorded.status !== 'completed') throw new Error('recording failed');
      tick = 0;
      const replayed = await runProgram(requestFor(example.brief), {
        llm: createReplayLlmClient(recorded.response.audit_trace),
        now: steppingClock(),
      });
      expect(replayed.status).toBe('completed');
      if (replayed.status !== 'completed') return;
      expect(JSON.stringify(replayed.response)).toBe(JSON.stringify(recorded.response));
    }
  });

  it('fails clearly when the replayed run asks for a different call', async () => {
    const recorded = await runProgram(requestFor(briefs[0]?.brief ?? ''), { llm: createOfflineLlmClient() });
    if (recorded.status !== 'completed') throw new Error('recording failed');
    // Drop the explanation call from the recording: the replay runs out at that step.
    const truncated = { entries: recorded.response.audit_trace.entries.filter((entry) => entry.step !== 'explanation') };
    const replayed = await runProgram(requestFor(briefs[0]?.brief ?? ''), { llm: createReplayLlmClient(truncated) });
    expect(replayed.status).toBe('failed');
    if (replayed.status === 'failed') expect(replayed.error.code).toBe('llm_replay_mismatch');
  });
});
