import type { BriefText } from './brief-text.js';
import { readExclusionsContinuedAfterAParticle } from './exclusions-continued-after-a-particle.js';
import { followsExclusion, sentenceStartBefore } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/** "too" or "as well" ending a short sentence: "Offices too.", "Labs as well." */
const TOO_ENDING = /\b(?:too|as\s+well)(?=\s*(?:[.!;]|$))/g;

/** "Also Kearny.", "Plus the Edison warehouse.", "Likewise: Newark.": a short sentence that opens with its "also". */
const ALSO_OPENING = /(?<=(?:^|[.!;\n])\s*)(?:and\s+)?(?:also|plus|likewise|ditto)\s*[,:]?\s+/g;
const SENTENCE_END_AFTER = /^\s*(?:[.!;\n]|$)/;

/** What may stand between a list that opens a sentence and its "too": nothing but a comma. */
const BEFORE_TOO = /^[\s,]*$/;

/**
 * "Manufacturing sites are out. Offices too.", "No plants. Labs as well.": a sentence that is only a list and "too",
 * right after a sentence that rules something out, rules its list out like it. The list must open the sentence and
 * end at the "too", so that "We sell offices too." (a sentence with a verb of its own) is never taken. A sentence
 * that is only "also" and a list ("The Pasadena plant stays. Also Kearny.") is read the same way.
 */
export function readTooSentences(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  readAlsoSentences(text, vocabulary, lists);
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
/** A question's "?" then an answer that agrees, with its speaker: "?\nB: yes, ", "? Yep, ". */
const AGREED_ANSWER = /^\s*\?\s*(?:@?[a-z]+\s*:\s*)?(?:yes|yep|yeah|yup|correct|agreed|right|confirmed)\b[\s,!.]*$/;
const TOO_AFTER = /^\s*,?\s*(?:too|as\s+well)\b/;
/**
 * The end of an exclusion's line, perhaps after its reason, then the next message agreeing, with its speaker and a
 * quote's marks: ", it's our flagship store.\n> Sue: Agreed, ", ".\nB: yes, ".
 */
const AGREED_ON_THE_NEXT_LINE =
  /^(?:\s*,[^.!?\n]{0,60})?[.!]?[^\S\n]*\n[^\S\n]*(?:>[^\S\n]*)*(?:@?[a-z]+[^\S\n]*:[^\S\n]*)?(?:yes|yep|yeah|agreed|right|same\s+here|ditto)\b[\s,!.]*$/;

/**
 * "Leave the HQ in Las Colinas alone, and the Dublin lab too", "offices are out, labs too": a list after "and" (or a
 * comma) that ends in "too", right after (or on the next message that agrees with it, "> Sue: Agreed, and the Marietta
 * one too")
 * an exclusion (only a comma, or the particle of "leave ... alone" or "keep ... out of it", between), is ruled out like it.
 * An aside in a bracket may stand between too: "leave the Las Colinas headquarters alone (most of my team sits there)
 * and the Dublin research lab too".
 */
export function readAddedToo(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(ADDED_TOO)) {
    const previous = lists.exclusionEnds.filter((end) => end <= match.index).sort((left, right) => right - left)[0];
    // "Keep the plants out of it, and the Chicago market too": the particle may take the program as its object.
    // "A: Inland Empire out? B: yes, and Newark too": the answer that agrees may stand between.
    const between = text.lower.slice(previous, match.index);
    if (
      previous === undefined ||
      !(
        /^\s*(?:alone|(?:out|off)(?:\s+of\s+(?:it|this|that))?|aside|back)?\s*(?:\([^()\n]{1,80}\))?[\s,]*$/.test(between) ||
        AGREED_ANSWER.test(between) ||
        // "I'd keep the Plano Parts Counter, it's our flagship store." then "> Sue: Agreed, and the Marietta one too."
        AGREED_ON_THE_NEXT_LINE.test(between)
      )
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
  // "Keep the Dublin lab out, and the Ontario DC.": one more building to the sentence's end, without "too".
  readExclusionsContinuedAfterAParticle(text, vocabulary, lists);
}

/** "Also Kearny." after a sentence that rules something out: the list, and nothing else, up to the sentence's end. */
function readAlsoSentences(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(ALSO_OPENING)) {
    if (match.index === 0) continue;
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || !SENTENCE_END_AFTER.test(text.lower.slice(list.end)) || !text.isFree(match.index, list.end)) continue;
    const ownStart = sentenceStartBefore(text, match.index);
    const previousStart = sentenceStartBefore(text, ownStart - 1);
    const ruledOut = lists.exclusionEnds.some((end) => end > previousStart && end <= ownStart) || followsExclusion(text, from);
    if (!ruledOut) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}
