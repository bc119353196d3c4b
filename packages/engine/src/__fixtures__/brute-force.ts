import type { Asset, CorporateState, SelectorSpec } from '@leaseback/domain';

/**
 * An independent brute-force oracle for the exact strategy: the formulas of
 * docs/domain.md written out again (not the engine's code), evaluated for every
 * subset of the eligible assets with subset sums built bit by bit.
 */
export interface BruteForceResult {
  /** Smallest proceeds over sets meeting the target and every covenant, or null. */
  readonly minimumProceeds: number | null;
  /** The ids of that set (sorted), and the second-smallest proceeds among valid sets. */
  readonly minimumIds: string[] | null;
  readonly secondProceeds: number | null;
  /** Largest proceeds over sets meeting every covenant (target ignored), or null when none does. */
  readonly maximumProceeds: number | null;
}

/** Enumerates every subset of `eligibleIds` (at most 20) and checks it with the documented formulas. */
export function bruteForce(
  assets: readonly Asset[],
  corporate: CorporateState,
  spec: SelectorSpec,
  eligibleIds: readonly string[],
  tolerance = 1e-9,
): BruteForceResult {
  if (eligibleIds.length > 20) throw new Error('too many assets for brute force');
  const byId = new Map(assets.map((asset) => [asset.asset_id, asset]));
  const eligible = eligibleIds.map((assetId) => byId.get(assetId) as Asset);
  const count = eligible.length;
  const defaultCost = corporate.transaction_cost_rate ?? 0.02;
  const gross = eligible.map((asset) => (asset.market_rent / asset.cap_rate) * (1 - (asset.transaction_cost_rate ?? defaultCost)));
  const mortgage = eligible.map((asset) => asset.mortgage_balance ?? 0);
  const cash = gross.map((value, index) => value - (mortgage[index] as number));
  const rent = eligible.map((asset) => asset.market_rent);
  const markets = [...new Set(eligible.map((asset) => asset.market.trim().toLowerCase()))];
  const marketOf = eligible.map((asset) => markets.indexOf(asset.market.trim().toLowerCase()));

  const ebitda = corporate.ebitda;
  const netDebt = corporate.net_debt;
  const interest = corporate.interest_expense;
  const baseRent = corporate.rent_expense;
  const costOfDebt = corporate.cost_of_debt ?? (netDebt > 0 ? interest / netDebt : 0);
  const paydown = corporate.debt_paydown_share ?? 1;
  const multiple = corporate.lease_adjustment_multiple ?? 8;
  const ebitdar = ebitda + baseRent;
  const limits = spec.hard_constraints;
  const cap = limits.max_market_share === undefined ? null : limits.max_market_share * spec.target_amount * (1 + tolerance);

  const size = 1 << count;
  const sumGross = new Float64Array(size);
  const sumCash = new Float64Array(size);
  const sumMortgage = new Float64Array(size);
  const sumRent = new Float64Array(size);
  const marketCash = markets.map(() => new Float64Array(size));
  let minimum: number | null = null;
  let minimumMask = -1;
  let second: number | null = null;
  let maximum: number | null = null;
  for (let mask = 0; mask < size; mask += 1) {
    if (mask > 0) {
      const bit = 31 - Math.clz32(mask & -mask);
      const rest = mask & (mask - 1);
      sumGross[mask] = (sumGross[rest] as number) + (gross[bit] as number);
      sumCash[mask] = (sumCash[rest] as number) + (cash[bit] as number);
      sumMortgage[mask] = (sumMortgage[rest] as number) + (mortgage[bit] as number);
      sumRent[mask] = (sumRent[rest] as number) + (rent[bit] as number);
      markets.forEach((_, market) => {
        const values = marketCash[market] as Float64Array;
        values[mask] = (values[rest] as number) + (marketOf[bit] === market ? (cash[bit] as number) : 0);
      });
    }
    const proceeds = sumCash[mask] as number;
    const ebitdaAfter = ebitda - (sumRent[mask] as number);
    if (ebitdaAfter <= 0) continue;
    const netDebtAfter = netDebt - (sumGross[mask] as number);
    if (netDebtAfter / ebitdaAfter > limits.max_net_leverage * (1 + tolerance)) continue;
    const interestAfter = Math.max(0, interest - costOfDebt * (paydown * proceeds + (sumMortgage[mask] as number)));
    const fixedCharges = interestAfter + baseRent + (sumRent[mask] as number);
    if (fixedCharges > 0 && ebitdar / fixedCharges < limits.min_fixed_charge_coverage * (1 - tolerance)) continue;
    if (
      limits.max_lease_adjusted_leverage !== undefined &&
      (netDebtAfter + multiple * (baseRent + (sumRent[mask] as number))) / ebitdar > limits.max_lease_adjusted_leverage * (1 + tolerance)
    ) {
      continue;
    }
    if (cap !== null && marketCash.some((values) => (values[mask] as number) > cap)) continue;
    if (maximum === null || proceeds > maximum) maximum = proceeds;
    if (proceeds < spec.target_amount * (1 - tolerance)) continue;
    if (minimum === null || proceeds < minimum) {
      second = minimum;
      minimum = proceeds;
      minimumMask = mask;
    } else if (second === null || proceeds < second) second = proceeds;
  }
  const minimumIds =
    minimumMask < 0 ? null : eligibleIds.filter((_, index) => (minimumMask & (1 << index)) !== 0).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  return { minimumProceeds: minimum, minimumIds, secondProceeds: second, maximumProceeds: maximum };
}
