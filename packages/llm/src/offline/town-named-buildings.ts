import type { BriefText } from './brief-text.js';
import { normalisePhrase, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

/*
 * A market's name written in a list of buildings named by their towns: "Marietta, Mesa, Columbus, Plano - the parts
 * stores are generic boxes". Among the other stores, "Columbus" is the Columbus Parts Store, not the Columbus market.
 */

/** What joins two names of a list, at the end of the text before the second: ", ", " and ", ", or ". */
const JOINER_BEFORE = /(?:\s*,\s*(?:and\s+|or\s+|&\s*)?|\s+and\s+|\s+or\s+|\s*&\s*)$/;
/** The same after the first name. */
const JOINER_AFTER = /^(?:\s*,\s*(?:and\s+|or\s+|&\s*)?|\s+and\s+|\s+or\s+|\s*&\s*)/;
/** How far before a name the one joined to it may start. */
const NAME_REACH = 40;

/** The type of the one asset `match` names, or null when it names none or several. */
function typeOfNamedAsset(match: VocabularyMatch | null, vocabulary: PlaceVocabulary): string | null {
  const item = match?.item;
  if (item?.kind !== 'asset' || item.assetIds.length !== 1) return null;
  return vocabulary.assets.find((asset) => asset.asset_id === item.assetIds[0])?.asset_type ?? null;
}

/** The types of the buildings named right before and right after `start`..`end`, joined to it as one list. */
function neighbourTypes(text: BriefText, start: number, end: number, vocabulary: PlaceVocabulary): string[] {
  const types: string[] = [];
  const after = JOINER_AFTER.exec(text.lower.slice(end));
  if (after !== null) {
    const next = typeOfNamedAsset(vocabulary.matchAt(text.lower, end + after[0].length, true, text.source), vocabulary);
    if (next !== null) types.push(next);
  }
  const before = JOINER_BEFORE.exec(text.lower.slice(Math.max(0, start - NAME_REACH), start));
  if (before !== null) {
    const joinerStart = start - before[0].length;
    for (let from = Math.max(0, joinerStart - NAME_REACH); from < joinerStart; from += 1) {
      const previous = vocabulary.matchAt(text.lower, from, true, text.source);
      if (previous === null || previous.end !== joinerStart) continue;
      const type = typeOfNamedAsset(previous, vocabulary);
      if (type !== null) types.push(type);
      break;
    }
  }
  return types;
}

/**
 * The id of the building a market's name stands for in a list of buildings named by their towns: the one asset whose
 * name holds the market's name and whose type is that of every building named beside it ("Secaucus, Columbus, Plano"
 * with stores beside it: the Columbus Parts Store). Null for a market among places, or among buildings of other types.
 */
export function buildingNamedByTown(text: BriefText, match: VocabularyMatch, vocabulary: PlaceVocabulary): string | null {
  if (match.item.kind !== 'market') return null;
  const types = neighbourTypes(text, match.start, match.end, vocabulary);
  if (types.length === 0 || types.some((type) => type !== types[0])) return null;
  const town = normalisePhrase(text.lower.slice(match.start, match.end));
  const named = vocabulary.assets.filter(
    (asset) => asset.asset_type === types[0] && ` ${normalisePhrase(asset.name.replace(/[,()]/g, ' '))} `.includes(` ${town} `),
  );
  return named.length === 1 ? (named[0]?.asset_id ?? null) : null;
}
