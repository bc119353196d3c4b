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
}

/** The sums of the empty set. */
export const EMPTY_SUMS: ProgramSums = Object.freeze({ gross: 0, cash: 0, mortgage: 0, rent: 0 });

/** Adds one asset to running sums (O(1): the reason selection is not quadratic). */
export function addToSums(sums: ProgramSums, figures: AssetFigures): ProgramSums {
  return {
    gross: sums.gross + figures.gross,
    cash: sums.cash + figures.cash,
    mortgage: sums.mortgage + figures.mortgage,
    rent: sums.rent + figures.rent,
  };
}

/**
 * The pro-forma after selling a set. Ratios are `null` when undefined (net
 * leverage with EBITDA' <= 0) or unbounded (coverage with no fixed charges).
 */
export interface ProForma {
  readonly sums: ProgramSums;
  /** EBITDA' = EBITDA - R. */
  readonly ebitda: number;
  /** EBITDA + R0, unchanged by the program. */
  readonly ebitdar: number;
  /** ND' = ND - P. */
  readonly netDebt: number;
  /** I' = max(0, I - cost_of_debt x (u x C + M)). */
  readonly interestExpense: number;
  /** R0 + R. */
  readonly rentExpense: number;
  /** I' + R0 + R, the denominator of coverage. */
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
  const ebitda = terms.ebitda - sums.rent;
  if (!Number.isFinite(ebitda)) return { ok: false, quantity: 'EBITDA after the program' };
  const netDebt = terms.netDebt - sums.gross;
  if (!Number.isFinite(netDebt)) return { ok: false, quantity: 'net debt after the program' };
  const debtRepaid = terms.debtPaydownShare * sums.cash + sums.mortgage;
  const interestSaved = terms.costOfDebt * debtRepaid;
  if (!Number.isFinite(interestSaved)) return { ok: false, quantity: 'interest saved' };
  const interestExpense = Math.max(0, terms.interestExpense - interestSaved);
  const rentExpense = terms.baseRent + sums.rent;
  if (!Number.isFinite(rentExpense)) return { ok: false, quantity: 'rent expense after the program' };
  const fixedCharges = interestExpense + rentExpense;
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
  const leaseAdjustedDebt = netDebt + terms.leaseAdjustmentMultiple * rentExpense;
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
      rentExpense,
      fixedCharges,
      netLeverage,
      fixedChargeCoverage,
      leaseAdjustedLeverage,
    },
  };
}
