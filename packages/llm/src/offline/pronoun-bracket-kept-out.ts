import type { AssetType } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { readHeldBackBuildingLists } from './held-back-building-lists.js';
import { bracketedAssetsOfType } from './described-assets.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A pronoun kept out of the sale with a particle after it, the buildings it stands for in brackets between, by the
 * words of their names: "I look after our data centers. Please keep both of them (Carrollton and Chandler) out of
 * this", "the two plants matter to us, so leave them (Pasadena, Kearny) alone". The brackets name buildings of the type
 * a sentence before spoke of in the plural, so each town is read as that type's one building there; the bracket read
 * without the type would ask for the towns' markets.
 */

/** The order and its pronoun, right before the bracket: "keep both of them (", "leave those two (". */
const KEPT_PRONOUN =
  /\b(?:keep|leave|hold|take|rule|set|count)\s+(?:both\s+of\s+them|all\s+(?:(?:two|three|four)\s+)?of\s+them|them(?:\s+(?:both|all))?|(?:those|these)(?:\s+(?:two|three|four))?)(?=\s*\()/g;

/** The particle that keeps them out, after the bracket: "out of this", "alone", "off the list". */
const OUT_AFTER =
  /^\s*(?:out|back|aside|alone|off\s+the\s+(?:list|table))(?:\s+of\s+(?:this|it|that|the\s+(?:sale|program(?:me)?|deal|pool|list)))?(?![a-z])/;

/** How far back to look for the type the pronoun stands for: the sentence or two before. */
const LOOK_BACK = 200;

/** The type last written in the plural before `index`, within `LOOK_BACK` characters ("our data centers"). */
function pluralTypeBefore(text: BriefText, index: number, vocabulary: PlaceVocabulary): AssetType | null {
  let found: AssetType | null = null;
  for (let position = Math.max(0, index - LOOK_BACK); position < index; position += 1) {
    if (position > 0 && /[a-z0-9]/.test(text.lower[position - 1] ?? '')) continue;
    const match = vocabulary.matchAt(text.lower, position, false, text.source);
    if (match?.item.kind !== 'type' || match.end > index || !/s$/.test(text.lower.slice(match.start, match.end))) continue;
    found = match.item.assetType;
    position = match.end - 1;
  }
  return found;
}

/**
 * Rules out the buildings in brackets after a pronoun kept out ("keep both of them (Carrollton and Chandler) out of
 * this"), each the one building of the type named before in its town, and then the buildings held back by a label
 * or by a count with their ids in brackets (see held-back-building-lists.ts); claims the words read.
 */
export function readPronounBracketsKeptOut(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(KEPT_PRONOUN)) {
    const from = match.index + match[0].length;
    const assetType = pluralTypeBefore(text, match.index, vocabulary);
    if (assetType === null) continue;
    const named = bracketedAssetsOfType(text.lower, from, assetType, vocabulary);
    if (named === null) continue;
    const out = OUT_AFTER.exec(text.lower.slice(named.end));
    if (out === null) continue;
    const end = named.end + out[0].length;
    if (!text.isFree(match.index, end)) continue;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    for (const id of named.ids) lists.excluded.push({ match: null, assetId: id, start: match.index, end });
  }
  // The buildings held back by a label ("Sites held back: HOU-03") or counted with their ids in brackets ("Two plants
  // are off the list (HOU-03, NWK-03)") are read at the same point, before the general exclusion readers would take
  // the label's or count's type word as a type ruled out.
  readHeldBackBuildingLists(text, vocabulary, lists);
}
