import { z } from 'zod';
import { parseInput } from '@leaseback/domain';

/**
 * Settings of the exact strategy and of `maxProceeds`. Field names are snake_case
 * so the same object can come from a TOML file or an environment variable.
 */
export const ExactSolverConfigSchema = z.strictObject({
  /** Wall-clock budget of one exact selection (all of its solver calls), in milliseconds. */
  time_limit_ms: z.number().gt(0, 'must be > 0').max(3_600_000, 'must be at most one hour').default(10_000),
  /**
   * Absolute optimality gap handed to the solver, as a share of the target
   * amount (money is scaled so that the target is 1): "proven optimal" means no
   * valid set raises less than the answer minus this share of the target ($15
   * on a $150M target by default). The relative gap is always 0: a solver's
   * default relative gap (1e-4) would stop at a near-optimal set and still call
   * it optimal. Much smaller gaps make the proof a needle-in-a-haystack search
   * (minimising proceeds above a target is a subset-sum problem).
   */
  absolute_gap: z.number().min(0, 'must be >= 0').max(1e-3, 'must be at most 1e-3').default(1e-7),
  /**
   * Upper bound on the solver calls spent making the tie-break among sets with
   * the same proceeds and criticality lexicographic by asset id. Ties are rare;
   * the bound keeps a pathological instance (many identical assets) finite.
   */
  max_tie_break_solves: z.number().int().min(0, 'must be >= 0').max(10_000, 'must be at most 10000').default(64),
  /**
   * Branch-and-bound node limit of each tie-break solve. A node limit (not a
   * time limit) keeps the tie-break deterministic on every machine.
   */
  tie_break_max_nodes: z.number().int().min(1, 'must be >= 1').max(1_000_000, 'must be at most 1000000').default(1_000),
  /**
   * Largest number of eligible assets for which ties are broken by solving
   * further programs. Above it (where each such solve costs seconds and rarely
   * proves anything) ties are broken among interchangeable assets only.
   */
  tie_break_max_assets: z.number().int().min(0, 'must be >= 0').max(100_000, 'must be at most 100000').default(40),
  /**
   * Largest number of eligible assets solved by the combinatorial search
   * (meet in the middle, exact, ties included) instead of HiGHS; 0 always
   * uses HiGHS. At most 56, the most the search takes.
   */
  combinatorial_max_assets: z.number().int().min(0, 'must be >= 0').max(56, 'must be at most 56').default(56),
  /**
   * Largest number of eligible assets for which an objective other than
   * proceeds (`min_npv_cost`) is solved by branch and bound (exact, ties
   * included) instead of HiGHS; 0 always uses HiGHS. At most 2,000: the search
   * is depth-first, one stack frame per asset.
   */
  /**
   * `by_size` (default): the combinatorial search or branch and bound where
   * they apply, a set within the gap of the target proving itself, HiGHS for
   * the rest; `highs`: HiGHS for every program (from the same greedy start),
   * the baseline the benchmark measures the choice by size against.
   */
  method: z.enum(['by_size', 'highs']).default('by_size'),
  branch_and_bound_max_assets: z.number().int().min(0, 'must be >= 0').max(2_000, 'must be at most 2000').default(2_000),
});
/** Validated exact-strategy settings. */
export type ExactSolverConfig = z.output<typeof ExactSolverConfigSchema>;

/** Settings of the engine. Every field has a default; `{}` is a valid config. */
export const EngineConfigSchema = z.strictObject({
  /**
   * Relative tolerance of every comparison against a limit or the target, so
   * that a covenant met exactly (up to floating-point rounding) holds.
   */
  relative_tolerance: z.number().min(0, 'must be >= 0').max(1e-3, 'must be at most 1e-3').default(1e-9),
  exact: ExactSolverConfigSchema.default(() => ExactSolverConfigSchema.parse({})),
});
/** A validated engine config (defaults applied). */
export type EngineConfig = z.output<typeof EngineConfigSchema>;
/** An engine config as a caller may write it (every field optional). */
export type EngineConfigInput = z.input<typeof EngineConfigSchema>;

/** The defaults: relative tolerance 1e-9, exact time limit 10 s, absolute gap 1e-7 of the target, tie-break by solving up to 40 eligible assets, bounded at 64 solves of 1000 nodes. */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = Object.freeze(EngineConfigSchema.parse({}));

/**
 * Validates a config, applying defaults. `undefined` gives the defaults without
 * parsing. Throws `InvalidInputError` (code `invalid_input`) listing every problem.
 */
export function resolveEngineConfig(config?: EngineConfigInput): EngineConfig {
  if (config === undefined) return DEFAULT_ENGINE_CONFIG;
  return withTimeLimitOnly(config) ?? parseInput(EngineConfigSchema, config, { root: 'config', subject: 'engine config' });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * The parsed config when `config` is `{ exact: { time_limit_ms } }` with a time
 * limit the schema accepts, built from the defaults without parsing (the same
 * value, keys in the same order); `undefined` for anything else, which the
 * schema then judges. Why: the planner hands the engine exactly this on every
 * solve, and parsing it was about 1 % of a write's CPU.
 */
function withTimeLimitOnly(config: EngineConfigInput): EngineConfig | undefined {
  if (!isPlainObject(config)) return undefined;
  const exact = config['exact'];
  if (!isPlainObject(exact) || Object.keys(config).length !== 1 || Object.keys(exact).length !== 1) return undefined;
  const limit = exact['time_limit_ms'];
  if (typeof limit !== 'number' || !(limit > 0 && limit <= 3_600_000)) return undefined;
  return { relative_tolerance: DEFAULT_ENGINE_CONFIG.relative_tolerance, exact: { ...DEFAULT_ENGINE_CONFIG.exact, time_limit_ms: limit } };
}
