import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A type named only as what a figure measures: the tax gain on its buildings ("the gains on the older DCs are
 * substantial") or what the market prices it at ("warehouse cap rates around 5.8% and DCs around 5.5%"). Such a
 * sentence tells how the type trades or is taxed, not which buildings to sell.
 */

/** "the gains on the older DCs", "book gain from our plants", "depreciation on the warehouses": before the type. */
const GAIN_ON =
  /\b(?:(?:taxable|book|capital|embedded|built-in|large|big|substantial)\s+)?(?:gains?|losses|depreciation|recapture)\s+(?:on|from|in)\s+(?:the\s+|our\s+|those\s+|these\s+)?(?:(?:older|old|newer|new|legacy|bigger|larger|smaller|owned)\s+)?/g;
/** The gain said to be large or small, after the type: "are substantial", "is sizeable", "would be large". */
const GAIN_SIZED_AFTER =
  /^\s+(?:(?:are|is|were|was|would\s+be|will\s+be|could\s+be)\s+(?:(?:very|quite|fairly|pretty|really)\s+)?(?:substantial|sizable|sizeable|large|big|huge|significant|material|modest|small|minimal|limited)|(?:are|is|were|was)\s+(?:taxed|taxable))\b/;

/** A market's measure right after the type: "warehouse cap rates", "DC yields", "office pricing". */
const MEASURE_AFTER = /^\s+(?:cap(?:itali[sz]ation)?\s+rates?|caps|yields?|pricing)\b/;
/** A rate right after the type, as the next item of a list of rates: "and DCs around 5.5%", "plants at 7.1%". */
const RATE_AFTER = /^\s+(?:(?:at|around|about|near|nearer|closer\s+to)\s+|~\s*)\d{1,2}(?:\.\d{1,2})?\s*%/;
/** A sentence about cap rates or yields, where a rate after a type is its price, never a share of the sale. */
const RATE_SENTENCE = /\b(?:cap(?:itali[sz]ation)?\s+rates?|caps|yields?)\b/;

/** Claims the types named only as what a tax gain or a market's rate measures. */
export function claimTypeFigureFacts(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const gain of text.lower.matchAll(GAIN_ON)) {
    const type = typeAt(text, vocabulary, gain.index + gain[0].length);
    if (type !== null && GAIN_SIZED_AFTER.test(text.lower.slice(type.end, type.end + 40))) text.claim(type.start, type.end);
  }
  if (!RATE_SENTENCE.test(text.lower)) return;
  for (let index = 0; index < text.lower.length; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const type = typeAt(text, vocabulary, index);
    if (type === null) continue;
    const after = text.lower.slice(type.end, type.end + 30);
    const sentence = text.lower.slice(sentenceStartBefore(text, index), sentenceEndAfter(text, index));
    if (MEASURE_AFTER.test(after) || (RATE_AFTER.test(after) && RATE_SENTENCE.test(sentence))) text.claim(type.start, type.end);
    index = type.end - 1;
  }
}

/** The free type word at `index`, or null. */
function typeAt(text: BriefText, vocabulary: PlaceVocabulary, index: number): { start: number; end: number } | null {
  const match = vocabulary.matchAt(text.lower, index, false, text.source);
  if (match === null || match.item.kind !== 'type' || match.start !== index || !text.isFree(match.start, match.end)) return null;
  return { start: match.start, end: match.end };
}
