import { ASSET_TYPES, type AssetType, type Notice } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { ListItem } from './read-place-list.js';

/** The filters the lists of a brief come to, with what was said about resolving them. */
export interface ResolvedPlaces {
  /** Markets asked for: the only ones a sale may come from. */
  readonly includeMarkets: string[];
  readonly excludeMarkets: string[];
  readonly includeTypes: AssetType[];
  readonly excludeTypes: AssetType[];
  readonly excludeAssetIds: string[];
  /** How a place was resolved when that is worth saying (a state expanded, a place with no market). */
  readonly notes: string[];
  /** The same resolutions as notices: a state read as its markets, an asset read by name, an unknown place or asset. */
  readonly notices: Notice[];
}

/** What resolving one item needs and adds to. */
interface Resolution {
  readonly text: BriefText;
  readonly vocabulary: PlaceVocabulary;
  readonly notes: string[];
  readonly notices: Notice[];
  readonly unrepresentable: string[];
  readonly assetIdsRead: string[];
}

/**
 * Turns the lists read from a brief into filters: markets as named, states as
 * the portfolio markets in them, assets named in words as their ids, types
 * as asset types. Places the portfolio does not hold are dropped and said so:
 * excluding one changes nothing, and asking only for one is reported as not
 * understood (added to `lists.unrepresentable`) rather than turned into a
 * filter that matches nothing.
 */
export function resolvePlaceItems(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): ResolvedPlaces {
  const resolution: Resolution = {
    text,
    vocabulary,
    notes: [],
    notices: [],
    unrepresentable: lists.unrepresentable,
    assetIdsRead: [],
  };
  const includeMarkets = new Set<string>();
  const excludeMarkets = new Set<string>();
  for (const item of lists.included) if (item.match?.item.kind !== 'asset') resolveItem(resolution, item, includeMarkets, true);
  const excluded = lists.excluded.map((item) =>
    includeMarkets.size === 1 ? (oneInMarket(text, vocabulary, item, includeMarkets) ?? item) : item,
  );
  for (const item of excluded) resolveItem(resolution, item, excludeMarkets, false);

  const includeTypes = new Set<AssetType>();
  const excludeTypes = new Set<AssetType>();
  for (const item of lists.included) if (item.match?.item.kind === 'type') includeTypes.add(item.match.item.assetType);
  for (const item of excluded) if (item.match?.item.kind === 'type') excludeTypes.add(item.match.item.assetType);
  return {
    includeMarkets: inPortfolioOrder(includeMarkets, vocabulary.markets),
    excludeMarkets: inPortfolioOrder(excludeMarkets, vocabulary.markets),
    includeTypes: ASSET_TYPES.filter((assetType) => includeTypes.has(assetType)),
    excludeTypes: ASSET_TYPES.filter((assetType) => excludeTypes.has(assetType)),
    excludeAssetIds: excludedAssetIds(resolution, excluded),
    notes: resolution.notes,
    notices: resolution.notices,
  };
}

/**
 * "Raise $50M from Dallas. Don't touch the data center.", "$75M from Georgia without selling the sortation hub": with
 * the sale kept to one market, "the" and a type in the singular (or a description several assets share) ruled out
 * names that market's one asset of it, not every asset of the type. Null when the item is no such mention or the
 * market holds no single asset it fits.
 */
function oneInMarket(text: BriefText, vocabulary: PlaceVocabulary, item: ListItem, markets: ReadonlySet<string>): ListItem | null {
  const named = item.match?.item;
  const phrase = text.lower.slice(item.start, item.end);
  if (named === undefined || /s$/.test(phrase) || !/(?:^|[^a-z])the\s+$/.test(text.lower.slice(Math.max(0, item.start - 5), item.start)))
    return null;
  const fits =
    named.kind === 'type'
      ? vocabulary.assets.filter((asset) => asset.asset_type === named.assetType)
      : named.kind === 'asset' && named.assetIds.length > 1
        ? vocabulary.assets.filter((asset) => named.assetIds.includes(asset.asset_id))
        : [];
  const inMarket = fits.filter((asset) => markets.has(asset.market.trim()));
  if (inMarket.length !== 1 || item.match === null) return null;
  const assetIds = inMarket.map((asset) => asset.asset_id);
  return { ...item, match: { ...item.match, item: { kind: 'asset', assetIds, phrase: text.source.slice(item.start, item.end) } } };
}

/** Adds the markets (or asset ids) one item stands for, or says why it stands for none. */
function resolveItem(resolution: Resolution, item: ListItem, target: Set<string>, including: boolean): void {
  const match = item.match;
  if (match === null) return;
  const phrase = resolution.text.source.slice(item.start, item.end);
  const named = match.item;
  if (named.kind === 'market') for (const market of named.markets) target.add(market);
  else if (named.kind === 'asset') resolveAsset(resolution, phrase, named.assetIds);
  else if (named.kind === 'metro') resolveMetro(resolution, phrase, named.metro, target, including);
  else if (named.kind === 'state') resolveState(resolution, phrase, named, target, including);
}

/** An asset named in words: its ids, or a warning that it names none. */
function resolveAsset(resolution: Resolution, phrase: string, ids: readonly string[]): void {
  if (ids.length === 0) {
    resolution.notices.push({
      code: 'unknown_asset',
      severity: 'warning',
      message: `"${phrase}" names no asset of the portfolio, so nothing was excluded for it`,
      field: 'asset_filters.exclude_asset_ids',
    });
    return;
  }
  for (const id of ids) if (!resolution.assetIdsRead.includes(id)) resolution.assetIdsRead.push(id);
  resolution.notices.push({
    code: 'asset_resolved',
    severity: 'info',
    message: `"${phrase}" read as ${describeAssets(ids, resolution.vocabulary)}`,
    field: 'asset_filters.exclude_asset_ids',
  });
}

/** A metro: itself when the portfolio is not known, otherwise nothing, said so. */
function resolveMetro(resolution: Resolution, phrase: string, metro: string, target: Set<string>, including: boolean): void {
  const { vocabulary } = resolution;
  if (vocabulary.markets.length === 0) target.add(metro);
  else if (including) resolution.unrepresentable.push(`${phrase} (not a market in the portfolio)`);
  else {
    resolution.notes.push(`"${phrase}" is not a market in the portfolio, so excluding it changes nothing`);
    resolution.notices.push({
      code: 'unknown_market',
      severity: 'warning',
      message: `"${phrase}" is not a market of the portfolio (markets: ${vocabulary.markets.join(', ')}), so excluding it changes nothing`,
      field: 'asset_filters.exclude_markets',
    });
  }
}

/** A state: the portfolio markets in it (every metro in it when the portfolio is not known). */
function resolveState(
  resolution: Resolution,
  phrase: string,
  named: { readonly state: string; readonly name: string },
  target: Set<string>,
  including: boolean,
): void {
  const { vocabulary, notes, notices } = resolution;
  const unknownPortfolio = vocabulary.markets.length === 0;
  const markets = unknownPortfolio
    ? vocabulary.metrosInState(named.state)
    : vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === named.state);
  const unplaced = unknownPortfolio ? [] : vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === undefined);
  if (markets.length === 0) {
    if (including) resolution.unrepresentable.push(`${phrase} (no market in the portfolio is in ${named.name})`);
    else {
      notes.push(`no market in the portfolio is in ${named.name}, so "${phrase}" excludes nothing`);
      notices.push({
        code: 'unknown_market',
        severity: 'warning',
        message: `no market of the portfolio is in ${named.name}, so "${phrase}" excludes nothing`,
        field: 'asset_filters.exclude_markets',
      });
    }
  } else {
    for (const market of markets) target.add(market);
    notes.push(`${named.name} read as ${markets.join(', ')} (built-in metro table)`);
    notices.push({
      code: 'state_resolved',
      severity: 'info',
      message: `${named.name} read as ${markets.join(', ')} (the portfolio's markets in it)`,
      field: including ? 'asset_filters.include_markets' : 'asset_filters.exclude_markets',
    });
  }
  if (unplaced.length > 0)
    notes.push(`markets not in the built-in metro table were taken as outside ${named.name}: ${unplaced.join(', ')}`);
}

/** The ids of assets named in words, then the ids written out that the portfolio holds (warning for the others). */
function excludedAssetIds(resolution: Resolution, excluded: readonly ListItem[]): string[] {
  const knownIds = new Set(resolution.vocabulary.assets.map((asset) => asset.asset_id));
  const excludeAssetIds = [...resolution.assetIdsRead];
  for (const item of excluded) {
    if (item.assetId === null || excludeAssetIds.includes(item.assetId)) continue;
    if (knownIds.size > 0 && !knownIds.has(item.assetId)) {
      resolution.notices.push({
        code: 'unknown_asset',
        severity: 'warning',
        message: `"${item.assetId}" is not an asset id of the portfolio, so nothing was excluded for it`,
        field: 'asset_filters.exclude_asset_ids',
      });
      continue;
    }
    excludeAssetIds.push(item.assetId);
  }
  return excludeAssetIds;
}

function describeAssets(ids: readonly string[], vocabulary: PlaceVocabulary): string {
  return ids
    .map((id) => {
      const asset = vocabulary.assets.find((candidate) => candidate.asset_id === id);
      return asset === undefined ? id : `${id} (${asset.name})`;
    })
    .join(', ');
}

/** Portfolio markets in portfolio order, then any others in the order first named. */
function inPortfolioOrder(markets: ReadonlySet<string>, portfolio: readonly string[]): string[] {
  const ordered = portfolio.filter((market) => markets.has(market));
  for (const market of markets) if (!ordered.includes(market)) ordered.push(market);
  return ordered;
}
