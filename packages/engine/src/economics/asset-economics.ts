import type { AssetFigures } from '../asset-figures.js';
import type { CorporateTerms } from '../corporate-terms.js';
import { addLeasebackFlows, internalRate, presentValueOfLeaseback, residualValueOf } from './lease-cash-flows.js';

/** One asset's economics (`docs/domain.md`, "Per asset"), in engine names. */
export interface AssetEconomicFigures {
  readonly leaseLiability: number;
  readonly residualValue: number;
  /** IRR of gross proceeds against the rents and the residual; null when none exists. */
  readonly impliedCost: number | null;
  /** PV at the cost of debt of the rents and residual, less gross proceeds. */
  readonly npvCost: number;
  /** gross - book value. */
  readonly gainOnSale: number;
}

/**
 * `npv_cost_i = sum of rent_t / (1 + d)^t + residual / (1 + d)^T - gross_i`
 * with d the cost of debt: how much more the leaseback costs than keeping the
 * asset and borrowing, in today's money. Cheap (no IRR): the `min_npv_cost`
 * objective reads it for every eligible asset.
 */
export function npvCostOf(figures: AssetFigures, terms: CorporateTerms): number {
  const residualValue = residualValueOf(figures.lease, figures.asset.cap_rate);
  return presentValueOfLeaseback(figures.lease, residualValue, terms.costOfDebt) - figures.gross;
}

/** Every figure of one asset, including its implied cost (an IRR solve). */
export function computeAssetEconomics(figures: AssetFigures, terms: CorporateTerms): AssetEconomicFigures {
  const lease = figures.lease;
  const residualValue = residualValueOf(lease, figures.asset.cap_rate);
  const flows = new Float64Array(lease.years + 1);
  addLeasebackFlows(flows, lease, residualValue);
  return {
    leaseLiability: figures.leaseLiability,
    residualValue,
    impliedCost: internalRate(figures.gross, flows),
    npvCost: presentValueOfLeaseback(lease, residualValue, terms.costOfDebt) - figures.gross,
    gainOnSale: figures.gross - figures.asset.book_value,
  };
}
