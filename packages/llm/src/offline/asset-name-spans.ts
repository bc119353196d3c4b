import type { BriefText } from './brief-text.js';
import { normalisePhrase, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

/** Where a mention of an asset by its full name ("Joliet Distribution Center") that `match` starts ends, or null. */
export function assetNamedInFull(text: BriefText, match: VocabularyMatch, vocabulary: PlaceVocabulary): number | null {
  if (match.item.kind !== 'asset' || !text.isFree(match.start, match.end)) return null;
  const index = match.start;
  const ids = match.item.assetIds;
  const end = restOfAssetName(text, match.end, ids, vocabulary);
  const phrase = normalisePhrase(text.lower.slice(index, end));
  const full = vocabulary.assets.some((asset) => {
    if (!ids.includes(asset.asset_id)) return false;
    const name = normalisePhrase(asset.name.replace(/[()]/g, ' '));
    // "Southeast Sortation Hub, Fairburn" is named in full without the place after its comma.
    return phrase === name.replace(/,/g, '') || phrase === normalisePhrase(name.split(',')[0] ?? '');
  });
  return full ? end : null;
}

/**
 * Where an asset named by part of its name and its type ends ("the Joliet DC", "the Chandler DC" for the Chandler
 * Data Center: "DC" stands for either kind of center); null when no type of the assets it names follows.
 */
export function assetNamedWithType(text: BriefText, match: VocabularyMatch, vocabulary: PlaceVocabulary): number | null {
  if (match.item.kind !== 'asset' || !text.isFree(match.start, match.end)) return null;
  const ids = match.item.assetIds;
  const spaces = /^\s+/.exec(text.lower.slice(match.end))?.[0].length ?? 0;
  const type = spaces > 0 ? vocabulary.matchAt(text.lower, match.end + spaces, false) : null;
  if (type?.item.kind !== 'type' || !text.isFree(match.end, type.end)) return null;
  const written = type.item.assetType;
  const short = /^dcs?$/.test(text.lower.slice(type.start, type.end));
  const typed = vocabulary.assets.some(
    (asset) => ids.includes(asset.asset_id) && (asset.asset_type === written || (short && asset.asset_type === 'data_center')),
  );
  return typed ? type.end : null;
}

/**
 * Where an asset named by part of its name ends: the words that follow and
 * continue the name of one of the assets it names ("the Southeast Sortation"
 * + "Hub" for "Southeast Sortation Hub, Fairburn") belong to it.
 */
export function restOfAssetName(text: BriefText, from: number, assetIds: readonly string[], vocabulary: PlaceVocabulary): number {
  const nameWords = new Set(
    vocabulary.assets
      .filter((asset) => assetIds.includes(asset.asset_id))
      .flatMap((asset) => normalisePhrase(asset.name.replace(/[,()]/g, ' ')).split(' '))
      // "the Port Houston rail DC": each part of a hyphenated name word ("Rail-Served") continues the name too.
      .flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word])),
  );
  let end = from;
  for (;;) {
    // "Port Newark's sortation hub": the name's first words in the possessive, then the rest of the name.
    const next = (end === from ? /^(?:['\u2019]s)?\s+([a-z0-9][a-z0-9'-]*)/ : /^\s+([a-z0-9][a-z0-9'-]*)/).exec(text.lower.slice(end));
    // "the Carrollton data centers": a name word in the plural, as when one word names several assets.
    const word = next?.[1] ?? '';
    if (next === null || !(nameWords.has(word) || nameWords.has(word.replace(/s$/, ''))) || !text.isFree(end, end + next[0].length)) break;
    end += next[0].length;
  }
  // "the Port Houston rail DC": after name words, the asset's type written short ends the name.
  if (end === from) return end;
  const spaces = /^\s+/.exec(text.lower.slice(end))?.[0].length ?? 0;
  const type = spaces > 0 ? vocabulary.matchAt(text.lower, end + spaces, false) : null;
  const types = vocabulary.assets.filter((asset) => assetIds.includes(asset.asset_id)).map((asset) => asset.asset_type);
  return type?.item.kind === 'type' && types.includes(type.item.assetType) && text.isFree(end, type.end) ? type.end : end;
}
