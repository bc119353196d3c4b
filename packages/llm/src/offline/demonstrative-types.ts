import { townsOfABuildingNamedBefore } from './towns-of-a-building-named-before.js';
import { assetsNamedWith, nameWordsAt } from './described-assets.js';
import type { BriefText } from './brief-text.js';
import { lastListBefore, type PlacedList, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { itemsAsAssets, type ListItem, readList } from './read-place-list.js';

/*
 * "ten million from the Plano and Marietta parts stores ... actually no, exclude those two stores": a plural type
 * after "those" or "these" points back at the assets of that type named before it, not at every asset of the type.
 */

/** "those", "these two", "those three": a demonstrative, with a count, right before the type. */
const DEMONSTRATIVE_BEFORE = /\b(?:those|these)(?:\s+(?:two|three|four|both))?\s+$/;

/**
 * The earlier list that a list of one plural type after "those" or "these" points back at: the last list before
 * `before` whose items are all named assets of that type; null when the list is not so written or none is found.
 */
export function listPointedBack(
  text: BriefText,
  list: { readonly items: readonly ListItem[] },
  before: number,
  vocabulary: PlaceVocabulary,
): PlacedList | null {
  const only = list.items.length === 1 ? list.items[0] : undefined;
  const type = only?.match?.item;
  if (only === undefined || type?.kind !== 'type' || !/s$/.test(text.lower.slice(only.start, only.end))) return null;
  if (!DEMONSTRATIVE_BEFORE.test(text.lower.slice(Math.max(0, only.start - 20), only.start))) return null;
  const found = lastListBefore(text, 0, before, vocabulary);
  const ofType = (item: ListItem): boolean => {
    const named = item.match?.item;
    return (
      named?.kind === 'asset' &&
      named.assetIds.length > 0 &&
      named.assetIds.every((id) => vocabulary.assets.some((asset) => asset.asset_id === id && asset.asset_type === type.assetType))
    );
  };
  return found?.list.items.every(ofType) ? found : null;
}

/**
 * "the", "that" or "this", right before a singular type: "the lab stays out" after "the Dublin Research Lab" was named,
 * "that office is not for sale" after "our Houston team works out of the regional office".
 */
const DEFINITE_BEFORE = /\b(?:the|that|this)\s+$/;
/** How far before a building's description a market may stand and still place it ("our Houston team works out of the regional office"). */
const PLACING_REACH = 60;

/**
 * The asset a singular type after "the" points back at ("The Dublin Research Lab is under review; for now, the lab
 * stays out"): the one asset of that type named by name earlier in the brief, as an item to rule out in its place;
 * null when the list is not so written, or when no asset or several of the type were named before.
 */
export function assetPointedBack(
  text: BriefText,
  list: { readonly items: readonly ListItem[] },
  vocabulary: PlaceVocabulary,
): ListItem[] | null {
  const only = list.items.length === 1 ? list.items[0] : undefined;
  const type = only?.match?.item;
  if (only === undefined || type?.kind !== 'type' || /s$/.test(text.lower.slice(only.start, only.end))) return null;
  if (!DEFINITE_BEFORE.test(text.lower.slice(Math.max(0, only.start - 8), only.start))) return null;
  const named = new Set<string>();
  let placed: { markets: readonly string[]; end: number } | null = null;
  for (let index = 0; index < only.start; index += 1) {
    if (index > 0 && /[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const match = vocabulary.matchAt(text.lower, index, true, text.source);
    if (match?.item.kind === 'market' && match.end <= only.start) {
      placed = { markets: match.item.markets, end: match.end };
      index = match.end - 1;
      continue;
    }
    // "the regional office": words of buildings' names before the type describe those buildings.
    const described = match === null ? describedOfType(text.lower, index, type.assetType, vocabulary) : null;
    const asset =
      described ??
      (match?.item.kind === 'asset' && match.end <= only.start ? { ids: match.item.assetIds, start: match.start, end: match.end } : null);
    if (asset === null || asset.end > only.start) continue;
    let ofType = asset.ids.filter((id) =>
      vocabulary.assets.some((building) => building.asset_id === id && building.asset_type === type.assetType),
    );
    // "Our Houston team works out of the regional office": a market just before a name shared by several buildings
    // says which of them is meant.
    if (ofType.length > 1 && placed !== null && asset.start - placed.end <= PLACING_REACH) {
      const markets = placed.markets;
      const inMarket = ofType.filter((id) =>
        vocabulary.assets.some((asset) => asset.asset_id === id && markets.includes(asset.market.trim())),
      );
      if (inMarket.length === 1) ofType = inMarket;
    }
    // A name shared by assets of the type ("Parts Store") names none of them alone.
    if (ofType.length === 1) named.add(ofType[0] as string);
    else if (ofType.length > 1) return null;
    index = asset.end - 1;
  }
  const [id] = [...named];
  return named.size === 1 && id !== undefined ? [{ match: null, assetId: id, start: only.start, end: only.end }] : null;
}

/**
 * The buildings of `assetType` that words of their names at `from` describe, the type's word after them ("regional
 * office"): their ids and the description's span, or null.
 */
function describedOfType(
  lower: string,
  from: number,
  assetType: string,
  vocabulary: PlaceVocabulary,
): { ids: readonly string[]; start: number; end: number } | null {
  const words = nameWordsAt(lower, from, vocabulary);
  if (words === null) return null;
  const space = /^\s+/.exec(lower.slice(words.end))?.[0].length ?? 0;
  const noun = vocabulary.matchAt(lower, words.end + space, false);
  if (noun?.item.kind !== 'type' || noun.item.assetType !== assetType) return null;
  return { ids: assetsNamedWith(vocabulary, words.words, noun.item.assetType), start: from, end: noun.end };
}

/** "the", "both", "the two", right before a plural type: "..., the data centers stay ours". */
const DEFINITE_PLURAL_BEFORE = /\b(?:the(?:\s+(?:two|three|four))?|both(?:\s+(?:of\s+)?the)?)\s+$/;
/** What may stand between the assets named and the type that describes them: their verdict and a comma or a dash. */
const DESCRIBED_AFTER = /^[^.;:!?()\n]{0,24}[,\u2013\u2014-]\s*$/;

/**
 * The assets a plural type after "the" describes when they were just named in the same sentence: "keep DAL-05 and
 * PHX-02 out, the data centers stay ours" keeps those two assets, which are the data centers, and rules out no type.
 * `ruledOut` holds the items already ruled out, where the assets named before are found when their own verdict was
 * read first ("keep ... out"); else they are read from the text. The assets, as the items to rule out in the type's
 * place; null when the list is not so written or when an asset named before is not of the type.
 */
export function assetsDescribedBefore(
  text: BriefText,
  list: { readonly items: readonly ListItem[] },
  vocabulary: PlaceVocabulary,
  ruledOut: readonly ListItem[],
): ListItem[] | null {
  const only = list.items.length === 1 ? list.items[0] : undefined;
  const type = only?.match?.item;
  if (only === undefined || type?.kind !== 'type' || !/s$/.test(text.lower.slice(only.start, only.end))) return null;
  const before = DEFINITE_PLURAL_BEFORE.exec(text.lower.slice(Math.max(0, only.start - 16), only.start));
  if (before === null) return null;
  const from = sentenceStartBefore(text, only.start);
  const to = only.start - before[0].length;
  const read = ruledOut.filter((item) => item.start >= from && item.end <= to);
  const items = read.length > 0 ? read : (lastListBefore(text, from, to, vocabulary)?.list.items ?? []);
  const last = items.at(-1);
  if (last === undefined || items.length < 2 || !DESCRIBED_AFTER.test(text.lower.slice(last.end, to))) return null;
  const isOfType = (id: string): boolean => vocabulary.assets.some((asset) => asset.asset_id === id && asset.asset_type === type.assetType);
  const ofType = (item: ListItem): boolean => {
    const named = item.match?.item;
    if (named?.kind === 'asset') return named.assetIds.length > 0 && named.assetIds.every(isOfType);
    return item.assetId !== null && isOfType(item.assetId);
  };
  return items.every(ofType) ? [...items] : null;
}

/** A possessive right before a singular type: "its research lab", "the Company's data center", "our headquarters". */
const POSSESSIVE_BEFORE = /\b(?:its|our|their|the\s+company['\u2019]s|the\s+seller['\u2019]s|the\s+issuer['\u2019]s)\s+$/;

/**
 * The items of a ruled-out list with each singular type after a possessive ("exclude the Company's headquarters and
 * its research lab") written as the one asset of that type the portfolio holds: the company's lab is its only lab,
 * and ruling out every lab would say more than the brief. Null when no item is so written; an item whose type the
 * portfolio holds several of, or none of, stays as it is. Failing that, a town that shortens the name of a building
 * named before stands for that building.
 */
export function soleAssetsOwned(
  text: BriefText,
  list: { readonly items: readonly ListItem[] },
  vocabulary: PlaceVocabulary,
): ListItem[] | null {
  const items = itemsAsAssets(list.items, (item) => {
    const type = item.match?.item;
    if (type?.kind !== 'type' || /s$/.test(text.lower.slice(item.start, item.end))) return null;
    if (!POSSESSIVE_BEFORE.test(text.lower.slice(Math.max(0, item.start - 20), item.start))) return null;
    const owned = vocabulary.assets.filter((asset) => asset.asset_type === type.assetType);
    return owned.length === 1 ? (owned[0]?.asset_id ?? null) : null;
  });
  // "the Fontana Warehouse has a lien ... Drop Fontana": a town that shortens the name of a building just named.
  return items ?? townsOfABuildingNamedBefore(text, list, vocabulary);
}

/** A bracket after a ruled-out list and its particle: "Keep the data centers out (DAL-05, PHX-02)". */
const BRACKET_AFTER_PARTICLE = /^(?:\s+(?:out|alone|aside|back|off\s+the\s+list))?\s*\(\s*/;

/**
 * "Keep the data centers out (DAL-05, PHX-02)": asset ids in a bracket after a ruled-out list of types, each of one
 * of those types, restate which buildings the types mean; the ids are ruled out, not every building of the types. The
 * bracket is claimed. Null when the bracket holds anything but such ids.
 */
export function idsRestatedAfter(
  text: BriefText,
  list: { readonly items: readonly ListItem[]; readonly end: number },
  vocabulary: PlaceVocabulary,
): ListItem[] | null {
  const types = list.items.map((item) => (item.match?.item.kind === 'type' ? item.match.item.assetType : null));
  if (types.some((type) => type === null)) return null;
  const opening = BRACKET_AFTER_PARTICLE.exec(text.lower.slice(list.end));
  if (opening === null) return null;
  const ids = readList(text, list.end + opening[0].length, vocabulary, true);
  const close = ids === null ? null : /^\s*\)/.exec(text.lower.slice(ids.end));
  if (ids === null || close === null || !text.isFree(list.end + opening[0].length, ids.end)) return null;
  const typeOf = (id: string | null) => vocabulary.assets.find((asset) => asset.asset_id === id)?.asset_type;
  if (!ids.items.every((item) => types.includes(typeOf(item.assetId) ?? null))) return null;
  text.claim(list.end + opening[0].length - 1, ids.end + close[0].length);
  return ids.items;
}
