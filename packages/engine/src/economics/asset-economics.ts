import type { AssetFigures } from '../asset-figures.js';
import type { CorporateTerms } from '../corporate-terms.js';
import type { LeaseTerms } from './lease-cash-flows.js';

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
  return terms.valuation.npvCost(figures.asset, figures.gross);
}

/** Every figure of one asset, including its implied cost (an IRR solve). */
export function computeAssetEconomics(figures: AssetFigures, terms: CorporateTerms): AssetEconomicFigures & { readonly lease: LeaseTerms } {
  const asset = figures.asset;
  const valuation = terms.valuation;
  const lease = { rent: asset.market_rent, escalator: valuation.escalatorOf(asset), years: valuation.yearsOf(asset) };
  return {
    lease,
    leaseLiability: valuation.leaseLiability(asset),
    residualValue: valuation.residualValue(asset),
    impliedCost: valuation.impliedCost(asset, figures.gross, asset.transaction_cost_rate ?? terms.transactionCostRate),
    npvCost: valuation.npvCost(asset, figures.gross),
    gainOnSale: figures.gross - asset.book_value,
  };
}
