import type { AssetFigures } from '../asset-figures.js';
import type { CorporateTerms } from '../corporate-terms.js';
import { leaseTermsOf } from './economic-terms.js';
import { leasebackRate, presentValueOfLeaseback, presentValueOfRents, residualValueOf, type LeaseTerms } from './lease-cash-flows.js';

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
  const lease = leaseTermsOf(figures.asset, terms.economics);
  const residualValue = residualValueOf(lease, figures.asset.cap_rate);
  return presentValueOfLeaseback(lease, residualValue, terms.costOfDebt) - figures.gross;
}

/** Every figure of one asset, including its implied cost (an IRR solve). */
export function computeAssetEconomics(figures: AssetFigures, terms: CorporateTerms): AssetEconomicFigures & { readonly lease: LeaseTerms } {
  const lease = leaseTermsOf(figures.asset, terms.economics);
  const residualValue = residualValueOf(lease, figures.asset.cap_rate);
  return {
    lease,
    leaseLiability: presentValueOfRents(lease, terms.economics.incrementalBorrowingRate),
    residualValue,
    // cap_rate + g is the implied cost with no selling cost, and at or below it with any.
    impliedCost: leasebackRate(lease, residualValue, figures.gross, figures.asset.cap_rate + lease.escalator),
    npvCost: presentValueOfLeaseback(lease, residualValue, terms.costOfDebt) - figures.gross,
    gainOnSale: figures.gross - figures.asset.book_value,
  };
}
