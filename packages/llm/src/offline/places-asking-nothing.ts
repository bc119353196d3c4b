import type { BriefText } from './brief-text.js';
import { claimMarketTalkPlaces } from './market-talk-places.js';
import { claimMessageOriginPlaces } from './message-origin-places.js';
import { claimPlacesOfOneBuildingThenItsKind } from './one-building-then-its-kind.js';
import { claimPlaceQuestionsAnsweredAnywhere } from './place-questions-answered-anywhere.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimWriterIntroductionPlaces } from './writer-introduction-places.js';
import { claimColleagueAndEventPlaces } from './colleague-and-event-places.js';
import { claimPlacePossessedAndSizedPastDeals } from './place-possessed-and-sized-past-deals.js';
import { claimPlacesDeniedAsRuledOut, claimPlacesSaidFineAgain } from './places-said-fine-again.js';
import { claimComparedCasePlaces } from './compared-case-places.js';
import { claimPlacesNotToBeAllOfTheSale } from './places-not-to-be-all-of-the-sale.js';

/**
 * Claims the places a brief names without asking for them or ruling them out: where the message comes from or who
 * wrote it ("From the Houston HQ:"), talk about the market, the company's past or its people ("Newark industrial is
 * trading at 5.8% caps"), a question that would keep the sale to places answered "no, anywhere", and one building
 * named by its place before the rest of its kind ("the Newark plant and other plants"); then the writer's introduction of
 * themselves, other people, meetings and lines that need no action, past deals owned by their place or given with their
 * size, a place said to be fine again, a place denied to be ruled out ("that doesn't mean Atlanta is off limits"), a case without a place asked for to compare, and a place the sale should not be
 * all of ("we don't want all Atlanta"). Run before the readers of
 * asks, so that none of them reads these places as a filter.
 */
export function claimPlacesAskingNothing(text: BriefText, vocabulary: PlaceVocabulary): void {
  claimMessageOriginPlaces(text, vocabulary);
  claimWriterIntroductionPlaces(text, vocabulary);
  claimColleagueAndEventPlaces(text, vocabulary);
  claimPlacePossessedAndSizedPastDeals(text, vocabulary);
  claimPlacesSaidFineAgain(text, vocabulary);
  // "that doesn't mean Atlanta is off limits": a place the writer denies is ruled out.
  claimPlacesDeniedAsRuledOut(text, vocabulary);
  claimComparedCasePlaces(text, vocabulary);
  claimPlacesNotToBeAllOfTheSale(text, vocabulary);
  claimMarketTalkPlaces(text, vocabulary);
  claimPlaceQuestionsAnsweredAnywhere(text);
  claimPlacesOfOneBuildingThenItsKind(text, vocabulary);
}
