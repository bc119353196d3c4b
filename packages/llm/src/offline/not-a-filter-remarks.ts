import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

// A sentence that says its place is no filter: "Our Phoenix office is just where I sit, not a filter.", "Houston is
// just where I'm based.", "Board meets in Atlanta next week - that's just the venue.", "(The Moody's call is in Chicago
// on Tuesday; location irrelevant.)", "this is bigger - don't filter on Phoenix", "She's in Dallas for the week,
// which has nothing to do with this.", "that's not a filter, just who to call", and a place said to be beside the point:
// "our lender sits in Atlanta but that's irrelevant here", "a vendor based in Phoenix — unrelated", "the chair, based in
// Houston (no bearing on selection)", "the bank is in Chicago; that shouldn't affect which assets are chosen", "the
// meeting (it's in Atlanta, for what it's worth)". Every place in it is background.

/** The remark that a place is no filter, where the writer sits, a venue, or who to call. */
const NOT_A_FILTER =
  /\b(?:(?:is|are|that['\u2019]s|it['\u2019]s|was)\s+(?:just\s+|only\s+|simply\s+|merely\s+)?(?:where\s+(?:i|we|she|he|they)(?:['\u2019](?:m|re|s)\b|\s+(?:sit|sits|am|are|is|work|works|live|lives|was|were)\b)|the\s+venue|who\s+to\s+call|a\s+coincidence)|(?:is\s+|are\s+)?not\s+(?:a|any)\s+filter|no\s+filter|(?:the\s+)?locations?\s+(?:is\s+|are\s+)?irrelevant|(?:don['\u2019]t|do\s+not|no\s+need\s+to)\s+filter\s+(?:on|by)|(?:has|have)\s+nothing\s+to\s+do\s+with\s+(?:this|it|the\s+(?:sale|program(?:me)?|selection|ask)|(?:which|what)\s+(?:sites?|buildings?|assets?|propert(?:y|ies)|locations?)(?:\s+(?:get|gets|are|is|we)(?:\s+[a-z]+)?)?)|just\s+the\s+venue|(?:that['\u2019]s|that\s+is|it['\u2019]s|which\s+is)\s+(?:all\s+)?(?:irrelevant|unrelated|not\s+relevant)\b|(?<=[\u2014\u2013;-]\s{0,3})(?:irrelevant|unrelated|not\s+relevant)\b|(?<=,\s{0,3})(?:irrelevant|unrelated|not\s+relevant)(?:\s+(?:now|here|today|any\s?more|to\s+this(?:\s+(?:run|one|ask))?))?(?=\s*(?:[.;!)\n]|$))|\b(?:has\s+)?no\s+bearing\s+on\b|(?:should\s*n['\u2019]?t|should\s+not|does\s*n['\u2019]?t|does\s+not|wo\s*n['\u2019]?t|will\s+not)\s+(?:affect|change|influence|drive)\s+(?:which|what|the\s+(?:selection|choice|pick))\b|for\s+what\s+it['\u2019]s\s+worth)/g;

/**
 * Words that make the rest of the sentence an ask: "Exclude Dallas; Houston is just where I sit" keeps Dallas. A team
 * that "works out of Chicago" says where it sits, and its "out" asks nothing.
 */
const ASKING_WORDS =
  /\b(?:only|exclud\w*|except|no|not|nothing|none|never|sell\w*|sold|keep|avoid|include\w*|skip|drop|limit\w*|outside|focus\w*|stick|restrict\w*|want|need|leav\w*|(?<!\b(?:works?|working|operates?|operating|runs?|running|sits?)\s+)out)\b/;

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
