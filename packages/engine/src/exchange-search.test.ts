import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveEngineConfig } from './engine-config.js';
import { fillToTarget, improveByExchanges } from './exchange-search.js';
import { prepareSelection } from './selection-context.js';
import { buildSelectionModel, type SelectionModel } from './selection-model.js';
import { sumOver } from './verified-solve.js';
import { createRandom, generatePortfolio } from './__fixtures__/portfolio-generator.js';

function modelOf(seed: number, assetCount: number, basis: 'us_gaap' | 'ifrs16'): SelectionModel | null {
  const random = createRandom(seed);
  const { assets, corporateState, spec } = generatePortfolio(random, {
    assetCount,
    targetShare: [0.05, 0.8],
    leverageHeadroom: [-0.02, 0.15],
    leaseAdjustedHeadroom: [-0.02, 0.1],
  });
  const prepared = prepareSelection(
    assets,
    { ...corporateState, accounting_basis: basis },
    { ...spec, strategy: 'exact' },
    resolveEngineConfig({}),
  );
  return prepared.ok ? buildSelectionModel(prepared.context) : null;
}

function keepsEveryRow(model: SelectionModel, selection: Uint8Array): boolean {
  return model.rows.every((row) => sumOver(row.coefficients, selection) <= row.upper);
}

describe('fillToTarget', () => {
  // Up to 64 assets per draw, exchanges included: give a loaded machine room.
  it('returns only sets that reach the target row and keep every covenant row, on both bases', { timeout: 60_000 }, () => {
    let filled = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (seed, ifrs16) => {
        const model = modelOf(seed, 5 + (seed % 60), ifrs16 ? 'ifrs16' : 'us_gaap');
        if (model === null) return;
        const empty = new Uint8Array(model.columns.length);
        const set = fillToTarget(model, empty);
        if (set === null || !keepsEveryRow(model, empty)) return;
        filled += 1;
        expect(sumOver(model.cash, set)).toBeGreaterThanOrEqual(model.targetLower);
        expect(keepsEveryRow(model, set)).toBe(true);
        // The minimising exchange search keeps both properties.
        const improved = improveByExchanges(model, set, { direction: 'minimize', stopWithin: 0, maxIterations: 20 });
        expect(sumOver(model.cash, improved)).toBeGreaterThanOrEqual(model.targetLower);
        expect(sumOver(model.cash, improved)).toBeLessThanOrEqual(sumOver(model.cash, set));
        expect(keepsEveryRow(model, improved)).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(filled).toBeGreaterThan(10);
  });

  it('keeps what the start holds and refuses a start that breaks a row', { timeout: 60_000 }, () => {
    let kept = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const model = modelOf(seed, 5 + (seed % 40), 'us_gaap');
        if (model === null) return;
        const start = new Uint8Array(model.columns.length);
        start[seed % model.columns.length] = 1;
        if (keepsEveryRow(model, start)) {
          const set = fillToTarget(model, start);
          if (set !== null) {
            kept += 1;
            expect(set[seed % model.columns.length]).toBe(1);
          }
        }
        const everything = new Uint8Array(model.columns.length).fill(1);
        if (!keepsEveryRow(model, everything)) {
          refused += 1;
          expect(fillToTarget(model, everything)).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
    expect(kept).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  });
});
