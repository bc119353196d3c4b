import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

// A sentence that says its place is no filter: "Our Phoenix office is just where I sit, not a filter.", "Houston is
// just where I'm based.", "Board meets in Atlanta next week - that's just the venue.", "(The Moody's call is in Chicago
// on Tuesday; location irrelevant.)", "this is bigger - don't filter on Phoenix", "She's in Dallas for the week,
// which has nothing to do with this.", "that's not a filter, just who to call". Every place in it is background.

/** The remark that a place is no filter, where the writer sits, a venue, or who to call. */
const NOT_A_FILTER =
  /\b(?:(?:is|are|that['\u2019]s|it['\u2019]s|was)\s+(?:just\s+|only\s+|simply\s+|merely\s+)?(?:where\s+(?:i|we|she|he|they)(?:['\u2019](?:m|re|s)\b|\s+(?:sit|sits|am|are|is|work|works|live|lives|was|were)\b)|the\s+venue|who\s+to\s+call|a\s+coincidence)|(?:is\s+|are\s+)?not\s+(?:a|any)\s+filter|no\s+filter|(?:the\s+)?locations?\s+(?:is\s+|are\s+)?irrelevant|(?:don['\u2019]t|do\s+not|no\s+need\s+to)\s+filter\s+(?:on|by)|(?:has|have)\s+nothing\s+to\s+do\s+with\s+(?:this|it|the\s+(?:sale|program(?:me)?|selection|ask))|just\s+the\s+venue)/g;

/** Words that make the rest of the sentence an ask: "Exclude Dallas; Houston is just where I sit" keeps Dallas. */
const ASKING_WORDS =
  /\b(?:only|exclud\w*|except|no|not|nothing|none|never|sell\w*|sold|keep|avoid|include\w*|skip|drop|limit\w*|outside|focus\w*|stick|restrict\w*|want|need|leav\w*|out)\b/;

/** Claims the places of a sentence that says its place is no filter, when nothing else in it asks. */
export function claimNotAFilterRemarks(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.lower.matchAll(NOT_A_FILTER)) {
    let start = sentenceStartBefore(text, match.index);
    let end = sentenceEndAfter(text, match.index + match[0].length);
    // "Exclude Dallas; Houston is just where I sit": when the sentence asks, only the remark's own clause is background.
    if (ASKING_WORDS.test(remarkRest(text, match.index, match[0].length, start, end))) {
      start = Math.max(start, text.lower.lastIndexOf(';', match.index) + 1);
      const semicolon = text.lower.indexOf(';', match.index);
      if (semicolon >= 0 && semicolon < end) end = semicolon;
      if (ASKING_WORDS.test(remarkRest(text, match.index, match[0].length, start, end))) continue;
    }
    for (const place of freePlacesIn(text, vocabulary, start, end)) text.claim(place.start, place.end);
  }
}

/** The words of a stretch of text around a remark, without the remark. */
function remarkRest(text: BriefText, index: number, length: number, start: number, end: number): string {
  return `${text.lower.slice(start, index)} ${text.lower.slice(index + length, end)}`;
}

/** Where the sentence holding `index` ends: its full stop, question or exclamation mark, or the line's end. */
function sentenceEndAfter(text: BriefText, index: number): number {
  const end = /[!?\n]|\.(?!\d)/.exec(text.lower.slice(index));
  return end === null ? text.lower.length : index + end.index;
}
