import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places named in a reason rather than an ask. A reason given for keeping buildings names the place they serve as a
 * modifier of the operation, campus or plan they belong to ("both are core to the Dallas operation", "they're part of
 * the Houston campus plan", "it is key to our Atlanta network"). A worry about concentration, the reason for a cap on
 * each market's share, names where the portfolio is heavy ("Dallas alone could end up being half the deal", "given
 * how much of the portfolio sits in Texas"). Neither says where to sell, so the place is claimed before the lists are
 * read.
 */

/** The buildings' tie to a place's operation: "both are core to the", "they're part of our", "it is key to the". */
const TIED_TO =
  /\b(?:both(?:\s+of\s+them)?|they|it|each|these|those|which|all\s+(?:three|two|four|of\s+them))\s*(?:are|is|['\u2019]re|['\u2019]s)\s+(?:all\s+|both\s+)?(?:core|central|key|critical|essential|integral|vital|part|tied|committed)\s+(?:to|of)\s+(?:the|our)\s+/g;
/** What a place qualifies in such a reason: "operation", "campus plan", "network", "footprint". */
const WHAT_IT_SERVES =
  /^\s+(?:[a-z-]+\s+)?(?:operations?|campus|plan|network|footprint|business|strategy|hub|platform|consolidation|expansion)\b/;

/**
 * Claims a place that only qualifies the operation, campus or plan kept buildings belong to ("both are core to the
 * Dallas operation"), so that the reason asks for no market.
 */
export function claimPlaceReasons(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(TIED_TO)) {
    const place = freePlaceAt(text, vocabulary, match.index + match[0].length);
    if (place === null || !WHAT_IT_SERVES.test(text.lower.slice(place.end))) continue;
    text.claim(place.start, place.end);
  }
}

/**
 * A place said to weigh too much on its own: "Dallas alone could end up being half the deal", "Chicago alone might be
 * a third of the sale". The place comes before the match.
 */
const ALONE_WEIGHS =
  /^[^\S\n]+alone[^\S\n]+(?:could|might|may|would|will|can)[^\S\n]+(?:(?:easily|end[^\S\n]+up)[^\S\n]+)?(?:be|being|make[^\S\n]+up|making[^\S\n]+up|account[^\S\n]+for|represent|take|supply)[^\S\n]+(?:half|most|a[^\S\n]+(?:third|quarter|majority|big\s+chunk|large\s+share)|\d+%|over|more[^\S\n]+than)\b/;
/**
 * How much of the portfolio sits in a place, as the reason for a cap: "given how much of the portfolio sits in", "since
 * so much of our real estate is in". The place comes after the match.
 */
const HEAVY_IN =
  /\b(?:how|so|too)[^\S\n]+much[^\S\n]+of[^\S\n]+(?:the|our)[^\S\n]+(?:portfolio|pool|book|real[^\S\n]+estate|assets|property|properties|footprint|value)[^\S\n]+(?:sits|is|lies|lives|are|sit)[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?/g;
/** A cap on a market's share in the same sentence, which makes the place a reason for the cap. */
const SHARE_CAP =
  /\b(?:cap|caps|capped|no[^\S\n]+(?:single[^\S\n]+)?market|any[^\S\n]+(?:single[^\S\n]+)?market|each[^\S\n]+market|concentration)\b|\d+(?:\.\d+)?[^\S\n]*%/;

/**
 * Claims a place named as where the portfolio is heavy, in a passage that caps each market's share ("Dallas alone could
 * end up being half the deal. Cap any single market at 25%", "given how much of the portfolio sits in Texas we'd like
 * no market above 25%"), so that the worry asks for no market.
 */
export function claimConcentrationPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  // The cap may be written in the sentence after the worry, so the whole brief is looked at for it.
  if (!SHARE_CAP.test(text.lower)) return;
  for (const match of text.freeMatches(HEAVY_IN)) {
    const place = freePlaceAt(text, vocabulary, match.index + match[0].length);
    if (place !== null) text.claim(place.start, place.end);
  }
  if (!/\balone\b/.test(text.lower)) return;
  for (let index = 0; index < text.lower.length; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const place = freePlaceAt(text, vocabulary, index);
    if (place !== null && ALONE_WEIGHS.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  }
}
