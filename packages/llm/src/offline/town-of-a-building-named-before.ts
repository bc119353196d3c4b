import { placeBesideAssetsAsAsset } from './described-assets.js';
import { normalisePhrase, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

/*
 * A town ruled out alone right after a verb, where the brief has already named the one building whose name it opens:
 * "the Ontario Automated DC carries a $45M loan ... Skip Ontario." The town is the writer's short name for that
 * building, not the whole market it lies in. A portfolio market written by its own name ("skip Dallas") stays a market,
 * and a town no building was named by before ("skip Ontario" alone) stays a place.
 */

/** A verb that rules out what follows it at once: "skip", "exclude", "drop", "leave out", "not", "no". */
const RULED_OUT_RIGHT_BEFORE = /\b(?:skip|exclude|excluding|drop|omit|leave\s+out|avoid|not|no|without)\s+(?:the\s+)?$/;

/**
 * The building a town ruled out alone stands for, when the brief named it before by the first two words of its name
 * ("Ontario Automated" for the Ontario Automated Distribution Center); null otherwise.
 */
export function townOfABuildingNamedBefore(lower: string, match: VocabularyMatch, vocabulary: PlaceVocabulary): VocabularyMatch | null {
  if (!RULED_OUT_RIGHT_BEFORE.test(lower.slice(Math.max(0, match.start - 20), match.start))) return null;
  const named = placeBesideAssetsAsAsset(lower, match, vocabulary);
  if (named === null || named.item.kind !== 'asset') return null;
  const ids = named.item.assetIds;
  const asset = vocabulary.assets.find((candidate) => candidate.asset_id === ids[0]);
  const opening = normalisePhrase(asset?.name ?? '')
    .split(' ')
    .slice(0, 2);
  if (ids.length !== 1 || opening.length < 2) return null;
  const before = new RegExp(String.raw`\b${opening.join(String.raw`\s+`)}\b`);
  return before.test(lower.slice(0, match.start)) ? named : null;
}
