import type { BriefText } from './brief-text.js';
import { freePlaceAt, freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Minutes and notes name a filter by its place as a noun ("a Newark carve-out", "the no-Ohio exclusion", "the Texas
 * exception") and then say it was weighed and let go: "A Newark carve-out was discussed and dropped", "the Dallas
 * exclusion was floated but rejected", "a Houston carve-out was considered and not pursued". Such a place is neither
 * ruled out nor asked for; an agreed one ("a Newark carve-out was agreed") is left to the other readers. So are the
 * places of a filter dropped by an order ("drop the Phoenix exclusion, we're fine selling there after all") and the
 * places of a discussion that ended without a decision: "Directors discussed the Houston and Dallas markets, where
 * demand is strongest, but made no decision to restrict geography".
 */

/** The noun a place's filter is given in minutes: "carve-out", "exclusion", "exception". */
const FILTER_NOUN = String.raw`(?:carve[-\s]?outs?|exclusions?|exceptions?|restrictions?|filters?|limits?|options?|cases?|scenarios?|proposals?|idea|request)`;
/** Words that say the filter was raised: "was discussed and", "had been floated but", "was suggested, then". */
const RAISED = String.raw`(?:was|were|has\s+been|had\s+been|got)\s+(?:(?:briefly|also|again)\s+)?(?:discussed|raised|floated|considered|proposed|suggested|mooted|debated|tabled|looked\s+at)\s*(?:,\s*)?(?:and|but|then|yet)\s+(?:then\s+|later\s+|eventually\s+|quickly\s+)?`;
/** Words that say a filter was let go: "dropped", "rejected", "not pursued". */
const LET_GO = String.raw`(?:dropped|rejected|shelved|parked|abandoned|withdrawn|scrapped|turned\s+down|set\s+aside|voted\s+down|not\s+pursued|not\s+agreed|not\s+taken\s+forward|ruled\s+out)\b`;
/** The verb before a letting go said on its own: "was dropped", "has been rejected". */
const WAS = String.raw`(?:was|were|has\s+been|had\s+been|got)\s+`;
/**
 * An article, then the place's words up to the filter noun (group `place`), then its raising and letting go, or its
 * letting go alone: "A Newark carve-out was discussed and dropped", "The Dallas exclusion was rejected".
 */
const FILTER_LET_GO = new RegExp(
  String.raw`\b(?:a|an|the|any)\s+(?:no[-\s])?(?<place>[a-z][a-z .'-]{1,30}?)[-\s]+(?:only[-\s]+)?${FILTER_NOUN}\s+(?:${RAISED}(?:${WAS})?|${WAS})${LET_GO}`,
  'g',
);

/**
 * A filter named as a noun and dropped by an order: "drop the Phoenix exclusion, we're fine selling there after all",
 * "lift the Newark carve-out", "scrap the no-Ohio restriction", "forget the Texas-only restriction". The place is
 * neither ruled out nor asked for.
 */
const FILTER_DROPPED_BY_ORDER =
  /\b(?:drop|lift|scrap|remove|cancel|undo|ditch|reverse|forget(?:\s+about)?)\s+(?:the|that|our)\s+(?:no[-\s])?(?<place>[a-z][a-z .'-]{1,30}?)[-\s]+(?:only[-\s]+)?(?:carve[-\s]?outs?|exclusions?|exceptions?|restrictions?)\b/g;

/**
 * Claims the place of a filter named as a noun and then said to be dropped or rejected ("A Newark carve-out was
 * discussed and dropped"), or dropped by an order ("drop the Phoenix exclusion"), so that it is neither asked for nor
 * ruled out.
 */
export function claimPlaceFiltersDiscussedAndDropped(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of [...text.freeMatches(FILTER_LET_GO), ...text.freeMatches(FILTER_DROPPED_BY_ORDER)]) {
    const place = match.groups?.['place'] ?? '';
    const at = match.index + match[0].indexOf(place);
    const found = freePlaceAt(text, vocabulary, at);
    if (found === null || !/^[-\s]*(?:only[-\s]+)?[a-z]/.test(text.lower.slice(found.end))) continue;
    if (found.end > at + place.length + 1) continue;
    text.claim(match.index, match.index + match[0].length);
  }
}

/**
 * A discussion of places that the same sentence says ended without a decision: "discussed the Houston and Dallas
 * markets, ... but made no decision", "debated Ohio and reached no decision". Group `span` runs from the verb (group
 * `verb`) to the "but" or "and" before the lack of a decision.
 */
const DISCUSSED_UNDECIDED =
  /\b(?<verb>discussed|debated|talked\s+(?:about|through)|considered|reviewed)\s(?<span>[^.;!?\n]{1,160}?)\b(?:but|and|yet)\s+(?:made|reached|took|came\s+to)\s+no\s+decision\b/g;

/**
 * Claims the places of a discussion that ended without a decision ("Directors discussed the Houston and Dallas
 * markets ... but made no decision to restrict geography"): talked about, neither asked for nor ruled out.
 */
export function claimPlacesDiscussedWithoutDecision(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(DISCUSSED_UNDECIDED)) {
    const span = match.groups?.['span'] ?? '';
    // The span starts after the verb and its one space.
    const from = match.index + (match.groups?.['verb'] ?? '').length + 1;
    for (const place of freePlacesIn(text, vocabulary, from, from + span.length)) text.claim(place.start, place.end);
  }
}
