import type { Asset, CorporateState, ExcludedAsset, SelectorSpec } from '@leaseback/domain';
import type { AssetFigures } from './asset-figures.js';
import { findNonFiniteTerm, resolveCorporateTerms, type CorporateTerms } from './corporate-terms.js';
import { covenantValue, financialCovenantsOf, meetsLimit, type FinancialCovenant } from './covenants.js';
import { applyEligibility } from './eligibility.js';
import type { EngineConfig } from './engine-config.js';
import { findDuplicateAssetId } from './duplicate-asset-ids.js';
import { DuplicateAssetIdError } from './engine-errors.js';
import { EMPTY_SUMS, evaluateProForma, type ProForma } from './pro-forma.js';
import { sortByRanking } from './rank-order.js';

/** The market-share cap of a spec: a share of the target, and the same in USD. */
export interface MarketShareCap {
  /** `max_market_share`, a share of the target amount. */
  readonly share: number;
  /** share x target_amount: the most cash one market may provide. */
  readonly cap: number;
}

/** Everything both strategies need, computed once: terms, baseline, covenants, ranked eligible assets. */
export interface SelectionContext {
  readonly spec: SelectorSpec;
  readonly config: EngineConfig;
  readonly tolerance: number;
  readonly targetAmount: number;
  readonly terms: CorporateTerms;
  readonly baseline: ProForma;
  readonly covenants: readonly FinancialCovenant[];
  /** Whether each covenant (same index) holds before the program. */
  readonly baselineHolds: readonly boolean[];
  readonly marketShare: MarketShareCap | null;
  /** `max_rent_added`: the most annual rent the sold assets may add (USD), or null. */
  readonly rentCap: number | null;
  /** Eligible assets in greedy rank order (also the canonical order for sums). */
  readonly ranked: readonly AssetFigures[];
  /** Ineligible assets, sorted by asset id. */
  readonly excluded: readonly ExcludedAsset[];
}

/** A context, or the quantity that made the baseline or an asset's figures non-finite. */
export type PrepareResult =
  | { readonly ok: true; readonly context: SelectionContext }
  | {
      readonly ok: false;
      readonly quantity: string;
      readonly baseline: ProForma | null;
      readonly excluded: readonly ExcludedAsset[];
    };

/**
 * Resolves terms, computes the baseline, applies the filters and ranks the
 * eligible assets. Never throws on valid input; throws `DuplicateAssetIdError`
 * for repeated asset ids (invalid input the domain schema already rejects).
 */
export function prepareSelection(
  assets: readonly Asset[],
  corporateState: CorporateState,
  spec: SelectorSpec,
  config: EngineConfig,
): PrepareResult {
  const duplicate = findDuplicateAssetId(assets);
  if (duplicate !== null) throw new DuplicateAssetIdError(duplicate);
  const terms = resolveCorporateTerms(corporateState, spec.program_terms);
  const nonFiniteTerm = findNonFiniteTerm(terms);
  if (nonFiniteTerm !== null) return { ok: false, quantity: nonFiniteTerm, baseline: null, excluded: [] };
  const baselineResult = evaluateProForma(terms, EMPTY_SUMS);
  if (!baselineResult.ok) return { ok: false, quantity: `${baselineResult.quantity} before the program`, baseline: null, excluded: [] };
  const baseline = baselineResult.proForma;
  if (baseline.ebitda <= 0 || baseline.netLeverage === null) {
    return { ok: false, quantity: 'EBITDA before the program (must be above zero)', baseline: null, excluded: [] };
  }
  const eligibility = applyEligibility(assets, spec.asset_filters ?? {}, terms);
  if (!eligibility.ok) return { ok: false, quantity: eligibility.quantity, baseline, excluded: [] };
  const ranked = sortByRanking(eligibility.eligible);
  const tolerance = config.relative_tolerance;
  const covenants = financialCovenantsOf(spec);
  const baselineHolds = covenants.map((covenant) =>
    meetsLimit(covenantValue(covenant.name, baseline), covenant.limit, covenant.direction, tolerance),
  );
  const share = spec.hard_constraints.max_market_share;
  const marketShare = share === undefined ? null : { share, cap: share * spec.target_amount };
  return {
    ok: true,
    context: {
      spec,
      config,
      tolerance,
      targetAmount: spec.target_amount,
      terms,
      baseline,
      covenants,
      baselineHolds,
      marketShare,
      rentCap: spec.hard_constraints.max_rent_added ?? null,
      ranked,
      excluded: eligibility.excluded,
    },
  };
}

/** Whether proceeds meet the target, within the relative tolerance. */
export function meetsTarget(proceeds: number, targetAmount: number, tolerance: number): boolean {
  return proceeds >= targetAmount - tolerance * targetAmount;
}

/** Whether the rent the program adds stays within the cap, within the relative tolerance. */
export function withinRentCap(rentAdded: number, cap: number, tolerance: number): boolean {
  return rentAdded <= cap + tolerance * cap;
}

/** Whether one market's cash stays within the cap, within the relative tolerance. */
export function withinMarketCap(marketCash: number, cap: number, tolerance: number): boolean {
  return marketCash <= cap + tolerance * cap;
}
