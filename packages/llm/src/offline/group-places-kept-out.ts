import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

// People placed by where they work ("our site leads in New Jersey and Georgia", "the plant managers at Houston and
// Dallas") who ask for "their markets" to be kept out name, by that "their", the places just before: those places are
// ruled out, where read alone they would look like places asked for.

/**
 * People of the company placed by where they work: "our site leads in", "the plant managers at", "the teams from". The
 * list of places follows the match.
 */
const PEOPLE_IN =
  /\b(?:(?:site|plant|regional|ops|operations|warehouse|dc|market|country|local)\s+)?(?:leads|managers|heads|directors|teams|colleagues|staff|people|supervisors|gms)\s+(?:in|at|from|for)\s+(?:the\s+|our\s+)?/g;

/**
 * What those people ask of their places, in the same sentence: "asked me to keep their markets out", "want their sites
 * left out of this round", "would like their buildings excluded".
 */
const THEIR_PLACES_KEPT_OUT =
  /^[^.;!?\n]{0,80}?\b(?:(?:keep|leave|hold)\s+their\s+(?:markets?|sites?|buildings?|propert(?:y|ies)|locations?|facilities|regions?|states?)\s+out\b|their\s+(?:markets?|sites?|buildings?|propert(?:y|ies)|locations?|facilities|regions?|states?)\s+(?:(?:to\s+be|be)\s+)?(?:left\s+out|kept\s+out|excluded|off\s+the\s+table|off\s+limits)\b)/;

/**
 * Rules out the places of people who ask for "their markets" to be kept out ("Our site leads in New Jersey and Georgia
 * asked me to keep their markets out of this round"), and claims the words from the people to the request.
 */
export function readGroupPlacesKeptOut(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  if (!/\btheir\s/.test(text.lower)) return;
  for (const match of text.freeMatches(PEOPLE_IN)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(from, list.end) || list.items.some((item) => item.match?.item.kind === 'type')) continue;
    const request = THEIR_PLACES_KEPT_OUT.exec(text.lower.slice(list.end));
    if (request === null) continue;
    ruleOutList(lists, text, match.index, list.end, list);
    lists.exclusionEnds.push(list.end + request[0].length);
    text.claim(match.index, list.end + request[0].length);
  }
}
