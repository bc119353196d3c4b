import type { AssetEconomics, ExplanationNode, ProgramEconomics } from '@leaseback/domain';
import type { AssetFigures } from '../asset-figures.js';
import type { CorporateTerms } from '../corporate-terms.js';
import { formatMoney, formatRate, pluralize } from '../format-numbers.js';
import { compareCodeUnits } from '../ranking.js';
import { netLeverageOnBasis, otherBasisOf } from './accounting-basis.js';
import { addLeasebackFlowsOf, internalRate } from './lease-cash-flows.js';
import { impliedCostOfRent, leaseLiabilityOfRent, npvCostOfRent, residualValueOfRent, type LeaseFactors } from './lease-valuation.js';

/** A finite number, or null: the wire never carries NaN or infinity. */
function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * The `economics` block of an outcome for the selected assets (in selection
 * order): per-asset figures, the program's IRR over its summed cash flows
 * (every asset's rents and residual at their own dates), NPV cost, gain, tax,
 * after-tax proceeds, rent coverage, and net leverage after on the basis not
 * in force. `selected` are figures computed under `terms` (their lease
 * factors come from `terms.valuation`). O(selected assets + the longest term x
 * distinct leases), plus one IRR solve per distinct (cap rate, selling cost,
 * lease) and one for the program.
 */
export function computeProgramEconomics(terms: CorporateTerms, selected: readonly AssetFigures[]): ProgramEconomics {
  const economicTerms = terms.economics;
  const assets: AssetEconomics[] = new Array(selected.length);
  let gross = 0;
  let cash = 0;
  let rent = 0;
  let leaseLiability = 0;
  let npvCost = 0;
  let gainOnSale = 0;
  // The program's flows are linear in the rents: leases of one (escalator, term) add their summed rent and
  // residual once, instead of a year-by-year loop per asset.
  const byLease = new Map<LeaseFactors, { rent: number; residual: number }>();
  for (let index = 0; index < selected.length; index += 1) {
    // Numbers straight from the sale figures and their shared lease factors (under IFRS 16 the walk has
    // already looked those up), no intermediate objects and no read of the asset itself: on a large program
    // the assets lie scattered in memory and every first read of one is a cache miss, while this loop runs
    // once per selected asset, tens of thousands of times.
    const figures = selected[index] as AssetFigures;
    const factors = figures.leaseFactors;
    const assetRent = figures.rent;
    const capRate = figures.capRate;
    const residualValue = residualValueOfRent(assetRent, capRate, factors);
    const assetLiability = leaseLiabilityOfRent(assetRent, factors);
    const assetNpvCost = npvCostOfRent(assetRent, residualValue, figures.gross, factors);
    const assetGain = figures.gross - figures.bookValue;
    const impliedCost = impliedCostOfRent(assetRent, capRate, figures.costRate, factors);
    const lease = byLease.get(factors);
    if (lease === undefined) byLease.set(factors, { rent: assetRent, residual: residualValue });
    else {
      lease.rent += assetRent;
      lease.residual += residualValue;
    }
    gross += figures.gross;
    cash += figures.cash;
    rent += assetRent;
    leaseLiability += assetLiability;
    npvCost += assetNpvCost;
    gainOnSale += assetGain;
    assets[index] = {
      asset_id: figures.assetId,
      cash_proceeds: figures.cash,
      lease_liability: assetLiability,
      residual_value: residualValue,
      implied_cost: impliedCost !== null && Number.isFinite(impliedCost) ? impliedCost : null,
      npv_cost: assetNpvCost,
      gain_on_sale: assetGain,
    };
  }
  // Leases in a fixed order (term, then escalator), so the summed flows do not depend on which came first.
  const leases = [...byLease].sort(([left], [right]) => left.years - right.years || left.escalator - right.escalator);
  let longest = 0;
  for (const [factors] of leases) longest = Math.max(longest, factors.years);
  const flows = new Float64Array(longest + 1);
  for (const [factors, sums] of leases) addLeasebackFlowsOf(flows, sums.rent, factors.escalator, factors.years, sums.residual);
  const taxOnGain = economicTerms.taxRate * Math.max(0, gainOnSale);
  const rentAfter = terms.baseRent + rent;
  return {
    accounting_basis: economicTerms.accountingBasis,
    annual_rent_added: rent,
    rent_coverage_after: rentAfter > 0 ? finiteOrNull(terms.ebitdar / rentAfter) : null,
    lease_liability_added: leaseLiability,
    implied_cost_of_capital: selected.length === 0 ? null : finiteOrNull(internalRate(gross, flows)),
    npv_cost: npvCost,
    gain_on_sale: gainOnSale,
    tax_on_gain: taxOnGain,
    after_tax_proceeds: cash - taxOnGain,
    cost_of_debt: terms.costOfDebt,
    net_leverage_after_other_basis: netLeverageOnBasis(otherBasisOf(economicTerms.accountingBasis), terms, {
      gross,
      rent,
      leaseLiability,
    }),
    assets,
  };
}

/** How many assets a capital-cost node names before it only counts. */
const NAMED_ASSETS = 3;

/**
 * Explanation nodes on the cost of the capital: which selected assets are the
 * cheapest capital (lowest implied cost), and which are dearer than debt
 * (implied cost above the cost of debt). Grouped, one node each, naming the
 * first few, so that a program of thousands of sales does not carry thousands
 * of nodes.
 */
export function capitalCostNodes(economics: ProgramEconomics): ExplanationNode[] {
  const costOfDebt = economics.cost_of_debt;
  // One pass: the few cheapest, the few dearest above debt, and the count and cost of those above debt.
  const cheapest: AssetEconomics[] = [];
  const dearest: AssetEconomics[] = [];
  let dearerCount = 0;
  let dearerCost = 0;
  for (const asset of economics.assets) {
    if (asset.implied_cost === null) continue;
    keepFirst(cheapest, asset, compareCheaper);
    if (asset.implied_cost > costOfDebt) {
      dearerCount += 1;
      dearerCost += asset.npv_cost;
      keepFirst(dearest, asset, (left, right) => compareCheaper(right, left));
    }
  }
  const first = cheapest[0];
  if (first === undefined) return [];
  const nodes: ExplanationNode[] = [];
  const cheapestCost = first.implied_cost as number;
  nodes.push({
    kind: 'cheapest_capital',
    asset_id: first.asset_id,
    constraint: null,
    message:
      `Cheapest capital: ${cheapest.map((asset) => `${asset.asset_id} at ${formatRate(asset.implied_cost as number)}`).join(', ')}` +
      (cheapestCost <= costOfDebt
        ? `, at or below the ${formatRate(costOfDebt)} cost of debt.`
        : `; even the cheapest costs more than the ${formatRate(costOfDebt)} cost of debt.`) +
      (economics.implied_cost_of_capital === null ? '' : ` The program as a whole costs ${formatRate(economics.implied_cost_of_capital)}.`),
    values: {
      implied_cost: cheapestCost,
      cost_of_debt: costOfDebt,
      implied_cost_of_capital: economics.implied_cost_of_capital,
      asset_ids: cheapest.map((asset) => asset.asset_id).join(','),
    },
  });
  const dearestFirst = dearest[0];
  if (dearestFirst !== undefined) {
    nodes.push({
      kind: 'dearer_than_debt',
      asset_id: dearerCount === 1 ? dearestFirst.asset_id : null,
      constraint: null,
      message:
        `${pluralize(dearerCount, 'sale costs', 'sales cost')} more than the ${formatRate(costOfDebt)} cost of debt` +
        ` (dearest: ${dearest.map((asset) => `${asset.asset_id} at ${formatRate(asset.implied_cost as number)}`).join(', ')})` +
        `; together ${formatMoney(dearerCost)} more in today's money than borrowing.`,
      values: {
        count: dearerCount,
        implied_cost: dearestFirst.implied_cost,
        cost_of_debt: costOfDebt,
        npv_cost: dearerCost,
        asset_ids: dearest.map((asset) => asset.asset_id).join(','),
      },
    });
  }
  return nodes;
}

/** Lower implied cost first, then the smaller asset id: a total order, so the nodes do not depend on input order. */
function compareCheaper(left: AssetEconomics, right: AssetEconomics): number {
  return (left.implied_cost as number) - (right.implied_cost as number) || compareCodeUnits(left.asset_id, right.asset_id);
}

/** Inserts `asset` into `kept` (sorted by `compare`) when it is among the first `NAMED_ASSETS`. */
function keepFirst(kept: AssetEconomics[], asset: AssetEconomics, compare: (left: AssetEconomics, right: AssetEconomics) => number): void {
  if (kept.length === NAMED_ASSETS && compare(asset, kept[NAMED_ASSETS - 1] as AssetEconomics) >= 0) return;
  let position = kept.length;
  while (position > 0 && compare(asset, kept[position - 1] as AssetEconomics) < 0) position -= 1;
  kept.splice(position, 0, asset);
  if (kept.length > NAMED_ASSETS) kept.pop();
}
