import type { AssetFigures } from './asset-figures.js';
import type { RejectionCause } from './outcome-builder.js';
import type { SelectionContext } from './selection-context.js';

/** One linear row `coefficients · x <= upper` of the 0-1 program, in scaled money. */
export interface ModelRow {
  /** The covenant the row encodes (`ebitda` for EBITDA' > 0). */
  readonly cause: RejectionCause;
  /** Dense coefficients, one per column (eligible asset in rank order). */
  readonly coefficients: Float64Array;
  readonly upper: number;
}

/**
 * The 0-1 program of `docs/domain.md` over the eligible assets: one binary
 * column per asset (in rank order, so the model does not depend on input
 * order), money divided by `scale` so that coefficients are of order one.
 */
export interface SelectionModel {
  readonly columns: readonly AssetFigures[];
  /** USD per model unit (the target amount). */
  readonly scale: number;
  /** Cash of each column in model units: the proceeds objective. */
  readonly cash: Float64Array;
  /** The target row `cash · x >= targetLower`, in model units, tolerance applied. */
  readonly targetLower: number;
  /** Every covenant row, each `coefficients · x <= upper`. */
  readonly rows: readonly ModelRow[];
}

/**
 * Builds the covenant rows. Each covenant is linear once EBITDA' > 0 is its own
 * row (the limits carry the engine's relative tolerance, so the program accepts
 * what the covenant checks accept):
 *
 * - EBITDA' > 0: `E <= EBITDA (1 - tol)` (a sliver stricter than > 0, so a
 *   solver tolerance can never admit EBITDA' = 0);
 * - net leverage <= L: `-P + D + L E <= L EBITDA - ND`;
 *
 * where E and D are the sales' EBITDA charges and lease debt on the basis in
 * force (`economics/accounting-basis.ts`: E = R, D = 0 under US GAAP; E = 0,
 * D = the lease liabilities under IFRS 16), so the program stays linear;
 * - coverage >= F, both branches of the max in I':
 *   `F (R - cod (u C + M)) <= EBITDAR - F (I + R0)` and `F R <= EBITDAR - F R0`;
 * - lease-adjusted leverage <= A: `-P + k R <= A EBITDAR - ND - k R0`;
 * - rent added: `sum of rent <= max_rent_added` (one linear row);
 * - market share: for each market whose assets could exceed the cap,
 *   `sum of its cash <= share x target`.
 */
export function buildSelectionModel(context: SelectionContext): SelectionModel {
  const { ranked, terms, tolerance, targetAmount, marketShare } = context;
  const scale = targetAmount;
  const count = ranked.length;
  const column = (value: (figures: AssetFigures) => number): Float64Array => {
    const values = new Float64Array(count);
    for (let index = 0; index < count; index += 1) values[index] = value(ranked[index] as AssetFigures) / scale;
    return values;
  };
  const rows: ModelRow[] = [];
  rows.push({ cause: 'ebitda', coefficients: column((figures) => figures.ebitdaCharge), upper: (terms.ebitda * (1 - tolerance)) / scale });
  for (const covenant of context.covenants) {
    const loose = covenant.limit * (covenant.direction === 'max' ? 1 + tolerance : 1 - tolerance);
    switch (covenant.name) {
      case 'max_net_leverage':
        rows.push({
          cause: covenant.name,
          coefficients: column((figures) => loose * figures.ebitdaCharge - figures.gross + figures.leaseDebt),
          upper: (loose * terms.ebitda - terms.netDebt) / scale,
        });
        break;
      case 'min_fixed_charge_coverage':
        rows.push({
          cause: covenant.name,
          coefficients: column(
            (figures) => loose * (figures.rent - terms.costOfDebt * (terms.debtPaydownShare * figures.cash + figures.mortgage)),
          ),
          upper: (terms.ebitdar - loose * (terms.interestExpense + terms.baseRent)) / scale,
        });
        rows.push({
          cause: covenant.name,
          coefficients: column((figures) => loose * figures.rent),
          upper: (terms.ebitdar - loose * terms.baseRent) / scale,
        });
        break;
      case 'max_lease_adjusted_leverage':
        rows.push({
          cause: covenant.name,
          coefficients: column((figures) => terms.leaseAdjustmentMultiple * figures.rent - figures.gross),
          upper: (loose * terms.ebitdar - terms.netDebt - terms.leaseAdjustmentMultiple * terms.baseRent) / scale,
        });
        break;
    }
  }
  if (marketShare !== null) {
    const cap = marketShare.cap * (1 + tolerance);
    const membersByMarket = new Map<string, number[]>();
    ranked.forEach((figures, index) => {
      const members = membersByMarket.get(figures.marketKey);
      if (members === undefined) membersByMarket.set(figures.marketKey, [index]);
      else members.push(index);
    });
    for (const members of membersByMarket.values()) {
      let total = 0;
      for (const index of members) total += (ranked[index] as AssetFigures).cash;
      if (total <= cap) continue; // the cap cannot bind: no row needed
      const coefficients = new Float64Array(count);
      for (const index of members) coefficients[index] = (ranked[index] as AssetFigures).cash / scale;
      rows.push({ cause: 'max_market_share', coefficients, upper: cap / scale });
    }
  }
  if (context.rentCap !== null) {
    rows.push({
      cause: 'max_rent_added',
      coefficients: column((figures) => figures.rent),
      upper: (context.rentCap * (1 + tolerance)) / scale,
    });
  }
  return {
    columns: ranked,
    scale,
    cash: column((figures) => figures.cash),
    targetLower: (targetAmount * (1 - tolerance)) / scale,
    rows,
  };
}
