import type { Asset } from '@leaseback/domain';
import type { CorporateTerms } from './corporate-terms.js';
import { ebitdaChargeOn, leasesAreDebtOn } from './economics/accounting-basis.js';
import { leaseLiabilityOfRent, type LeaseFactors, type LeaseValuation } from './economics/lease-valuation.js';

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
  /** The asset's cap rate, and the selling cost as a share of price (the asset's, or the program's default). */
  readonly capRate: number;
  readonly costRate: number;
  /** The asset's book value (the gain on sale is gross less book value). */
  readonly bookValue: number;
  /** Market trimmed and lower-cased: the key of the market-share cap. */
  readonly marketKey: string;
  /** How much the sale lowers reported EBITDA on the basis in force (`economics/accounting-basis.ts`). */
  readonly ebitdaCharge: number;
  /** How much the sale adds to reported net debt on the basis in force (`economics/accounting-basis.ts`). */
  readonly leaseDebt: number;
  /** The shared factors of the lease the asset is sold into (`economics/lease-valuation.ts`). */
  readonly leaseFactors: LeaseFactors;
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

/**
 * The figures of one sale. Its lease factors and lease debt (the lease
 * liability, IFRS 16 only) are computed on first read and kept: a greedy walk
 * reads the debt only for the assets it reaches before the target, so the
 * assets ranked after never pay for a present value; an exact method reads it
 * for every column. The figures also keep the cap rate, selling cost, book
 * value and the lease's escalator and term, read here where the asset is read
 * anyway (in input order): neither the walk's lease debt nor the program's
 * economics then read the asset at all, and the economics find the factors the
 * walk already looked up (on a large program the assets lie scattered in
 * memory in rank order, and every first read of one is a cache miss).
 */
class SaleFigures implements AssetFigures {
  readonly assetId: string;
  readonly criticality: number;
  readonly leaseability: number;
  readonly cash: number;
  readonly rent: number;
  readonly bookValue: number;
  /** The escalator and term of the lease the asset is sold into, resolved here so that looking up its factors reads no asset. */
  private readonly escalator: number;
  private readonly years: number;
  /** NaN until first read (a liability is never NaN: the rent is checked finite first). */
  private liability = Number.NaN;
  private factors: LeaseFactors | null = null;

  constructor(
    readonly asset: Asset,
    readonly price: number,
    readonly capRate: number,
    readonly costRate: number,
    readonly gross: number,
    readonly mortgage: number,
    readonly marketKey: string,
    readonly ebitdaCharge: number,
    /** The program's lease valuation. */
    private readonly valuation: LeaseValuation,
    /** Whether leases are debt on the basis in force (IFRS 16). */
    private readonly leasesAreDebt: boolean,
  ) {
    this.assetId = asset.asset_id;
    this.criticality = asset.criticality;
    this.leaseability = asset.leaseability;
    this.cash = gross - mortgage;
    this.rent = asset.market_rent;
    this.bookValue = asset.book_value;
    this.escalator = valuation.escalatorOf(asset);
    this.years = valuation.yearsOf(asset);
  }

  get leaseFactors(): LeaseFactors {
    if (this.factors === null) this.factors = this.valuation.factorsFor(this.escalator, this.years);
    return this.factors;
  }

  get leaseDebt(): number {
    if (!this.leasesAreDebt) return 0;
    if (Number.isNaN(this.liability)) this.liability = leaseLiabilityOfRent(this.rent, this.leaseFactors);
    return this.liability;
  }
}

/**
 * Computes an asset's price, gross, cash and rent. The result may hold
 * non-finite numbers; see `findNonFiniteFigure`. The lease debt is computed
 * when first read; a non-finite one makes the pro-forma that sums it (or the
 * solver's model) report a numeric error.
 */
export function computeAssetFigures(asset: Asset, terms: CorporateTerms, marketKey = marketKeyOf(asset.market)): AssetFigures {
  const price = asset.market_rent / asset.cap_rate;
  const costRate = asset.transaction_cost_rate ?? terms.transactionCostRate;
  const gross = price * (1 - costRate);
  const mortgage = asset.mortgage_balance ?? 0;
  const basis = terms.economics.accountingBasis;
  return new SaleFigures(
    asset,
    price,
    asset.cap_rate,
    costRate,
    gross,
    mortgage,
    marketKey,
    ebitdaChargeOn(basis, asset.market_rent),
    terms.valuation,
    leasesAreDebtOn(basis),
  );
}

/** Names the first figure of an asset that is not finite (`price of asset X`), or returns null. */
export function findNonFiniteFigure(figures: AssetFigures): string | null {
  if (!Number.isFinite(figures.price)) return `price of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.gross)) return `gross proceeds of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.cash)) return `cash proceeds of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.mortgage)) return `mortgage balance of asset ${figures.assetId}`;
  if (!Number.isFinite(figures.rent)) return `rent of asset ${figures.assetId}`;
  return null;
}
