import type { SelectorSpecInput } from '@leaseback/domain';
import type { AssetSummary } from '../../llm-client.js';

/**
 * The portfolio the brief table is read against: nine markets (three of them in
 * Texas), every asset type but `other`, and potential proceeds of $1,203.4M, so
 * that the default target is 25 % = $300.85M, rounded to $301M.
 */
export const BRIEF_TABLE_SUMMARY: AssetSummary = {
  asset_count: 40,
  markets: ['Atlanta', 'Austin', 'Chicago', 'Columbus', 'Dallas', 'Houston', 'Inland Empire', 'Newark', 'Phoenix'],
  asset_types: ['data_center', 'distribution_center', 'lab', 'manufacturing', 'office', 'retail', 'warehouse'],
  total_potential_proceeds: 1_203_400_000,
  baseline: { ebitda: 420_000_000, net_debt: 1_260_000_000, net_leverage: 3, fixed_charge_coverage: 4.29 },
  text: '40 sites in nine markets',
};

/** A documented default the parser must apply (and record) for a brief. */
export type AssumedDefault = 'target' | 'max_net_leverage' | 'min_fixed_charge_coverage';

/** One brief, the exact spec it must yield, and what must be reported about it. */
export interface BriefCase {
  readonly name: string;
  readonly brief: string;
  readonly spec: SelectorSpecInput;
  /** Phrases reported as not understood (default: none). */
  readonly unrecognized?: readonly string[];
  /** Defaults the brief leaves to the parser (default: none). */
  readonly assumed?: readonly AssumedDefault[];
}

/** Shorthand for the covenants every spec carries. */
function covenants(
  maxNetLeverage: number,
  minFixedChargeCoverage: number,
  extra: { max_lease_adjusted_leverage?: number; max_market_share?: number } = {},
) {
  return { max_net_leverage: maxNetLeverage, min_fixed_charge_coverage: minFixedChargeCoverage, ...extra };
}

const ALL_BUT = (excluded: readonly string[]) =>
  (['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center', 'lab'] as const).filter(
    (assetType) => !excluded.includes(assetType),
  );

/**
 * Briefs written the way treasury teams write them, each with the spec worked
 * out by hand from the documented vocabulary (docs: packages/llm/README.md).
 */
export const BRIEF_CASES: readonly BriefCase[] = [
  // Amounts in every common form.
  {
    name: '$50M, DCs, leverage below, FCCR above',
    brief: 'Raise $50M from distribution centers, keep net leverage below 3.5x and FCCR above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['distribution_center'] },
    },
  },
  {
    name: '$50 million, "DCs", coverage of at least',
    brief: 'We need $50 million from our DCs; net leverage under 3.5x; coverage of at least 2x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 2),
      asset_filters: { asset_types: ['distribution_center'] },
    },
  },
  {
    name: '50mm, max leverage, minimum coverage',
    brief: 'Target 50mm of proceeds from warehouses, max leverage 4x, minimum coverage 1.75x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(4, 1.75),
      asset_filters: { asset_types: ['warehouse'] },
    },
  },
  {
    name: '$1.2bn, no higher than, >=',
    brief: 'Raise $1.2bn across the portfolio with leverage no higher than 3.75x and fixed charge coverage >= 1.8x.',
    spec: { program_type: 'slb', target_amount: 1_200_000_000, hard_constraints: covenants(3.75, 1.8) },
  },
  {
    name: '$12,500,000 from retail stores',
    brief: 'Generate $12,500,000 from retail stores, leverage below 3x, FCCR of at least 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 12_500_000,
      hard_constraints: covenants(3, 1.5),
      asset_filters: { asset_types: ['retail'] },
    },
  },
  {
    name: 'USD 40m, plants and factories, turns',
    brief: 'USD 40m from plants and factories, keep leverage under 4 turns, coverage above 2x.',
    spec: {
      program_type: 'slb',
      target_amount: 40_000_000,
      hard_constraints: covenants(4, 2),
      asset_filters: { asset_types: ['manufacturing'] },
    },
  },
  {
    name: '40 million dollars, HQ, net debt/EBITDA',
    brief: 'We want 40 million dollars from offices and HQ buildings; net debt/EBITDA below 3.25x; FCCR at least 1.6x.',
    spec: {
      program_type: 'slb',
      target_amount: 40_000_000,
      hard_constraints: covenants(3.25, 1.6),
      asset_filters: { asset_types: ['office'] },
    },
  },
  {
    name: '$750k from R&D labs',
    brief: 'A $750k sale-leaseback from our R&D labs, leverage under 3.5x, coverage over 1.5x.',
    spec: { program_type: 'slb', target_amount: 750_000, hard_constraints: covenants(3.5, 1.5), asset_filters: { asset_types: ['lab'] } },
  },
  {
    name: 'fifty million in words',
    brief: 'Raise fifty million dollars from warehouses with leverage under 3.5x and coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['warehouse'] },
    },
  },
  {
    name: '$42.5M with explicit scores',
    brief:
      'Raise $42.5M from warehouses, criticality at most 0.65, leaseability of at least 0.55, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 42_500_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.65, min_leaseability: 0.55, asset_types: ['warehouse'] },
    },
  },
  {
    name: '$1.5 billion, <= and >=, keep our DCs',
    brief: 'Raise $1.5 billion, leverage <= 3.5x, coverage >= 2x, keep our DCs.',
    spec: {
      program_type: 'slb',
      target_amount: 1_500_000_000,
      hard_constraints: covenants(3.5, 2),
      asset_filters: { asset_types: ALL_BUT(['distribution_center']) },
    },
  },
  // Floors.
  {
    name: 'only a minimum: target is the floor',
    brief: 'Raise at least $40M from data centers; leverage under 4x; coverage above 2x.',
    spec: {
      program_type: 'slb',
      target_amount: 40_000_000,
      floor_amount: 40_000_000,
      hard_constraints: covenants(4, 2),
      asset_filters: { asset_types: ['data_center'] },
    },
  },
  {
    name: 'target and "no less than" floor',
    brief: 'Raise $50M, no less than $40M, leverage below 3.5x, FCCR above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, floor_amount: 40_000_000, hard_constraints: covenants(3.5, 1.5) },
  },
  {
    name: 'target and "minimum" floor',
    brief: 'Target $60M with a minimum $45M, leverage under 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 60_000_000, floor_amount: 45_000_000, hard_constraints: covenants(3.5, 1.5) },
  },
  {
    name: 'floor written after the amount',
    brief: 'Raise $50M, $40M minimum, leverage under 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, floor_amount: 40_000_000, hard_constraints: covenants(3.5, 1.5) },
  },
  {
    name: 'floor as how low the ask may go',
    brief: 'Raise $50M but we could go down to $40M, leverage under 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, floor_amount: 40_000_000, hard_constraints: covenants(3.5, 1.5) },
  },
  {
    name: 'floor as a share of the target',
    brief: 'Target $60M, floor of 75% of the target, leverage under 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 60_000_000, floor_amount: 45_000_000, hard_constraints: covenants(3.5, 1.5) },
  },
  {
    name: 'range with "between"',
    brief: 'Raise between $40M and $55M from warehouses.',
    spec: {
      program_type: 'slb',
      target_amount: 55_000_000,
      floor_amount: 40_000_000,
      hard_constraints: covenants(4, 1.5),
      asset_filters: { asset_types: ['warehouse'] },
    },
    assumed: ['max_net_leverage', 'min_fixed_charge_coverage'],
  },
  {
    name: 'range with a shared scale',
    brief: '$30-35M from stores, leverage under 3.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 35_000_000,
      floor_amount: 30_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['retail'] },
    },
    assumed: ['min_fixed_charge_coverage'],
  },
  // Covenants.
  {
    name: 'lease-adjusted leverage beside net leverage',
    brief: 'Raise $80M, keep leverage under 4 turns and lease-adjusted leverage under 5x, FCCR of at least 1.5x.',
    spec: { program_type: 'slb', target_amount: 80_000_000, hard_constraints: covenants(4, 1.5, { max_lease_adjusted_leverage: 5 }) },
  },
  {
    name: 'max lease-adjusted and max leverage',
    brief: 'Raise $50M, max lease-adjusted leverage 5.5x, max leverage 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(3.5, 1.5, { max_lease_adjusted_leverage: 5.5 }) },
  },
  {
    name: 'at or below, market share "from any one market"',
    brief: '$100M program: net leverage at or below 3.5x, coverage >= 1.8x, no more than 40% from any one market.',
    spec: { program_type: 'slb', target_amount: 100_000_000, hard_constraints: covenants(3.5, 1.8, { max_market_share: 0.4 }) },
  },
  {
    name: 'market share "no single market above"',
    brief: 'Raise $75M with no single market above 30%, leverage below 3.5x, FCCR above 1.5x.',
    spec: { program_type: 'slb', target_amount: 75_000_000, hard_constraints: covenants(3.5, 1.5, { max_market_share: 0.3 }) },
  },
  {
    name: 'number before the metric, trailing max/minimum',
    brief: 'Raise $50M from stores at 3.5x max leverage and 2x minimum coverage.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 2),
      asset_filters: { asset_types: ['retail'] },
    },
  },
  {
    name: 'no lower than, not to exceed',
    brief: '$20M; FCCR no lower than 1.4x; leverage not to exceed 3.8x.',
    spec: { program_type: 'slb', target_amount: 20_000_000, hard_constraints: covenants(3.8, 1.4) },
  },
  // Markets.
  {
    name: 'include two markets',
    brief: 'Raise $90M from distribution centers in Dallas and Atlanta, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 90_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['distribution_center'], include_markets: ['Atlanta', 'Dallas'] },
    },
  },
  {
    name: 'only one market',
    brief: 'Only Phoenix: $20M from warehouses, max leverage 4x, min FCCR 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 20_000_000,
      hard_constraints: covenants(4, 1.5),
      asset_filters: { asset_types: ['warehouse'], include_markets: ['Phoenix'] },
    },
  },
  {
    name: 'exclude two markets',
    brief: 'Raise $60M but exclude Dallas and Houston; leverage below 3.5x; coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 60_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_markets: ['Dallas', 'Houston'] },
    },
  },
  {
    name: 'outside a market',
    brief: 'Raise $60M outside Chicago, leverage below 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 60_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_markets: ['Chicago'] },
    },
  },
  {
    name: 'not in a market, lower case',
    brief: '$45M, not in newark, leverage under 3.5x, FCCR at least 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 45_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_markets: ['Newark'] },
    },
  },
  {
    name: 'avoid two markets, one of two words',
    brief: 'Raise $70M and avoid Phoenix and the Inland Empire, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 70_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_markets: ['Inland Empire', 'Phoenix'] },
    },
  },
  {
    name: 'outside a state',
    brief: 'Raise $100M from assets outside Texas, leverage below 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 100_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_markets: ['Austin', 'Dallas', 'Houston'] },
    },
  },
  {
    name: 'only in a state',
    brief: 'Raise $40M only in Texas, leverage under 3.5x, FCCR above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 40_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { include_markets: ['Austin', 'Dallas', 'Houston'] },
    },
  },
  {
    name: 'nothing outside a state',
    brief: 'Raise $50M, nothing outside Texas, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { include_markets: ['Austin', 'Dallas', 'Houston'] },
    },
  },
  {
    name: 'a state and a market excluded',
    brief: 'Raise USD 40m, keep net leverage below 3.5x, FCCR of at least 1.5x, outside Texas and not in Newark.',
    spec: {
      program_type: 'slb',
      target_amount: 40_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_markets: ['Austin', 'Dallas', 'Houston', 'Newark'] },
    },
  },
  {
    name: 'market and types together',
    brief: 'Raise $50M from Dallas DCs and warehouses, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['distribution_center', 'warehouse'], include_markets: ['Dallas'] },
    },
  },
  // Criticality.
  {
    name: 'nothing mission-critical',
    brief: 'Raise $55M, nothing mission-critical, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 55_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.7 },
    },
  },
  {
    name: 'no mission-critical sites',
    brief: 'Raise $55M with no mission-critical sites, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 55_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.7 },
    },
  },
  {
    name: 'avoid critical sites',
    brief: 'Raise $35M and avoid critical sites; leverage under 3.5x; coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 35_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.7 },
    },
  },
  {
    name: 'non-core assets only',
    brief: 'Raise $25M from non-core assets only, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 25_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.5 },
    },
  },
  {
    name: 'only non-core offices',
    brief: 'Only non-core offices: $25M, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 25_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.5, asset_types: ['office'] },
    },
  },
  {
    name: 'explicit criticality',
    brief: 'Raise $30M with criticality below 0.6, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 30_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { max_criticality: 0.6 },
    },
  },
  // Leaseability.
  {
    name: 'only easily re-lettable sites',
    brief: 'Raise $30M from only easily re-lettable sites, leverage below 3.5x, FCCR above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 30_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { min_leaseability: 0.7 },
    },
  },
  {
    name: 'highly leasable warehouses',
    brief: 'Raise $30M from highly leasable warehouses, leverage below 3.5x, FCCR above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 30_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { min_leaseability: 0.7, asset_types: ['warehouse'] },
    },
  },
  {
    name: 'generic boxes only',
    brief: 'Generic boxes only, $45M, leverage below 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 45_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { min_leaseability: 0.7 },
    },
  },
  {
    name: 're-lettable alone',
    brief: 'Raise $30M from re-lettable sites, leverage below 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 30_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { min_leaseability: 0.5 },
    },
  },
  {
    name: 'explicit leaseability',
    brief: 'Raise $30M with leaseability above 0.4, leverage below 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 30_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { min_leaseability: 0.4 },
    },
  },
  // Asset types.
  {
    name: 'labs, R&D sites and data centers',
    brief: 'Raise $50M from labs and R&D sites and data centers, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['data_center', 'lab'] },
    },
  },
  {
    name: 'logistics facilities and shops',
    brief: 'Raise $65M from logistics facilities and shops, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 65_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['distribution_center', 'retail'] },
    },
  },
  {
    name: 'every type but offices',
    brief: 'Raise $50M, no offices, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ALL_BUT(['office']) },
    },
  },
  // Strategy and asset ids.
  {
    name: 'optimal set',
    brief: 'Find the optimal set of assets to raise $50M, leverage under 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(3.5, 1.5), strategy: 'exact' },
  },
  {
    name: 'minimum overshoot',
    brief: 'Raise $50M with minimum overshoot, leverage under 3.5x, coverage above 1.5x.',
    // The least overshoot is the minimum-proceeds objective, stated; the exact strategy is the one it steers.
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      strategy: 'exact',
      objective: 'min_proceeds',
    },
  },
  {
    name: 'except one asset',
    brief: 'Raise $50M except asset DAL-01, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_asset_ids: ['DAL-01'] },
    },
  },
  {
    name: 'excluding two assets',
    brief: 'Raise $50M excluding assets DAL-01 and HOU-02, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 50_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { exclude_asset_ids: ['DAL-01', 'HOU-02'] },
    },
  },
  // Defaults and what is reported.
  {
    name: 'amount only: default covenants',
    brief: 'Raise $40M.',
    spec: { program_type: 'slb', target_amount: 40_000_000, hard_constraints: covenants(4, 1.5) },
    assumed: ['max_net_leverage', 'min_fixed_charge_coverage'],
  },
  {
    name: 'no amount: default target',
    brief: 'Sell some warehouses.',
    spec: {
      program_type: 'slb',
      target_amount: 301_000_000,
      hard_constraints: covenants(4, 1.5),
      asset_filters: { asset_types: ['warehouse'] },
    },
    assumed: ['target', 'max_net_leverage', 'min_fixed_charge_coverage'],
  },
  {
    name: "one market's office cannot be said in a spec",
    brief: 'Raise $50M, keep leverage under 3.5x, FCCR of at least 1.5x, and keep our Chicago HQ.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(3.5, 1.5) },
    unrecognized: ['keep our Chicago HQ'],
  },
  {
    name: 'an instruction outside the vocabulary',
    brief: 'Raise $50M, keep leverage under 3.5x and coverage above 1.5x, and sell to a REIT by year end.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(3.5, 1.5) },
    unrecognized: ['REIT by year end'],
  },
  {
    name: 'interest coverage is not fixed charge coverage',
    brief: 'Raise $50M, interest coverage above 3x, leverage under 3.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(3.5, 1.5) },
    unrecognized: ['interest coverage above 3x'],
    assumed: ['min_fixed_charge_coverage'],
  },
  {
    name: 'leverage pointing the wrong way is reported, not flipped',
    brief: 'Raise $50M with leverage above 3x and coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(4, 1.5) },
    unrecognized: ['leverage above 3x'],
    assumed: ['max_net_leverage'],
  },
  {
    name: 'background figures are not the ask',
    brief: 'We have $300M of debt and need to raise $45M from warehouses, leverage under 3.5x, coverage above 1.5x.',
    spec: {
      program_type: 'slb',
      target_amount: 45_000_000,
      hard_constraints: covenants(3.5, 1.5),
      asset_filters: { asset_types: ['warehouse'] },
    },
    unrecognized: ['$300M of debt'],
  },
  {
    name: 'a market the portfolio does not hold',
    brief: 'Raise $50M in Boston, leverage under 3.5x, coverage above 1.5x.',
    spec: { program_type: 'slb', target_amount: 50_000_000, hard_constraints: covenants(3.5, 1.5) },
    unrecognized: ['Boston (not a market in the portfolio)'],
  },
];
