import type { Asset } from '@leaseback/domain';
import type { CorporateTerms } from './corporate-terms.js';
import { ebitdaChargeOn, leasesAreDebtOn } from './economics/accounting-basis.js';

/** The per-asset figures of `docs/domain.md`, computed once per asset. */
export interface AssetFigures {
  readonly asset: Asset;
  readonly assetId: string;
  /** Copied from the asset so that the ranking comparator reads one flat object. */
  readonly criticality: number;
  readonly leaseability: number;
  /** market_rent / cap_rate. */
  readonly price: number;
  /** price x (1 - transaction cost rate): the sale net of selling costs. */
  readonly gross: number;
  /** gross - mortgage: the cash the company keeps ("proceeds"). */
  readonly cash: number;
  readonly mortgage: number;
  /** The rent the company pays after the leaseback (= market rent). */
  readonly rent: number;
  /** Market trimmed and lower-cased: the key of the market-share cap. */
  readonly marketKey: string;
  /** How much the sale lowers reported EBITDA on the basis in force (`economics/accounting-basis.ts`). */
  readonly ebitdaCharge: number;
  /** How much the sale adds to reported net debt on the basis in force (`economics/accounting-basis.ts`). */
  readonly leaseDebt: number;
}

/** Normalises a market name for comparison: trimmed, lower-cased (locale-independent). */
export function marketKeyOf(market: string): string {
  return market.trim().toLowerCase();
}

/**
 * Returns `marketKeyOf`, remembering each distinct market string: portfolios
 * repeat a few market names many times, and this saves two string allocations
 * per asset on large inputs.
 */
export function createMarketKeyCache(): (market: string) => string {
  const keys = new Map<string, string>();
  return (market) => {
    let key = keys.get(market);
    if (key === undefined) {
      key = marketKeyOf(market);
      keys.set(market, key);
    }
    return key;
  };
}

/** Computes an asset's price, gross, cash and rent. The result may hold non-finite numbers; see `findNonFiniteFigure`. */
export function computeAssetFigures(asset: Asset, terms: CorporateTerms, marketKey = marketKeyOf(asset.market)): AssetFigures {
  const price = asset.market_rent / asset.cap_rate;
  const costRate = asset.transaction_cost_rate ?? terms.transactionCostRate;
  const gross = price * (1 - costRate);
  const mortgage = asset.mortgage_balance ?? 0;
  const basis = terms.economics.accountingBasis;
  return {
    asset,
    assetId: asset.asset_id,
    criticality: asset.criticality,
    leaseability: asset.leaseability,
    price,
    gross,
    cash: gross - mortgage,
    mortgage,
    rent: asset.market_rent,
    marketKey,
    ebitdaCharge: ebitdaChargeOn(basis, asset.market_rent),
    // The lease liability (a rent times an annuity factor the program shares) only when the basis needs it.
    leaseDebt: leasesAreDebtOn(basis) ? terms.valuation.leaseLiability(asset) : 0,
  };
}

/** Names the first figure of an asset that is not finite (`price of asset X`), or returns null. */
export function findNonFiniteFigure(figures: AssetFigures): string | null {
  if (!Number.isFinite(figures.price)) return `price of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.gross)) return `gross proceeds of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.cash)) return `cash proceeds of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.mortgage)) return `mortgage balance of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.rent)) return `rent of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.leaseDebt)) return `lease liability of asset ${figures.assetId}`;
  return null;
}
