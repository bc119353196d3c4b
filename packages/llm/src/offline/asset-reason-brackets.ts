import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/**
 * A bracket right after an asset's full name that says something of that building: "the Baytown Cold Storage
 * Warehouse (specialised refrigeration, poor re-let prospects)". A bracket with a figure in it, or one that adds to
 * the list ("(and anything mortgaged)"), is left to the other readers.
 */
const REASON_BRACKET = /^\s*\((?!\s*(?:and|or|plus|also|as\s+well\s+as|together\s+with|along\s+with)\b)([^()$%\d\n]{1,160})\)/;

/**
 * Claims the brackets that describe one named building, before the score readers: what a brief says of the building
 * it names ("poor re-let prospects", "mission-critical for the region") explains that building and asks for no limit
 * on the others. The list of exclusions reads such brackets as asides (`isListFree`).
 */
export function claimAssetReasonBrackets(text: BriefText, vocabulary: PlaceVocabulary): void {
  if (!text.lower.includes('(')) return;
  for (const asset of vocabulary.assets) {
    const name = asset.name.toLowerCase();
    for (let at = text.lower.indexOf(name); at !== -1; at = text.lower.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[a-z0-9]/.test(text.lower[at - 1] ?? '') || /[a-z0-9]/.test(text.lower[end] ?? '')) continue;
      const bracket = REASON_BRACKET.exec(text.lower.slice(end));
      if (bracket !== null && text.isFree(end, end + bracket[0].length)) text.claim(end, end + bracket[0].length);
    }
  }
}
