import type { Asset, Capacity, CorporateState, ProgramOutcome, SelectorSpec } from '@leaseback/domain';
import { maxProceeds, selectAssetsAsync, type EngineConfigInput } from '@leaseback/engine';

/**
 * Where the engine's work runs. The planner calls the engine only through
 * this, so a server can move the CPU-heavy solves off its event loop (a pool of
 * worker threads) while the CLI runs them inline. `signal` asks a runner to
 * stop: a worker pool stops the solve itself; the inline runner can only refuse
 * to start one.
 */
export interface EngineRunner {
  /** `selectAssetsAsync` of `@leaseback/engine`. */
  selectAssets(
    assets: readonly Asset[],
    corporateState: CorporateState,
    spec: SelectorSpec,
    config: EngineConfigInput,
    signal?: AbortSignal,
  ): Promise<ProgramOutcome>;
  /** `maxProceeds` of `@leaseback/engine` (capacity). */
  maxProceeds(
    assets: readonly Asset[],
    corporateState: CorporateState,
    spec: SelectorSpec,
    config: EngineConfigInput,
    signal?: AbortSignal,
  ): Promise<Capacity>;
}

/** Runs the engine on the calling thread (the CLI, tests). */
export const inlineEngineRunner: EngineRunner = {
  async selectAssets(assets, corporateState, spec, config, signal) {
    signal?.throwIfAborted();
    return selectAssetsAsync(assets, corporateState, spec, config);
  },
  async maxProceeds(assets, corporateState, spec, config, signal) {
    signal?.throwIfAborted();
    return maxProceeds(assets, corporateState, spec, config);
  },
};
