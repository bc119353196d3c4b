/**
 * The documented defaults the offline client applies when a brief does not say.
 * Each use is recorded in the call's `assumptions`.
 */
export interface OfflineDefaults {
  /** Net leverage covenant when none is stated (x). */
  readonly max_net_leverage: number;
  /** Fixed-charge coverage covenant when none is stated (x). */
  readonly min_fixed_charge_coverage: number;
  /** Target as a share of the portfolio's total potential proceeds when no amount is stated. */
  readonly target_fraction_of_potential_proceeds: number;
  /** The default target is rounded to the nearest multiple of this (USD). */
  readonly target_rounding: number;
}

/** Net leverage 4.0x, coverage 1.5x, target 25 % of potential proceeds rounded to the nearest $1M. */
export const OFFLINE_DEFAULTS: OfflineDefaults = {
  max_net_leverage: 4.0,
  min_fixed_charge_coverage: 1.5,
  target_fraction_of_potential_proceeds: 0.25,
  target_rounding: 1_000_000,
};
