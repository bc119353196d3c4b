import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimRegionsWithin } from './region-mentions.js';

/*
 * Why a building stays is often what it serves: "don't sell the Fairburn hub - everything in the Southeast sorts
 * through that building", "Rickenbacker can't go, it's the hub for the whole Ohio Valley network". The places named
 * there are the building's reach, not where to sell or not to sell: the building is what the writer rules out.
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
 * Claims the places a building is said to serve ("everything in the Southeast sorts through that building", "the hub
 * for the whole Ohio Valley network"), so that they ask for nothing and rule nothing out.
 */
export function claimServedPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const pattern of [FLOWS_THROUGH, HUB_FOR_WHOLE]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      for (const place of freePlacesIn(text, vocabulary, match.index, end)) text.claim(place.start, place.end);
      claimRegionsWithin(text, match.index, end);
    }
  }
}
