import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A case named by the place it leaves out, asked for to compare beside this run: "a no-Ohio case would be nice to
 * compare too", "also an ex-Texas scenario for comparison", "a non-Georgia run alongside". The place shapes that other
 * case, never this one, so it rules nothing out here.
 */

/** "a no-", "an ex-", "the non-": the article and the prefix that name a case by what it leaves out. */
const CASE_WITHOUT_OPENING = /\b(?:a|an|the|one)\s+(?:no|ex|non)-/g;
/** The case's noun after its place. */
const CASE_NOUN_AFTER = /^\s+(?:case|scenario|run|version|variant|sensitivity|option)\b/;
/** Words that set the case beside this run: "compare", "comparison", "alongside", "side by side", "too", "as well". */
const BESIDE_THIS_RUN = /\b(?:compar\w*|alongside|side[-\s]by[-\s]side|versus|vs\.?|too|as\s+well|also|benchmark)\b/;

/** Claims a case named by the place it leaves out and asked for to compare, so the place is no exclusion here. */
export function claimComparedCasePlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(CASE_WITHOUT_OPENING)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    const noun = CASE_NOUN_AFTER.exec(text.lower.slice(list.end));
    if (noun === null) continue;
    const sentence = text.lower.slice(sentenceStartBefore(text, match.index), sentenceEndAfter(text, list.end));
    if (BESIDE_THIS_RUN.test(sentence)) text.claim(match.index, list.end + noun[0].length);
  }
}
