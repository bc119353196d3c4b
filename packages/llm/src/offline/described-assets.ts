import type { AssetType } from '@leaseback/domain';
import { normalisePhrase, type NamedAsset, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

/** Words of asset names that describe nothing on their own. */
const NAME_STOP_WORDS = new Set(['the', 'and', 'of', 'at', 'on', 'in', 'for', 'a', 'an']);
/** The words of each asset's name, lower case, per vocabulary (built once per reading). */
const NAME_WORDS = new WeakMap<PlaceVocabulary, ReadonlyMap<NamedAsset, ReadonlySet<string>>>();
/** Every word of any asset's name, per vocabulary. */
const ALL_NAME_WORDS = new WeakMap<PlaceVocabulary, ReadonlySet<string>>();
/** A word as written in a brief, hyphens kept ("rail-served"). */
const WORD = /^\s*([a-z][a-z0-9'-]*)/;
/** Nouns for assets of any type shared by several names before them: "the Ontario, Fontana or Riverside properties". */
const GENERIC_PLURAL = /^\s*(?:properties|sites|assets|buildings|facilities|locations)\b/;
/** What may stand between names sharing one noun: a separator and one name word. */
const NAME_AND_SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\/\s*)(?:the\s+)?[a-z][a-z0-9'-]*/;

function nameWords(vocabulary: PlaceVocabulary): ReadonlyMap<NamedAsset, ReadonlySet<string>> {
  let words = NAME_WORDS.get(vocabulary);
  if (words === undefined) {
    words = new Map(
      vocabulary.assets.map((asset) => [
        asset,
        new Set(
          normalisePhrase(asset.name.replace(/[,()]/g, ' '))
            .split(' ')
            // "the rail DC" for the "Rail-Served Distribution Center": each part of a hyphenated word is a word too.
            .flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]))
            .filter((word) => word !== '' && !NAME_STOP_WORDS.has(word)),
        ),
      ]),
    );
    NAME_WORDS.set(vocabulary, words);
    ALL_NAME_WORDS.set(vocabulary, new Set([...words.values()].flatMap((set) => [...set])));
  }
  return words;
}

/** Whether `word` is a word of some asset's name ("packaging", "rail-served", "regional"). */
function isNameWord(vocabulary: PlaceVocabulary, word: string): boolean {
  nameWords(vocabulary);
  return ALL_NAME_WORDS.get(vocabulary)?.has(word) ?? false;
}

/** The ids of the assets whose name holds every word of `words`, of `assetType` when given. */
export function assetsNamedWith(vocabulary: PlaceVocabulary, words: readonly string[], assetType?: AssetType): string[] {
  const ids: string[] = [];
  for (const [asset, own] of nameWords(vocabulary)) {
    if (assetType !== undefined && asset.asset_type !== assetType) continue;
    if (words.every((word) => own.has(word))) ids.push(asset.asset_id);
  }
  return ids;
}

/**
 * The words of asset names that open a description before a type ("the packaging plant", "the rail-served
 * distribution center", "the regional office"): their end, and the words, lower case; null when none does.
 */
export function nameWordsAt(lower: string, from: number, vocabulary: PlaceVocabulary): { end: number; words: string[] } | null {
  if (vocabulary.assets.length === 0) return null;
  const words: string[] = [];
  let end = from;
  for (let word = WORD.exec(lower.slice(end)); word !== null && words.length < 3; word = WORD.exec(lower.slice(end))) {
    const written = word[1] ?? '';
    if (NAME_STOP_WORDS.has(written) || vocabulary.matchAt(lower, end + word[0].length - written.length, true) !== null) break;
    // "cold-storage" for an asset named "Cold Storage": a hyphenated word stands for its parts.
    const parts = isNameWord(vocabulary, written) ? [written] : written.split('-');
    if (!parts.every((part) => isNameWord(vocabulary, part))) break;
    words.push(...parts);
    end += word[0].length;
  }
  return words.length === 0 ? null : { end, words };
}

/**
 * The noun several names share when they are written before it, each joined to the next by a separator alone:
 * "properties" in "the Ontario, Fontana or Riverside properties", the type in "the Fontana, Edison and Groveport
 * warehouses". `type` is null for a noun of any type; null when no such noun follows `from`.
 */
export function sharedNounAfter(lower: string, from: number, vocabulary: PlaceVocabulary): { type: AssetType | null } | null {
  let position = from;
  for (let names = 0; names <= 4; names += 1) {
    if (GENERIC_PLURAL.test(lower.slice(position))) return { type: null };
    const spaces = /^\s+/.exec(lower.slice(position))?.[0].length ?? 0;
    const match = spaces > 0 ? vocabulary.matchAt(lower, position + spaces, false) : null;
    if (match?.item.kind === 'type' && /s$/.test(lower.slice(match.start, match.end))) return { type: match.item.assetType };
    const next = NAME_AND_SEPARATOR.exec(lower.slice(position));
    if (next === null) return null;
    position += next[0].length;
  }
  return null;
}

/** "one" after a town, standing for a building: "the Ontario one". */
const ONE_AFTER = /^\s+one\b/;

/**
 * A place written where names share one noun, read as the asset it names: "Ontario" (an alias of the Inland
 * Empire) in "the Ontario, Fontana or Riverside properties", "Edison" (a metro outside the portfolio) in "the
 * Fontana, Edison and Groveport warehouses", or before "one" ("not the Ontario one"). A portfolio market written by its own name ("Columbus") stays a
 * market, and a place naming no single asset (of the shared type) stays a place.
 */
export function placeAsNamedAsset(lower: string, match: VocabularyMatch, vocabulary: PlaceVocabulary): VocabularyMatch | null {
  const { item } = match;
  // "the Fontana one in the Inland Empire": a building already named by its town runs on over "one" and its market.
  const oneAfter = ONE_AFTER.exec(lower.slice(match.end));
  if (item.kind === 'asset')
    return oneAfter === null
      ? null
      : { ...match, end: match.end + oneAfter[0].length + whereItStands(lower, match.end + oneAfter[0].length, item.assetIds, vocabulary) };
  if (item.kind !== 'metro' && item.kind !== 'market') return null;
  const phrase = normalisePhrase(lower.slice(match.start, match.end));
  if (item.kind === 'market' && item.markets.some((market) => [market, market.split(',')[0] ?? ''].map(normalisePhrase).includes(phrase)))
    return null;
  // "not the Ontario one": "one" stands for a building of a type said before, which the town's name singles out.
  const shared = ONE_AFTER.test(lower.slice(match.end)) ? { type: null } : sharedNounAfter(lower, match.end, vocabulary);
  if (shared === null) return null;
  const ids = assetsNamedWith(vocabulary, phrase.split(' '), shared.type ?? undefined);
  if (ids.length !== 1) return null;
  const one = ONE_AFTER.exec(lower.slice(match.end));
  const end = one === null ? match.end : match.end + one[0].length + whereItStands(lower, match.end + one[0].length, ids, vocabulary);
  return { item: { kind: 'asset', assetIds: ids, phrase }, start: match.start, end };
}

/**
 * How far "in the Inland Empire" runs after "the Ontario one": the building's own market, said of it, which asks for
 * nothing; 0 when what follows names no market of the building.
 */
function whereItStands(lower: string, from: number, ids: readonly string[], vocabulary: PlaceVocabulary): number {
  const place = marketAfter(lower, from, vocabulary);
  const markets = vocabulary.assets.filter((asset) => ids.includes(asset.asset_id)).map((asset) => asset.market);
  return place === null || !place.markets.some((market) => markets.includes(market)) ? 0 : place.end - from;
}

/** The market named after "in" or "at" at `from` ("in the Inland Empire"): its markets and where it ends, or null. */
function marketAfter(lower: string, from: number, vocabulary: PlaceVocabulary): { markets: readonly string[]; end: number } | null {
  const preposition = /^\s+(?:in|at)\s+(?:the\s+)?/.exec(lower.slice(from));
  const place = preposition === null ? null : vocabulary.matchAt(lower, from + preposition[0].length, false);
  return place?.item.kind === 'market' ? { markets: place.item.markets, end: place.end } : null;
}

/**
 * A place in a list of assets, read as the asset it names: "Ontario" (an alias of the Inland Empire) in "keep
 * Ontario and Fontana out", where Fontana names the Fontana Warehouse. Beside assets named by their places, a place
 * that opens exactly one asset's name means that asset; a portfolio market written by its own name stays a market.
 * So does "the" and a singular type of which the portfolio holds one ("the lab").
 */
export function placeBesideAssetsAsAsset(lower: string, match: VocabularyMatch, vocabulary: PlaceVocabulary): VocabularyMatch | null {
  const { item } = match;
  if (item.kind === 'type') return theOneOfType(lower, match, item.assetType, vocabulary);
  if (item.kind !== 'metro' && item.kind !== 'market') return null;
  const phrase = normalisePhrase(lower.slice(match.start, match.end));
  if (item.kind === 'market' && item.markets.some((market) => [market, market.split(',')[0] ?? ''].map(normalisePhrase).includes(phrase)))
    return null;
  const ids = assetsNamedWith(vocabulary, phrase.split(' '));
  if (ids.length !== 1) return null;
  return { item: { kind: 'asset', assetIds: ids, phrase }, start: match.start, end: match.end };
}

/**
 * "the lab" beside assets ("exclude the lab and both data centres"): a singular type after "the" names the one asset of
 * that type when the portfolio holds exactly one; null otherwise.
 */
function theOneOfType(lower: string, match: VocabularyMatch, assetType: AssetType, vocabulary: PlaceVocabulary): VocabularyMatch | null {
  const phrase = lower.slice(match.start, match.end);
  if (/s$/.test(phrase) || !/\bthe\s+$/.test(lower.slice(Math.max(0, match.start - 5), match.start))) return null;
  const ids = vocabulary.assets.filter((asset) => asset.asset_type === assetType).map((asset) => asset.asset_id);
  return ids.length === 1 ? { item: { kind: 'asset', assetIds: ids, phrase }, start: match.start, end: match.end } : null;
}

/**
 * A bracket of names after a plural type, right after it or after the particle of "leave ... out of it": "both data
 * centers (Carrollton and Chandler)", "leave the two data centers out of it (Carrollton and Chandler)", "hold the data centers back too (Carrollton and
 * Chandler)". Group 1 is
 * what the bracket holds; a bracket with money or shares in it restates something else.
 */
const NAMES_IN_BRACKET =
  /^(?:\s+(?:out(?:\s+of\s+(?:it|this|that|the\s+(?:deal|sale|program(?:me)?|mix)))?|alone|aside|back))?(?:\s+(?:too|also|as\s+well))?\s*\(([^()$%]{1,80})\)/;
/**
 * Names after a spaced dash that end their sentence, in place of a bracket: "exclude the two data centers - Carrollton
 * and Chandler", and after the verdict of "both plants out - Cicero and Pasadena" or "sortation hubs excluded - both
 * of them, Fairburn and Port Newark".
 */
const NAMES_AFTER_DASH =
  /^\s+[\u2013\u2014-]\s+(?:(?:both|all)(?:\s+(?:of\s+them|two|three|four))?\s*,\s*|namely\s+)?([^()$%.;:!?\n\u2013\u2014-]{1,80})(?=[.;!?\n'"\u2019\u201d]|$)/;
/**
 * Names after a comma that end their sentence, marked as the members of the type by a count after them or a word
 * before them: "the data centers are not for sale, Carrollton and Chandler both", "both plants stay, namely Cicero and
 * Kearny". Without either, the words after the comma may be a reason or another clause, not names.
 */
const NAMES_AFTER_COMMA =
  /^\s*,\s+(?:(?:namely|i\.e\.,?|that\s+is,?)\s+([^()$%.;:!?\n\u2013\u2014-]{1,80})|([^()$%.;:!?\n\u2013\u2014-]{1,80}?)\s+(?:both|all(?:\s+(?:two|three|four|five|of\s+them))?|alike|included))(?=\s*(?:[.;!?\n'"\u2019\u201d]|$))/;
/** What separates the names in such a bracket. */
const NAME_SEPARATOR = /\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|\s+and\s+|\s+or\s+|\s*&\s*|\s*\/\s*)/;

/**
 * The assets of `assetType` a bracket after a plural type names, each by words of its own name ("the two data
 * centers (Carrollton and Chandler)"): their ids and where the bracket ends; null unless every name in it names
 * exactly one asset of that type.
 */
export function bracketedAssetsOfType(
  lower: string,
  from: number,
  assetType: AssetType,
  vocabulary: PlaceVocabulary,
): { ids: string[]; end: number } | null {
  if (vocabulary.assets.length === 0) return null;
  const bracket =
    NAMES_IN_BRACKET.exec(lower.slice(from)) ?? NAMES_AFTER_DASH.exec(lower.slice(from)) ?? NAMES_AFTER_COMMA.exec(lower.slice(from));
  if (bracket === null) return null;
  const ids: string[] = [];
  for (const name of (bracket[1] ?? bracket[2] ?? '').trim().split(NAME_SEPARATOR)) {
    const words = normalisePhrase(name.replace(/^the\s+/, ''))
      .split(' ')
      .filter((word) => word !== '' && !NAME_STOP_WORDS.has(word));
    const named = words.length === 0 ? [] : assetsNamedWith(vocabulary, words, assetType);
    if (named.length !== 1 || ids.includes(named[0] ?? '')) return null;
    ids.push(named[0] ?? '');
  }
  return ids.length === 0 ? null : { ids, end: from + bracket[0].length };
}

/** A count right before a plural type: "both", "the two", "all three". */
const COUNT_BEFORE = /\b(?:both(?:\s+(?:of\s+)?the)?|(?:all\s+)?(?:the\s+)?(two|three|four))\s+$/;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/**
 * The assets of `assetType` a count before its plural names when the portfolio holds exactly that many ("keep both
 * data centres out" with two data centres, "exclude the three plants" with three): the assets themselves, by id, as
 * a count can only mean; null when the count is another or none is written.
 */
export function countedAssetsOfType(
  lower: string,
  start: number,
  end: number,
  assetType: AssetType,
  vocabulary: PlaceVocabulary,
): { ids: string[]; end: number } | null {
  const count = COUNT_BEFORE.exec(lower.slice(Math.max(0, start - 20), start));
  if (count === null) return null;
  const ids = vocabulary.assets.filter((asset) => asset.asset_type === assetType).map((asset) => asset.asset_id);
  return ids.length === (count[1] === undefined ? 2 : COUNTS[count[1]]) ? { ids, end } : null;
}

/** A noun for an asset of any type after the words that describe it: "the packaging facility". */
const GENERIC_NOUN = /^\s+(?:facility|site|building|property|asset|complex|campus)\b/;
/** A building noun that is itself a word of the names ("the sortation hub"), ending the words that describe it. */
const NAME_NOUN = /^(?:hub|dock|cross-dock)$/;
/** The same noun in the plural after the words ("both sortation hubs"): every asset whose name holds them all. */
const NAME_NOUN_PLURAL = /^\s+(hub|dock|cross-dock)s\b/;

/**
 * The noun that ends words describing assets: a noun for any asset ("the packaging facility"), a building noun that
 * is itself the last of the words ("the sortation hub"), or that noun in the plural after them ("both sortation
 * hubs"). The words the assets are looked up by and where the description ends; null when no such noun ends them.
 */
export function describedNounEnd(
  lower: string,
  described: { end: number; words: readonly string[] },
): { words: string[]; end: number } | null {
  const noun = GENERIC_NOUN.exec(lower.slice(described.end));
  if (noun !== null) return { words: [...described.words], end: described.end + noun[0].length };
  const plural = NAME_NOUN_PLURAL.exec(lower.slice(described.end));
  if (plural !== null) return { words: [...described.words, plural[1] ?? ''], end: described.end + plural[0].length };
  const last = described.words[described.words.length - 1] ?? '';
  return described.words.length > 1 && NAME_NOUN.test(last) ? { words: [...described.words], end: described.end } : null;
}

/**
 * "the building where we do the packaging", "the site in which they run the rail-served operation"; a list reader
 * may have passed "the building" already.
 */
const WHERE_WORK_IS_DONE =
  /^(?:(?:the\s+)?(?:building|site|facility|place|property|one)\s+)?(?:where|in\s+which)\s+(?:we|they|our\s+teams?)\s+(?:do|does|run|runs|handle|handles|make|makes|have|house|houses)\s+(?:the\s+|our\s+|all\s+(?:of\s+)?(?:the\s+|our\s+)?)?/;

/**
 * A building named by the work done in it, at `from`: "the building where we do the packaging in Houston" is the
 * Pasadena Packaging Plant when the words of the work, and the market after "in" when there is one, single out one
 * asset. That asset, from `from` to where the description ends, or null.
 */
export function buildingOfWorkDone(lower: string, from: number, vocabulary: PlaceVocabulary): VocabularyMatch | null {
  const opening = WHERE_WORK_IS_DONE.exec(lower.slice(from));
  if (opening === null) return null;
  const work = nameWordsAt(lower, from + opening[0].length, vocabulary);
  if (work === null) return null;
  const named = assetsNamedWith(vocabulary, work.words);
  const place = marketAfter(lower, work.end, vocabulary);
  const ids =
    place === null ? named : named.filter((id) => vocabulary.assets.some((a) => a.asset_id === id && place.markets.includes(a.market)));
  const end = place?.end ?? work.end;
  return ids.length === 1 ? { item: { kind: 'asset', assetIds: ids, phrase: lower.slice(from, end) }, start: from, end } : null;
}
