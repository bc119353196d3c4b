import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A place named as what the sale should not be all of, said to explain a cap per market: "Market cap 40% - we don't
 * want all Atlanta.", "keep it to 40% per market so we're not all Inland Empire", "so it isn't all Dallas". The writer
 * fears the proceeds piling up in the place and caps every market; they do not rule the place out (some of it is
 * welcome), nor keep the sale to it. Claimed before the readers of asks, so that neither the excluding nor the
 * allowing words around it read the place.
 */

/**
 * The words before such a place: "not all", "don't want all", "so we're not all", "isn't all", "not all in", "don't
 * want it all in" (anchored at the end). "Not all of Dallas" and "not in Dallas at all" are other wordings, not matched.
 */
const NOT_ALL_BEFORE =
  /\b(?:(?:don['\u2019]?t|do\s+not|doesn['\u2019]?t|does\s+not)\s+want\s+(?:it\s+|the\s+(?:sale|proceeds|program(?:me)?|money)\s+)?(?:to\s+be\s+)?|(?:we['\u2019]re|we\s+are|it['\u2019]s|it\s+is|they['\u2019]re|we\s+end\s+up|it\s+ends\s+up)\s+not\s+|(?:isn['\u2019]?t|aren['\u2019]?t|won['\u2019]?t\s+be|not)\s+)all\s+(?:in\s+|from\s+|out\s+of\s+)?$/;

/** What may end the place's clause: a stop, a comma, a dash, a bracket or the line's end (anchored at the start). */
const CLAUSE_ENDS = /^[^\S\n]*(?:[.,;:!?)\n\u2013\u2014-]|$)/;

/** Claims each place named as what the sale should not be all of, so that it is neither ruled out nor asked for. */
export function claimPlacesNotToBeAllOfTheSale(text: BriefText, vocabulary: PlaceVocabulary): void {
  // Cheap guard: every such place follows "all".
  if (!text.lower.includes('all ')) return;
  for (const place of freePlacesIn(text, vocabulary)) {
    if (!NOT_ALL_BEFORE.test(text.lower.slice(Math.max(0, place.start - 60), place.start))) continue;
    if (CLAUSE_ENDS.test(text.lower.slice(place.end, place.end + 4))) text.claim(place.start, place.end);
  }
}
