import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt, freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { WRITER_ROLE } from './writer-roles.js';

/*
 * Who asks, and from where: "Requested by Jim (Atlanta)", "submitted by Rosa, Newark office", a form's "Requester
 * location: Newark", a header line of a role or an update with its place in brackets ("From: VP Finance (Houston)",
 * "Regional finance update (Phoenix):"), and a next meeting's line "Next meeting: 2 June, Atlanta", on a line of its
 * own or as a closing sentence. The place says where a person sits or
 * a meeting is held, never where to sell.
 */

/** "requested by Jim (", "submitted by: Rosa, ": a person who asks, by a name written with a capital. */
const ASKED_BY =
  /\b(?:requested|submitted|raised|sent|asked|prepared|logged)\s+by:?[^\S\n]+(?<name>[a-z][\p{L}.'-]*(?:[^\S\n]+[a-z][\p{L}.'-]*)?)[^\S\n]*(?<opening>\(|,)[^\S\n]*/gu;
/** What may close the asker's place: a word of a site or a team, then a bracket, a full stop or the line's end. */
const ASKER_PLACE_END =
  /^(?:\s+(?:hub|office|site|team|plant|dc|campus|branch|desk|region|ops|finance|fp&a|hq|treasury|controller))?\s*(?:\)|[.;!\n]|$)/;
/** A form's label of where the person who asks sits: "Requester location:", "Sender's office =". */
const ASKER_PLACE_LABEL =
  /(?:^|[|\t;])[^\S\n]*(?:requester|requestor|sender|submitter|caller|contact)(?:['\u2019]s)?[^\S\n]+(?:location|city|office|site|base|region)[^\S\n]*[:=][^\S\n]*/gm;
/**
 * A header line of who writes, with the place in brackets and nothing after it: "From: VP Finance (Houston)",
 * "Regional finance update (Phoenix):", "Treasury note (Dallas)".
 */
const HEADER_WITH_PLACE = new RegExp(
  String.raw`^[^\S\n]*(?:from:[^\S\n]*)?(?:(?:[a-z&/-]+[^\S\n]+){0,3}(?:update|note|memo|news|message)|${WRITER_ROLE})[^\S\n]*\([^\S\n]*`,
  'gm',
);
/** The closing bracket of a header's place, then the line's end: "(Houston)", "(Phoenix):". */
const HEADER_PLACE_END = /^[^\S\n]*\)[^\S\n]*:?[^\S\n]*(?:\n|$)/;
/**
 * A line or a closing sentence of the next or last meeting: "Next meeting: 2 June, Atlanta.", "Last call - Tuesday,
 * Houston", "... on a US GAAP basis. Next meeting: Atlanta, 14 March."
 */
const MEETING_LINE =
  /(?:^|(?<=[.!?][^\S\n]+))[^\S\n]*(?:next|last|upcoming|following)\s+(?:meeting|sync|call|session|review|check[-\s]?in|committee)\s*[:\u2013\u2014-][^\n.!?;]*/gm;
/** Words that make a meeting's line an ask: "Next meeting: decide whether to exclude Dallas". */
const ASKING_WORDS = /\b(?:only|exclud\w*|except|no|not|nothing|none|sell\w*|keep|avoid|include\w*|target|decide\w*)\b/;

/**
 * Claims the places of the person who asks, of a header of who writes and of the next or last meeting, so that they
 * ask for nothing.
 */
export function claimAskerPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(ASKED_BY)) {
    // A person's name is written with a capital and is no place: "requested by Jim", not "requested by Dallas".
    const name = match.index + match[0].indexOf(match.groups?.['name'] ?? '', match[0].indexOf('by') + 2);
    if (!/^[A-Z]/.test(text.source.slice(name)) || vocabulary.matchAt(text.lower, name, false, text.source) !== null) continue;
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place === null) continue;
    const end = ASKER_PLACE_END.exec(text.lower.slice(place.end));
    // "Requested by Jim (Atlanta)" must close its bracket; "requested by Rosa, Newark office." ends its sentence.
    if (end === null || (match.groups?.['opening'] === '(' && !end[0].includes(')'))) continue;
    text.claim(place.start, place.end);
  }
  for (const match of text.freeMatches(ASKER_PLACE_LABEL)) {
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place !== null && ASKER_PLACE_END.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  }
  for (const match of text.freeMatches(HEADER_WITH_PLACE)) {
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place !== null && HEADER_PLACE_END.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  }
  for (const match of text.freeMatches(MEETING_LINE)) {
    if (ASKING_WORDS.test(match[0])) continue;
    for (const place of freePlacesIn(text, vocabulary, match.index, match.index + match[0].length)) text.claim(place.start, place.end);
  }
}
