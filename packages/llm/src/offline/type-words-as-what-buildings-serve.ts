import type { BriefText } from './brief-text.js';

/**
 * A type word naming the activity that buildings serve, after "the heart of", "the core of" or "the backbone of":
 * "Don't sell the Cicero Main Plant or the Pasadena Packaging Plant, those are the heart of manufacturing", "the
 * Fontana site is the core of our distribution". It says why the buildings matter, never which types to sell.
 */
const HEART_OF_ACTIVITY =
  /\b(?:heart|core|backbone|centre|center|engine|lifeblood)\s+of\s+(?:(?:our|the|all(?:\s+of)?(?:\s+our)?|its|their)\s+)?(?:manufacturing|distribution|retail|research|logistics|production|warehousing)\b/g;

/** Claims a type word said as the activity buildings are the heart of, so that no type is read from it. */
export function claimTypeWordsAsWhatBuildingsServe(text: BriefText): void {
  // Cheap guard: every such phrase says "of" after one of a few nouns.
  if (!/\b(?:heart|core|backbone|centre|center|engine|lifeblood)\s+of\b/.test(text.lower)) return;
  for (const match of text.freeMatches(HEART_OF_ACTIVITY)) text.claim(match.index, match.index + match[0].length);
}
