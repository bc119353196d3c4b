import type { AssetFigures } from './asset-figures.js';
import { covenantValue, meetsLimit } from './covenants.js';
import type { RejectionCause } from './outcome-builder.js';
import { EMPTY_SUMS, addToSums, evaluateProForma, type ProForma, type ProgramSums } from './pro-forma.js';
import { meetsTarget, withinMarketCap, withinRentCap, type SelectionContext } from './selection-context.js';

/** A set checked against the spec with the engine's own formulas and tolerance. */
export type SelectionCheck =
  | {
      readonly ok: true;
      readonly proForma: ProForma;
      readonly meetsTarget: boolean;
      /** Every covenant that fails for the set (empty when all hold). */
      readonly failing: readonly RejectionCause[];
    }
  | { readonly ok: false; readonly quantity: string };

/**
 * Re-checks a set of eligible assets with the pro-forma formulas: proceeds
 * against the target, EBITDA' > 0, every covenant and the market-share cap.
 * The exact strategy uses it to verify what the solver returns rather than
 * trusting the solver's own feasibility tolerance.
 */
export function checkSelection(context: SelectionContext, selected: readonly AssetFigures[]): SelectionCheck {
  let sums: ProgramSums = EMPTY_SUMS;
  const cashByMarket = new Map<string, number>();
  for (const figures of selected) {
    sums = addToSums(sums, figures);
    cashByMarket.set(figures.marketKey, (cashByMarket.get(figures.marketKey) ?? 0) + figures.cash);
  }
  const evaluated = evaluateProForma(context.terms, sums);
  if (!evaluated.ok) return { ok: false, quantity: evaluated.quantity };
  const proForma = evaluated.proForma;
  const failing: RejectionCause[] = [];
  if (proForma.ebitda <= 0) failing.push('ebitda');
  else {
    for (const covenant of context.covenants) {
      if (!meetsLimit(covenantValue(covenant.name, proForma), covenant.limit, covenant.direction, context.tolerance)) {
        failing.push(covenant.name);
      }
    }
  }
  if (context.marketShare !== null) {
    for (const cash of cashByMarket.values()) {
      if (!withinMarketCap(cash, context.marketShare.cap, context.tolerance)) {
        failing.push('max_market_share');
        break;
      }
    }
  }
  if (context.rentCap !== null && !withinRentCap(sums.rent, context.rentCap, context.tolerance)) failing.push('max_rent_added');
  return { ok: true, proForma, meetsTarget: meetsTarget(sums.cash, context.targetAmount, context.tolerance), failing };
}
