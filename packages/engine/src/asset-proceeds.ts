import type { Asset, CorporateState } from '@leaseback/domain';
import { computeAssetFigures } from './asset-figures.js';
import { resolveCorporateTerms } from './corporate-terms.js';

/** What selling one asset brings, per the formulas of `docs/domain.md`. */
export interface AssetProceeds {
  /** market_rent / cap_rate. */
  readonly price: number;
  /** price net of selling costs. */
  readonly gross: number;
  /** gross - mortgage: the cash the company keeps; <= 0 means underwater. */
  readonly cash: number;
}

/**
 * The price, gross and cash proceeds of selling one asset, for callers that
 * describe a portfolio (summaries, tables) without running a selection.
 */
export function computeAssetProceeds(asset: Asset, corporateState: CorporateState): AssetProceeds {
  const figures = computeAssetFigures(asset, resolveCorporateTerms(corporateState));
  return { price: figures.price, gross: figures.gross, cash: figures.cash };
}

/**
 * `computeAssetProceeds` of every asset, in order, with the corporate terms
 * resolved once for the portfolio (the same figures). Why: resolving them per
 * asset rebuilt the lease factors each time, which made a 34-asset portfolio
 * summary a noticeable share of a write's allocation.
 */
export function computePortfolioProceeds(assets: readonly Asset[], corporateState: CorporateState): AssetProceeds[] {
  const terms = resolveCorporateTerms(corporateState);
  return assets.map((asset) => {
    const figures = computeAssetFigures(asset, terms);
    return { price: figures.price, gross: figures.gross, cash: figures.cash };
  });
}
