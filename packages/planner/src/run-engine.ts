import type { Asset, CorporateState, ProgramOutcome, SelectorSpec } from '@leaseback/domain';
import { selectAssets } from '@leaseback/engine';
import type { PlannerConfig } from './planner-config.js';

/**
 * Runs the engine for one spec. Kept apart from the loop so that the strategy
 * (greedy now; exact and capacity through the solver) is chosen in one place.
 */
export async function runEngine(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config: PlannerConfig,
  signal?: AbortSignal,
): Promise<ProgramOutcome> {
  void config;
  void signal;
  return selectAssets(assets, corporateState, spec);
}
