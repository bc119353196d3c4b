import type { BriefText } from './brief-text.js';
import { followsExclusion, sentenceStartBefore } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/** "too" or "as well" ending a short sentence: "Offices too.", "Labs as well." */
const TOO_ENDING = /\b(?:too|as\s+well)(?=\s*(?:[.!;]|$))/g;

/** What may stand between a list that opens a sentence and its "too": nothing but a comma. */
const BEFORE_TOO = /^[\s,]*$/;

/**
 * "Manufacturing sites are out. Offices too.", "No plants. Labs as well.": a sentence that is only a list and "too",
 * right after a sentence that rules something out, rules its list out like it. The list must open the sentence and
 * end at the "too", so that "We sell offices too." (a sentence with a verb of its own) is never taken.
 */
export function readTooSentences(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(TOO_ENDING)) {
    const start = sentenceStartBefore(text, match.index);
    if (start === 0) continue;
    const opening = /^\s*/.exec(text.lower.slice(start))?.[0].length ?? 0;
    const list = readList(text, start + opening, vocabulary, true);
    if (list === null || !BEFORE_TOO.test(text.lower.slice(list.end, match.index))) continue;
    if (!text.isFree(start + opening, match.index + match[0].length)) continue;
    // The sentence before rules something out: a list another reader took, or words that rule out.
    const previousStart = sentenceStartBefore(text, start - 1);
    const ruledOut = lists.exclusionEnds.some((end) => end > previousStart && end <= start) || followsExclusion(text, start + opening);
    if (!ruledOut) continue;
    const end = match.index + match[0].length;
    text.claim(start + opening, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, start + opening, list.end, list);
  }
}

/** ", and the Dublin lab too", "plus Newark as well": one more item joined to an exclusion just read. */
const ADDED_TOO = /\b(?:and|plus)\s+(?:also\s+)?|,\s*(?=[a-z])/g;
const TOO_AFTER = /^\s*,?\s*(?:too|as\s+well)\b/;

/**
 * "Leave the HQ in Las Colinas alone, and the Dublin lab too", "offices are out, labs too": a list after "and" (or a
 * comma) that ends in "too", right after
 * an exclusion (only a comma, or the particle of "leave ... alone" or "keep ... out of it", between), is ruled out like it.
 */
export function readAddedToo(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(ADDED_TOO)) {
    const previous = lists.exclusionEnds.filter((end) => end <= match.index).sort((left, right) => right - left)[0];
    // "Keep the plants out of it, and the Chicago market too": the particle may take the program as its object.
    if (
      previous === undefined ||
      !/^\s*(?:alone|(?:out|off)(?:\s+of\s+(?:it|this|that))?|aside|back)?[\s,]*$/.test(text.lower.slice(previous, match.index))
    )
      continue;
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    const too = list === null ? null : TOO_AFTER.exec(text.lower.slice(list.end));
    if (list === null || too === null || !text.isFree(match.index, list.end)) continue;
    const end = list.end + too[0].length;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}
