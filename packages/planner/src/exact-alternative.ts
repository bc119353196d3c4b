import type { ProgramOutcome, ProgramRequest, SelectorSpec } from '@leaseback/domain';
import type { PlannerConfig } from './planner-config.js';
import { OVERSHOOT_SHARE, type ExactAlternative } from './plan-notices.js';
import { runEngine } from './run-engine.js';

/**
 * Portfolios up to this many assets get the exact strategy's answer in a greedy
 * overshoot notice: the 0-1 program is small enough to prove optimal quickly
 * (the 34-asset example already takes seconds of CPU to prove, ties included).
 * Larger ones get the advice to try `exact` instead, without the figure.
 */
export const EXACT_ALTERNATIVE_MAX_ASSETS = 24;

/**
 * What the exact strategy would raise for the same spec, computed only when it is
 * worth saying and cheap: a greedy `ok` outcome that overshoots its target by more
 * than `OVERSHOOT_SHARE`, on a portfolio of at most `EXACT_ALTERNATIVE_MAX_ASSETS`.
 * Null otherwise, and when the solver does not prove its answer optimal (an
 * unproven figure would depend on the machine's speed).
 */
export async function exactAlternative(
  request: ProgramRequest,
  spec: SelectorSpec,
  outcome: ProgramOutcome,
  config: PlannerConfig,
  signal?: AbortSignal,
): Promise<ExactAlternative | null> {
  if (outcome.status !== 'ok' || outcome.strategy !== 'greedy') return null;
  if (outcome.proceeds <= outcome.target_amount * (1 + OVERSHOOT_SHARE)) return null;
  if (request.assets.length > EXACT_ALTERNATIVE_MAX_ASSETS || signal?.aborted) return null;
  try {
    const exact = await runEngine(
      request.assets,
      request.corporate_state,
      { ...spec, strategy: 'exact' },
      { ...config, compute_capacity: false },
      signal,
    );
    if (exact.status !== 'ok' || exact.solver?.proven_optimal !== true) return null;
    return { proceeds: exact.proceeds, assetCount: exact.selected_asset_ids.length };
  } catch {
    // The figure is advice on top of a complete answer; a solver that cannot run leaves the advice without it.
    return null;
  }
}
