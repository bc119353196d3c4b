import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A case asked for apart from this run, named by the place it leaves out: "I'd also like a separate no-Texas case
 * afterwards for comparison, but don't apply that here", "a second run without Ohio later". The place shapes that
 * other case, not this one, so it rules nothing out here.
 */

/** "a separate no-", "another ex-", "a second case without": the words that open another case and what it leaves out. */
const OTHER_CASE_OPENING =
  /\b(?:separate|second|another|additional|follow[-\s]?up|alternative|extra|comparison)\s+(?:(?:no|ex|non)-|(?:case|scenario|run|version|variant|sensitivity)\s+(?:without|excluding|ex)\s+)/g;

/** The case's noun after the place of "a separate no-Texas case". */
const CASE_AFTER = /^(?:[-\s]+(?:only|free))?\s+(?:case|scenario|run|version|variant|sensitivity)\b/;

/**
 * Claims a case asked for apart from this run and the place it leaves out ("a separate no-Texas case", "another
 * scenario without Ohio"), so that the place is no exclusion of this run.
 */
export function claimOtherCasePlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(OTHER_CASE_OPENING)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    // "a separate no-Texas case": the case's noun follows the place; "another scenario without Ohio" named it before.
    const noun = match[0].endsWith('-') ? CASE_AFTER.exec(text.lower.slice(list.end)) : /^/.exec('');
    if (noun === null) continue;
    text.claim(match.index, list.end + noun[0].length);
  }
}
