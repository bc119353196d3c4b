import { DuplicateAssetIdError, NonFiniteQuantityError, selectAssetsAsync, maxProceeds } from '@leaseback/engine';
import { LeasebackError, type SelectorSpec } from '@leaseback/domain';
import { inlineEngineRunner, type EngineRunner } from '@leaseback/planner';
import { afterAll, describe, expect, it } from 'vitest';
import { portfolio } from '../__fixtures__/example-requests.js';
import { EngineDeadlineError, withEngineDeadline } from './engine-deadline.js';
import { deserializeError, serializeError } from './engine-task.js';
import { createEngineWorkerPool } from './engine-worker-pool.js';

const spec: SelectorSpec = {
  program_type: 'sale_leaseback',
  target_amount: 150_000_000,
  hard_constraints: { max_net_leverage: 4, min_fixed_charge_coverage: 1.5, max_critical_fraction: 0.3 },
  asset_filters: {},
  strategy: 'exact',
} as unknown as SelectorSpec;

const pool = createEngineWorkerPool({ threads: 1 });
afterAll(async () => {
  await pool.close();
});

describe('createEngineWorkerPool', () => {
  it('gives exactly what the engine gives inline, for a selection and a capacity', async () => {
    const config = { exact: { time_limit_ms: 10_000 } };
    for (const strategy of ['greedy', 'exact'] as const) {
      const strategySpec = { ...spec, strategy };
      expect(await pool.selectAssets(portfolio.assets, portfolio.corporate_state, strategySpec, config)).toEqual(
        await selectAssetsAsync(portfolio.assets, portfolio.corporate_state, strategySpec, config),
      );
    }
    expect(await pool.maxProceeds(portfolio.assets, portfolio.corporate_state, spec, config)).toEqual(
      await maxProceeds(portfolio.assets, portfolio.corporate_state, spec, config),
    );
  });

  it('rebuilds the engine’s errors with their class and code across the thread', async () => {
    const first = portfolio.assets[0];
    if (first === undefined) throw new Error('the example portfolio is empty');
    let thrown: unknown;
    try {
      await pool.selectAssets([first, first], portfolio.corporate_state, spec, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DuplicateAssetIdError);
    expect(thrown).toBeInstanceOf(LeasebackError);
    expect((thrown as DuplicateAssetIdError).code).toBe('duplicate_asset_id');
    expect((thrown as DuplicateAssetIdError).assetId).toBe(first.asset_id);
  });

  it('reports an aborted task with the signal’s reason, and keeps working afterwards', async () => {
    const controller = new AbortController();
    const reason = new Error('stop now');
    const running = pool.selectAssets(portfolio.assets, portfolio.corporate_state, spec, {}, controller.signal);
    controller.abort(reason);
    await expect(running).rejects.toBe(reason);
    const outcome = await pool.selectAssets(portfolio.assets, portfolio.corporate_state, { ...spec, strategy: 'greedy' }, {});
    expect(outcome.status).toBeDefined();
  });
});

describe('serializeError / deserializeError', () => {
  it('keeps class, code, fields, message and stack', () => {
    const original = new NonFiniteQuantityError('price of asset A-1', 'overflows');
    const rebuilt = deserializeError(structuredClone(serializeError(original)));
    expect(rebuilt).toBeInstanceOf(NonFiniteQuantityError);
    expect(rebuilt).toMatchObject({
      code: 'numeric_error',
      quantity: 'price of asset A-1',
      message: original.message,
      stack: original.stack,
    });
    const bug = deserializeError(structuredClone(serializeError(new TypeError('x is undefined'))));
    expect(bug).toBeInstanceOf(TypeError);
    expect(bug.message).toBe('x is undefined');
    expect(bug).not.toBeInstanceOf(LeasebackError);
  });
});

describe('withEngineDeadline', () => {
  /** A runner whose solves finish only when aborted, recording the signals it got. */
  function stuckRunner(): EngineRunner & { signals: AbortSignal[] } {
    const signals: AbortSignal[] = [];
    const wait = (signal?: AbortSignal) =>
      new Promise<never>((_resolve, reject) => {
        if (signal === undefined) return;
        signals.push(signal);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    return {
      signals,
      selectAssets: (_a, _c, _s, _config, signal) => wait(signal),
      maxProceeds: (_a, _c, _s, _config, signal) => wait(signal),
    };
  }

  it('stops a solve at the deadline with engine_deadline_exceeded', async () => {
    const runner = stuckRunner();
    const bounded = withEngineDeadline(runner, 20, () => performance.now());
    const error = await bounded.selectAssets(portfolio.assets, portfolio.corporate_state, spec, {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(EngineDeadlineError);
    expect((error as EngineDeadlineError).code).toBe('engine_deadline_exceeded');
    expect(runner.signals[0]?.aborted).toBe(true);
  });

  it('shares one deadline across every solve of the request, not one per solve', async () => {
    let clock = 0;
    const calls: string[] = [];
    const bounded = withEngineDeadline(
      {
        selectAssets: async (...args) => {
          calls.push('select');
          clock += 600;
          return inlineEngineRunner.selectAssets(...args);
        },
        maxProceeds: async (...args) => {
          calls.push('capacity');
          return inlineEngineRunner.maxProceeds(...args);
        },
      },
      1_000,
      () => clock,
    );
    const greedy = { ...spec, strategy: 'greedy' as const };
    await bounded.selectAssets(portfolio.assets, portfolio.corporate_state, greedy, {});
    await bounded.selectAssets(portfolio.assets, portfolio.corporate_state, greedy, {});
    // 1 200 ms of the 1 000 ms budget are spent: the next solve is refused before it starts.
    await expect(bounded.maxProceeds(portfolio.assets, portfolio.corporate_state, spec, {})).rejects.toBeInstanceOf(EngineDeadlineError);
    expect(calls).toEqual(['select', 'select']);
  });

  it('passes the request’s cancellation through', async () => {
    const runner = stuckRunner();
    const controller = new AbortController();
    const bounded = withEngineDeadline(runner, 60_000, () => performance.now(), controller.signal);
    const running = bounded.selectAssets(portfolio.assets, portfolio.corporate_state, spec, {});
    controller.abort(new Error('client left'));
    await expect(running).rejects.toThrow('client left');
  });
});
