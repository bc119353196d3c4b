import type { SelectorSpec } from '@leaseback/domain';

/**
 * The "re-lettable $250M" brief of the example portfolio: no floor given, so the
 * default floor is 80 % of $250M = $200M.
 */
export const relettableOriginal: SelectorSpec = {
  program_type: 'slb',
  target_amount: 250_000_000,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8, max_market_share: 0.4 },
  asset_filters: { min_leaseability: 0.7, exclude_markets: ['Chicago'] },
  strategy: 'greedy',
};

/** A spec with every filter set, to exercise each list and numeric rule. */
export const fullyFilteredOriginal: SelectorSpec = {
  program_type: 'slb',
  target_amount: 150_000_000,
  floor_amount: 100_000_000,
  hard_constraints: {
    max_net_leverage: 3.5,
    min_fixed_charge_coverage: 2,
    max_lease_adjusted_leverage: 4.5,
    max_market_share: 0.5,
  },
  asset_filters: {
    max_criticality: 0.5,
    min_leaseability: 0.6,
    asset_types: ['distribution_center', 'warehouse'],
    include_markets: ['Dallas', 'Houston', 'Atlanta'],
    exclude_markets: ['Chicago'],
    exclude_asset_ids: ['DAL-01', 'HOU-03'],
  },
  strategy: 'greedy',
};

/** A deep copy with changes applied by `edit`, so that fixtures are never shared. */
export function edited(spec: SelectorSpec, edit: (copy: SelectorSpec) => void): SelectorSpec {
  const copy = structuredClone(spec);
  edit(copy);
  return copy;
}
