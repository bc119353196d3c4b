import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A brief that opens with a place and the word of a team or a title, standing alone as its first sentence ("Atlanta
 * region.", "Texas region here.", "Columbus hub team here.", "Atlanta ops lead.", "Dallas regional."), or with the
 * place and "here" after a greeting ("Hi all, Columbus here.", "Hi, Columbus hub team here.", "Hi, Houston region
 * treasury here.", "Hey, this is the Texas region here."), or a team's word
 * before the place and "here" ("Hi, FP&A Columbus here."), says who writes, the way a letterhead does: the place is
 * the writer's, not where to sell. Only the opening is read so, and only when nothing after the team's word asks
 * for something ("Atlanta region only." still asks).
 */

/**
 * A greeting before the opening's place: "Hi all, ", "Hello team - ", "Hey, ", and one that goes on to say who writes:
 * "Hey, this is the " (then "Texas region here").
 */
const GREETING =
  /^(?:hi|hello|hey|morning|good\s+morning)(?:[^\S\n]+(?:all|team|everyone|folks|there|both))?[^\S\n]*[,!.\u2013\u2014-]+[^\S\n]*(?:(?:this\s+is|it['\u2019]s)[^\S\n]+(?:the[^\S\n]+)?)?/;

/** A department before the place of a team that says "here": "FP&A Columbus here", "Treasury Dallas here". */
const TEAM_BEFORE_PLACE = /^(?:fp&a|finance|treasury|facilities|ops|operations|procurement|real\s+estate|accounting|tax|legal|hr)[^\S\n]+/;

/** The team's word after the place, an optional "here", then the end of the opening sentence or line. */
const TEAM_AFTER_PLACE =
  /^(?:(?:[^\S\n]+(?:hub|site|plant|dc|campus|area|regional|local|region))?[^\S\n]+(?:region|team|office|site|hub|group|desk|ops|operations|finance|treasury|facilities|fp&a|accounting|procurement)(?:[^\S\n]+team)?(?:[^\S\n]+here)?|[^\S\n]+(?:regional|here))[^\S\n]*(?=[.!\n]|$)/;
/**
 * A title after the place and its team: "Atlanta ops lead.", "Phoenix region lead here.", "Houston site manager." A
 * title names a person, so the sentence is who writes.
 */
const TITLE_AFTER_PLACE =
  /^(?:[^\S\n]+(?:hub|site|plant|dc|campus|area|regional|local|region|ops|operations|finance|treasury|facilities|real\s+estate|warehouse))+[^\S\n]+(?:lead|head|manager|mgr|director|controller|gm|vp)(?:[^\S\n]+here)?[^\S\n]*(?=[.!\n]|$)/;

/**
 * Claims the place of a brief's opening sentence when that sentence is only a place and its team or title ("Atlanta
 * region.", "Columbus hub team here.", "Atlanta ops lead.", "Hi all, Columbus here."), so that the writer's place asks
 * for nothing.
 */
export function claimPlaceTeamOpenings(text: BriefText, vocabulary: PlaceVocabulary): void {
  const spaces = /^\s*/.exec(text.lower)?.[0].length ?? 0;
  const greeting = GREETING.exec(text.lower.slice(spaces));
  const opening = spaces + (greeting?.[0].length ?? 0);
  const department = TEAM_BEFORE_PLACE.exec(text.lower.slice(opening));
  const start = opening + (department?.[0].length ?? 0);
  const place = placeAt(text, vocabulary, start);
  if (place === null) return;
  const rest = text.lower.slice(place.end);
  // After a greeting, or after a department, only what says "here" says who writes: "Hi, Dallas region." may greet
  // the region, while "Hi, Columbus hub team here." and "FP&A Columbus here." are the writer's own team.
  const here = /^[^\S\n]+here[^\S\n]*(?=[.!\n]|$)/;
  const teamHere = TEAM_AFTER_PLACE.exec(rest);
  const team =
    greeting === null && department === null
      ? (teamHere ?? TITLE_AFTER_PLACE.exec(rest))
      : (here.exec(rest) ?? (teamHere !== null && /\bhere[^\S\n]*$/.test(teamHere[0]) ? teamHere : null));
  if (team === null) return;
  text.claim(place.start, place.end + team[0].length);
}
