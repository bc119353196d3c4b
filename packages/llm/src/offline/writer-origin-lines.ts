import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { WRITER_ROLE } from './writer-roles.js';

/*
 * The lines that say where a message comes from, at its head or its foot: a greeting from a team with its place in
 * brackets ("Hi -- from Corporate Finance (Houston)."), a note's title with its place ("Controller's note, Dallas:"),
 * a role then its place then "here" ("RE Ops Newark here."), a closing with a name, a role and a place ("Regards, Jo
 * -- Treasury, Newark"), a closing with a name from a place's office ("Thanks - Lucy from the Dallas office"), and a
 * form's field for the writer's own office ("Your office: Columbus"). Each place says who writes, never where to sell.
 */

/**
 * The words that close a message before the writer's name: "Thanks", "Regards", "Best", "Cheers". The longer closings
 * come first, so that "Best regards, Ana" never reads "regards" as the name.
 */
const CLOSING = String.raw`(?:kind\s+regards|best\s+regards|warm\s+regards|many\s+thanks|thank\s+you|thanks|thx|ty|cheers|regards|best|rgds)`;
/** A first name, or a first and a last name, as the writer signs. */
const NAME = String.raw`[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?`;
/** A word of a site or a team after the writer's place: "the Dallas office", "Houston team". */
const SITE_NOUN = '(?:office|team|site|hub|plant|campus|branch|desk|region|hq|group)';
/** What may end a line of origin after the place: a site's word, then a full stop or nothing, then the line's end. */
const LINE_END_AFTER_PLACE = new RegExp(String.raw`^(?:[^\S\n]+${SITE_NOUN})?[^\S\n]*[.!]?[^\S\n]*(?:\n|$)`);

/** "Thanks - Lucy from the Dallas office": a closing, a name written with a capital, then where the name is from. */
const CLOSING_NAME_FROM = new RegExp(
  String.raw`\b${CLOSING}\b[!.,]?[^\S\n]*(?:-+[^\S\n]*)?(?<name>${NAME})[^\S\n]+(?:from|at|in)[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+)?`,
  'g',
);
/** "Regards, Jo -- Treasury, Newark", "Best, Sam - FP&A - Houston": a closing, a name, a role, then the place. */
const CLOSING_NAME_ROLE = new RegExp(
  String.raw`\b${CLOSING}\b[!.,]?[^\S\n]*(?:-+[^\S\n]*)?(?<name>${NAME})[^\S\n]*(?:-+|,)[^\S\n]*${WRITER_ROLE}[^\S\n]*(?:,|-+)[^\S\n]*`,
  'g',
);
/** "Hi -- from Corporate Finance (Houston).", "From: the tax team (Dallas)": a team or role, its place in brackets. */
const FROM_ROLE_BRACKET = new RegExp(
  String.raw`(?:^|\b(?:hi|hello|hey)\b[^\S\n]*[-,!.]*[^\S\n]*)from:?[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+)?${WRITER_ROLE}[^\S\n]*\([^\S\n]*`,
  'gm',
);
/** The bracket closed after the place, then the sentence's or the line's end. */
const BRACKET_CLOSED = /^[^\S\n]*\)[^\S\n]*(?:[.:;,!]|\n|$)/;
/** "Controller's note, Dallas:", "Treasury update - Phoenix": a note's title named after a role, then its place. */
const ROLE_NOTE_PLACE = new RegExp(
  String.raw`^[^\S\n]*(?:(?:the|a|our)[^\S\n]+)?${WRITER_ROLE}(?:['\u2019]s)?[^\S\n]+(?:note|memo|update|message|request|email|summary|brief)[^\S\n]*(?:,|-+|\bfrom\b)[^\S\n]*`,
  'gm',
);
/** What ends the title of a note after its place: a colon, or the line's end. */
const TITLE_END = /^[^\S\n]*(?::|[.!]?[^\S\n]*(?:\n|$))/;
/** "RE Ops Newark here.", "Hi, Treasury Dallas here -": a role, its place, then "here". */
const ROLE_PLACE_HERE = new RegExp(String.raw`(?:^|[.!?][^\S\n]+|\b(?:hi|hello|hey)\b[^\S\n]*[-,!.]*[^\S\n]*)${WRITER_ROLE}[^\S\n]+`, 'gm');
const HERE_AFTER_PLACE = /^[^\S\n]+here\b/;
/** A form's field for the writer's own office: "Your office: Columbus", "My location = Dallas". */
const OWN_OFFICE_FIELD =
  /^[^\S\n]*(?:your|my)[^\S\n]+(?:office|location|site|base|city|department|home\s+office)(?:[^\S\n]+location)?[^\S\n]*[:=?][^\S\n]*/gm;
/** Only the place, then the line's end: a field's value. */
const FIELD_END = /^[^\S\n]*(?:\n|$)/;

/**
 * A person by name, then their place in brackets, where a message names who wrote or will act: after a dash ("-
 * Sergio (Newark)"), a closing ("Thanks - Marcus, Treasury (Houston)"), "from" or "by" ("Quick one from Zoe
 * (Atlanta)", "notes by Kai (Dallas)"), a chat's time ("[10:02] Olu Adeyemi (Houston):") or a label ("Assignee: A.
 * Nguyen (Houston)"). Read on the text as written: a name has capitals. Group `name` is the name; a role may follow it
 * after a comma ("Connor, Treasury"). Group `lead` is what stands before the name.
 */
const PERSON_THEN_PLACE =
  /(?<lead>^|[-\u2014][^\S\n]*|\b(?:[Ff]rom|[Bb]y|[Aa]ssignee:|[Oo]wner:|[Cc]c:|[Tt]hanks[,!]?|[Cc]heers[,!]?|[Rr]egards[,!]?)[^\S\n]+|\][^\S\n]*)(?<name>(?:[A-Z]\.[^\S\n]*)?[A-Z][a-z'-]+(?:[^\S\n]+[A-Z][a-z'-]+)?)(?:,[^\S\n]*[A-Za-z&/][A-Za-z&/ ]{0,30}?)?[^\S\n]*\([^\S\n]*/gm;
/** What closes a person's bracket after the place: a site's word, then the bracket. */
const PERSON_BRACKET_END = new RegExp(String.raw`^(?:[^\S\n]+${SITE_NOUN})?[^\S\n]*\)`);
/** Capitalised words that ask or label a scope, never a name: "Exclude (Dallas)", "Only (Texas)", "Scope (Dallas):". */
const ASKING_WORD =
  /^(?:exclude|excluding|excluded|exclusions?|only|keep|skip|avoid|drop|except|include|sell|no|not|none|target|scope|focus|perimeter|universe|pool|filters?|geography|markets?|sites?|states?|regions?|areas?|cities|metros?|locations?|assets?|properties|buildings?)$/;

/**
 * Claims the place of a line that says where the message comes from (a greeting from a team, a note's title, a role
 * "here", a closing's name and role, a form's own-office field), so that it asks for nothing.
 */
export function claimWriterOriginLines(text: BriefText, vocabulary: PlaceVocabulary): void {
  const claimPlace = (at: number, end: RegExp): void => {
    const place = placeAt(text, vocabulary, at);
    if (place !== null && end.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  };
  for (const pattern of [CLOSING_NAME_FROM, CLOSING_NAME_ROLE]) {
    for (const match of text.freeMatches(pattern)) {
      // A name is written with a capital and is no place: "Thanks - Lucy from the Dallas office", not "Thanks, Dallas".
      const name = match.index + match[0].indexOf(match.groups?.['name'] ?? '', /^[a-z ]+/.exec(match[0])?.[0].length ?? 0);
      if (!/^[A-Z]/.test(text.source.slice(name)) || vocabulary.matchAt(text.lower, name, false, text.source) !== null) continue;
      claimPlace(match.index + match[0].length, LINE_END_AFTER_PLACE);
    }
  }
  for (const match of text.freeMatches(FROM_ROLE_BRACKET)) claimPlace(match.index + match[0].length, BRACKET_CLOSED);
  for (const match of text.freeMatches(ROLE_NOTE_PLACE)) claimPlace(match.index + match[0].length, TITLE_END);
  for (const match of text.freeMatches(ROLE_PLACE_HERE)) claimPlace(match.index + match[0].length, HERE_AFTER_PLACE);
  for (const match of text.freeMatches(OWN_OFFICE_FIELD)) claimPlace(match.index + match[0].length, FIELD_END);
  for (const match of text.source.matchAll(PERSON_THEN_PLACE)) {
    const name = match.groups?.['name'] ?? '';
    const nameStart = match.index + (match.groups?.['lead']?.length ?? 0);
    // A person's name is no place, no building and no word that asks: "Sergio (Newark)", not "Riverside (Inland Empire)".
    const words = name
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .filter((word) => word.length > 1);
    if (words.some((word) => ASKING_WORD.test(word)) || vocabulary.matchAt(text.lower, nameStart, false, text.source) !== null) continue;
    if (!text.isFree(nameStart, match.index + match[0].length)) continue;
    claimPlace(match.index + match[0].length, PERSON_BRACKET_END);
  }
}
