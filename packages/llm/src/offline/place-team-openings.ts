import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A brief that opens with a place and the word of a team, standing alone as its first sentence ("Atlanta region.",
 * "Texas region here.", "Columbus hub team here."), says who writes, the way a letterhead does: the place is the
 * writer's, not where to sell. Only the opening is read so, and only when nothing after the team's word asks for
 * something ("Atlanta region only." still asks).
 */

/** The team's word after the place, an optional "here", then the end of the opening sentence or line. */
const TEAM_AFTER_PLACE =
  /^(?:[^\S\n]+(?:hub|site|plant|dc|campus|area|regional|local))?[^\S\n]+(?:region|team|office|site|hub|group|desk|ops|operations|finance|treasury|facilities)(?:[^\S\n]+team)?(?:[^\S\n]+here)?[^\S\n]*(?=[.!\n]|$)/;

/**
 * Claims the place of a brief's opening sentence when that sentence is only a place and its team ("Atlanta region.",
 * "Columbus hub team here."), so that the writer's place asks for nothing.
 */
export function claimPlaceTeamOpenings(text: BriefText, vocabulary: PlaceVocabulary): void {
  const start = /^\s*/.exec(text.lower)?.[0].length ?? 0;
  const place = placeAt(text, vocabulary, start);
  if (place === null) return;
  const team = TEAM_AFTER_PLACE.exec(text.lower.slice(place.end));
  if (team === null) return;
  text.claim(place.start, place.end + team[0].length);
}
