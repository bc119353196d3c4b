import type { Highs } from 'highs';
import { SolverError } from './engine-errors.js';

let loadedSolver: Highs | null = null;
let loading: Promise<Highs> | null = null;

/**
 * Loads the HiGHS MILP solver (WebAssembly) once per process. Safe to call
 * many times and concurrently: every caller awaits the same load. The exact
 * strategy and `maxProceeds` need it; the greedy strategy does not.
 */
export async function loadExactSolver(): Promise<void> {
  if (loadedSolver !== null) return;
  loading ??= import('highs')
    .then((module) => resolveLoader(module)())
    .then((highs) => {
      loadedSolver = highs;
      return highs;
    })
    .catch((error: unknown) => {
      loading = null;
      throw new SolverError('could not load the HiGHS solver', { cause: error });
    });
  await loading;
}

type HighsLoader = () => Promise<Highs>;

/**
 * The package is CommonJS with an ESM entry: at run time the ESM default export
 * is the loader, while its type declarations describe a CommonJS default. Accept both shapes.
 */
function resolveLoader(module: unknown): HighsLoader {
  const outer = (module as { default?: unknown }).default;
  if (typeof outer === 'function') return outer as HighsLoader;
  const inner = (outer as { default?: unknown } | undefined)?.default;
  if (typeof inner === 'function') return inner as HighsLoader;
  throw new SolverError('the highs package does not export a loader');
}

/** Whether `loadExactSolver` has completed, so exact selection can run synchronously. */
export function isExactSolverLoaded(): boolean {
  return loadedSolver !== null;
}

/** The loaded solver, or a `SolverError` (code `solver_not_loaded`) telling the caller to load it first. */
export function requireExactSolver(): Highs {
  if (loadedSolver === null) {
    throw new SolverError('the exact strategy needs the solver: await loadExactSolver() first, or call selectAssetsAsync / maxProceeds', {
      code: 'solver_not_loaded',
    });
  }
  return loadedSolver;
}
