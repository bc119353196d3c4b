import type { AssetFigures } from '../asset-figures.js';
import type { CorporateTerms } from '../corporate-terms.js';

/**
 * `npv_cost_i = sum of rent_t / (1 + d)^t + residual / (1 + d)^T - gross_i`
 * with d the cost of debt: how much more the leaseback costs than keeping the
 * asset and borrowing, in today's money. Cheap (no IRR, shared lease factors):
 * the `min_npv_cost` objective reads it for every eligible asset. The other
 * per-asset figures come from the same `LeaseValuation` (`lease-valuation.ts`).
 */
export function npvCostOf(figures: AssetFigures, terms: CorporateTerms): number {
  return terms.valuation.npvCost(figures.asset, figures.gross);
}
