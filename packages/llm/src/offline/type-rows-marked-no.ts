import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/**
 * The free asset type that starts at `index` ("distribution center" in a row "distribution_center,N"), as a start and
 * an end; null when none starts there or its words are claimed. A table of types with a yes-or-no column
 * ("asset_type,include" then "warehouse,Y", "office,N") is read like one of markets: a row marked "no" leaves its
 * type out of the allow-list the "yes" rows make, so the row's type must not be read as asked for.
 */
export function freeTypeAt(text: BriefText, vocabulary: PlaceVocabulary, index: number): { start: number; end: number } | null {
  const found = vocabulary.matchAt(text.lower, index, false, text.source);
  if (found === null || found.item.kind !== 'type' || !text.isFree(found.start, found.end)) return null;
  return { start: found.start, end: found.end };
}
