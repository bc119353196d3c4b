export { computeMetrics } from './compute-metrics.js';
export { maxProceeds, selectAssets, selectAssetsAsync } from './select-assets.js';
export { isExactSolverLoaded, loadExactSolver } from './exact-solver.js';
export {
  DEFAULT_ENGINE_CONFIG,
  EngineConfigSchema,
  ExactSolverConfigSchema,
  resolveEngineConfig,
  type EngineConfig,
  type EngineConfigInput,
  type ExactSolverConfig,
} from './engine-config.js';
export { DuplicateAssetIdError, NonFiniteQuantityError, SolverError, UnknownAssetError } from './engine-errors.js';
export { formatMoney, formatPercent, formatRatio } from './format-numbers.js';
export { computeAssetProceeds, computePortfolioProceeds, type AssetProceeds } from './asset-proceeds.js';
export { capacityNode } from './capacity.js';
