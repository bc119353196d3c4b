import type { Asset, Capacity, CorporateState, ProgramOutcome, SelectorSpec } from '@leaseback/domain';
import { NonFiniteQuantityError, capacityNode } from '@leaseback/engine';
import { inlineEngineRunner, type EngineRunner } from './engine-runner.js';
import type { PlannerConfig } from './planner-config.js';

/**
 * Runs the engine for one spec, with the strategy the spec names (the exact
 * solver is loaded once per process on first use). An infeasible outcome is
 * given its capacity — the most the portfolio can raise under the same
 * covenants and filters — so the reviser can aim straight at what is reachable
 * and a user sees how far off the ask is.
 */
export async function runEngine(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config: PlannerConfig,
  signal?: AbortSignal,
  engine: EngineRunner = inlineEngineRunner,
): Promise<ProgramOutcome> {
  const engineConfig = { exact: { time_limit_ms: config.solver_time_limit_ms } };
  const outcome = await engine.selectAssets(assets, corporateState, spec, engineConfig, signal);
  if (outcome.status !== 'infeasible' || outcome.capacity !== null || !config.compute_capacity || signal?.aborted) return outcome;
  let capacity: Capacity;
  try {
    capacity = await engine.maxProceeds(assets, corporateState, spec, engineConfig, signal);
  } catch (error) {
    // Capacity is added information: figures the solver cannot represent leave the outcome as the engine gave it.
    if (error instanceof NonFiniteQuantityError) return outcome;
    throw error;
  }
  return {
    ...outcome,
    capacity,
    explanation_nodes: [...outcome.explanation_nodes, capacityNode(capacity, spec.target_amount)],
  };
}
