import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt, freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Minutes and notes say where a meeting was held and who attended from where: "Strategy offsite notes (held in
 * Phoenix)", "Minutes — Ops & Finance, Atlanta offsite", "Next meeting in Columbus", "Attendees: JR, Mo, Priya
 * (Chicago)", "Attendees joined from Chicago (Schaumburg) and Newark", "presenting in the Dallas boardroom". The place
 * of a meeting or of an attendee is not where to sell.
 */

/** A meeting's word: "meeting", "sync", "offsite", "workshop", "review", "call". */
const MEETING = String.raw`(?:meeting|sync|catch[-\s]?up|call|offsite|off-site|workshop|retreat|session|review|town\s*hall|huddle|stand[-\s]?up|committee)`;
/**
 * Words before the place of a meeting: "(held in", "meeting held at", "next sync in", "the offsite in", "we met in".
 * A verb of selling never stands between ("sell in Phoenix"). A bracket after a meeting's word: "Ops review (Columbus hub)".
 */
const VENUE_BEFORE = new RegExp(
  String.raw`(?:\(\s*|\b)(?:(?:held|hosted|taking\s+place)\s+(?:in|at)|(?:next|last|the|our|this|today['\u2019]s)\s+${MEETING}s?\s+(?:(?:is|was|will\s+be)\s+)?(?:held\s+)?(?:in|at)|we\s+met\s+(?:in|at))\s+(?:the\s+|our\s+)?|\b${MEETING}(?:\s+notes)?\s*\(\s*(?:(?:in|at)\s+)?`,
  'g',
);
/** The rest of a meeting's bracket after its place: "(Columbus hub)", "(Dallas)". */
const BRACKET_CLOSE = /^(?:\s+(?:hub|office|site|campus|hq|plant))?\s*\)/;
/**
 * A place then a word for a gathering held there or the room it is held in: "Atlanta offsite", "Dallas town hall",
 * "presenting in the Dallas boardroom" (not "the Phoenix review", which may be the review of Phoenix, nor "Dallas
 * sale").
 */
const VENUE_AFTER =
  /^[^\S\n]+(?:hub\s+|office\s+|team\s+)?(?:offsite|off-site|workshop|retreat|town\s*hall|huddle|away[-\s]?day|board\s*room|conference\s+room|meeting\s+room)\b/;
/** A place joined to the one before it ("Phoenix / Inland Empire offsite"): a subject of the meeting, not its venue. */
const JOINED_BEFORE = /(?:[/&+]|\band|\bor)\s*$/;
/**
 * The title of minutes or notes, on the first line, before the team that met: "Minutes - Houston region real estate
 * review", "Notes: Atlanta team pipeline call". The team's place says whose meeting it was.
 */
const MINUTES_TITLE = /^\s*(?:minutes|meeting\s+notes|notes)[^\S\n]*[-:\u2013\u2014][^\S\n]*/;
/** The team's word after the title's place, then the rest of the title up to a meeting's word that ends the line. */
const TEAM_MEETING_AFTER = new RegExp(String.raw`^[^\S\n]+(?:region|regional|team|office|site|hub)\b[^\n]*\b${MEETING}s?[^\S\n]*(?=\n|$)`);
/**
 * Words before the places attendees joined or dialled in from: "Attendees joined from Chicago (Schaumburg) and Newark",
 * "dial-in from the Houston and Columbus offices", "Priya called in from Atlanta". Each place joined to the one before
 * it by a bracket, a comma, "and" or a slash is claimed too.
 */
const JOINED_FROM =
  /\b(?:joined|joining|dial(?:l?ed|l?ing)?[-\s]in|dial(?:l?ed)?\s+in|called\s+in|calling\s+in|logged\s+in|connected)\s+from\s+(?:the\s+|our\s+)?/g;
/** What may stand between two places attendees joined from: a bracket of their own, a comma, "and", a slash. */
const JOINED_PLACE_GAP = /^(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*(?:,|\/|&|\band\b)[^\S\n]*(?:the[^\S\n]+)?/;
/** "Attendees:", "Present:", "Participants:", "Invitees:": a list of people whose brackets say where they sit. */
const ATTENDEES = /^[^\S\n]*(?:attendees|attending|present|participants|invitees|in\s+attendance)[^\S\n]*:[^\n]*$/gm;

/**
 * Claims the places where a meeting is held, the place of the team whose minutes a brief is, and the places in brackets
 * after its attendees.
 */
export function claimMeetingVenues(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(VENUE_BEFORE)) {
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    // "Ops review (Columbus hub)": a bracket after the meeting holds only its place, and a word of a site.
    if (place === null || (match[0].endsWith('(') && !BRACKET_CLOSE.test(text.lower.slice(place.end)))) continue;
    text.claim(place.start, place.end);
  }
  for (const place of freePlacesIn(text, vocabulary)) {
    const venue = JOINED_BEFORE.test(text.lower.slice(Math.max(0, place.start - 6), place.start))
      ? null
      : VENUE_AFTER.exec(text.lower.slice(place.end));
    if (venue !== null) text.claim(place.start, place.end + venue[0].length);
  }
  for (const match of text.freeMatches(JOINED_FROM)) {
    let place = placeAt(text, vocabulary, match.index + match[0].length);
    while (place !== null) {
      text.claim(place.start, place.end);
      const rest = text.lower.slice(place.end, place.end + 50);
      const gap = JOINED_PLACE_GAP.exec(rest);
      place = gap === null ? null : placeAt(text, vocabulary, place.end + gap[0].length);
    }
  }
  const title = MINUTES_TITLE.exec(text.lower);
  const titled = title === null ? null : placeAt(text, vocabulary, title[0].length);
  if (titled !== null && TEAM_MEETING_AFTER.test(text.lower.slice(titled.end))) text.claim(titled.start, titled.end);
  for (const match of text.freeMatches(ATTENDEES)) {
    for (const bracket of match[0].matchAll(/\(([^()\n]{2,30})\)/g)) {
      const start = match.index + (bracket.index ?? 0) + 1;
      const place = placeAt(text, vocabulary, start + (/^\s*/.exec(bracket[1] ?? '')?.[0].length ?? 0));
      if (place !== null && /^\s*\)/.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
    }
  }
}
