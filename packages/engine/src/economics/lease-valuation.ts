import type { Asset } from '@leaseback/domain';
import type { EconomicTerms } from './economic-terms.js';
import { leasebackRate, rentAnnuityFactor } from './lease-cash-flows.js';

/** The factors every lease with one (escalator, term) shares in a program: computed once, on first use. */
export interface LeaseFactors {
  readonly escalator: number;
  readonly years: number;
  /** Present value of a rent of 1 growing at the escalator, at the incremental borrowing rate. */
  readonly annuityAtBorrowingRate: number;
  /** The same at the cost of debt (the NPV cost's rate). */
  readonly annuityAtCostOfDebt: number;
  /** (1 + g)^T: the last year's growth, for the residual. */
  readonly growthOverTerm: number;
  /** (1 + cost of debt)^T: the residual's discount. */
  readonly discountAtCostOfDebt: number;
  /** Implied costs by cap rate, each a short list of (selling cost, rate). */
  readonly impliedCosts: Map<number, Array<{ readonly costRate: number; readonly rate: number | null }>>;
}

/** Whole-year terms up to this are looked up in an array; others (never valid input) in a map. */
const LONGEST_INDEXED_TERM = 100;

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
 * Lookups are cheap (terms index an array, a term's few escalators are
 * scanned): this runs for every eligible asset under IFRS 16 and for every
 * selected asset's economics. One instance per program
 * (`CorporateTerms.valuation`): the rates are fixed.
 */
export class LeaseValuation {
  private readonly factorsByYears: Array<LeaseFactors[] | undefined> = [];
  private readonly factorsByOtherYears = new Map<number, LeaseFactors[]>();

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

  /** The shared factors of `asset`'s lease (pass them on to the other methods to look them up once). */
  factorsOf(asset: Asset): LeaseFactors {
    return this.factorsFor(this.escalatorOf(asset), this.yearsOf(asset));
  }

  /** The shared factors of a lease with this escalator and term (`escalatorOf`, `yearsOf`). */
  factorsFor(escalator: number, years: number): LeaseFactors {
    const indexed = Number.isInteger(years) && years >= 0 && years <= LONGEST_INDEXED_TERM;
    let forTerm = indexed ? this.factorsByYears[years] : this.factorsByOtherYears.get(years);
    if (forTerm === undefined) {
      forTerm = [];
      if (indexed) this.factorsByYears[years] = forTerm;
      else this.factorsByOtherYears.set(years, forTerm);
    }
    for (let index = 0; index < forTerm.length; index += 1) {
      const factors = forTerm[index] as LeaseFactors;
      if (factors.escalator === escalator) return factors;
    }
    const factors: LeaseFactors = {
      escalator,
      years,
      annuityAtBorrowingRate: rentAnnuityFactor(escalator, years, this.terms.incrementalBorrowingRate),
      annuityAtCostOfDebt: rentAnnuityFactor(escalator, years, this.costOfDebt),
      growthOverTerm: (1 + escalator) ** years,
      discountAtCostOfDebt: (1 + this.costOfDebt) ** years,
      impliedCosts: new Map(),
    };
    forTerm.push(factors);
    return factors;
  }

  /** The lease liability: the rents' present value at the incremental borrowing rate. */
  leaseLiability(asset: Asset, factors = this.factorsOf(asset)): number {
    return leaseLiabilityOfRent(asset.market_rent, factors);
  }

  /** What the buyer holds at lease end: the next year's rent capitalised at the cap rate. */
  residualValue(asset: Asset, factors = this.factorsOf(asset)): number {
    return residualValueOfRent(asset.market_rent, asset.cap_rate, factors);
  }

  /** NPV cost: the rents and residual at the cost of debt, less the gross proceeds. */
  npvCost(asset: Asset, gross: number, factors = this.factorsOf(asset)): number {
    return npvCostOfRent(asset.market_rent, residualValueOfRent(asset.market_rent, asset.cap_rate, factors), gross, factors);
  }

  /**
   * The implied cost (IRR) of selling `asset` at `costRate` selling costs into
   * its lease. The solve runs on the lease scaled to a rent of 1 (every flow is
   * proportional to the rent, so the rate is the same), once per (cap rate,
   * selling cost, escalator, term).
   */
  impliedCost(asset: Asset, costRate: number, factors = this.factorsOf(asset)): number | null {
    return impliedCostOfRent(asset.market_rent, asset.cap_rate, costRate, factors);
  }
}

/*
 * The figures of one lease from its numbers and its shared factors: the one
 * home of each formula. `LeaseValuation`'s methods read the numbers from an
 * asset; the program's economics pass the ones `AssetFigures` already holds
 * (its rent is the asset's market rent), so a large selection does not read
 * every asset again.
 */

/** The lease liability of a lease with first-year rent `rent`. */
export function leaseLiabilityOfRent(rent: number, factors: LeaseFactors): number {
  return rent * factors.annuityAtBorrowingRate;
}

/** The residual value: the rent after the term capitalised at `capRate`. */
export function residualValueOfRent(rent: number, capRate: number, factors: LeaseFactors): number {
  return (rent * factors.growthOverTerm) / capRate;
}

/** The NPV cost of a lease with its residual value (`residualValueOfRent`) and the sale's gross proceeds. */
export function npvCostOfRent(rent: number, residualValue: number, gross: number, factors: LeaseFactors): number {
  return rent * factors.annuityAtCostOfDebt + residualValue / factors.discountAtCostOfDebt - gross;
}

/**
 * The implied cost (IRR) of a sale at `capRate` with `costRate` selling costs
 * into its lease, solved once per (cap rate, selling cost) on the factors (see
 * `LeaseValuation.impliedCost`). Null with no rent (no flows, no rate).
 */
export function impliedCostOfRent(rent: number, capRate: number, costRate: number, factors: LeaseFactors): number | null {
  if (!(rent > 0)) return null; // no rent, no flows: no rate
  let byCost = factors.impliedCosts.get(capRate);
  if (byCost === undefined) {
    byCost = [];
    factors.impliedCosts.set(capRate, byCost);
  }
  for (let index = 0; index < byCost.length; index += 1) {
    const known = byCost[index] as { readonly costRate: number; readonly rate: number | null };
    if (known.costRate === costRate) return known.rate;
  }
  const unitGross = (1 / capRate) * (1 - costRate);
  const lease = { rent: 1, escalator: factors.escalator, years: factors.years };
  // cap_rate + g is the implied cost with no selling cost, and at or below it with any.
  const rate = leasebackRate(lease, factors.growthOverTerm / capRate, unitGross, capRate + factors.escalator);
  byCost.push({ costRate, rate });
  return rate;
}
