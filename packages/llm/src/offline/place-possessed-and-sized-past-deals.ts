import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { DEAL_NOUN, DEAL_SIZE, PAST_BEFORE } from './past-deal-places.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Past deals in two more orders of words: the place owning a dated deal ("Phoenix's 2018 sale used 2% bumps", "Ohio's
 * earlier leaseback closed at a 6.5 cap"), and a dated deal given its size before its place ("our 2021 SLB of $60M in
 * Chicago", "the previous program worth $45M out of Texas"). The place names history, never where this program sells.
 */

/** After a place, its possessive, when the deal was and the deal's noun: "'s 2019 sale", "'s earlier leaseback". */
const POSSESSED_PAST_DEAL = new RegExp(
  String.raw`^['\u2019]s[^\S\n]+(?:(?:19|20)\d\d|previous|prior|earlier|last|first|old|original)[^\S\n]+${DEAL_NOUN}\b`,
);
/** A dated deal, its size, then where it was: "our 2020 SLB of $80M in " (anchored at the end). */
const SIZED_PAST_DEAL_IN = new RegExp(
  String.raw`\b${PAST_BEFORE}\s+${DEAL_NOUN}\s+(?:of|for|worth|at|raising|totall?ing)\s+${DEAL_SIZE}(?:\w+\s+)?(?:in|out\s+of|from|at)\s+(?:the\s+)?$`,
);

/** Claims the place that owns a dated deal, and the place of a dated deal given with its size, so they ask nothing. */
export function claimPlacePossessedAndSizedPastDeals(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(sentenceStartBefore(text, place.start), place.start);
    const after = text.lower.slice(place.end, place.end + 40);
    if (POSSESSED_PAST_DEAL.test(after) || SIZED_PAST_DEAL_IN.test(before)) text.claim(place.start, place.end);
  }
}
