import type { BriefText } from './brief-text.js';
import { FINE_AFTER } from './exclusions-taken-back.js';
import { freePlaceAt, freePlacesIn } from './free-place-at.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A place named a second time only to say it is fine: "Leave out Chicago — no wait, leave out Newark; Chicago is
 * fine.", "drop Atlanta... actually Atlanta's OK". The second mention takes the place back out of what is ruled out; it
 * asks for no sale there, so it is no allow-list. A sentence that keeps to its places ("Dallas is fine, nothing else",
 * "only Dallas is fine") is left to the readers of asks.
 */

/** How far before the second mention the first may stand. */
const EARLIER_REACH = 300;
/** Words that make the sentence keep the sale to its places. */
const KEEPS_TO = /\b(?:only|just|nothing\s+else|nowhere\s+else|no\s+other|exclusively|solely)\b/;

/** Whether `name` stands in `words` as a whole word ("Dallas" in "exclude Dallas", not in "Dallasville"). */
function namedAsAWord(words: string, name: string): boolean {
  for (let at = words.indexOf(name); at >= 0; at = words.indexOf(name, at + 1)) {
    if (!/[a-z]/.test(words[at - 1] ?? '') && !/[a-z]/.test(words[at + name.length] ?? '')) return true;
  }
  return false;
}

/** Claims a place said to be fine when the brief named it shortly before, so that it asks for nothing. */
export function claimPlacesSaidFineAgain(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    if (!FINE_AFTER.test(text.lower.slice(place.end, place.end + 40))) continue;
    const name = text.lower.slice(place.start, place.end);
    const earlier = text.lower.slice(Math.max(0, place.start - EARLIER_REACH), place.start);
    if (!namedAsAWord(earlier, name)) continue;
    const sentence = text.lower.slice(sentenceStartBefore(text, place.start), sentenceEndAfter(text, place.end));
    if (!KEEPS_TO.test(sentence)) text.claim(place.start, place.end);
  }
}

/*
 * A place said not to be ruled out by what came before: "We're based in Atlanta, but that doesn't mean Atlanta is off
 * limits for the sale", "being in Dallas doesn't mean Dallas has to be excluded". The writer denies the exclusion; the
 * place is neither ruled out nor kept to.
 */

/** "doesn't mean", "does not mean that", "needn't mean": the denial before the place. */
const DENIED_BEFORE =
  /\b(?:doesn['\u2019]?t|does\s+not|won['\u2019]?t|will\s+not|shouldn['\u2019]?t|should\s+not|needn['\u2019]?t|need\s+not)\s+mean\s+(?:that\s+)?(?:the\s+)?/g;

/** What the place is denied to be, right after it: "is off limits", "has to be excluded", "are out of scope". */
const DENIED_RULING_AFTER =
  /^[^\S\n]+(?:is|are|has\s+to\s+be|have\s+to\s+be|must\s+be|should\s+be|needs\s+to\s+be|need\s+to\s+be|gets?)\s+(?:off[-\s]?limits|off\s+the\s+(?:table|list)|out(?:\s+of\s+(?:scope|bounds))?|excluded|ruled\s+out|left\s+out|kept\s+out)(?![a-z])/;

/** Claims a place that a denial says is not ruled out ("that doesn't mean Atlanta is off limits"), with the ruling's words. */
export function claimPlacesDeniedAsRuledOut(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(DENIED_BEFORE)) {
    const place = freePlaceAt(text, vocabulary, match.index + match[0].length);
    if (place === null) continue;
    const ruling = DENIED_RULING_AFTER.exec(text.lower.slice(place.end, place.end + 60));
    if (ruling !== null) text.claim(match.index, place.end + ruling[0].length);
  }
}
