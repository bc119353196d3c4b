import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import { isOneBuildingNoun } from './one-building-mentions.js';
import { HEADQUARTERS_WORDS, normalisePhrase, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

/** A word that asks for a sale, anywhere in the sentence of the mention: "sell", "from", "only", "include". */
const SELLING_WORD =
  /\b(?:sell|sells|selling|sold|sale|from|only|just|include[sd]?|including|divest|divesting|monetis(?:e|ing)|monetiz(?:e|ing))\b/;

/** Where the sentence holding `index` ends: its full stop, question or exclamation mark, or line end. */
function sentenceEnd(lower: string, index: number): number {
  const end = /[.!?\n]/.exec(lower.slice(index));
  return end === null ? lower.length : index + end.index;
}

/** "the" right before the market, with no other word between. */
const THE_BEFORE = /(?:^|[^a-z])the\s+$/;

/**
 * "should the Dallas HQ ever be on the list?", "the Houston office is fine": "the", a market and a noun for one
 * building of a type (`isOneBuildingNoun`), where the market holds exactly one asset of that type (one headquarters, for a word for one), name that
 * building; it asks for neither the market nor the type. In a sentence that asks for a sale it is left to be read
 * as both, which together select that building. A town of the metro that the building's name carries ("Ontario DC
 * is our busiest site") names it without "the". Where the mention ends, or null when it is no such mention.
 */
export function marketBuildingEnd(text: BriefText, match: VocabularyMatch | null, vocabulary: PlaceVocabulary): number | null {
  if (match === null || match.item.kind !== 'market' || vocabulary.assets.length === 0) return null;
  // "Wilmer DC and Ontario DC": a town of the metro that a building's name carries needs no "the" to name it.
  const written = normalisePhrase(text.lower.slice(match.start, match.end));
  const town = !match.item.markets.some((market) => normalisePhrase(market) === written);
  if (!town && !THE_BEFORE.test(text.lower.slice(Math.max(0, match.start - 5), match.start))) return null;
  const gap = /^\s+/.exec(text.lower.slice(match.end));
  const type = gap === null ? null : vocabulary.matchAt(text.lower, match.end + gap[0].length, false);
  if (type === null || type.item.kind !== 'type' || !text.isFree(match.start, type.end)) return null;
  if (!isOneBuildingNoun(text.lower, type.start, type.end)) return null;
  // "Memo: sell the Chicago office": asked for, the market's offices are that building, so both are read as asked.
  const sentence = text.lower.slice(sentenceStartBefore(text, match.start), sentenceEnd(text.lower, type.end));
  if (SELLING_WORD.test(sentence)) return null;
  const typeWritten = normalisePhrase(text.lower.slice(type.start, type.end));
  const headquarters = HEADQUARTERS_WORDS.includes(typeWritten);
  const { assetType } = type.item;
  const markets = match.item.markets;
  const fits = vocabulary.assets.filter(
    (asset) =>
      asset.asset_type === assetType &&
      markets.includes(asset.market.trim()) &&
      (!headquarters || vocabulary.headquartersIds().includes(asset.asset_id)) &&
      (!town ||
        normalisePhrase(asset.name)
          .split(/[\s,]+/)
          .includes(written)),
  );
  return fits.length === 1 ? type.end : null;
}

/**
 * "same for Houston Regional": a market and the next word of a building's name in it, with no type after them, are
 * that building cut short ("Houston Regional Office"); the market is not asked for. With its type written ("the
 * Atlanta regional office") the mention is left to the readers of a market's buildings.
 */
export function isNamePartAfterMarket(
  text: BriefText,
  match: VocabularyMatch,
  inContext: VocabularyMatch | null,
  vocabulary: PlaceVocabulary,
): boolean {
  if (match.item.kind !== 'market' || inContext?.item.kind !== 'asset' || inContext.end <= match.end) return false;
  const gap = /^\s+/.exec(text.lower.slice(inContext.end));
  return gap === null || vocabulary.matchAt(text.lower, inContext.end + gap[0].length, false)?.item.kind !== 'type';
}

/** A list's joiner right before an item: ", " or " and ". */
const JOINED_BEFORE = /(?:,|\band|&)\s*$/;
/** A list's joiner right after an item. */
const JOINED_AFTER = /^\s*(?:,|and\b|&)\s*/;

/** The type of the one building whose name `lower` holds from `start`, or null when the words name none there. */
function nameTypeAt(text: BriefText, start: number, vocabulary: PlaceVocabulary): string | null {
  const named = vocabulary.matchAt(text.lower, start, true, text.source);
  if (named?.item.kind !== 'asset' || named.item.assetIds.length !== 1) return null;
  const id = named.item.assetIds[0];
  return vocabulary.assets.find((asset) => asset.asset_id === id)?.asset_type ?? null;
}

/**
 * "Marietta, Mesa, Naperville, Columbus, Plano - the parts stores": a market listed among buildings' names is the one
 * building there whose name carries the market, of the listed buildings' type ("Columbus Parts Store"), not the
 * market. True when the market match is such an item.
 */
export function isMarketListedAmongBuildings(text: BriefText, match: VocabularyMatch, vocabulary: PlaceVocabulary): boolean {
  if (match.item.kind !== 'market' || vocabulary.assets.length === 0) return false;
  const before = text.lower.slice(Math.max(0, match.start - 40), match.start);
  const after = JOINED_AFTER.exec(text.lower.slice(match.end, match.end + 10));
  const joinedBefore = JOINED_BEFORE.exec(before);
  // The neighbouring item: the word right before the joiner, or the words right after it.
  const previousWord = joinedBefore === null ? null : /([a-z-]+)\s*$/.exec(before.slice(0, joinedBefore.index));
  const neighbourTypes = [
    previousWord === null || joinedBefore === null
      ? null
      : nameTypeAt(text, match.start - before.length + joinedBefore.index - previousWord[0].length, vocabulary),
    after === null ? null : nameTypeAt(text, match.end + after[0].length, vocabulary),
  ].filter((type) => type !== null);
  if (neighbourTypes.length === 0) return false;
  const written = normalisePhrase(text.lower.slice(match.start, match.end));
  const markets = match.item.markets;
  const carrying = vocabulary.assets.filter(
    (asset) =>
      markets.includes(asset.market.trim()) &&
      neighbourTypes.includes(asset.asset_type) &&
      normalisePhrase(asset.name)
        .split(/[\s,]+/)
        .includes(written),
  );
  return carrying.length === 1;
}

/** What opens a list that spells out a type's buildings: a dash, a colon or a bracket after the type. */
const SPELLED_OUT_OPENER = /^\s*(?:[\u2013\u2014]|\s-(?=\s)|:|\()\s*/;
/** What closes it: the matching dash or bracket, or the end of the sentence. */
const SPELLED_OUT_CLOSER = /\s[\u2013\u2014-]\s|[\u2013\u2014)]|[.;!?\n]|$/;
/** What joins its items. */
const SPELLED_OUT_JOINER = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/;

/** The places or buildings that `lower` lists from `from` to `to`, each an item whole, or null when a piece is none. */
function spelledOutItems(text: BriefText, from: number, to: number, vocabulary: PlaceVocabulary): VocabularyMatch[] | null {
  const items: VocabularyMatch[] = [];
  let position = from;
  for (const piece of text.lower.slice(from, to).split(SPELLED_OUT_JOINER)) {
    const start = text.lower.indexOf(piece, position);
    const match = piece === '' ? null : vocabulary.matchAt(text.lower, start, true, text.source);
    if (match === null || match.end !== start + piece.length) return null;
    items.push(match);
    position = match.end;
  }
  return items;
}

/**
 * "the regional offices — Houston, Atlanta, Schaumburg, Tempe and Newark —", "the parts stores (Marietta, Mesa and
 * Columbus)": a list right after a type in the plural that names buildings of that type by their towns, with any
 * market in it holding just one of them, spells out which buildings the type means. The type is read as usual; the
 * places are not asked for on top of it. A list of markets alone ("the warehouses: Dallas and Houston") places the
 * sale and is left to the readers. Claims every such list.
 */
export function claimBuildingsSpelledOut(text: BriefText, vocabulary: PlaceVocabulary): void {
  if (vocabulary.assets.length === 0 || !/[\u2013\u2014:(]|\s-\s/.test(text.lower)) return;
  for (let index = 0; index < text.lower.length; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const type = vocabulary.matchAt(text.lower, index, false);
    if (type === null || type.item.kind !== 'type' || !/s$/.test(text.lower.slice(type.start, type.end))) continue;
    index = type.end - 1;
    const opener = SPELLED_OUT_OPENER.exec(text.lower.slice(type.end));
    if (opener === null) continue;
    const from = type.end + opener[0].length;
    const to = from + (SPELLED_OUT_CLOSER.exec(text.lower.slice(from))?.index ?? 0);
    const items = spelledOutItems(text, from, text.lower.slice(from, to).trimEnd().length + from, vocabulary);
    if (items === null || items.length < 2 || !text.isFree(from, to)) continue;
    const { assetType } = type.item;
    const holds = (item: VocabularyMatch): boolean => {
      const named = item.item;
      if (named.kind === 'asset')
        return named.assetIds.some((id) => vocabulary.assets.some((asset) => asset.asset_id === id && asset.asset_type === assetType));
      // A market stands for its one building of the type, as the towns beside it do.
      if (named.kind !== 'market') return false;
      return (
        vocabulary.assets.filter((asset) => asset.asset_type === assetType && named.markets.includes(asset.market.trim())).length === 1
      );
    };
    // At least one item is a building's town ("Schaumburg"): the list names buildings; markets alone would place the sale.
    const byTown = items.some((item) => {
      const written = normalisePhrase(text.lower.slice(item.start, item.end));
      return (
        item.item.kind === 'asset' ||
        (item.item.kind === 'market' && !item.item.markets.some((market) => normalisePhrase(market) === written))
      );
    });
    if (byTown && items.every(holds)) text.claim(from, to);
  }
}

/**
 * "the Newark and Columbus parts stores", "the Columbus parts stores": a building's name in the plural that opens with
 * its market's name ("Columbus Parts Store") is the market and the type of its last words, as "the Newark parts
 * stores" is; the plural asks for every such building there, not the one. A plural name that opens with a town
 * ("the Fontana and Edison warehouses") still names its buildings.
 */
export function isPluralOfMarketBuilding(text: BriefText, match: VocabularyMatch | null, vocabulary: PlaceVocabulary): boolean {
  if (match?.item.kind !== 'asset' || match.item.assetIds.length !== 1) return false;
  const { phrase, assetIds } = match.item;
  if (normalisePhrase(text.lower.slice(match.start, match.end)) !== `${normalisePhrase(phrase)}s`) return false;
  const asset = vocabulary.assets.find((candidate) => candidate.asset_id === assetIds[0]);
  const market = asset === undefined ? '' : normalisePhrase(asset.market);
  if (market === '' || !normalisePhrase(phrase).startsWith(`${market} `)) return false;
  const gap = /^\s+/.exec(text.lower.slice(match.start + market.length));
  const type = gap === null ? null : vocabulary.matchAt(text.lower, match.start + market.length + gap[0].length, false);
  return type?.item.kind === 'type' && type.end === match.end;
}
