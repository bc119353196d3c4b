import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';
import { readViewQuestionPlaces } from './view-question-places.js';

/*
 * A place named as a condition of the request that follows: "If you do sell in Ohio, please don't take the
 * Rickenbacker DC", "if Texas ends up in the mix, leave the Pasadena plant out". The writer neither asks for the place
 * nor rules it out; the request after the comma is what counts.
 */

/** "if you do sell in", "if we end up selling in", "should you sell anything in": the condition's opening. */
const IF_SOLD_IN =
  /\b(?:if|should|when)\s+(?:you|we|they|corporate|the\s+company)\s+(?:do\s+|does\s+|end\s+up\s+|decide\s+to\s+|have\s+to\s+|must\s+)?(?:sell(?:s|ing)?|go(?:es)?|dispose)\s+(?:of\s+)?(?:anything\s+|any(?:thing)?\s+(?:sites?|buildings?|assets?|properties)\s+)?(?:in|into|from|out\s+of)\s+/g;

/** "if Ohio is in scope", "if Texas ends up in the mix", "if Georgia is included": the condition's opening, then its place. */
const IF_PLACE_IN = /\bif\s+(?=[a-z])/g;
const PLACE_IN_AFTER =
  /^\s+(?:is|are|stays?|remains?|ends?\s+up|comes?)\s+(?:in\s+(?:scope|play|the\s+(?:mix|program(?:me)?|sale|pool))|included|on\s+the\s+table)\s*,/;

/**
 * Claims the places of a condition that opens a request ("If you do sell in Ohio, please don't take the Rickenbacker
 * DC"), when a comma ends the condition: the place is the case the request is about, not an ask.
 */
export function claimConditionalPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(IF_SOLD_IN)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end) || !/^\s*,/.test(text.lower.slice(list.end))) continue;
    // "if we sell in Ohio, Ohio only" or "if you sell in Texas, sell only there": a condition that asks is left alone.
    if (/^\s*,[^.;!?\n]{0,40}\bonly\b/.test(text.lower.slice(list.end))) continue;
    text.claim(match.index, list.end);
  }
  for (const match of text.freeMatches(IF_PLACE_IN)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    const after = PLACE_IN_AFTER.exec(text.lower.slice(list.end));
    if (after === null || /^[^.;!?\n]{0,40}\bonly\b/.test(text.lower.slice(list.end + after[0].length))) continue;
    text.claim(match.index, list.end + after[0].length - 1);
  }
}

/**
 * "I'd like to see what $60M looks like if we only sell in Ohio", "show me what the program looks like if we sell
 * only from Texas": a view of the program narrowed to places, which is the run asked for, not a counterfactual.
 */
const VIEW_IF_ONLY =
  /\b(?:see|show\s+(?:me|us)|know|understand)\s+what\s+[^.;!?\n]{0,60}?\blooks?\s+like\s+if\s+(?:we|you|the\s+company)\s+(?:only\s+(?:sell|sold|use|used)|(?:sell|sold|use|used)\s+only)\s+(?:(?:buildings?|sites?|assets?|properties)\s+)?(?:in|from)\s+/g;

/**
 * Reads the places of a view asked for as "what it looks like if we only sell in ...", before any reader takes the
 * "if" for a hypothetical: the places are asked for.
 */
export function readViewsNarrowedToPlaces(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  // "what would it look like if we sold nothing in Georgia?": the view asked as a question.
  readViewQuestionPlaces(text, vocabulary, lists);
  if (!text.lower.includes('like if')) return;
  for (const match of text.freeMatches(VIEW_IF_ONLY)) {
    // The program's size before "looks like" is read by the figure readers: only the condition must be free.
    const condition = match.index + match[0].lastIndexOf(' if ') + 1;
    const list = readList(text, match.index + match[0].length, vocabulary, false);
    if (list === null || !text.isFree(condition, list.end)) continue;
    lists.included.push(...list.items);
    text.claim(condition, list.end);
  }
}
