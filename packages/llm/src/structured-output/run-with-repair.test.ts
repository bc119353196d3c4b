import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LlmError } from '../llm-error.js';
import { brief, assetSummary } from '../testing/planning-inputs.js';
import { runWithRepair, type ModelReply, type RepairRequest } from './run-with-repair.js';
import { selectorSpecTask } from './selector-spec-task.js';

const task = selectorSpecTask(brief, assetSummary);

const goodAnswer = {
  program_type: 'slb',
  target_amount: 250_000_000,
  floor_amount: null,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8, max_lease_adjusted_leverage: null, max_market_share: null },
  asset_filters: {
    max_criticality: null,
    min_leaseability: 0.7,
    asset_types: null,
    include_markets: null,
    exclude_markets: ['Chicago'],
    exclude_asset_ids: null,
  },
  strategy: 'greedy',
};
const expectedSpec = {
  program_type: 'slb',
  target_amount: 250_000_000,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8 },
  asset_filters: { min_leaseability: 0.7, exclude_markets: ['Chicago'] },
  strategy: 'greedy',
};

const usage = (input: number, output: number) => ({ input_tokens: input, output_tokens: output, total_tokens: input + output });
const text = (value: string, tokens = usage(100, 20)): ModelReply => ({
  status: 'complete',
  output: { kind: 'text', text: value },
  usage: tokens,
});
const json = (value: unknown, tokens = usage(100, 20)): ModelReply => text(JSON.stringify(value), tokens);

/** A conversation that answers from a list and records what each attempt was told. */
function scripted(replies: readonly ModelReply[]) {
  const repairs: (RepairRequest | null)[] = [];
  const send = vi.fn(async (repair: RepairRequest | null) => {
    repairs.push(repair);
    const reply = replies[repairs.length - 1];
    if (reply === undefined) throw new Error('no reply scripted');
    return reply;
  });
  return { send, repairs };
}

const noMapping = () => null;

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected the call to fail');
}

describe('runWithRepair', () => {
  it('returns the validated value with the metadata of a first-time answer', async () => {
    const { send, repairs } = scripted([{ ...json(goodAnswer, usage(812, 95)), model: 'gpt-test-2026-01-01' }]);
    const clock = vi.fn().mockReturnValueOnce(1_000).mockReturnValueOnce(1_250);
    const result = await runWithRepair({ provider: 'openai', model: 'gpt-test', task, send, mapError: noMapping, now: clock });
    expect(result.value).toEqual(expectedSpec);
    expect(result.metadata).toEqual({
      provider: 'openai',
      model: 'gpt-test-2026-01-01',
      latency_ms: 250,
      usage: { input_tokens: 812, output_tokens: 95, total_tokens: 907 },
      attempt_usage: [{ input_tokens: 812, output_tokens: 95, total_tokens: 907 }],
      attempts: 1,
      raw_output: expectedSpec,
      unrecognized: [],
      assumptions: [],
    });
    expect(repairs).toEqual([null]);
  });

  it('re-asks after malformed JSON, telling the model the answer did not parse', async () => {
    const { send, repairs } = scripted([text('{"program_type": "slb", "target_amount": 25'), json(goodAnswer)]);
    const result = await runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping });
    expect(result.value).toEqual(expectedSpec);
    expect(result.metadata.attempts).toBe(2);
    expect(repairs[1]?.problems).toHaveLength(1);
    expect(repairs[1]?.problems[0]?.path).toBe('');
    expect(repairs[1]?.message).toMatch(/^Your previous answer was rejected by validation:\n- \(root\): not valid JSON \(/);
  });

  it('re-asks with every zod issue, by path, after a schema-invalid answer, and sums usage', async () => {
    const invalid = { ...goodAnswer, target_amount: -5, asset_filters: { ...goodAnswer.asset_filters, asset_types: ['castle'] } };
    const { send, repairs } = scripted([json(invalid, usage(800, 90)), json(goodAnswer, usage(950, 88))]);
    const result = await runWithRepair({ provider: 'anthropic', model: 'm', task, send, mapError: noMapping });
    expect(result.value).toEqual(expectedSpec);
    expect(result.metadata.attempts).toBe(2);
    expect(result.metadata.usage).toEqual({ input_tokens: 1_750, output_tokens: 178, total_tokens: 1_928 });
    expect(repairs[1]?.problems.map((problem) => problem.path)).toEqual(['target_amount', 'asset_filters.asset_types[0]']);
    expect(repairs[1]?.message).toContain('- target_amount: must be > 0');
    expect(repairs[1]?.message).toContain('- asset_filters.asset_types[0]: ');
  });

  it('reports llm_invalid_output with the issues after the last repair', async () => {
    const invalid = json({ ...goodAnswer, strategy: 'fastest' }, usage(10, 1));
    const { send } = scripted([invalid, invalid, invalid]);
    const error = await failure(runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping }));
    expect(error.code).toBe('llm_invalid_output');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/generateSelectorSpec: the answer was still invalid after 3 attempts: strategy: /);
    expect(send).toHaveBeenCalledTimes(3);
    // The failed call is still accounted for: three attempts of 10 + 1 tokens.
    expect(error.usage).toEqual({ input_tokens: 30, output_tokens: 3, total_tokens: 33 });
    expect(error.attempts).toBe(3);
  });

  it('honours maxRepairs, including zero', async () => {
    const invalid = json({ ...goodAnswer, program_type: 'sale' });
    const none = scripted([invalid, json(goodAnswer)]);
    expect(
      (await failure(runWithRepair({ provider: 'openai', model: 'm', task, send: none.send, mapError: noMapping, maxRepairs: 0 }))).code,
    ).toBe('llm_invalid_output');
    expect(none.send).toHaveBeenCalledTimes(1);
    const four = scripted([invalid, invalid, invalid, invalid, json(goodAnswer)]);
    const result = await runWithRepair({ provider: 'openai', model: 'm', task, send: four.send, mapError: noMapping, maxRepairs: 4 });
    expect(result.metadata.attempts).toBe(5);
  });

  it('never repairs a truncated answer', async () => {
    const { send } = scripted([{ ...text('{"program_type": "slb", "tar'), status: 'truncated' }, json(goodAnswer)]);
    const error = await failure(runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping }));
    expect(error.code).toBe('llm_truncated');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('never repairs a refusal, and passes its reason on', async () => {
    const refusal: ModelReply = {
      status: 'refused',
      output: { kind: 'missing', detail: 'refused' },
      usage: usage(5, 5),
      refusal: "I can't help with that.",
    };
    const { send } = scripted([refusal, json(goodAnswer)]);
    const error = await failure(runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping }));
    expect(error.code).toBe('llm_refused');
    expect(error.message).toBe("generateSelectorSpec: the model refused to answer: I can't help with that.");
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('treats a reply with no answer in it as repairable', async () => {
    const { send, repairs } = scripted([
      { status: 'complete', output: { kind: 'missing', detail: 'the reply did not call the tool' }, usage: usage(1, 1) },
      json(goodAnswer),
    ]);
    const result = await runWithRepair({ provider: 'anthropic', model: 'm', task, send, mapError: noMapping });
    expect(result.metadata.attempts).toBe(2);
    expect(repairs[1]?.message).toContain('- (root): no JSON answer: the reply did not call the tool');
  });

  it('accepts an already-parsed answer (a tool call input)', async () => {
    const { send } = scripted([{ status: 'complete', output: { kind: 'value', value: goodAnswer }, usage: usage(1, 1) }]);
    expect((await runWithRepair({ provider: 'anthropic', model: 'm', task, send, mapError: noMapping })).value).toEqual(expectedSpec);
  });

  it('does not call the model when the signal is already aborted', async () => {
    const { send } = scripted([json(goodAnswer)]);
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping, signal: controller.signal }),
    );
    expect(error.code).toBe('llm_cancelled');
    expect(send).not.toHaveBeenCalled();
  });

  it('maps what the provider throws, passes LlmErrors through and rethrows what it cannot map', async () => {
    const sdkError = new Error('429 Rate limit');
    const mapped = new LlmError('llm_rate_limited', 'limited', { provider: 'openai' });
    const mapError = vi.fn((error: unknown) => (error === sdkError ? mapped : null));
    await expect(runWithRepair({ provider: 'openai', model: 'm', task, send: () => Promise.reject(sdkError), mapError })).rejects.toBe(
      mapped,
    );
    const own = new LlmError('llm_auth', 'no key', { provider: 'openai' });
    await expect(runWithRepair({ provider: 'openai', model: 'm', task, send: () => Promise.reject(own), mapError })).rejects.toBe(own);
    const bug = new TypeError('undefined is not a function');
    await expect(runWithRepair({ provider: 'openai', model: 'm', task, send: () => Promise.reject(bug), mapError })).rejects.toBe(bug);
  });

  it('reports llm_cancelled when the signal aborted during the call, whatever the SDK threw', async () => {
    const controller = new AbortController();
    const send = async () => {
      controller.abort();
      throw new Error('Request was aborted.');
    };
    const error = await failure(
      runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping, signal: controller.signal }),
    );
    expect(error.code).toBe('llm_cancelled');
  });

  it('for any number of invalid answers, succeeds within the repair budget and sums every attempt', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 4 }),
        fc.nat({ max: 4 }),
        fc.array(fc.tuple(fc.nat({ max: 5_000 }), fc.nat({ max: 500 })), { minLength: 6, maxLength: 6 }),
        async (invalidCount, maxRepairs, tokens) => {
          const replies = tokens.map(([input, output], index) =>
            index < invalidCount ? text('not json', usage(input, output)) : json(goodAnswer, usage(input, output)),
          );
          const { send } = scripted(replies);
          const run = runWithRepair({ provider: 'openai', model: 'm', task, send, mapError: noMapping, maxRepairs });
          if (invalidCount > maxRepairs) {
            expect((await failure(run)).code).toBe('llm_invalid_output');
            expect(send).toHaveBeenCalledTimes(maxRepairs + 1);
          } else {
            const result = await run;
            const used = tokens.slice(0, invalidCount + 1);
            expect(result.metadata.attempts).toBe(invalidCount + 1);
            expect(result.metadata.usage.input_tokens).toBe(used.reduce((sum, [input]) => sum + input, 0));
            expect(result.metadata.usage.output_tokens).toBe(used.reduce((sum, [, output]) => sum + output, 0));
          }
        },
      ),
    );
  });
});
