import { SelectorSpecSchema, type AssetFilters, type HardConstraints, type Notice, type SelectorSpec } from '@leaseback/domain';
import type { AssetSummary } from '../llm-client.js';
import { formatRatio } from './format-figures.js';
import { defaultTarget, targetDefaultedNotice, type OfflineDefaults } from './offline-defaults.js';
import type { BriefReading } from './read-brief.js';
import { economicsSpecFields } from './read-economics.js';

/** A spec built from a reading, with what was assumed and what was not understood. */
export interface SpecFromBrief {
  readonly spec: SelectorSpec;
  readonly assumptions: string[];
  readonly unrecognized: string[];
  /** What a caller should see first: defaults applied (the target included), places and assets resolved. */
  readonly notices: Notice[];
}

/**
 * Turns a reading into a complete, validated `SelectorSpec`, filling what the
 * brief did not say from `defaults` and recording each default in
 * `assumptions`: net leverage at most 4.0x, coverage at least 1.5x, and a target
 * of 25 % of the portfolio's potential proceeds rounded to the nearest $1M.
 * The floor is left unset when the brief gives none (the planner's own default
 * applies). Strategy is `greedy` unless the brief asks for `exact`.
 */
export function specFromBrief(reading: BriefReading, assetSummary: AssetSummary, defaults: OfflineDefaults): SpecFromBrief {
  const assumptions = [...reading.notes];
  const notices: Notice[] = [...reading.notices];

  let target = reading.target_amount;
  if (target === undefined) {
    const assumed = defaultTarget(assetSummary.total_potential_proceeds, defaults);
    target = assumed.amount;
    assumptions.push(assumed.assumption);
    notices.push(targetDefaultedNotice(assumed.assumption));
  }

  let maxNetLeverage = reading.max_net_leverage;
  if (maxNetLeverage === undefined) {
    maxNetLeverage = defaults.max_net_leverage;
    assumptions.push(`net leverage limit not stated: assumed at most ${formatRatio(maxNetLeverage)} (default)`);
    notices.push({
      code: 'covenant_defaulted',
      severity: 'info',
      message: `net leverage limit not stated: at most ${formatRatio(maxNetLeverage)} assumed (default)`,
      field: 'hard_constraints.max_net_leverage',
    });
  }
  let minCoverage = reading.min_fixed_charge_coverage;
  if (minCoverage === undefined) {
    minCoverage = defaults.min_fixed_charge_coverage;
    assumptions.push(`fixed charge coverage limit not stated: assumed at least ${formatRatio(minCoverage)} (default)`);
    notices.push({
      code: 'covenant_defaulted',
      severity: 'info',
      message: `fixed-charge coverage limit not stated: at least ${formatRatio(minCoverage)} assumed (default)`,
      field: 'hard_constraints.min_fixed_charge_coverage',
    });
  }

  const hardConstraints: HardConstraints = {
    max_net_leverage: maxNetLeverage,
    min_fixed_charge_coverage: minCoverage,
    ...(reading.max_lease_adjusted_leverage === undefined ? {} : { max_lease_adjusted_leverage: reading.max_lease_adjusted_leverage }),
    ...(reading.max_market_share === undefined ? {} : { max_market_share: reading.max_market_share }),
    ...(reading.max_rent_added === undefined ? {} : { max_rent_added: reading.max_rent_added }),
  };
  const assetFilters: AssetFilters = {
    ...(reading.max_criticality === undefined ? {} : { max_criticality: reading.max_criticality }),
    ...(reading.min_leaseability === undefined ? {} : { min_leaseability: reading.min_leaseability }),
    ...(reading.asset_types === undefined ? {} : { asset_types: reading.asset_types }),
    ...(reading.include_markets === undefined ? {} : { include_markets: reading.include_markets }),
    ...(reading.exclude_markets === undefined ? {} : { exclude_markets: reading.exclude_markets }),
    ...(reading.exclude_asset_ids === undefined ? {} : { exclude_asset_ids: reading.exclude_asset_ids }),
    ...(reading.exclude_mortgaged === true ? { exclude_mortgaged: true } : {}),
  };
  const { strategy: economicsStrategy, ...economics } = economicsSpecFields(reading.economics, reading.strategy, assumptions);
  const spec = SelectorSpecSchema.parse({
    program_type: 'slb',
    target_amount: target,
    ...(reading.floor_amount === undefined ? {} : { floor_amount: reading.floor_amount }),
    hard_constraints: hardConstraints,
    asset_filters: assetFilters,
    strategy: economicsStrategy ?? reading.strategy ?? 'greedy',
    ...economics,
  });
  return { spec, assumptions, unrecognized: [...reading.unrecognized], notices };
}
