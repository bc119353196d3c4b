import type { BriefText } from './brief-text.js';
import { assetsNamedWith, nameWordsAt } from './described-assets.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { ListItem } from './read-place-list.js';

/*
 * Items of a list written together as one: a place and a type ("the Newark office"), a name and a type ("the
 * Fontana warehouse"), two words of one type ("the research lab"), and a plural type shared by the names before it
 * ("the Chandler and Carrollton data centers").
 */

/** The portfolio markets a place item stands for (none for a metro outside the portfolio or a type). */
function marketsOf(item: ListItem, vocabulary: PlaceVocabulary): string[] {
  const named = item.match?.item;
  if (named?.kind === 'market') return [...named.markets];
  if (named?.kind === 'state') return vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === named.state);
  return [];
}

/**
 * "the Atlanta sortation hub", "the Houston regional office": a place with words of asset names right after it (and
 * the asset's type, when written), naming the one asset there whose name holds them; null when they name none or
 * several, or when a type alone follows ("the Dallas warehouse" is read as a place and a type).
 */
export function placeWithNameWords(text: BriefText, place: ListItem, vocabulary: PlaceVocabulary): ListItem | null {
  const markets = marketsOf(place, vocabulary);
  const space = /^\s+/.exec(text.lower.slice(place.end));
  if (markets.length === 0 || space === null) return null;
  const described = nameWordsAt(text.lower, place.end + space[0].length, vocabulary);
  if (described === null) return null;
  const assets = assetsNamedWith(vocabulary, described.words)
    .map((id) => vocabulary.assets.find((asset) => asset.asset_id === id))
    .filter((asset) => asset !== undefined && markets.includes(asset.market.trim()));
  const asset = assets[0];
  if (asset === undefined || assets.length !== 1) return null;
  // "the Houston regional office": the asset's own type after the words belongs to the name.
  const spaces = /^\s+/.exec(text.lower.slice(described.end))?.[0].length ?? 0;
  const type = spaces > 0 ? vocabulary.matchAt(text.lower, described.end + spaces, false) : null;
  const end = type?.item.kind === 'type' && type.item.assetType === asset.asset_type ? type.end : described.end;
  if (!text.isFree(place.start, end)) return null;
  const phrase = text.source.slice(place.start, end);
  return {
    match: { item: { kind: 'asset', assetIds: [asset.asset_id], phrase }, start: place.start, end },
    assetId: null,
    start: place.start,
    end,
  };
}

/**
 * "the Groveport warehouse and the one in Elk Grove Village", "the Tempe office and the one in Houston": the item after
 * "the one in", read as the asset of the type of the asset before it that it names or that stands there; null when it
 * names none or several.
 */
export function anotherOfType(previous: ListItem, item: ListItem, vocabulary: PlaceVocabulary): ListItem | null {
  const before = previous.match?.item;
  const types = new Set(
    before?.kind === 'asset'
      ? vocabulary.assets.filter((asset) => before.assetIds.includes(asset.asset_id)).map((asset) => asset.asset_type)
      : before?.kind === 'type'
        ? [before.assetType]
        : [],
  );
  if (types.size !== 1 || item.match === null) return null;
  const named = item.match.item;
  const markets = marketsOf(item, vocabulary);
  const ids = vocabulary.assets
    .filter((asset) => types.has(asset.asset_type))
    .filter((asset) => (named.kind === 'asset' ? named.assetIds.includes(asset.asset_id) : markets.includes(asset.market.trim())))
    .map((asset) => asset.asset_id);
  if (ids.length !== 1) return null;
  return { ...item, match: { ...item.match, item: { kind: 'asset', assetIds: ids, phrase: named.kind === 'asset' ? named.phrase : '' } } };
}

/**
 * Two items written as one ("the Dallas HQ", "Fontana warehouse", "the Newark
 * office", "offices in Chicago") read as the assets both describe, when the
 * portfolio's assets are known; null when they are not one phrase or cannot be read so.
 */
export function mergeAdjacent(text: BriefText, previous: ListItem, next: ListItem, vocabulary: PlaceVocabulary): ListItem | null {
  if (vocabulary.assets.length === 0) return null;
  const between = text.lower.slice(previous.end, next.start);
  if (/[,&/]|\b(?:and|or|nor|plus)\b/.test(between)) return null;
  // "the packaging plant in Pasadena", "the distribution center at Port Houston": two readings of one asset.
  if (previous.match?.item.kind === 'asset' && next.match?.item.kind === 'asset') {
    const later = next.match.item.assetIds;
    const shared = previous.match.item.assetIds.filter((id) => later.includes(id));
    if (shared.length === 0) return null;
    const phrase = text.source.slice(previous.start, next.end);
    return {
      match: { item: { kind: 'asset', assetIds: shared, phrase }, start: previous.start, end: next.end },
      assetId: null,
      start: previous.start,
      end: next.end,
    };
  }
  const isPlace = (kind: string | undefined): boolean => kind === 'market' || kind === 'state' || kind === 'metro';
  const asset = [previous, next].find((item) => item.match?.item.kind === 'asset');
  const place = [previous, next].find((item) => isPlace(item.match?.item.kind));
  const type = [previous, next].find((item) => item.match?.item.kind === 'type');
  let ids: string[];
  if (asset !== undefined && (place !== undefined || type !== undefined)) {
    const named = asset.match?.item;
    ids = named?.kind === 'asset' ? [...named.assetIds] : [];
    if (place !== undefined) {
      const markets = marketsOf(place, vocabulary);
      ids = ids.filter((id) => markets.includes(vocabulary.assets.find((candidate) => candidate.asset_id === id)?.market.trim() ?? ''));
    }
    if (type !== undefined && type.match?.item.kind === 'type') {
      const assetType = type.match.item.assetType;
      const ofType = ids.filter((id) => vocabulary.assets.find((candidate) => candidate.asset_id === id)?.asset_type === assetType);
      // "the Fontana warehouse" for an asset filed as a distribution center still names it.
      if (ofType.length > 0) ids = ofType;
    }
  } else if (place !== undefined && type !== undefined) {
    const markets = marketsOf(place, vocabulary);
    const assetType = type.match?.item.kind === 'type' ? type.match.item.assetType : null;
    ids = vocabulary.assets
      .filter((candidate) => markets.includes(candidate.market.trim()) && candidate.asset_type === assetType)
      .map((candidate) => candidate.asset_id);
  } else return null;
  const start = Math.min(previous.start, next.start);
  const end = Math.max(previous.end, next.end);
  const phrase = text.source.slice(start, end);
  return { match: { item: { kind: 'asset', assetIds: ids, phrase }, start, end }, assetId: null, start, end };
}

/**
 * "the Chandler and Carrollton data centers", "the Dallas and Houston offices": a plural type after the last of
 * several places or asset names, each joined to the next by a separator alone, describes each of them.
 */
export function shareTheType(
  text: BriefText,
  items: ListItem[],
  bare: readonly boolean[],
  type: ListItem,
  vocabulary: PlaceVocabulary,
): void {
  if (!/s$/.test(text.lower.slice(type.start, type.end))) return;
  for (let index = items.length - 2; index >= 0 && bare[index + 1] === true; index -= 1) {
    const earlier = items[index];
    const kind = earlier?.match?.item.kind;
    if (earlier === undefined || (kind !== 'market' && kind !== 'state' && kind !== 'asset')) return;
    const shared = mergeAdjacent(text, earlier, { ...type, start: earlier.end, end: earlier.end }, vocabulary);
    if (shared === null) return;
    items[index] = { ...shared, start: earlier.start, end: earlier.end };
  }
}

/** "the research lab": two words of one type written together are one item. */
export function sameTypeJoined(text: BriefText, previous: ListItem, next: ListItem): ListItem | null {
  const earlier = previous.match?.item;
  const later = next.match;
  if (earlier?.kind !== 'type' || later?.item.kind !== 'type' || earlier.assetType !== later.item.assetType) return null;
  if (!/^\s+$/.test(text.lower.slice(previous.end, next.start))) return null;
  return { match: { ...later, start: previous.start }, assetId: null, start: previous.start, end: next.end };
}

/** The item `item` read as naming the assets `assetIds` instead: "both plants" when the names after it say which. */
export function itemNamingAssets(text: BriefText, item: ListItem, assetIds: string[]): ListItem {
  const phrase = text.source.slice(item.start, item.end);
  return { ...item, match: { item: { kind: 'asset', assetIds, phrase }, start: item.start, end: item.end } };
}
