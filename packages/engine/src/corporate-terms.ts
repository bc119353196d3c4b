import type { CorporateState, ProgramTerms } from '@leaseback/domain';
import { resolveEconomicTerms, type EconomicTerms } from './economics/economic-terms.js';
import { LeaseValuation } from './economics/lease-valuation.js';

/**
 * The corporate figures the pro-forma formulas use, with every default of
 * `docs/domain.md` applied. Money in USD, rates as decimals.
 */
export interface CorporateTerms {
  readonly ebitda: number;
  readonly netDebt: number;
  readonly interestExpense: number;
  /** R0: rent already paid before the program. */
  readonly baseRent: number;
  /** EBITDA + R0; the program does not change it. */
  readonly ebitdar: number;
  /** Rate saved on debt repaid. */
  readonly costOfDebt: number;
  /** u: share of cash proceeds used to repay debt. */
  readonly debtPaydownShare: number;
  /** Default cost of selling, as a share of price. */
  readonly transactionCostRate: number;
  /** k: multiple at which rent is capitalised in lease-adjusted leverage. */
  readonly leaseAdjustmentMultiple: number;
  /** Accounting basis, IBR, tax rate and lease defaults (`economics/economic-terms.ts`). */
  readonly economics: EconomicTerms;
  /** The program's lease figures, with the factors its assets share computed once. */
  readonly valuation: LeaseValuation;
}

/**
 * Resolves the corporate state's defaults. Defaults are applied here as well as
 * by the schema so that a caller who skipped parsing still gets the documented
 * behaviour rather than `NaN`.
 */
export function resolveCorporateTerms(corporateState: CorporateState, programTerms?: ProgramTerms): CorporateTerms {
  const netDebt = corporateState.net_debt;
  const interestExpense = corporateState.interest_expense;
  const costOfDebt = corporateState.cost_of_debt ?? (netDebt > 0 ? interestExpense / netDebt : 0);
  const baseRent = corporateState.rent_expense;
  const economics = resolveEconomicTerms(corporateState, costOfDebt, programTerms);
  return {
    ebitda: corporateState.ebitda,
    netDebt,
    interestExpense,
    baseRent,
    ebitdar: corporateState.ebitda + baseRent,
    costOfDebt,
    debtPaydownShare: corporateState.debt_paydown_share ?? 1,
    transactionCostRate: corporateState.transaction_cost_rate ?? 0.02,
    leaseAdjustmentMultiple: corporateState.lease_adjustment_multiple ?? 8,
    economics,
    valuation: new LeaseValuation(economics, costOfDebt),
  };
}

/**
 * Names the first corporate term that is not a finite number, or returns null.
 * Inputs are finite by schema, but derived terms (EBITDAR, a default cost of
 * debt over a tiny net debt) can overflow.
 */
export function findNonFiniteTerm(terms: CorporateTerms): string | null {
  const checks: ReadonlyArray<readonly [string, number]> = [
    ['EBITDA', terms.ebitda],
    ['net debt', terms.netDebt],
    ['interest expense', terms.interestExpense],
    ['rent expense', terms.baseRent],
    ['EBITDAR', terms.ebitdar],
    ['cost of debt', terms.costOfDebt],
    ['debt paydown share', terms.debtPaydownShare],
    ['transaction cost rate', terms.transactionCostRate],
    ['lease adjustment multiple', terms.leaseAdjustmentMultiple],
    ['incremental borrowing rate', terms.economics.incrementalBorrowingRate],
  ];
  for (const [name, value] of checks) if (!Number.isFinite(value)) return name;
  return null;
}
