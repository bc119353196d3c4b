import type { Asset, AssetType, CorporateState, SelectorSpec } from '@leaseback/domain';

/** A seeded pseudo-random source in [0, 1) (mulberry32): tests and benchmarks are reproducible. */
export type RandomSource = () => number;

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKETS = [
  'Dallas',
  'Atlanta',
  'Chicago',
  'Columbus',
  'Inland Empire',
  'Newark',
  'Phoenix',
  'Houston',
  'Memphis',
  'Reno',
  'Denver',
  'Charlotte',
];
const TYPES: AssetType[] = ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center', 'lab', 'other'];

function between(random: RandomSource, low: number, high: number): number {
  return low + (high - low) * random();
}

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Options of `generatePortfolio`. */
export interface GeneratorOptions {
  readonly assetCount: number;
  /** Target as a share of the total cash of all assets (drawn in this range). */
  readonly targetShare?: readonly [number, number];
  /** Share of instances with a lease-adjusted covenant. */
  readonly leaseAdjustedShare?: number;
  /** Share of instances with a market-share cap. */
  readonly marketShareShare?: number;
  /** Share of instances with criticality / leaseability filters. */
  readonly filterShare?: number;
  /** Covenant tightness: the net leverage limit is baseline x (1 + a draw in this range). */
  readonly leverageHeadroom?: readonly [number, number];
  /** The same for lease-adjusted leverage. */
  readonly leaseAdjustedHeadroom?: readonly [number, number];
  /** Cap rates are drawn in this range; above 1/k (12.5 % for k = 8) a sale raises lease-adjusted leverage. */
  readonly capRateRange?: readonly [number, number];
}

/** A generated instance: assets, corporate state and a spec. */
export interface GeneratedInstance {
  readonly assets: Asset[];
  readonly corporateState: CorporateState;
  readonly spec: SelectorSpec;
}

/**
 * Generates a plausible SLB instance: rents of $0.3M-$12M at 5-9 % cap rates,
 * a third of assets mortgaged (a few underwater), corporate figures scaled to
 * the portfolio, covenants near the baseline so that some bind.
 */
export function generatePortfolio(random: RandomSource, options: GeneratorOptions): GeneratedInstance {
  const assets: Asset[] = [];
  let totalRent = 0;
  let totalCash = 0;
  for (let index = 0; index < options.assetCount; index += 1) {
    const marketRent = roundTo(Math.exp(between(random, Math.log(300_000), Math.log(12_000_000))), 1_000);
    const capRate = roundTo(between(random, options.capRateRange?.[0] ?? 0.05, options.capRateRange?.[1] ?? 0.09), 0.0005);
    const price = marketRent / capRate;
    const mortgaged = random() < 0.3;
    const mortgage = mortgaged ? roundTo(price * between(random, 0.1, 1.05), 1_000) : 0;
    const asset: Asset = {
      asset_id: `A-${String(index).padStart(6, '0')}`,
      name: `Site ${index}`,
      asset_type: pick(random, TYPES),
      market: pick(random, MARKETS),
      market_rent: marketRent,
      cap_rate: capRate,
      book_value: roundTo(price * between(random, 0.4, 0.9), 1_000),
      criticality: roundTo(random(), 0.01),
      leaseability: roundTo(random(), 0.01),
      mortgage_balance: mortgage,
    };
    assets.push(asset);
    totalRent += marketRent;
    totalCash += Math.max(0, price * 0.98 - mortgage);
  }
  const ebitda = roundTo(totalRent * between(random, 3, 8), 1_000);
  const netDebt = roundTo(ebitda * between(random, 1.5, 3.8), 1_000);
  const interestExpense = roundTo(netDebt * between(random, 0.05, 0.08), 1_000);
  const rentExpense = roundTo(ebitda * between(random, 0, 0.1), 1_000);
  const corporateState: CorporateState = {
    ebitda,
    net_debt: netDebt,
    interest_expense: interestExpense,
    rent_expense: rentExpense,
    debt_paydown_share: random() < 0.7 ? 1 : roundTo(between(random, 0.5, 1), 0.05),
    transaction_cost_rate: 0.02,
    lease_adjustment_multiple: 8,
  };
  const baselineLeverage = netDebt / ebitda;
  const baselineCoverage = (ebitda + rentExpense) / (interestExpense + rentExpense);
  const baselineLeaseAdjusted = (netDebt + 8 * rentExpense) / (ebitda + rentExpense);
  const [headroomLow, headroomHigh] = options.leverageHeadroom ?? [-0.05, 0.3];
  const [shareLow, shareHigh] = options.targetShare ?? [0.05, 0.4];
  const hardConstraints: SelectorSpec['hard_constraints'] = {
    max_net_leverage: roundTo(baselineLeverage * (1 + between(random, headroomLow, headroomHigh)), 0.01),
    min_fixed_charge_coverage: roundTo(baselineCoverage * between(random, 0.6, 0.98), 0.01),
  };
  if (random() < (options.leaseAdjustedShare ?? 0.5)) {
    const [leaseLow, leaseHigh] = options.leaseAdjustedHeadroom ?? [-0.02, 0.3];
    hardConstraints.max_lease_adjusted_leverage = roundTo(baselineLeaseAdjusted * (1 + between(random, leaseLow, leaseHigh)), 0.01);
  }
  if (random() < (options.marketShareShare ?? 0.3)) hardConstraints.max_market_share = roundTo(between(random, 0.2, 0.6), 0.05);
  const assetFilters: SelectorSpec['asset_filters'] = {};
  if (random() < (options.filterShare ?? 0.5)) {
    assetFilters.max_criticality = roundTo(between(random, 0.6, 0.9), 0.05);
    if (random() < 0.5) assetFilters.min_leaseability = roundTo(between(random, 0.1, 0.4), 0.05);
  }
  const spec: SelectorSpec = {
    program_type: 'slb',
    target_amount: roundTo(Math.max(1_000_000, totalCash * between(random, shareLow, shareHigh)), 100_000),
    hard_constraints: hardConstraints,
    asset_filters: assetFilters,
    strategy: 'greedy',
  };
  return { assets, corporateState, spec };
}

/** A copy of `items` in a random order (Fisher-Yates with the given source). */
export function shuffle<T>(random: RandomSource, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
