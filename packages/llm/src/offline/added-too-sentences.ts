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
