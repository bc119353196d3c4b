import type { Notice } from '@leaseback/domain';
import { formatMoney, formatShare } from './format-figures.js';

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

/** A target assumed because a brief states none, with the sentence that says so. */
export interface DefaultTarget {
  readonly amount: number;
  readonly assumption: string;
}

/**
 * The target assumed when a brief states no amount: `target_fraction_of_potential_proceeds`
 * of the portfolio's potential proceeds, rounded to `target_rounding` (or unrounded when
 * too small to round, or one rounding step when the portfolio shows no proceeds). The
 * offline reader and the provider clients both use it and both report it as a
 * `target_defaulted` notice, so that a plan refuses the brief (`target_missing`) whoever read it.
 */
export function defaultTarget(totalPotentialProceeds: number, defaults: OfflineDefaults = OFFLINE_DEFAULTS): DefaultTarget {
  const fraction = defaults.target_fraction_of_potential_proceeds;
  const share = formatShare(fraction);
  const raw = Number.isFinite(totalPotentialProceeds) ? totalPotentialProceeds * fraction : 0;
  const rounded = Math.round(raw / defaults.target_rounding) * defaults.target_rounding;
  if (rounded > 0) {
    return {
      amount: rounded,
      assumption: `target not stated: assumed ${formatMoney(rounded)}, ${share} of the portfolio's potential proceeds of ${formatMoney(totalPotentialProceeds)}, rounded to the nearest ${formatMoney(defaults.target_rounding)} (default)`,
    };
  }
  if (raw > 0) {
    return {
      amount: raw,
      assumption: `target not stated: assumed ${formatMoney(raw)}, ${share} of the portfolio's potential proceeds of ${formatMoney(totalPotentialProceeds)} (too small to round to ${formatMoney(defaults.target_rounding)}) (default)`,
    };
  }
  return {
    amount: defaults.target_rounding,
    assumption: `target not stated and the portfolio shows no potential proceeds: assumed ${formatMoney(defaults.target_rounding)} (default)`,
  };
}

/** The notice that says a target was assumed: a plan refuses such a spec, capacity compares against none. */
export function targetDefaultedNotice(assumption: string): Notice {
  return { code: 'target_defaulted', severity: 'warning', message: assumption, field: 'target_amount' };
}
