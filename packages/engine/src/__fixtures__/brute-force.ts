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
  /** Smallest summed NPV cost over sets meeting the target and every covenant, or null. */
  readonly minimumNpvCost: number | null;
  /** The smallest proceeds among sets whose NPV cost is within `npvTieBand` of that minimum. */
  readonly minimumNpvCostProceeds: number | null;
  /** The ids of that set (sorted), and the second-smallest NPV cost among valid sets. */
  readonly minimumNpvCostIds: string[] | null;
  readonly secondNpvCost: number | null;
  /**
   * The `min_npv_cost` answer in the full documented order (sorted ids): the
   * NPV-cost ties, then the smallest proceeds (within `tolerance` of the
   * target), then the smallest total criticality, then the set holding the
   * smallest id where two sets differ.
   */
  readonly npvOptimumIds: string[] | null;
}

/** Present value of `rent x (1 + g)^(t-1)` paid at t = 1..years, discounted at `rate`, term by term with powers. */
function presentValue(rent: number, growth: number, years: number, rate: number): number {
  let total = 0;
  for (let year = 1; year <= years; year += 1) total += (rent * (1 + growth) ** (year - 1)) / (1 + rate) ** year;
  return total;
}

/** Enumerates every subset of `eligibleIds` (at most 20) and checks it with the documented formulas. */
export function bruteForce(
  assets: readonly Asset[],
  corporate: CorporateState,
  spec: SelectorSpec,
  eligibleIds: readonly string[],
  tolerance = 1e-9,
  npvTieBand = 1e-9 * spec.target_amount,
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
  // Economics: each asset's term and escalator (program terms, then the asset's, then the corporate default).
  const costOfDebtResolved = corporate.cost_of_debt ?? (corporate.net_debt > 0 ? corporate.interest_expense / corporate.net_debt : 0);
  const ibr = corporate.incremental_borrowing_rate ?? costOfDebtResolved;
  const basis = spec.program_terms?.accounting_basis ?? corporate.accounting_basis ?? 'us_gaap';
  const termOf = (asset: Asset): number =>
    spec.program_terms?.lease_term_years ?? asset.lease_term_years ?? corporate.default_lease_term_years ?? 15;
  const growthOf = (asset: Asset): number =>
    spec.program_terms?.rent_escalator ?? asset.rent_escalator ?? corporate.default_rent_escalator ?? 0.02;
  const liability = eligible.map((asset) => presentValue(asset.market_rent, growthOf(asset), termOf(asset), ibr));
  const npvCost = eligible.map((asset, index) => {
    const years = termOf(asset);
    const residual = (asset.market_rent * (1 + growthOf(asset)) ** years) / asset.cap_rate;
    return (
      presentValue(asset.market_rent, growthOf(asset), years, costOfDebtResolved) +
      residual / (1 + costOfDebtResolved) ** years -
      (gross[index] as number)
    );
  });
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
  const sumLiability = new Float64Array(size);
  const sumNpv = new Float64Array(size);
  const validMasks: number[] = [];
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
      sumLiability[mask] = (sumLiability[rest] as number) + (liability[bit] as number);
      sumNpv[mask] = (sumNpv[rest] as number) + (npvCost[bit] as number);
      markets.forEach((_, market) => {
        const values = marketCash[market] as Float64Array;
        values[mask] = (values[rest] as number) + (marketOf[bit] === market ? (cash[bit] as number) : 0);
      });
    }
    const proceeds = sumCash[mask] as number;
    // US GAAP: the rent is an operating cost. IFRS 16: EBITDA keeps the rent and net debt gains the lease liabilities.
    const ebitdaAfter = basis === 'ifrs16' ? ebitda : ebitda - (sumRent[mask] as number);
    if (ebitdaAfter <= 0) continue;
    const netDebtAfter = netDebt - (sumGross[mask] as number);
    const reportedNetDebt = basis === 'ifrs16' ? netDebtAfter + (sumLiability[mask] as number) : netDebtAfter;
    if (reportedNetDebt / ebitdaAfter > limits.max_net_leverage * (1 + tolerance)) continue;
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
    validMasks.push(mask);
    if (minimum === null || proceeds < minimum) {
      second = minimum;
      minimum = proceeds;
      minimumMask = mask;
    } else if (second === null || proceeds < second) second = proceeds;
  }
  const minimumIds =
    minimumMask < 0
      ? null
      : eligibleIds
          .filter((_, index) => (minimumMask & (1 << index)) !== 0)
          .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  // min_npv_cost: the smallest NPV cost, then (within the tie band) the smallest proceeds.
  let minimumNpv: number | null = null;
  for (const mask of validMasks) if (minimumNpv === null || (sumNpv[mask] as number) < minimumNpv) minimumNpv = sumNpv[mask] as number;
  let npvMask = -1;
  let secondNpv: number | null = null;
  for (const mask of validMasks) {
    const cost = sumNpv[mask] as number;
    if (minimumNpv !== null && cost <= minimumNpv + npvTieBand) {
      if (npvMask < 0 || (sumCash[mask] as number) < (sumCash[npvMask] as number)) npvMask = mask;
    } else if (secondNpv === null || cost < secondNpv) secondNpv = cost;
  }
  let fullOrderMask = -1;
  if (minimumNpv !== null) {
    const npvTies = validMasks.filter((mask) => (sumNpv[mask] as number) <= (minimumNpv as number) + npvTieBand);
    const leastProceeds = Math.min(...npvTies.map((mask) => sumCash[mask] as number));
    const proceedsTies = npvTies.filter((mask) => (sumCash[mask] as number) <= leastProceeds + tolerance * spec.target_amount);
    const criticalityOf = (mask: number): number =>
      eligible.reduce((total, asset, index) => total + ((mask >> index) & 1 ? asset.criticality : 0), 0);
    const leastCriticality = Math.min(...proceedsTies.map(criticalityOf));
    const byIdOrder = [...eligibleIds.keys()].sort((left, right) => {
      const leftId = eligibleIds[left] as string;
      const rightId = eligibleIds[right] as string;
      return leftId < rightId ? -1 : leftId > rightId ? 1 : 0;
    });
    for (const mask of proceedsTies) {
      if (criticalityOf(mask) > leastCriticality + 1e-9 * Math.max(1, leastCriticality)) continue;
      if (fullOrderMask < 0) {
        fullOrderMask = mask;
        continue;
      }
      const first = byIdOrder.find((index) => ((mask >> index) & 1) !== ((fullOrderMask >> index) & 1));
      if (first !== undefined && ((mask >> first) & 1) === 1) fullOrderMask = mask;
    }
  }
  const idsOf = (chosen: number): string[] =>
    eligibleIds.filter((_, index) => (chosen & (1 << index)) !== 0).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  return {
    minimumProceeds: minimum,
    minimumIds,
    secondProceeds: second,
    maximumProceeds: maximum,
    minimumNpvCost: minimumNpv,
    minimumNpvCostProceeds: npvMask < 0 ? null : (sumCash[npvMask] as number),
    minimumNpvCostIds: npvMask < 0 ? null : idsOf(npvMask),
    secondNpvCost: secondNpv,
    npvOptimumIds: fullOrderMask < 0 ? null : idsOf(fullOrderMask),
  };
}
