import { InvalidInputError, ProgramRequestSchema, ScenarioSetRequestSchema, parseInput } from '@leaseback/domain';
import { createOfflineLlmClient } from '@leaseback/llm';
import { summarizeAssets } from '@leaseback/planner';
import { afterAll, describe, expect, it } from 'vitest';
import { briefs, portfolio, programRequest, scenarioSetRequest } from '../__fixtures__/example-requests.js';
import { TooManyAssetsError } from './asset-limit.js';
import { createEngineWorkerPool } from './engine-worker-pool.js';
import { readOfflineInWorkers } from './offline-reading-in-workers.js';
import { WORKER_VALIDATION_MIN_ASSETS, createRequestValidator } from './request-validation.js';

const pool = createEngineWorkerPool({ threads: 1 });
afterAll(async () => {
  await pool.close();
});

/** `count` assets cloned from the example portfolio, each with its own id. */
function manyAssets(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => {
    const base = portfolio.assets[index % portfolio.assets.length] as unknown as Record<string, unknown>;
    return { ...base, asset_id: `${String(base['asset_id'])}-${index}`, name: `${String(base['name'])} ${index}` };
  });
}

/** What `thrown` is, as a caller sees it: class, code, message and problems. */
function described(thrown: unknown) {
  expect(thrown).toBeInstanceOf(InvalidInputError);
  const error = thrown as InvalidInputError;
  return { code: error.code, message: error.message, problems: error.problems };
}

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describe('createRequestValidator', () => {
  const large = WORKER_VALIDATION_MIN_ASSETS + 10;
  // Counts the pool's validations, so each test knows where its request was validated.
  let pooled = 0;
  const counted = {
    ...pool,
    validateRequest: ((...args: Parameters<typeof pool.validateRequest>) => {
      pooled += 1;
      return pool.validateRequest(...args);
    }) as typeof pool.validateRequest,
  };
  const validate = createRequestValidator(counted, 5_000);

  it('gives a large valid request the value inline parsing gives, validated in a worker', async () => {
    const input = programRequest('Raise $100M', { assets: manyAssets(large) as never });
    const before = pooled;
    expect(await validate('program_request', input, ['assets'])).toEqual(parseInput(ProgramRequestSchema, input, { root: 'request' }));
    expect(pooled).toBe(before + 1);
  });

  it('refuses a large invalid request with the same error, message and paths as inline parsing', async () => {
    const assets = manyAssets(large);
    assets[3] = { ...assets[3], cap_rate: 2, colour: 'red' };
    assets[large - 1] = { ...assets[large - 1], market_rent: 'a lot' };
    const input = { ...programRequest('Raise $100M'), assets, strategy: 'fastest', extra: 1 };
    const before = pooled;
    const inWorker = described(await thrownBy(validate('program_request', input, ['assets'])));
    expect(pooled).toBe(before + 1);
    const inline = described(await thrownBy(Promise.resolve().then(() => parseInput(ProgramRequestSchema, input, { root: 'request' }))));
    expect(inWorker).toEqual(inline);
    expect(inWorker.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['request.assets[3].cap_rate', 'request.assets[3].colour', `request.assets[${large - 1}].market_rent`]),
    );
  });

  it('validates a scenario set request in a worker with the same paths', async () => {
    const input = scenarioSetRequest('Raise $100M');
    const base = {
      ...(input.base_request as object),
      assets: manyAssets(large).map((asset, index) => (index === 7 ? { ...asset, book_value: -1 } : asset)),
    };
    const invalid = { ...input, base_request: base };
    const inWorker = described(await thrownBy(validate('scenario_set_request', invalid, ['base_request', 'assets'])));
    const inline = described(
      await thrownBy(Promise.resolve().then(() => parseInput(ScenarioSetRequestSchema, invalid, { root: 'request' }))),
    );
    expect(inWorker).toEqual(inline);
    expect(inWorker.problems[0]?.path).toBe('request.base_request.assets[7].book_value');
  });

  it('validates a small request inline, and refuses one over planner.max_assets before any validation', async () => {
    const before = pooled;
    await validate('program_request', programRequest('Raise $100M'), ['assets']);
    expect(pooled).toBe(before);
    const limited = createRequestValidator(counted, 3);
    await expect(limited('program_request', { assets: manyAssets(large), colour: 1 }, ['assets'])).rejects.toBeInstanceOf(
      TooManyAssetsError,
    );
    expect(pooled).toBe(before);
  });
});

describe('readOfflineInWorkers', () => {
  it('reads a large portfolio’s brief in a worker exactly as the offline client reads it inline', async () => {
    const client = createOfflineLlmClient();
    const assets = parseInput(
      ProgramRequestSchema,
      programRequest('x', { assets: manyAssets(WORKER_VALIDATION_MIN_ASSETS) as never }),
    ).assets;
    const summary = summarizeAssets(assets, portfolio.corporate_state);
    let pooled = 0;
    const reader = readOfflineInWorkers(client, {
      ...pool,
      readBriefOffline: (...args) => {
        pooled += 1;
        return pool.readBriefOffline(...args);
      },
    });
    for (const brief of Object.values(briefs).slice(0, 3)) {
      expect(await reader.generateSelectorSpec(brief, summary)).toEqual(await client.generateSelectorSpec(brief, summary));
    }
    expect(pooled).toBe(3);
    // A brief the reader refuses is refused with the same error across the thread.
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) => {
          const { code, provider, isRetryable } = error as { code: string; provider: string; isRetryable: boolean };
          return { class: (error as Error).constructor.name, error: { code, provider, isRetryable }, message: (error as Error).message };
        },
      );
    const broken = { ...summary, markets: undefined as unknown as string[] };
    const inline = await refusal(client.generateSelectorSpec(Object.values(briefs)[0] ?? '', broken));
    expect(inline?.error).toMatchObject({ code: 'llm_invalid_output', provider: 'offline' });
    expect(await refusal(reader.generateSelectorSpec(Object.values(briefs)[0] ?? '', broken))).toEqual(inline);
  });
});
