import type { Asset } from '@leaseback/domain';
import type { EconomicTerms } from './economic-terms.js';
import { leasebackRate, rentAnnuityFactor } from './lease-cash-flows.js';

/** A two-level memo keyed by a whole number of years and a rate or escalator. */
class FactorTable {
  private readonly byYears = new Map<number, Map<number, number>>();

  get(years: number, rate: number, compute: () => number): number {
    let byRate = this.byYears.get(years);
    if (byRate === undefined) {
      byRate = new Map();
      this.byYears.set(years, byRate);
    }
    let value = byRate.get(rate);
    if (value === undefined) {
      value = compute();
      byRate.set(rate, value);
    }
    return value;
  }
}

/**
 * The lease figures of one program's assets, with the factors they share
 * computed once: a lease's present value is its first-year rent times an
 * annuity factor that depends only on (escalator, term, rate), and a program
 * has few distinct terms and escalators; the implied cost (an IRR solve)
 * depends only on the cap rate, the selling cost, the escalator and the term,
 * because every flow scales with the rent.
 *
 * Every memo holds a pure function of its key, so figures do not depend on
 * which asset was valued first (results stay independent of input order), and
 * a factor times the rent is the same product `presentValueOfRents` computes.
 * One instance per program (`CorporateTerms.valuation`): the rates are fixed.
 */
export class LeaseValuation {
  private readonly annuityAtBorrowingRate = new FactorTable();
  private readonly annuityAtCostOfDebt = new FactorTable();
  private readonly growthOverTerm = new FactorTable();
  private readonly discountAtCostOfDebt = new Map<number, number>();
  private readonly impliedCosts = new Map<string, number | null>();

  constructor(
    private readonly terms: EconomicTerms,
    private readonly costOfDebt: number,
  ) {}

  /** The escalator of `asset`'s lease: the program's, the asset's own, or the corporate default. */
  escalatorOf(asset: Asset): number {
    return this.terms.programRentEscalator ?? asset.rent_escalator ?? this.terms.defaultRentEscalator;
  }

  /** The term of `asset`'s lease in years, with the same precedence. */
  yearsOf(asset: Asset): number {
    return this.terms.programLeaseTermYears ?? asset.lease_term_years ?? this.terms.defaultLeaseTermYears;
  }

  /** The lease liability: the rents' present value at the incremental borrowing rate. */
  leaseLiability(asset: Asset): number {
    const escalator = this.escalatorOf(asset);
    const years = this.yearsOf(asset);
    const rate = this.terms.incrementalBorrowingRate;
    return asset.market_rent * this.annuityAtBorrowingRate.get(years, escalator, () => rentAnnuityFactor(escalator, years, rate));
  }

  /** What the buyer holds at lease end: the next year's rent capitalised at the cap rate. */
  residualValue(asset: Asset): number {
    const escalator = this.escalatorOf(asset);
    const years = this.yearsOf(asset);
    return (asset.market_rent * this.growthOverTerm.get(years, escalator, () => (1 + escalator) ** years)) / asset.cap_rate;
  }

  /** NPV cost: the rents and residual at the cost of debt, less the gross proceeds. */
  npvCost(asset: Asset, gross: number): number {
    const escalator = this.escalatorOf(asset);
    const years = this.yearsOf(asset);
    const rate = this.costOfDebt;
    const rents = asset.market_rent * this.annuityAtCostOfDebt.get(years, escalator, () => rentAnnuityFactor(escalator, years, rate));
    let discount = this.discountAtCostOfDebt.get(years);
    if (discount === undefined) {
      discount = (1 + rate) ** years;
      this.discountAtCostOfDebt.set(years, discount);
    }
    return rents + this.residualValue(asset) / discount - gross;
  }

  /**
   * The implied cost (IRR) of selling `asset` for `gross` into its lease. The
   * solve runs on the lease scaled to a rent of 1 (every flow is proportional
   * to the rent, so the rate is the same), once per (cap rate, selling cost,
   * escalator, term).
   */
  impliedCost(asset: Asset, gross: number, costRate: number): number | null {
    const escalator = this.escalatorOf(asset);
    const years = this.yearsOf(asset);
    const rent = asset.market_rent;
    const capRate = asset.cap_rate;
    if (!(rent > 0)) {
      const residual = (rent * (1 + escalator) ** years) / capRate;
      return leasebackRate({ rent, escalator, years }, residual, gross, capRate + escalator);
    }
    const key = `${capRate}|${costRate}|${escalator}|${years}`;
    const known = this.impliedCosts.get(key);
    if (known !== undefined) return known;
    const unitGross = (1 / capRate) * (1 - costRate);
    const unitResidual = this.growthOverTerm.get(years, escalator, () => (1 + escalator) ** years) / capRate;
    // cap_rate + g is the implied cost with no selling cost, and at or below it with any.
    const rate = leasebackRate({ rent: 1, escalator, years }, unitResidual, unitGross, capRate + escalator);
    this.impliedCosts.set(key, rate);
    return rate;
  }
}
