import type { BriefText } from './brief-text.js';
import { freePlaceAt, freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * Places that say who speaks, reviews or travels, or where a meeting is, never where to sell: people placed and then
 * speaking ("our lawyers in Chicago asked whether ...", "a colleague in Atlanta says ..."), a place's unit speaking
 * ("the Houston region asked if they can keep ..."), a firm's office by its place ("our auditors (Atlanta office)
 * flagged", "the auditors' Atlanta office will review"), a trip ("I'm out Friday (Phoenix site visit)"), where a text
 * was prepared ("prepared in Phoenix"), a meeting's line ("Next: lenders' call Thursday, Chicago", "Location: Columbus
 * boardroom"), and several places before a team's role ("Texas and Arizona team lead."). Also a question about ruling
 * a place out that is answered no ("Jade asked whether to exclude Newark too - the answer is no"), which rules nothing
 * out. Each rule leaves the same place asked for when the words around it ask ("sell only in Chicago").
 */

/** A verb of speaking, asking or reviewing, after a party: "asked", "says", "flagged", "will review". */
const SPEECH = String.raw`(?:asked|asks|say|says|said|flagged|flags|suggested|suggests|mentioned|mentions|noted|notes|thinks|thought|wonders|wondered|raised|proposed|proposes|pointed\s+out|recommended|recommends|(?:will|to|would|can|should)\s+review|reviewed|reviews|queried|emailed|called|rang|argued|argues|told\s+(?:me|us)|wants\s+to\s+know|wanted\s+to\s+know|(?:has|have)\s+asked)\b`;

/** People or a firm before the place they sit in: "our lawyers in", "a marketing colleague in", "someone at". */
const PEOPLE_IN_BEFORE =
  /\b(?:colleagues?|lawyers?|attorneys?|bankers?|advis[eo]rs?|brokers?|lenders?|auditors?|counsel|consultants?|accountants?|appraisers?|someone|somebody|people|folks|team|staff|friends?|contacts?|peers?|managers?|analysts?|controllers?|directors?)\s+(?:(?:based|sitting|located)\s+)?(?:in|at|from|out\s+of)\s+(?:the\s+|our\s+)?$/;
/** After the place of people placed: an office's word at most, then a verb of speaking ("in Chicago asked"). */
const SPEECH_AFTER_PEOPLE = new RegExp(String.raw`^(?:[^\S\n]+(?:office|team|branch|hq))?[^\S\n]*,?[^\S\n]+${SPEECH}`);
/** A place's unit, then a verb of speaking: "Houston region asked", "the Dallas office says". */
const UNIT_SPEAKING = new RegExp(
  String.raw`^[^\S\n]+(?:region|office|team|site|hub|branch|people|folks|crew|group|plant)[^\S\n]+(?:(?:has|have|had|just|also)[^\S\n]+)?${SPEECH}`,
);
/** A firm, then its office by place, in a bracket or a possessive: "auditors (", "the auditors' ", "our bank's ". */
const FIRM_BEFORE =
  /\b(?:auditors?|bank|bankers?|lenders?|brokers?|counsel|lawyers?|attorneys?|advis[eo]rs?|appraisers?|consultants?|insurers?|valuers?|trustees?)(?:['\u2019]s|s['\u2019]|['\u2019])?[^\S\n]+(?:\([^\S\n]*)?$/;
/** An office's word after a firm's place: "(Atlanta office)", "Atlanta office will review". */
const OFFICE_AFTER = /^[^\S\n]+(?:office|team|branch|hq|desk)\b/;
/** A trip or a visit after the place: "Phoenix site visit", "Dallas trip", "Houston offsite". */
const TRIP_AFTER = /^[^\S\n]+(?:site[^\S\n]+visits?|visits?|trips?|off-?sites?|roadshows?|conference|travel)\b/;
/** Where a text was written: "prepared in", "drafted from", "written at". */
const WRITTEN_IN_BEFORE = /\b(?:prepared|written|drafted|compiled|typed)[^\S\n]+(?:in|from|at)[^\S\n]+(?:the[^\S\n]+)?$/;

/** Words that make the clause around the place an ask: "only", "exclude", "sell in". */
const ASKING_WORDS =
  /\b(?:only|exclud\w*|except|not|nothing|none|never|keep|avoid|include\w*|skip|drop|limit\w*|outside|focus\w*|restrict\w*|just)\b/;

/**
 * Claims the places of people, units and firms that speak or review, of trips and of where the text was written, so
 * that they ask for nothing; the clause before the place must not ask ("sell only in Chicago, our lawyers say").
 */
export function claimSpeakingPartyPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  claimPlaceListsBeforeRole(text, vocabulary);
  claimMeetingLines(text, vocabulary);
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(Math.max(0, place.start - 80), place.start);
    const after = text.lower.slice(place.end, place.end + 80);
    const spoken =
      (PEOPLE_IN_BEFORE.test(before) && SPEECH_AFTER_PEOPLE.test(after)) ||
      UNIT_SPEAKING.test(after) ||
      (FIRM_BEFORE.test(before) && OFFICE_AFTER.test(after)) ||
      TRIP_AFTER.test(after) ||
      WRITTEN_IN_BEFORE.test(before);
    if (!spoken) continue;
    // Only the clause before the place can make it an ask: what the party says after it is read on its own.
    const opening = text.lower.slice(sentenceStartBefore(text, place.start), place.start);
    const clause = opening.slice(Math.max(opening.lastIndexOf(','), opening.lastIndexOf(';'), opening.lastIndexOf(' - ')) + 1);
    if (ASKING_WORDS.test(clause)) continue;
    text.claim(place.start, place.end);
  }
}

/** A role of a team's lead after a list of places: "team lead", "region head", "regional controller", "team". */
const ROLE_AFTER_LIST =
  /^[^\S\n]+(?:(?:region(?:al)?|area|site|market|ops|finance)[^\S\n]+)?(?:team[^\S\n]+)?(?:lead|leads|head|heads|manager|managers|controller|director|team|folks|people|fp&a)\b(?![^\S\n]*(?:['\u2019]s[^\S\n]+)?(?:sites?|buildings?|assets?|propert))/;
/** What joins places in a list: a comma, "and", "&", a slash or a plus. */
const PLACE_JOINER = /^[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+)?|&|\/|\+|and[^\S\n]+)[^\S\n]*/;

/**
 * "Texas and Arizona team lead.", "Dallas/Houston region leads here": a list of places before a team's role, opening a
 * sentence or a line, names who writes; every place in it is claimed.
 */
function claimPlaceListsBeforeRole(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const first of freePlacesIn(text, vocabulary)) {
    const opening = text.lower.slice(sentenceStartBefore(text, first.start), first.start);
    if (!/^[\s\-\u2022*>]*(?:(?:i\s+am|i['\u2019]m|we\s+are|we['\u2019]re|from)\s+)?(?:the\s+|our\s+)?$/.test(opening)) continue;
    const places = [first];
    let end = first.end;
    for (;;) {
      const joiner = PLACE_JOINER.exec(text.lower.slice(end));
      const next = joiner === null ? null : freePlaceAt(text, vocabulary, end + joiner[0].length);
      if (joiner === null || next === null) break;
      places.push(next);
      end = next.end;
    }
    if (places.length < 2 || !ROLE_AFTER_LIST.test(text.lower.slice(end))) continue;
    for (const place of places) text.claim(place.start, place.end);
  }
}

/**
 * A meeting's line: "Next: lenders' call Thursday, Chicago", "6. Next: board review, Atlanta office", and a header's
 * "Location: Columbus boardroom". Group `value` is what follows the label.
 */
const MEETING_LINE =
  /(?:^|\n|(?<=[|:][^\S\n]))[^\S\n]*(?:\d{1,2}[.)][^\S\n]*|[-*\u2022][^\S\n]*)?(?:next(?:[^\S\n]+steps?)?|location|venue|meeting[^\S\n]+place)[^\S\n]*:(?<value>[^\n|]*)/g;
/** What makes a label's value a meeting: a call, a meeting, a room. */
const MEETING_WORD =
  /\b(?:call|meeting|sync|session|off-?site|boardroom|board\s+room|room|office|hq|floor|review|catch[-\s]?up|dinner|lunch|workshop)\b/;

/** Claims the places of a meeting's line, when it names a meeting or a room and asks for nothing. */
function claimMeetingLines(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.lower.matchAll(MEETING_LINE)) {
    const value = match.groups?.['value'] ?? '';
    if (!MEETING_WORD.test(value) || ASKING_WORDS.test(value) || /\bsell\w*|\bsold\b|\bsale\b|\$|%/.test(value)) continue;
    const to = match.index + match[0].length;
    for (const place of freePlacesIn(text, vocabulary, to - value.length, to)) text.claim(place.start, place.end);
  }
}

/**
 * "Jade asked whether to exclude Newark too - the answer is no", "someone asked if we should drop Dallas as well;
 * answer: no": a question about ruling a list out, answered no, rules nothing out.
 */
const EXCLUSION_QUESTION =
  /\b(?:asked|asks|wondered|wonders|queried)[^\S\n]+(?:(?:me|us)[^\S\n]+)?(?:whether|if)[^\S\n]+(?:we[^\S\n]+(?:should|would|could|can|will|need\s+to|want\s+to)[^\S\n]+|to[^\S\n]+|(?:i|you)[^\S\n]+(?:should|would|could|can|will)[^\S\n]+)(?:also[^\S\n]+)?(?:exclude|drop|skip|remove|leave[^\S\n]+out|rule[^\S\n]+out|carve[^\S\n]+out)[^\S\n]+/g;
/** The answer no after the question's list: "too - the answer is no", "as well; answer: no", "? No." */
const ANSWERED_NO =
  /^(?:[^\S\n]+(?:too|as\s+well|also))?[^\S\n]*(?:[-\u2013\u2014,;:?.][^\S\n]*)+(?:(?:the|my|our)[^\S\n]+)?(?:answer|reply|response)(?:[^\S\n]+(?:is|was))?[^\S\n]*:?[^\S\n]*no\b|^(?:[^\S\n]+(?:too|as\s+well|also))?[^\S\n]*[?.][^\S\n]*no[.!,]/;

/** Claims a question about ruling places out that is answered no, so that its list rules nothing out. */
export function claimExclusionQuestionsAnsweredNo(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(EXCLUSION_QUESTION)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null) continue;
    const answer = ANSWERED_NO.exec(text.lower.slice(list.end));
    if (answer === null || !text.isFree(match.index, list.end + answer[0].length)) continue;
    text.claim(match.index, list.end + answer[0].length);
  }
}

/**
 * "Atlanta and Houston are under redesign, don't sell there", "no sales there": "there" stands for the places named
 * before it in its sentence, which are ruled out. Group `pronoun` is the word that points back.
 */
export const THERE_RULED_OUT =
  /\b(?:(?:do\s+not|don['\u2019]t|never|can['\u2019]?t|cannot|won['\u2019]t|will\s+not|shouldn['\u2019]t|should\s+not|must\s+not|mustn['\u2019]t|not\s+to)\s+(?:sell|divest|dispose\s+of|touch|offer)(?:\s+any(?:thing|\s+(?:sites?|buildings?|assets?|propert(?:y|ies)))?)?|no\s+(?:sales?|selling|disposals?)|nothing\s+(?:to\s+be\s+)?sold)\s+(?:(?:in|from)\s+)?(?<pronoun>there)(?![a-z])(?!\s+(?:is|are|was|were|will|would|should)\b)/g;

/**
 * "pending matters in Texas and Georgia, so rule out all sites in those two states", "exclude those markets": a
 * plural that points back to the places just named, ruled out. Group `pronoun` is the pointing words.
 */
export const PLACES_POINTED_BACK =
  /\b(?:exclud(?:e|ing)|rul(?:e|ing)\s+out|leav(?:e|ing)\s+out|skip|drop|remove|omit|avoid|carve\s+out|take\s+out|(?:do\s+not|don['\u2019]t|never)\s+(?:sell|touch))\s+(?:(?:all|any|every)(?:thing|\s+(?:of\s+the\s+)?(?:sites?|buildings?|assets?|propert(?:y|ies)|locations?))?\s+(?:in\s+)?|(?:sites?|buildings?|assets?|propert(?:y|ies))\s+in\s+)?(?<pronoun>(?:th(?:ose|ese)|both)\s+(?:(?:two|three|four)\s+)?(?:states|markets|metros|cities|places|locations|regions))(?![a-z])/g;
