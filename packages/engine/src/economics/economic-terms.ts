import type { AccountingBasis, Asset, CorporateState, ProgramTerms } from '@leaseback/domain';
import type { LeaseTerms } from './lease-cash-flows.js';

/** The lease term an asset gets when neither the program, the asset nor the corporate state states one. */
export const DEFAULT_LEASE_TERM_YEARS = 15;
/** The rent escalator an asset gets when neither the program, the asset nor the corporate state states one. */
export const DEFAULT_RENT_ESCALATOR = 0.02;

/**
 * The economic terms of one program, every default of `docs/domain.md` applied.
 * Precedence for an asset's lease: the program's terms (brief, scenario or
 * caller), then the asset's own, then the corporate default.
 */
export interface EconomicTerms {
  readonly accountingBasis: AccountingBasis;
  /** Rate that discounts lease payments; defaults to the resolved cost of debt. */
  readonly incrementalBorrowingRate: number;
  readonly taxRate: number;
  readonly defaultLeaseTermYears: number;
  readonly defaultRentEscalator: number;
  /** A term stated for the whole program, over every asset's own. */
  readonly programLeaseTermYears: number | null;
  /** An escalator stated for the whole program, over every asset's own. */
  readonly programRentEscalator: number | null;
}

/** Resolves the economic terms from the corporate state and the spec's program terms. */
export function resolveEconomicTerms(
  corporateState: CorporateState,
  costOfDebt: number,
  programTerms: ProgramTerms | undefined,
): EconomicTerms {
  return {
    accountingBasis: programTerms?.accounting_basis ?? corporateState.accounting_basis ?? 'us_gaap',
    incrementalBorrowingRate: corporateState.incremental_borrowing_rate ?? costOfDebt,
    taxRate: programTerms?.tax_rate ?? corporateState.tax_rate ?? 0,
    defaultLeaseTermYears: corporateState.default_lease_term_years ?? DEFAULT_LEASE_TERM_YEARS,
    defaultRentEscalator: corporateState.default_rent_escalator ?? DEFAULT_RENT_ESCALATOR,
    programLeaseTermYears: programTerms?.lease_term_years ?? null,
    programRentEscalator: programTerms?.rent_escalator ?? null,
  };
}

/** The lease an asset is sold into: its rent, escalator and term under `terms`. */
export function leaseTermsOf(asset: Asset, terms: EconomicTerms): LeaseTerms {
  return {
    rent: asset.market_rent,
    escalator: terms.programRentEscalator ?? asset.rent_escalator ?? terms.defaultRentEscalator,
    years: terms.programLeaseTermYears ?? asset.lease_term_years ?? terms.defaultLeaseTermYears,
  };
}
