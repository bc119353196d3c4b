import { ASSET_TYPES, type Asset, type AssetType, type CorporateState } from '@leaseback/domain';
import { computeMetrics, computePortfolioProceeds, type AssetProceeds, formatMoney, formatRatio } from '@leaseback/engine';
import type { AssetSummary } from '@leaseback/llm';

/**
 * What a model is told about the portfolio: counts, markets, types, the most it
 * could raise by selling everything, and the baseline covenants. Deterministic
 * (sorted), so the same portfolio always gives the same prompt.
 */
export function summarizeAssets(assets: readonly Asset[], corporateState: CorporateState): AssetSummary {
  const markets = [...new Set(assets.map((asset) => asset.market.trim()))].sort();
  const present = new Set(assets.map((asset) => asset.asset_type));
  const assetTypes: AssetType[] = ASSET_TYPES.filter((type) => present.has(type));
  let totalPotentialProceeds = 0;
  const marketProceeds = new Map<string, number>();
  const termProceeds = new Map<number, number>();
  const proceeds = computePortfolioProceeds(assets, corporateState);
  for (let index = 0; index < assets.length; index += 1) {
    const asset = assets[index] as Asset;
    const cash = (proceeds[index] as AssetProceeds).cash;
    if (!Number.isFinite(cash) || cash <= 0) continue;
    totalPotentialProceeds += cash;
    const term = asset.lease_term_years ?? corporateState.default_lease_term_years;
    if (term !== undefined) termProceeds.set(term, (termProceeds.get(term) ?? 0) + cash);
    const market = asset.market.trim();
    marketProceeds.set(market, (marketProceeds.get(market) ?? 0) + cash);
  }
  // The term carrying the most proceeds; ties go to the longer term (the longer commitment is the one worth testing).
  let typicalTerm: number | undefined;
  for (const [term, cash] of termProceeds) {
    const best = typicalTerm === undefined ? undefined : termProceeds.get(typicalTerm);
    if (typicalTerm === undefined || best === undefined || cash > best || (cash === best && term > typicalTerm)) typicalTerm = term;
  }
  const baseline = computeMetrics(assets, corporateState, []);
  const byType = assetTypes.map((type) => `${assets.filter((asset) => asset.asset_type === type).length} ${type.replaceAll('_', ' ')}`);
  const text = [
    `${assets.length} assets in ${markets.length} markets (${markets.join(', ')}): ${byType.join(', ')}.`,
    `Selling every asset with positive proceeds would raise about ${formatMoney(totalPotentialProceeds)}.`,
    `Baseline: EBITDA ${formatMoney(corporateState.ebitda)}, net debt ${formatMoney(corporateState.net_debt)}, ` +
      `net leverage ${baseline.net_leverage === null ? 'undefined' : formatRatio(baseline.net_leverage)}, ` +
      `fixed charge coverage ${baseline.fixed_charge_coverage === null ? 'unbounded' : formatRatio(baseline.fixed_charge_coverage)}.`,
  ].join(' ');
  return {
    asset_count: assets.length,
    markets,
    asset_types: assetTypes,
    total_potential_proceeds: totalPotentialProceeds,
    assets: assets.map((asset) => ({
      asset_id: asset.asset_id,
      name: asset.name,
      asset_type: asset.asset_type,
      market: asset.market.trim(),
    })),
    market_proceeds: Object.fromEntries(markets.map((market) => [market, marketProceeds.get(market) ?? 0])),
    ...(typicalTerm === undefined ? {} : { typical_lease_term_years: typicalTerm }),
    baseline: {
      ebitda: corporateState.ebitda,
      net_debt: corporateState.net_debt,
      net_leverage: baseline.net_leverage,
      fixed_charge_coverage: baseline.fixed_charge_coverage,
    },
    text,
  };
}
