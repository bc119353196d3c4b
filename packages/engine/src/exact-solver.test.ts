import { describe, expect, it } from 'vitest';
import { SolverError } from './engine-errors.js';
import { isExactSolverLoaded } from './exact-solver.js';
import { selectAssets, selectAssetsAsync } from './select-assets.js';
import { WORKED_EXAMPLE_CORPORATE, makeAsset, makeSpec } from './__fixtures__/builders.js';

// This file runs in its own module graph, so the solver starts unloaded.
describe('exact strategy before the solver is loaded', () => {
  it('throws solver_not_loaded from the synchronous API, and loads lazily in the async one', async () => {
    const assets = [makeAsset('A', { market_rent: 4.2 })];
    const spec = makeSpec({ strategy: 'exact' });
    expect(isExactSolverLoaded()).toBe(false);
    expect(() => selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec)).toThrow(SolverError);
    try {
      selectAssets(assets, WORKED_EXAMPLE_CORPORATE, spec);
    } catch (error) {
      expect((error as SolverError).code).toBe('solver_not_loaded');
    }
    // Greedy never needs the solver.
    expect(selectAssets(assets, WORKED_EXAMPLE_CORPORATE, makeSpec()).status).toBe('ok');
    expect(isExactSolverLoaded()).toBe(false);
    const outcome = await selectAssetsAsync(assets, WORKED_EXAMPLE_CORPORATE, spec);
    expect(outcome.status).toBe('ok');
    expect(isExactSolverLoaded()).toBe(true);
  });
});
