import { LeasebackError, type Asset, type CorporateState, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import { resolveEngineConfig, type EngineConfigInput } from './engine-config.js';
import { runGreedy } from './greedy-selection.js';
import { buildNumericErrorOutcome, buildOutcome } from './outcome-builder.js';
import { prepareSelection } from './selection-context.js';

/**
 * Chooses which assets to sell for `spec`: a pure function of its inputs (no
 * I/O, clock or randomness) whose output is the same byte for byte whatever
 * the order of `assets`.
 *
 * Never throws on valid input: an uncomputable quantity gives a `numeric_error`
 * outcome naming it. Throws `InvalidInputError` for an invalid `config` and
 * `DuplicateAssetIdError` for repeated asset ids.
 */
export function selectAssets(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config?: EngineConfigInput,
): ProgramOutcome {
  const resolvedConfig = resolveEngineConfig(config);
  const strategy = spec.strategy ?? 'greedy';
  if (strategy !== 'greedy') {
    throw new LeasebackError('strategy_not_available', `the ${strategy} strategy is not available yet`);
  }
  const prepared = prepareSelection(assets, corporateState, spec, resolvedConfig);
  if (!prepared.ok) return buildNumericErrorOutcome(spec, strategy, prepared.quantity, prepared.baseline, prepared.excluded);
  const walk = runGreedy(prepared.context);
  if (!walk.ok) {
    return buildNumericErrorOutcome(spec, strategy, walk.quantity, prepared.context.baseline, prepared.context.excluded);
  }
  return buildOutcome(prepared.context, strategy, walk.result);
}
