import type { Asset, AssetFilters, ExcludedAsset, ExclusionReason } from '@leaseback/domain';
import { computeAssetFigures, createMarketKeyCache, findNonFiniteFigure, marketKeyOf, type AssetFigures } from './asset-figures.js';
import type { CorporateTerms } from './corporate-terms.js';
import { formatMoney, formatScore } from './format-numbers.js';
import { compareCodeUnits } from './ranking.js';

/** The result of applying the spec's filters to every asset. */
export type EligibilityResult =
  | {
      readonly ok: true;
      /** Eligible assets in input order (rank them with `compareRanking`). */
      readonly eligible: AssetFigures[];
      /** Ineligible assets sorted by asset id, each with the first filter it failed. */
      readonly excluded: ExcludedAsset[];
    }
  | { readonly ok: false; readonly quantity: string };

/** The order filters are applied in; an excluded asset reports the first it failed. */
export const FILTER_ORDER: readonly ExclusionReason[] = [
  'excluded_asset_id',
  'asset_type',
  'market_not_included',
  'market_excluded',
  'mortgaged',
  'criticality',
  'leaseability',
  'underwater',
];

/**
 * Splits assets into eligible and excluded. Filters are checked in
 * `FILTER_ORDER`; markets compare trimmed and case-insensitively. Figures are
 * computed only for assets that pass the list and score filters (an asset the
 * user already excluded cannot make the run fail on an overflow). When several
 * assets have non-finite figures, the one with the smallest id is named, so the
 * answer does not depend on input order.
 */
export function applyEligibility(assets: readonly Asset[], filters: AssetFilters, terms: CorporateTerms): EligibilityResult {
  const excludedIds = new Set(filters.exclude_asset_ids ?? []);
  const allowedTypes = filters.asset_types === undefined ? null : new Set<string>(filters.asset_types);
  const includedMarkets = filters.include_markets === undefined ? null : new Set(filters.include_markets.map(marketKeyOf));
  const excludedMarkets = new Set((filters.exclude_markets ?? []).map(marketKeyOf));
  const maxCriticality = filters.max_criticality;
  const minLeaseability = filters.min_leaseability;
  const excludeMortgaged = filters.exclude_mortgaged === true;

  const eligible: AssetFigures[] = [];
  const excluded: ExcludedAsset[] = [];
  let nonFinite: { assetId: string; quantity: string } | null = null;
  const marketKeyCache = createMarketKeyCache();

  for (const asset of assets) {
    const assetId = asset.asset_id;
    if (excludedIds.has(assetId)) {
      excluded.push({ asset_id: assetId, reason: 'excluded_asset_id', detail: `asset id ${assetId} is in exclude_asset_ids` });
      continue;
    }
    if (allowedTypes !== null && !allowedTypes.has(asset.asset_type)) {
      excluded.push({
        asset_id: assetId,
        reason: 'asset_type',
        detail: `asset type ${asset.asset_type} is not among the allowed types (${[...allowedTypes].join(', ')})`,
      });
      continue;
    }
    const marketKey = marketKeyCache(asset.market);
    if (includedMarkets !== null && !includedMarkets.has(marketKey)) {
      excluded.push({
        asset_id: assetId,
        reason: 'market_not_included',
        detail: `market ${asset.market.trim()} is not in include_markets (${(filters.include_markets ?? []).join(', ')})`,
      });
      continue;
    }
    if (excludedMarkets.has(marketKey)) {
      excluded.push({ asset_id: assetId, reason: 'market_excluded', detail: `market ${asset.market.trim()} is in exclude_markets` });
      continue;
    }
    if (excludeMortgaged && asset.mortgage_balance > 0) {
      excluded.push({
        asset_id: assetId,
        reason: 'mortgaged',
        detail: `mortgage balance ${formatMoney(asset.mortgage_balance)} and exclude_mortgaged is set`,
      });
      continue;
    }
    if (maxCriticality !== undefined && asset.criticality > maxCriticality) {
      excluded.push({
        asset_id: assetId,
        reason: 'criticality',
        detail: `criticality ${formatScore(asset.criticality)} is above the maximum ${formatScore(maxCriticality)}`,
      });
      continue;
    }
    if (minLeaseability !== undefined && asset.leaseability < minLeaseability) {
      excluded.push({
        asset_id: assetId,
        reason: 'leaseability',
        detail: `leaseability ${formatScore(asset.leaseability)} is below the minimum ${formatScore(minLeaseability)}`,
      });
      continue;
    }
    const figures = computeAssetFigures(asset, terms, marketKey);
    const quantity = findNonFiniteFigure(figures);
    if (quantity !== null) {
      if (nonFinite === null || compareCodeUnits(assetId, nonFinite.assetId) < 0) nonFinite = { assetId, quantity };
      continue;
    }
    if (figures.cash <= 0) {
      excluded.push({
        asset_id: assetId,
        reason: 'underwater',
        detail:
          `underwater: cash would be ${formatMoney(figures.cash)} ` +
          `(sale net of costs ${formatMoney(figures.gross)} less mortgage ${formatMoney(figures.mortgage)})`,
      });
      continue;
    }
    eligible.push(figures);
  }
  if (nonFinite !== null) return { ok: false, quantity: nonFinite.quantity };
  excluded.sort((left, right) => compareCodeUnits(left.asset_id, right.asset_id));
  return { ok: true, eligible, excluded };
}
