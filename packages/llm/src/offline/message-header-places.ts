import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places that say who writes, where people meet or why a building matters, never where to sell: a mail header's
 * sender ("From: Omar Haddad (Chicago)", "From: Controller, Chicago"), an invite's room ("Location: Atlanta, conference
 * room B"), another party's office ("per our auditor, Atlanta office"), the writer's own desk ("I sit in the Dallas
 * treasury office"), a place the ask is said not to be about ("this one isn't about Texas") and the town of a building
 * kept for being the only one of its kind there ("it's the only cold chain we have in Houston").
 */

/**
 * A mail header's sender line: "From: Omar Haddad (Chicago)", "From: Controller, Chicago", and after a ticket's number
 * ("Zendesk #55120, from: Treasury Ops (Phoenix)").
 */
const FROM_HEADER = /^[^\S\n]*(?:[a-z]+[^\S\n]*#[^\S\n]*\d+[^\S\n]*[,:-]?[^\S\n]*)?from[^\S\n]*:[^\n]*$/gm;
/** The other lines of a mail header, which make a "From:" line the sender's and not a label of where to sell. */
const OTHER_HEADER = /^[^\S\n]*(?:sent|to|cc|subject|date)[^\S\n]*:/m;
/** Words that ask for or rule out places: a line with one of them is a scope, not a sender. */
const ASKING =
  /\b(?:only|exclud\w*|sell|sale|raise|target|include|keep|avoid|skip|except|markets?|scope|states?|regions?|assets?|properties)\b|\$/;
/** A sender's name or role before the place, then a comma or a bracket: "Controller, ", "Omar Haddad (". */
const SENDER_BEFORE_PLACE = /^[^\S\n]*[a-z][a-z.&' -]*(?:,|\()[^\S\n]*(?:the[^\S\n]+)?$/;
/** An invite's location line: "Location: Atlanta, conference room B", "Where: Dallas HQ, 4th floor". */
const LOCATION_LINE = /^[^\S\n]*(?:location|where|venue|room)[^\S\n]*:[^\n]*$/gm;
/** A room, a floor or a call link on a location line, or an invite's title line, which make it a meeting's place. */
const ROOM_WORD = /\b(?:room|floor|boardroom|suite|conference|zoom|teams\s+link|dial[-\s]?in)\b/;
const INVITE_TITLE = /^[^\S\n]*(?:invite|invitation|meeting|calendar|agenda)\b/m;
/**
 * Another party's office or people before the place: "per our auditor, ", "our lawyers at the ", "the bank's ". The
 * place then names where that party sits.
 */
const PARTY_BEFORE =
  /\b(?:our|the|their)\s+(?:external\s+)?(?:auditors?|advisors?|advisers?|counsel|lawyers?|attorneys?|bankers?|banks?|lenders?|brokers?|consultants?|accountants?|valuers?|appraisers?)(?:['\u2019]s?)?(?:\s*,|\s+(?:in|at|from|out\s+of))?\s+(?:the\s+|their\s+)?$/;
/** What follows a party's place: its office's word, then the sentence's, the bracket's or the line's end. */
const PARTY_OFFICE_AFTER = /^(?:\s+(?:office|team|branch|desk|practice))?\s*(?:[).;,!?\n]|$)/;
/** "I sit in the ", "I work out of our ", "I'm based at the ": the writer's desk, before its place. */
const OWN_DESK_BEFORE = /\bi(?:\s+|['\u2019])(?:sit|work|am\s+based|m\s+based|am|m)\s+(?:in|at|out\s+of)\s+(?:the|our)\s+$/;
/** The desk's unit after the place: "treasury office", "FP&A team", "office". */
const OWN_DESK_AFTER = /^(?:\s+[a-z&/]+){0,2}?\s+(?:office|team|desk|hub|site|campus|group)\b/;
/** "this one isn't about Texas", "it's not about Dallas": a place the ask is said not to concern. */
const NOT_ABOUT_BEFORE = /\b(?:is\s*n['\u2019]?t|is\s+not|['\u2019]s\s+not|not)\s+(?:really\s+|at\s+all\s+)?about\s+(?:the\s+)?$/;
/** A list going on after the place ("not about Texas and Ohio"), which this rule leaves to the list readers. */
const LIST_GOES_ON = /^\s*(?:,|\band\b|\bor\b|\/|&)/;
/**
 * "the only cold chain we have in ", "our only lab in the ", "the last plant left in ": a building kept for being the
 * only one of its kind in the place (anchored at the place).
 */
const ONLY_ONE_THERE =
  /\b(?:the|our|its)\s+(?:only|sole|last|single|one)\s+(?:[a-z-]+\s+){1,3}?(?:(?:we|they|i)\s+(?:have|own|run|operate|hold|keep)\s+|(?:left|remaining)\s+)?(?:in|near|around|serving)\s+(?:the\s+)?$/;

/** Claims the places of a mail header's sender, an invite's room, another party's office and the writer's desk. */
export function claimMessageHeaderPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  const claimLine = (start: number, end: number): void => {
    for (const place of freePlacesIn(text, vocabulary)) if (place.start >= start && place.end <= end) text.claim(place.start, place.end);
  };
  const header = OTHER_HEADER.test(text.lower);
  for (const match of text.lower.matchAll(FROM_HEADER)) {
    const colon = match.index + match[0].indexOf(':') + 1;
    if (ASKING.test(match[0].slice(colon - match.index))) continue;
    // With no other header line, the sender is a name or a role before the place: "From: Controller, Chicago".
    const end = match.index + match[0].length;
    if (header) claimLine(match.index, end);
    else {
      const first = [...freePlacesIn(text, vocabulary)].find((place) => place.start >= colon && place.end <= end);
      if (first !== undefined && SENDER_BEFORE_PLACE.test(text.lower.slice(colon, first.start))) claimLine(match.index, end);
    }
  }
  const invite = INVITE_TITLE.test(text.lower);
  for (const match of text.lower.matchAll(LOCATION_LINE)) {
    if (ASKING.test(match[0].replace(/^[^:]*:/, '')) || !(invite || ROOM_WORD.test(match[0]))) continue;
    claimLine(match.index, match.index + match[0].length);
  }
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(sentenceStartBefore(text, place.start), place.start);
    const after = text.lower.slice(place.end, place.end + 60);
    if (PARTY_BEFORE.test(before) && PARTY_OFFICE_AFTER.test(after)) text.claim(place.start, place.end);
    else if (OWN_DESK_BEFORE.test(before)) {
      const desk = OWN_DESK_AFTER.exec(after);
      if (desk !== null) text.claim(place.start, place.end + desk[0].length);
    } else if ((NOT_ABOUT_BEFORE.test(before) && !LIST_GOES_ON.test(after)) || ONLY_ONE_THERE.test(before)) {
      text.claim(place.start, place.end);
    }
  }
}
