import type { AccountingBasis } from '@leaseback/domain';

/**
 * How one sale enters the reported pro-forma on a basis: the one place the
 * accounting basis changes the linear covenant coefficients. Every method
 * reads the two figures of `AssetFigures` set from these (greedy through the
 * pro-forma sums, the MILP rows, capacity, any exact method built on the
 * selection model), so the basis cannot differ between them.
 *
 * - `us_gaap`: the new rent is an operating cost, so EBITDA falls by the rent;
 *   the lease is not debt.
 * - `ifrs16`: the lease is debt, so net debt gains the lease liability and
 *   EBITDA keeps the rent (it is depreciation and interest, below EBITDA).
 */
export function ebitdaChargeOn(basis: AccountingBasis, rent: number): number {
  return basis === 'ifrs16' ? 0 : rent;
}

/**
 * Whether a sale adds its lease liability to reported net debt on `basis`
 * (IFRS 16). Asked before the liability is computed, so US GAAP selection does
 * not pay for a present value per eligible asset.
 */
export function leasesAreDebtOn(basis: AccountingBasis): boolean {
  return basis === 'ifrs16';
}

/** The basis the outcome also reports net leverage on. */
export function otherBasisOf(basis: AccountingBasis): AccountingBasis {
  return basis === 'ifrs16' ? 'us_gaap' : 'ifrs16';
}

/**
 * Net leverage after selling a set, on `basis`, from the set's sums: gross
 * proceeds P, new rent R and lease liabilities L. Null when that basis's
 * EBITDA' <= 0 (leverage undefined).
 */
export function netLeverageOnBasis(
  basis: AccountingBasis,
  corporate: { readonly ebitda: number; readonly netDebt: number },
  sums: { readonly gross: number; readonly rent: number; readonly leaseLiability: number },
): number | null {
  const ebitda = basis === 'ifrs16' ? corporate.ebitda : corporate.ebitda - sums.rent;
  const netDebt = corporate.netDebt - sums.gross + (basis === 'ifrs16' ? sums.leaseLiability : 0);
  if (!(ebitda > 0)) return null;
  const leverage = netDebt / ebitda;
  return Number.isFinite(leverage) ? leverage : null;
}
