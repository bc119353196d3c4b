import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

// A deal done before, or someone else's: "Last year's Dallas deal was $80M", "When we did the Columbus deal in 2021",
// "the 2019 program in Atlanta raised $95M", "the 2020 Houston program", "the 2022 program ($75M, Columbus)",
// "Compared with the Phoenix deal last spring", "our Atlanta peer just did $120M", "the 180 assumed the Phoenix JV
// closes first", "we raised $60M out of Texas", "Last time we ran this the Inland Empire carried half of it". The place
// names history or another party's deal, never where this program sells.

/** A deal's noun: "deal", "program", "sale", "leaseback", "round", "JV". */
export const DEAL_NOUN = String.raw`(?:deals?|program(?:me)?s?|sales?|transactions?|leasebacks?|slbs?|rounds?|raises?|disposals?|jvs?|joint\s+ventures?)`;

/** When the deal was, before it: "last year's", "the 2019", "our previous", "when we did the". */
export const PAST_BEFORE = String.raw`(?:last\s+(?:year|spring|summer|fall|autumn|winter|quarter|month|time)['\u2019]s|(?:the|our|a|that)\s+(?:(?:19|20)\d\d|previous|prior|earlier|last|first|old|original)|when\s+we\s+(?:did|ran|closed|sold)\s+(?:the|our|that))`;

/** The deal's size between its time and its place: "Last year's $180M Atlanta deal", "the 2019 US$ 90 million". */
export const DEAL_SIZE = String.raw`(?:(?:us)?\$\s*[\d.,]+\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\s+)`;
/** "Last year's Dallas deal", "the 2020 Houston program": a past marker, then the place (anchored at the end). */
const PAST_MARK_BEFORE_PLACE = new RegExp(String.raw`\b${PAST_BEFORE}\s+${DEAL_SIZE}?$`);
/** The deal's noun right after the place, and what may follow it. */
const DEAL_AFTER_PLACE = new RegExp(String.raw`^[^\S\n]+${DEAL_NOUN}\b`);
/** After a place's deal, when it was or what it did: "deal in 2021", "deal last spring", "program raised $45M". */
const PAST_AFTER_DEAL = new RegExp(
  String.raw`^[^\S\n]+${DEAL_NOUN}(?:\s+(?:in\s+(?:19|20)\d\d|last\s+(?:year|spring|summer|fall|autumn|winter|quarter|month)|(?:just\s+)?(?:raised|cleared|closed|carried|fetched|netted|brought\s+in))\b)`,
);
/** "the 2019 program in Atlanta", "our previous sale out of Texas": a past deal, then where it was (anchored). */
const PAST_DEAL_IN = new RegExp(String.raw`\b${PAST_BEFORE}\s+${DEAL_NOUN}\s+(?:in|out\s+of|from|at)\s+(?:the\s+)?$`);
/**
 * "the 2022 program ($75M, Columbus)", "our prior SLB (2021, Phoenix)": a dated or earlier deal's bracket that names
 * its place after its year or size (anchored).
 */
const DATED_DEAL_BRACKET = new RegExp(
  String.raw`(?:(?:19|20)\d\d|prior|previous|earlier|last|first|old|original)\s+${DEAL_NOUN}\s*\([^)\n]{0,30}?,\s*$`,
);
/**
 * "our 2019 leaseback (the $45M one in Houston)", "the prior sale (the one at Dallas)", "our 2021 sale-leaseback (the
 * $30M one in Phoenix)": a dated or earlier deal's bracket that speaks of it as "the one in" its place (anchored); the
 * bracket closes after the place.
 */
const DATED_DEAL_ONE_IN = new RegExp(
  String.raw`(?:(?:19|20)\d\d|prior|previous|earlier|last|first|old|original)\s+(?:sale[-\s]+(?:and[-\s]+)?)?${DEAL_NOUN}\s*\(\s*(?:the\s+)?${DEAL_SIZE}?(?:one|deal)\s+(?:in|at|from|out\s+of)\s+(?:the\s+)?$`,
);
/** "our prior SLB (Phoenix, 2021)": the place first in the bracket, its year after it. */
const EARLIER_DEAL_OPENING = new RegExp(
  String.raw`(?:(?:19|20)\d\d|prior|previous|earlier|last|first|old|original)\s+${DEAL_NOUN}\s*\(\s*$`,
);
/** The year or the size after the place, then the bracket's end: ", 2021)", ", $50M)". */
const YEAR_CLOSING = new RegExp(String.raw`^\s*,\s*(?:(?:19|20)\d\d|\$\s*[\d.,]+\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?)\s*\)`);
/** "our Atlanta peer", "the Phoenix JV": another party, or a venture of its own, named by its place. */
const OTHER_PARTY_AFTER = /^[^\S\n]+(?:peers?|competitors?|rivals?|jv|joint\s+venture)\b/;
/**
 * "we raised $60M out of Texas", "they sold $40M in Ohio", "we did $60M in 2021 out of Atlanta", "we had $90M in mind
 * last year from Chicago": money raised (or planned) before, when, and where.
 */
const RAISED_BEFORE = new RegExp(
  String.raw`\b(?:we|they)\s+(?:raised|sold|did|closed|had)\s+(?:\$\s*[\d.,]+\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\s+)?(?:(?:in\s+(?:19|20)\d\d|back\s+in\s+(?:19|20)\d\d|in\s+mind|last\s+(?:year|spring|summer|fall|autumn|winter|quarter|month|time))\s+){0,2}(?:out\s+of|from|in)\s+(?:the\s+)?$`,
);
/** "Last time we ran this the Inland Empire carried half of it": a share in a past run. */
const LAST_TIME_BEFORE = /\blast\s+time\b[^.\n]{0,40}?$/;
const CARRIED_AFTER = /^[^\S\n]+(?:carried|supplied|provided|contributed|made\s+up|raised)\b/;

/**
 * "Last year's SLB: $55M, Phoenix (closed)", "a buyer's indicative $190M for the whole Texas pool (rejected)": a sum
 * with a place, then a bracket that says the deal is over (done, turned down, withdrawn). Such a deal is history.
 */
const SUM_BEFORE = new RegExp(String.raw`\$\s*[\d.,]+\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\b[^.;\n]{0,40}$`);
const SETTLED_AFTER =
  /^[^().;\n]{0,30}\(\s*(?:closed|rejected|declined|done|completed|turned\s+down|withdrawn|lapsed|fell\s+through|not\s+pursued|abandoned)\s*\)/;

/** Claims the places of past deals and of other parties' deals, so that they ask for nothing. */
export function claimPastDealPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(sentenceStartBefore(text, place.start), place.start);
    const after = text.lower.slice(place.end, place.end + 80);
    const past =
      (PAST_MARK_BEFORE_PLACE.test(before) && DEAL_AFTER_PLACE.test(after)) ||
      PAST_AFTER_DEAL.test(after) ||
      PAST_DEAL_IN.test(before) ||
      ((DATED_DEAL_BRACKET.test(before) || DATED_DEAL_ONE_IN.test(before)) && /^\s*\)/.test(after)) ||
      (EARLIER_DEAL_OPENING.test(before) && YEAR_CLOSING.test(after)) ||
      OTHER_PARTY_AFTER.test(after) ||
      RAISED_BEFORE.test(before) ||
      (LAST_TIME_BEFORE.test(before) && CARRIED_AFTER.test(after)) ||
      (SUM_BEFORE.test(before) && SETTLED_AFTER.test(after));
    if (past) text.claim(place.start, place.end);
  }
}
