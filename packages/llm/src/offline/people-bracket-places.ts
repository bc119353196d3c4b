import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * People shown with where they sit in a bracket: a first name with a task ("Jen (Atlanta) to circulate minutes", "Raj
 * (Columbus) will send the deck"), and a group of people with their places ("Call w/ site leads (Dallas/Houston/
 * Atlanta), intros only", "met the plant managers (Chicago, Columbus)"). The bracket says who the people are, never
 * where to sell; the list readers would otherwise take its places as asked for.
 */

/** A first name written with a capital (and an initial), then the bracket's opening (anchored at the end). */
const NAME_BEFORE = /(?:^|[^\p{L}.'-])(?<name>[A-Z][a-z]{1,15})(?:[^\S\n]+[A-Z]\.?)?[^\S\n]*\([^\S\n]*$/u;
/** Capitalised words that open an ask, never a person: "Only (Dallas) to be sold", "Exclude (Houston)". */
const NOT_A_NAME = /^(?:only|exclude|excluding|except|sell|keep|avoid|skip|drop|no|not|none|include|including|from|in|all)$/;
/** What a person named just before does after the bracket: "to circulate", "will send", "is presenting", "owns it". */
const PERSON_ACTS_AFTER =
  /^[^\S\n]*\)[^\S\n]*(?:to\s+[a-z]+|will|['\u2019]ll|is|was|has|had|owns|leads|sends?|shares?|presents?|circulates?|chairs?|hosts?|joins?|joined|can|should|said|says|asked|asks|notes?|noted)\b/;
/**
 * People named as a group, then the bracket's opening (anchored): "site leads (", "the plant managers (", "regional
 * heads (", "our contacts (".
 */
const PEOPLE_BEFORE =
  /\b(?:leads|heads|managers|directors|teams|colleagues|reps|representatives|contacts|attendees|participants|people|staff|controllers|gms)[^\S\n]*\([^\S\n]*$/;
/** The bracket's end after its places. */
const BRACKET_END = /^[^\S\n]*(?:office|team|site|hub)?[^\S\n]*\)/;
/** What may stand between two places of one bracket: a slash, a comma, "and", an ampersand. */
const PLACE_JOINER = /^[^\S\n]*(?:\/|,|&|\+|\band\b)[^\S\n]*(?:the[^\S\n]+)?$/;

/** Claims the places in a bracket that says where a named person, or a group of people, sits. */
export function claimPeopleBracketPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  if (!text.lower.includes('(')) return;
  const places = [...freePlacesIn(text, vocabulary)];
  for (let first = 0; first < places.length; first += 1) {
    const opening = places[first];
    if (opening === undefined) continue;
    // The places of one bracket: the first after its opening, then each joined to the one before it.
    let last = first;
    while (last + 1 < places.length) {
      const next = places[last + 1];
      const current = places[last];
      if (next === undefined || current === undefined || !PLACE_JOINER.test(text.lower.slice(current.end, next.start))) break;
      last += 1;
    }
    const closing = places[last];
    if (closing === undefined) continue;
    const before = text.source.slice(Math.max(0, opening.start - 40), opening.start);
    const after = text.lower.slice(closing.end, closing.end + 40);
    // A capitalised word before the bracket is a person's name when it is no place or type and opens no ask.
    const name = NAME_BEFORE.exec(before)?.groups?.['name'];
    const named =
      name !== undefined &&
      !NOT_A_NAME.test(name.toLowerCase()) &&
      vocabulary.matchAt(text.lower, opening.start - before.length + before.lastIndexOf(name), false, text.source) === null;
    const person = named && last === first && PERSON_ACTS_AFTER.test(after);
    const people = PEOPLE_BEFORE.test(before.toLowerCase()) && BRACKET_END.test(after);
    if (person || people) for (const place of places.slice(first, last + 1)) text.claim(place.start, place.end);
    first = last;
  }
}
