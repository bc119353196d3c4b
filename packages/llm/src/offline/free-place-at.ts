import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/**
 * The market, metro or state named at `index` and still free, or null: the place a reader of background (who writes,
 * where a meeting is held) claims, never a type or an asset.
 */
export function freePlaceAt(text: BriefText, vocabulary: PlaceVocabulary, index: number): { start: number; end: number } | null {
  const found = vocabulary.matchAt(text.lower, index, false, text.source);
  const kind = found?.item.kind;
  if (found === null || (kind !== 'market' && kind !== 'metro' && kind !== 'state') || !text.isFree(found.start, found.end)) return null;
  return { start: found.start, end: found.end };
}
