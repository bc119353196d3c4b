import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A building praised as the best of what the company holds somewhere: "our automated DC is the most valuable thing we
 * own in California", "the Joliet DC is the biggest site we have in Illinois", "it's our only lab in Ohio". The place
 * bounds the comparison (best among the buildings there); it is neither asked for nor ruled out, and a verdict after
 * it ("and I'd keep it") falls on the building praised, not on the place.
 */

/** A superlative: "the most valuable", "our biggest", "the single most important", "the only". */
const SUPERLATIVE = String.raw`(?:the|our|its|their)\s+(?:(?:single|very)\s+)?(?:(?:most|least)\s+[a-z-]+|biggest|largest|best|newest|oldest|smallest|busiest|highest[-\s][a-z]+|greatest|finest|only|strongest|weakest|key)`;
/** The thing compared, up to two words before its noun: "thing", "asset", "distribution site", "building". */
const COMPARED = String.raw`(?:[a-z-]+\s+){0,2}?(?:thing|asset|building|site|property|facility|one|dc|warehouse|plant|office|lab|store|hub|location)s?`;
/** Who holds the things compared, before the place: "we own", "that we have", "the company operates". */
const HELD = String.raw`(?:(?:that|which)\s+)?(?:we|i|the\s+company|the\s+group)\s+(?:own|owns|have|has|hold|holds|operate|operates|run|runs|control|controls)\s+`;
/** A superlative, the thing compared, who holds it, then "in" before the place (anchored at the place). */
const SUPERLATIVE_IN = new RegExp(String.raw`\b${SUPERLATIVE}\s+${COMPARED}\s+(?:${HELD})?(?:in|across|out\s+of)\s+(?:the\s+)?`, 'g');

/**
 * Claims the place that bounds a superlative ("the most valuable thing we own in California"), so that it asks for
 * nothing, rules nothing out and is no antecedent of a pronoun after it.
 */
export function claimSuperlativeScopePlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(SUPERLATIVE_IN)) {
    const place = freePlaceAt(text, vocabulary, match.index + match[0].length);
    if (place === null) continue;
    // "the only sites in Texas we can sell" asks for the place: only a comparison that ends with the place is claimed.
    if (/^(?:\s+(?:we|i|you|that|which)\b|\s+(?:are|is)\s+(?:for\s+sale|sellable|available))/.test(text.lower.slice(place.end))) continue;
    text.claim(match.index + match[0].length, place.end);
  }
}

/**
 * "Our automated DC is the most valuable thing we own in California": of the buildings `assetIds` a singular
 * description matches, the one standing in the place that bounds a superlative later in its sentence (from `from`),
 * or null when no such place picks out exactly one.
 */
export function buildingInSuperlativeScope(
  text: BriefText,
  vocabulary: PlaceVocabulary,
  from: number,
  assetIds: readonly string[],
): string | null {
  const stop = /[.;!?\n]/.exec(text.lower.slice(from));
  const to = stop === null ? text.lower.length : from + stop.index;
  SUPERLATIVE_IN.lastIndex = from;
  const match = SUPERLATIVE_IN.exec(text.lower);
  SUPERLATIVE_IN.lastIndex = 0;
  if (match === null || match.index + match[0].length >= to) return null;
  const place = vocabulary.matchAt(text.lower, match.index + match[0].length, false, text.source);
  const item = place?.item;
  if (item === undefined || place === null || place.end > to) return null;
  const inPlace = (market: string): boolean =>
    item.kind === 'market'
      ? item.markets.includes(market)
      : item.kind === 'state'
        ? vocabulary.stateOfMarket(market) === item.state
        : false;
  const found = vocabulary.assets.filter((asset) => assetIds.includes(asset.asset_id) && inPlace(asset.market.trim()));
  return found.length === 1 ? (found[0]?.asset_id ?? null) : null;
}
