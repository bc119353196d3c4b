import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import { freeTypeAt } from './type-rows-marked-no.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

// A table of markets with a yes-or-no column ("market,include" then "Chicago,yes", "Newark,no"): a row marked "no"
// leaves its market out of the allow-list the "yes" rows make. It rules nothing out either, since an allow-list
// already keeps every market it does not name out.

/** A row's place, then its separator and a "no" that ends the row: "Newark,no", "Newark | no", "Newark: false". */
const MARKED_NO_AFTER = /^[^\S\n]*[,;:=][^\S\n]*(?:no|n|false|0|excluded|out)[^\S\n]*[,;:]?[^\S\n]*(?:\n|$)/;

/** A sibling row marked "yes", which makes the table an allow-list. */
const MARKED_YES_ROW =
  /(?:^|\n)[^\S\n]*[a-z][a-z .'-]{1,30}[^\S\n]*[,;:=][^\S\n]*(?:yes|y|true|1|included|in)[^\S\n]*[,;:]?[^\S\n]*(?=\n|$)/;

/** Claims the places of a yes-or-no table's rows marked "no", when another row is marked "yes". */
export function claimPlaceRowsMarkedNo(text: BriefText, vocabulary: PlaceVocabulary): void {
  if (!MARKED_YES_ROW.test(text.lower)) return;
  for (let start = 0; start < text.lower.length; start = text.lower.indexOf('\n', start) + 1) {
    const opening = /^[^\S\n]*/.exec(text.lower.slice(start))?.[0].length ?? 0;
    // A table of types is read the same way ("office,N" beside "warehouse,Y"): its "no" rows are no types asked for.
    const place = freePlaceAt(text, vocabulary, start + opening) ?? freeTypeAt(text, vocabulary, start + opening);
    const marked = place === null ? null : MARKED_NO_AFTER.exec(text.lower.slice(place.end));
    // The row's "no" is claimed with it: "Atlanta,no" then "Phoenix,yes" is no "no Phoenix".
    if (place !== null && marked !== null) text.claim(place.start, place.end + marked[0].replace(/\n$/, '').length);
    if (text.lower.indexOf('\n', start) < 0) break;
  }
}
