import type { AssetFigures } from './asset-figures.js';
import type { CorporateTerms } from './corporate-terms.js';

/** Running sums over a set of sold assets: P, C, M and R in `docs/domain.md`. */
export interface ProgramSums {
  /** P: gross proceeds (net of selling costs). */
  readonly gross: number;
  /** C: cash proceeds. */
  readonly cash: number;
  /** M: mortgages repaid. */
  readonly mortgage: number;
  /** R: new rent. */
  readonly rent: number;
  /** Sum of the sales' EBITDA charges on the basis in force (R under US GAAP, 0 under IFRS 16). */
  readonly ebitdaCharge: number;
  /** Sum of the sales' lease debt on the basis in force (0 under US GAAP, the lease liabilities under IFRS 16). */
  readonly leaseDebt: number;
}

/** The sums of the empty set. */
export const EMPTY_SUMS: ProgramSums = Object.freeze({ gross: 0, cash: 0, mortgage: 0, rent: 0, ebitdaCharge: 0, leaseDebt: 0 });

/** Adds one asset to running sums (O(1): the reason selection is not quadratic). */
export function addToSums(sums: ProgramSums, figures: AssetFigures): ProgramSums {
  return {
    gross: sums.gross + figures.gross,
    cash: sums.cash + figures.cash,
    mortgage: sums.mortgage + figures.mortgage,
    rent: sums.rent + figures.rent,
    ebitdaCharge: sums.ebitdaCharge + figures.ebitdaCharge,
    leaseDebt: sums.leaseDebt + figures.leaseDebt,
  };
}

/**
 * The pro-forma after selling a set. Ratios are `null` when undefined (net
 * leverage with EBITDA' <= 0) or unbounded (coverage with no fixed charges).
 */
export interface ProForma {
  readonly sums: ProgramSums;
  /** EBITDA' = EBITDA - R (US GAAP); EBITDA (IFRS 16). */
  readonly ebitda: number;
  /** EBITDA + R0, unchanged by the program. */
  readonly ebitdar: number;
  /** ND' = ND - P (US GAAP); ND - P + lease liabilities (IFRS 16). */
  readonly netDebt: number;
  /** I' = max(0, I - cost_of_debt x (u x C + M)), plus IBR x lease liabilities under IFRS 16. */
  readonly interestExpense: number;
  /** The debt interest alone (no lease interest): what fixed-charge coverage, a cash measure, uses. */
  readonly debtInterestExpense: number;
  /** R0 + R. */
  readonly rentExpense: number;
  /** Debt interest + R0 + R, the denominator of coverage. */
  readonly fixedCharges: number;
  readonly netLeverage: number | null;
  readonly fixedChargeCoverage: number | null;
  readonly leaseAdjustedLeverage: number;
}

/** A pro-forma, or the name of the first quantity that was not finite. */
export type ProFormaResult = { readonly ok: true; readonly proForma: ProForma } | { readonly ok: false; readonly quantity: string };

/**
 * Applies the formulas of `docs/domain.md` to running sums. Never returns a
 * non-finite number: the first quantity that overflows is named instead.
 */
export function evaluateProForma(terms: CorporateTerms, sums: ProgramSums): ProFormaResult {
  if (!Number.isFinite(sums.gross)) return { ok: false, quantity: 'gross proceeds' };
  if (!Number.isFinite(sums.cash)) return { ok: false, quantity: 'cash proceeds' };
  if (!Number.isFinite(sums.mortgage)) return { ok: false, quantity: 'mortgages repaid' };
  if (!Number.isFinite(sums.rent)) return { ok: false, quantity: 'new rent' };
  if (!Number.isFinite(sums.leaseDebt)) return { ok: false, quantity: 'lease liabilities' };
  // ebitdaCharge and leaseDebt carry the accounting basis (economics/accounting-basis.ts).
  const ebitda = terms.ebitda - sums.ebitdaCharge;
  if (!Number.isFinite(ebitda)) return { ok: false, quantity: 'EBITDA after the program' };
  const debtAfterSale = terms.netDebt - sums.gross;
  const netDebt = debtAfterSale + sums.leaseDebt;
  if (!Number.isFinite(netDebt)) return { ok: false, quantity: 'net debt after the program' };
  const debtRepaid = terms.debtPaydownShare * sums.cash + sums.mortgage;
  const interestSaved = terms.costOfDebt * debtRepaid;
  if (!Number.isFinite(interestSaved)) return { ok: false, quantity: 'interest saved' };
  const debtInterestExpense = Math.max(0, terms.interestExpense - interestSaved);
  const interestExpense = debtInterestExpense + terms.economics.incrementalBorrowingRate * sums.leaseDebt;
  if (!Number.isFinite(interestExpense)) return { ok: false, quantity: 'interest expense after the program' };
  const rentExpense = terms.baseRent + sums.rent;
  if (!Number.isFinite(rentExpense)) return { ok: false, quantity: 'rent expense after the program' };
  const fixedCharges = debtInterestExpense + rentExpense;
  if (!Number.isFinite(fixedCharges)) return { ok: false, quantity: 'fixed charges after the program' };
  let netLeverage: number | null = null;
  if (ebitda > 0) {
    netLeverage = netDebt / ebitda;
    if (!Number.isFinite(netLeverage)) return { ok: false, quantity: 'net leverage' };
  }
  let fixedChargeCoverage: number | null = null;
  if (fixedCharges > 0) {
    fixedChargeCoverage = terms.ebitdar / fixedCharges;
    if (!Number.isFinite(fixedChargeCoverage)) return { ok: false, quantity: 'fixed-charge coverage' };
  }
  // The lease liability is not added twice: lease-adjusted debt capitalises the rent instead.
  const leaseAdjustedDebt = debtAfterSale + terms.leaseAdjustmentMultiple * rentExpense;
  if (!Number.isFinite(leaseAdjustedDebt)) return { ok: false, quantity: 'lease-adjusted debt' };
  const leaseAdjustedLeverage = leaseAdjustedDebt / terms.ebitdar;
  if (!Number.isFinite(leaseAdjustedLeverage)) return { ok: false, quantity: 'lease-adjusted leverage' };
  return {
    ok: true,
    proForma: {
      sums,
      ebitda,
      ebitdar: terms.ebitdar,
      netDebt,
      interestExpense,
      debtInterestExpense,
      rentExpense,
      fixedCharges,
      netLeverage,
      fixedChargeCoverage,
      leaseAdjustedLeverage,
    },
  };
}
