import type { Asset, CorporateState, ProgramMetrics } from '@leaseback/domain';
import { computeAssetFigures, findNonFiniteFigure } from './asset-figures.js';
import { findNonFiniteTerm, resolveCorporateTerms } from './corporate-terms.js';
import { DuplicateAssetIdError, NonFiniteQuantityError, UnknownAssetError } from './engine-errors.js';
import { formatMoney } from './format-numbers.js';
import { EMPTY_SUMS, addToSums, evaluateProForma, type ProForma, type ProgramSums } from './pro-forma.js';

/**
 * Pro-forma metrics after selling the assets whose ids are given (the baseline
 * for an empty list), with the formulas of `docs/domain.md` and wire field
 * names. Ids are summed in the order given; a repeated id counts once.
 *
 * Throws `UnknownAssetError` (code `unknown_asset`) for an id not in `assets`,
 * `DuplicateAssetIdError` for an asset list with repeated ids, and
 * `NonFiniteQuantityError` (code `numeric_error`) when a quantity overflows.
 */
export function computeMetrics(
  assets: readonly Asset[],
  corporateState: CorporateState,
  selectedAssetIds: readonly string[],
): ProgramMetrics {
  const terms = resolveCorporateTerms(corporateState);
  const nonFiniteTerm = findNonFiniteTerm(terms);
  if (nonFiniteTerm !== null) throw new NonFiniteQuantityError(nonFiniteTerm, 'is not a finite number');
  const assetsById = new Map<string, Asset>();
  for (const asset of assets) {
    if (assetsById.has(asset.asset_id)) throw new DuplicateAssetIdError(asset.asset_id);
    assetsById.set(asset.asset_id, asset);
  }
  let sums: ProgramSums = EMPTY_SUMS;
  const seen = new Set<string>();
  for (const assetId of selectedAssetIds) {
    if (seen.has(assetId)) continue;
    seen.add(assetId);
    const asset = assetsById.get(assetId);
    if (asset === undefined) throw new UnknownAssetError(assetId);
    const figures = computeAssetFigures(asset, terms);
    const quantity = findNonFiniteFigure(figures);
    if (quantity !== null) throw new NonFiniteQuantityError(quantity, 'is not a finite number');
    sums = addToSums(sums, figures);
  }
  const result = evaluateProForma(terms, sums);
  if (!result.ok) throw new NonFiniteQuantityError(result.quantity, 'is not a finite number');
  return toProgramMetrics(result.proForma);
}

/** Converts an internal pro-forma to the wire `ProgramMetrics`, noting why a ratio is null. */
export function toProgramMetrics(proForma: ProForma): ProgramMetrics {
  const ratioNotes: Record<string, string> = {};
  if (proForma.netLeverage === null) {
    ratioNotes['net_leverage'] = `undefined: EBITDA after the program is ${formatMoney(proForma.ebitda)}, at or below zero`;
  }
  if (proForma.fixedChargeCoverage === null) {
    ratioNotes['fixed_charge_coverage'] = 'unbounded: there are no fixed charges (interest and rent are both zero)';
  }
  return {
    net_leverage: proForma.netLeverage,
    fixed_charge_coverage: proForma.fixedChargeCoverage,
    lease_adjusted_leverage: proForma.leaseAdjustedLeverage,
    ebitda: proForma.ebitda,
    ebitdar: proForma.ebitdar,
    net_debt: proForma.netDebt,
    interest_expense: proForma.interestExpense,
    rent_expense: proForma.rentExpense,
    ratio_notes: ratioNotes,
  };
}
