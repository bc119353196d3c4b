import type { BriefText } from './brief-text.js';
import { restOfAssetName } from './asset-name-spans.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { ListItem } from './read-place-list.js';

/*
 * Cutting a list in a brief into its items: the words allowed before an item, a numbered list's numbers, what joins
 * one item to the next, a reason set aside between two assets, and one item read where it starts. What a list means
 * (where it ends, which items merge or stand for buildings) is read in `read-place-list.ts`.
 */

/**
 * Words allowed between a trigger and an item or between items: "exclude the assets in Dallas", "both data centers",
 * "exclude these by name: ...", "don't take anything out of Ohio", "keep every one of the parts stores", "don't sell either data center".
 */
export const LIST_FILLER =
  /^(?:\s*[-:]?\s*)(?:(?:every|each)(?:\s+single)?\s+one\s+of|either|the|our|my|its|their|both|two|three|four|these|those|ones|by\s+name|any|all|anything|everything|every|each|whole|entire(?:ty)?|following|assets?|sites?|properties|property|markets?|metros?|buildings?|facilit(?:y|ies)|locations?|premises|real\s+estate|in|at|from|out\s+of|of|ids?|states?\s+of|located\s+in|(?:that\s+|which\s+)?we\s+(?:own|have|hold|operate|occupy)|(?:one|a\s+single)\s+(?:brick|square\s+(?:foot|metre|meter)|inch|piece|part|bit|stone)\s+of|(?:company|group|firm|business)'s|(?:big|mid)[-\s]box|last[-\s]mile)\b/;
/**
 * The reason an asset is ruled out, written between it and the next asset of the list: a longer bracket ("the Elk Grove
 * Village warehouse (subject to a right of first refusal held by the owner next door) and the Fontana warehouse") or
 * a "which" clause between commas ("the Baytown warehouse, which is being converted, and the Riverside cross-dock").
 */
export const REASON_BEFORE_NEXT_ASSET =
  /^(?:\s*\((?![^)]*[$%])[^()]{1,160}\)|,\s*which\s+[^,.;:()\n]{1,80},)(?=\s*(?:,\s*)?(?:and|or|plus)\s+the\s)/;
/**
 * A list's number before its first item: "exclude (i) all properties in Georgia", "Exclusions: (1) ...", "1) ...".
 * Only in brackets (or a closing bracket after a figure or a letter), so an article "a" is never taken for one.
 */
export const LIST_ENUMERATOR = /^\s*(?:\((?:[ivx]{1,4}|\d{1,2}|[a-h])\)|(?:\d{1,2}|[a-h])\))(?=\s)\s*/;
/**
 * The next numbered item of a numbered list, after the reason given for the one before it: "(i) all properties in
 * Georgia, given the pending dispute; (ii) the Edison Warehouse". Only a semicolon and a new number continue the list,
 * within one sentence, so a numbered list's reasons never swallow a clause of their own.
 */
export const NEXT_NUMBERED_ITEM = /^[^;.!?\n]{0,160}?;\s*(?:and\s+|or\s+)?(?:\((?:[ivx]{1,4}|\d{1,2}|[a-h])\)|(?:\d{1,2}|[a-h])\))\s*/;
/** What joins one item of a list to the next: a comma, "and", "or", "&", "+", "/", "nor", "as well as", "plus". */
// "a plant or a lab": an article may follow "or" and "nor" before the next item. "Newark entirely, plus the Joliet DC":
// how wholly an item goes may stand before the comma.
export const SEPARATOR =
  /^\s*(?:(?:entirely|completely|altogether|wholesale|in\s+full)(?=\s*,))?(?:,\s*(?:and\s+|or\s+|plus\s+)?|and\s+|(?:or|nor)\s+an?\s+(?=[a-z])|or\s+|&\s*|\+\s*|\/\s*|nor\s+|as\s+well\s+as\s+|plus\s+)/;
/** An asset id: starts with a letter, contains a digit, letters, digits and hyphens ("DAL-01", "A7"). */
const ASSET_ID = /^(?=[A-Za-z0-9-]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9-])/;

/**
 * The one item of a list that starts at `index`: a place, type or asset name (an asset's name read to its end), or,
 * with `allowIds`, an asset id; null when none starts there or the text there is claimed already.
 */
export function readItem(text: BriefText, index: number, vocabulary: PlaceVocabulary, allowIds: boolean): ListItem | null {
  if (index >= text.lower.length || !text.isFree(index, index + 1)) return null;
  const match = vocabulary.matchAt(text.lower, index, true, text.source);
  if (match !== null && text.isFree(match.start, match.end)) {
    const end = match.item.kind === 'asset' ? restOfAssetName(text, match.end, match.item.assetIds, vocabulary) : match.end;
    return { match: { ...match, end }, assetId: null, start: match.start, end };
  }
  if (!allowIds) return null;
  const id = ASSET_ID.exec(text.source.slice(index));
  if (id === null || !text.isFree(index, index + id[0].length)) return null;
  // An id must look like one: a hyphen or an upper-case letter next to digits, so
  // that words such as "q3" or "2x" in running text are not taken for ids.
  if (!/[A-Z]/.test(id[0]) && !id[0].includes('-')) return null;
  // "Q5 Excluded markets: Houston": a numbered item's marker, not an id the portfolio holds.
  if (/^[A-Z]\d{1,2}$/.test(id[0]) && !vocabulary.assets.some((asset) => asset.asset_id === id[0])) return null;
  return { match: null, assetId: scannedIdMended(id[0], vocabulary), start: index, end: index + id[0].length };
}

/**
 * "CHI-O3", "NWK-0l": an id whose number came out of a scan with a letter O for a zero or an l (or I) for a one, read
 * as the portfolio's id it stands for; any other id as written.
 */
function scannedIdMended(id: string, vocabulary: PlaceVocabulary): string {
  const known = (candidate: string) => vocabulary.assets.some((asset) => asset.asset_id === candidate);
  if (known(id)) return id;
  const mended = id.replace(/-([A-Za-z0-9]+)$/, (_, number: string) => `-${number.replace(/[Oo]/g, '0').replace(/[Il]/g, '1')}`);
  return mended !== id && known(mended) ? mended : id;
}

/** The first position at or after `index` that is no white space. */
export function skipSpaces(text: string, index: number): number {
  let position = index;
  while (position < text.length && /\s/.test(text[position] ?? '')) position += 1;
  return position;
}
