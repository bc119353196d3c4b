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

/**
 * Each free place that starts at the start of a word from `start` on and ends by `end`, in text order and never
 * overlapping: the places a reader of background (a meeting's line, a signature, a disowned mention) looks at one by
 * one. Generated lazily, so a place the caller claims is no longer free for the rest of the walk.
 */
export function* freePlacesIn(
  text: BriefText,
  vocabulary: PlaceVocabulary,
  start = 0,
  end = text.lower.length,
): Generator<{ start: number; end: number }> {
  for (let index = start; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const place = freePlaceAt(text, vocabulary, index);
    if (place === null || place.end > end) continue;
    yield place;
    index = place.end - 1;
  }
}
