import { claimSuperlativeScopePlaces } from './superlative-scope-places.js';
import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimRegionsWithin } from './region-mentions.js';
import { claimBuildingSurroundings } from './building-surroundings-places.js';

/*
 * Why a building stays is often what it serves: "don't sell the Fairburn hub - everything in the Southeast sorts
 * through that building", "Rickenbacker can't go, it's the hub for the whole Ohio Valley network". The places named
 * there are the building's reach, not where to sell or not to sell: the building is what the writer rules out. So is
 * the place in a building's description: "keep it - it's our NJ overflow site" says where the building is.
 */

/** "everything in the Southeast sorts through", "all our freight from Texas runs through", "whatever ships out of Ohio goes via". */
const FLOWS_THROUGH =
  /\b(?:everything|all(?:\s+(?:of\s+)?(?:our|the))?(?:\s+(?:freight|volume|traffic|product|orders|inventory|stock))?|whatever)\s+(?:in|from|across|for|out\s+of)\s+(?:the\s+)?[^.;!?\n]{1,40}?\s+(?:sorts?|runs?|flows?|goes|ships?|moves?|passes|routes?|is\s+routed|gets\s+sorted)\s+(?:through|via|out\s+of)\b/g;

/**
 * "the hub for the whole Ohio Valley network", "the backbone of our entire Texas operation": the reach of a building
 * named by its role, up to the word that says what it serves.
 */
const HUB_FOR_WHOLE =
  /\b(?:hub|heart|backbone|gateway|anchor|nerve\s+cent(?:er|re))\s+(?:for|of)\s+(?:the\s+|our\s+)?(?:whole|entire|all\s+of(?:\s+the)?)\s+[^.;!?\n,]{1,40}?\s+(?:network|region|operations?|business|footprint|distribution|supply\s+chain)\b/g;

/**
 * "it's our NJ overflow site", "that's the Texas flagship plant": a building described by its place, a word or two,
 * and one building's noun.
 */
const BUILDING_DESCRIBED =
  /\b(?:it['\u2019]?s|it\s+is|that['\u2019]?s|that\s+is)\s+(?:our|the|my)\s+(?=\S+(?:\s+[a-z-]+){0,2}\s+(?:site|building|warehouse|facility|hub|dc|plant|office|store|lab)\b)/g;
/** The words between the place and the building's noun, then the noun: " overflow site", " flagship plant". */
const BUILDING_AFTER_PLACE = /^(?:\s+(?!and\b|or\b)[a-z-]+){0,2}\s+(?:site|building|warehouse|facility|hub|dc|plant|office|store|lab)\b/;

/**
 * Claims the places a building is said to serve ("everything in the Southeast sorts through that building", "the hub
 * for the whole Ohio Valley network") or to stand in ("it's our NJ overflow site"), so that they ask for nothing and
 * rule nothing out.
 */
export function claimServedPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  // "the Tolleson DC outside Phoenix", "too important to the Chicago lanes": where one building stands, what it serves.
  claimBuildingSurroundings(text, vocabulary);
  // "the most valuable thing we own in California": the place that bounds a building's praise.
  claimSuperlativeScopePlaces(text, vocabulary);
  for (const pattern of [FLOWS_THROUGH, HUB_FOR_WHOLE]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      for (const place of freePlacesIn(text, vocabulary, match.index, end)) text.claim(place.start, place.end);
      claimRegionsWithin(text, match.index, end);
    }
  }
  for (const match of text.freeMatches(BUILDING_DESCRIBED)) {
    const from = match.index + match[0].length;
    const place = [...freePlacesIn(text, vocabulary, from, from + 40)][0];
    if (place === undefined || place.start !== from || !BUILDING_AFTER_PLACE.test(text.lower.slice(place.end))) continue;
    text.claim(place.start, place.end);
  }
}
