import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A building named, then where it stands: "the Tolleson DC outside Phoenix", "the Fairburn sortation hub just outside
 * of Atlanta", "the Joliet DC near Chicago". The place says where the building is, not a place to rule in or out: it
 * belongs to the building's name, so that a verdict after it ("... stays with us") falls on the building alone.
 */

/**
 * "outside", "just outside of", "near", "close to", "south of", "just north-east of": words that place a building by
 * the metro around it.
 */
const LOCATOR =
  /^[^\S\n]+(?:(?:just|right)[^\S\n]+)?(?:outside(?:[^\S\n]+of)?|near|close[^\S\n]+to|by|(?:(?:north|south)[-\s]?(?:east|west)?|east|west)[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?/;

/** "area", "metro", "region" after the metro: "outside the Phoenix area". */
const AREA_WORD = /^[^\S\n]+(?:area|metro|region|suburbs)\b/;

/**
 * The end of the words that place the buildings `assetIds` by their own market right after `end` ("outside
 * Phoenix"), or null when none follow, or the place named is not where any of the buildings is.
 */
export function buildingLocatorEnd(text: BriefText, end: number, assetIds: readonly string[], vocabulary: PlaceVocabulary): number | null {
  const locator = LOCATOR.exec(text.lower.slice(end));
  if (locator === null) return null;
  const place = vocabulary.matchAt(text.lower, end + locator[0].length, true, text.source);
  if (place?.item.kind !== 'market') return null;
  const markets = place.item.markets;
  const located = vocabulary.assets.some((asset) => assetIds.includes(asset.asset_id) && markets.includes(asset.market.trim()));
  if (!located) return null;
  const stop = place.end + (AREA_WORD.exec(text.lower.slice(place.end))?.[0].length ?? 0);
  return text.isFree(end, stop) ? stop : null;
}
