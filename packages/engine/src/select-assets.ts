import {
  InvalidInputError,
  findObjectiveProblem,
  type Asset,
  type Capacity,
  type CorporateState,
  type ProgramOutcome,
  type SelectorSpec,
} from '@leaseback/domain';
import { resolveEngineConfig, type EngineConfigInput } from './engine-config.js';
import { NonFiniteQuantityError } from './engine-errors.js';
import { computeCapacity } from './capacity.js';
import { runExact } from './exact-selection.js';
import { SolverBudget } from './verified-solve.js';
import { loadExactSolver, requireExactSolver } from './exact-solver.js';
import { runGreedy } from './greedy-selection.js';
import { buildNumericErrorOutcome, buildOutcome } from './outcome-builder.js';
import { prepareSelection } from './selection-context.js';
import { buildSelectionModel } from './selection-model.js';

/**
 * Chooses which assets to sell for `spec`, with the strategy the spec names.
 * Synchronous: the greedy strategy always; the exact strategy once the solver
 * is loaded (`await loadExactSolver()` once per process, or use
 * `selectAssetsAsync`), otherwise it throws `SolverError` with code
 * `solver_not_loaded`.
 *
 * Pure: no I/O and no randomness. Greedy output is the same byte for byte
 * whatever the order of `assets`; so is exact output, apart from
 * whatever a time limit cuts (a node limit, not a clock,
 * bounds the tie-break, so a proven result does not depend on the machine).
 *
 * Never throws on valid input: an uncomputable quantity gives a `numeric_error`
 * outcome naming it. Throws `InvalidInputError` for an invalid `config` or an
 * objective the strategy cannot pursue (`min_npv_cost` with greedy, naming `spec.objective`),
 * `DuplicateAssetIdError` for repeated asset ids, `SolverError` if the solver fails.
 */
export function selectAssets(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config?: EngineConfigInput,
): ProgramOutcome {
  const resolvedConfig = resolveEngineConfig(config);
  const strategy = spec.strategy ?? 'greedy';
  const objectiveProblem = findObjectiveProblem(spec.objective, strategy);
  if (objectiveProblem !== null) throw new InvalidInputError([objectiveProblem], { subject: 'selector spec' });
  const highs = strategy === 'exact' ? requireExactSolver() : null;
  const prepared = prepareSelection(assets, corporateState, spec, resolvedConfig);
  if (!prepared.ok) return buildNumericErrorOutcome(spec, strategy, prepared.quantity, prepared.baseline, prepared.excluded);
  const context = prepared.context;
  if (highs !== null) {
    try {
      return buildOutcome(context, strategy, runExact(highs, context));
    } catch (error) {
      // Figures the solver cannot represent are a numeric error of the input, not a crash.
      if (error instanceof NonFiniteQuantityError)
        return buildNumericErrorOutcome(spec, strategy, error.quantity, context.baseline, context.excluded);
      throw error;
    }
  }
  const walk = runGreedy(context);
  if (!walk.ok) return buildNumericErrorOutcome(spec, strategy, walk.quantity, context.baseline, context.excluded);
  return buildOutcome(context, strategy, walk.result);
}

/**
 * `selectAssets` for either strategy, loading the solver first when the spec
 * asks for `exact` (once per process; later calls reuse it).
 */
export async function selectAssetsAsync(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config?: EngineConfigInput,
): Promise<ProgramOutcome> {
  if ((spec.strategy ?? 'greedy') === 'exact') await loadExactSolver();
  return selectAssets(assets, corporateState, spec, config);
}

/**
 * Capacity: the largest cash proceeds any set of eligible assets reaches while
 * keeping every covenant of `spec`, with the set (ids sorted), found exactly
 * with the MILP solver (`proven_optimal` false only when the time limit cut
 * the search). The target does not constrain it, except that the market-share
 * cap stays `max_market_share x target_amount` per market, as the spec states
 * it. Capacity 0 with no assets means no set keeps every covenant.
 *
 * Throws `NonFiniteQuantityError` (code `numeric_error`) when the figures
 * overflow, `DuplicateAssetIdError`, `InvalidInputError` for a bad config.
 */
export async function maxProceeds(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config?: EngineConfigInput,
): Promise<Capacity> {
  await loadExactSolver();
  const resolvedConfig = resolveEngineConfig(config);
  const prepared = prepareSelection(assets, corporateState, spec, resolvedConfig);
  if (!prepared.ok) throw new NonFiniteQuantityError(prepared.quantity, 'is not a finite number');
  const context = prepared.context;
  const budget = new SolverBudget(resolvedConfig.exact.time_limit_ms / 1000);
  return computeCapacity(requireExactSolver(), context, buildSelectionModel(context), budget).capacity;
}
