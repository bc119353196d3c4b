import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * One building named by its place, then the rest of its kind: "Sell the Chicago office and other offices as needed",
 * "the Dallas warehouse plus any other warehouses", "the Newark plant along with the remaining plants". The place only
 * says which building comes first; the ask is the type wherever it is, so the place asks for no market. "the Dallas
 * offices and other warehouses" (two kinds) is left to the other readers.
 */

/** The type after the place, then the words that add the rest of its kind (group `joint` ends where that type starts). */
const THEN_OTHERS =
  /^(?<first>\s+)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?<joint>\s+(?:and|plus|along\s+with|as\s+well\s+as|then)\s+(?:the\s+|any\s+|some\s+|our\s+)?(?:other|more|further|remaining)\s+)/;

/** Claims each place that names one building of a type the brief then asks for as a whole ("the Chicago office and other offices"). */
export function claimPlacesOfOneBuildingThenItsKind(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    if (!/\bthe\s+$/.test(text.lower.slice(Math.max(0, place.start - 8), place.start))) continue;
    const after = THEN_OTHERS.exec(text.lower.slice(place.end, place.end + 80));
    if (after === null) continue;
    const typeStart = place.end + (after.groups?.['first']?.length ?? 0);
    const first = vocabulary.matchAt(text.lower, typeStart, false, text.source);
    const othersStart = place.end + after[0].length;
    const others = vocabulary.matchAt(text.lower, othersStart, false, text.source);
    const typeEnd = othersStart - (after.groups?.['joint']?.length ?? 0);
    if (first?.item.kind !== 'type' || others?.item.kind !== 'type' || first.start !== typeStart || first.end !== typeEnd) continue;
    // Only the same kind on both sides: "the Chicago office and other offices".
    if (first.item.assetType === others.item.assetType) text.claim(place.start, place.end);
  }
}
