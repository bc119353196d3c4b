import type { AssetEconomics, ExplanationNode, ProgramEconomics } from '@leaseback/domain';
import type { AssetFigures } from '../asset-figures.js';
import type { CorporateTerms } from '../corporate-terms.js';
import { formatMoney, formatRate, pluralize } from '../format-numbers.js';
import { compareCodeUnits } from '../ranking.js';
import { netLeverageOnBasis, otherBasisOf } from './accounting-basis.js';
import { computeAssetEconomics } from './asset-economics.js';
import { addLeasebackFlows, internalRate, residualValueOf } from './lease-cash-flows.js';

/** A finite number, or null: the wire never carries NaN or infinity. */
function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * The `economics` block of an outcome for the selected assets (in selection
 * order): per-asset figures, the program's IRR over its summed cash flows
 * (every asset's rents and residual at their own dates), NPV cost, gain, tax,
 * after-tax proceeds, rent coverage, and net leverage after on the basis not
 * in force. O(sum of lease terms) plus one IRR solve per selected asset.
 */
export function computeProgramEconomics(terms: CorporateTerms, selected: readonly AssetFigures[]): ProgramEconomics {
  const economicTerms = terms.economics;
  const assets: AssetEconomics[] = [];
  let longest = 0;
  for (const figures of selected) longest = Math.max(longest, figures.lease.years);
  const flows = new Float64Array(longest + 1);
  let gross = 0;
  let cash = 0;
  let rent = 0;
  let leaseLiability = 0;
  let npvCost = 0;
  let gainOnSale = 0;
  for (const figures of selected) {
    const figuresOfAsset = computeAssetEconomics(figures, terms);
    addLeasebackFlows(flows, figures.lease, residualValueOf(figures.lease, figures.asset.cap_rate));
    gross += figures.gross;
    cash += figures.cash;
    rent += figures.rent;
    leaseLiability += figuresOfAsset.leaseLiability;
    npvCost += figuresOfAsset.npvCost;
    gainOnSale += figuresOfAsset.gainOnSale;
    assets.push({
      asset_id: figures.assetId,
      lease_liability: figuresOfAsset.leaseLiability,
      residual_value: figuresOfAsset.residualValue,
      implied_cost: finiteOrNull(figuresOfAsset.impliedCost),
      npv_cost: figuresOfAsset.npvCost,
      gain_on_sale: figuresOfAsset.gainOnSale,
    });
  }
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
  const priced = economics.assets.filter((asset) => asset.implied_cost !== null);
  if (priced.length === 0) return [];
  const costOfDebt = economics.cost_of_debt;
  const byCost = [...priced].sort(
    (left, right) => (left.implied_cost as number) - (right.implied_cost as number) || compareCodeUnits(left.asset_id, right.asset_id),
  );
  const nodes: ExplanationNode[] = [];
  const cheapest = byCost.slice(0, NAMED_ASSETS);
  const first = cheapest[0] as AssetEconomics;
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
  const dearer = byCost.filter((asset) => (asset.implied_cost as number) > costOfDebt).reverse();
  if (dearer.length > 0) {
    const named = dearer.slice(0, NAMED_ASSETS);
    const dearest = named[0] as AssetEconomics;
    let extraCost = 0;
    for (const asset of dearer) extraCost += asset.npv_cost;
    nodes.push({
      kind: 'dearer_than_debt',
      asset_id: dearer.length === 1 ? dearest.asset_id : null,
      constraint: null,
      message:
        `${pluralize(dearer.length, 'sale costs', 'sales cost')} more than the ${formatRate(costOfDebt)} cost of debt` +
        ` (dearest: ${named.map((asset) => `${asset.asset_id} at ${formatRate(asset.implied_cost as number)}`).join(', ')})` +
        `; together ${formatMoney(extraCost)} more in today's money than borrowing.`,
      values: {
        count: dearer.length,
        implied_cost: dearest.implied_cost,
        cost_of_debt: costOfDebt,
        npv_cost: extraCost,
        asset_ids: named.map((asset) => asset.asset_id).join(','),
      },
    });
  }
  return nodes;
}
