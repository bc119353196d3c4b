import type { BriefText } from './brief-text.js';

/*
 * A limit to some types put as a question and answered no, with any type allowed: "Retail only otherwise? No - any
 * type.", "Warehouses only? No, all types are fine", "Just DCs? Nope, any kind". The question asks for nothing, and
 * the answer lifts the limit; a question answered yes ("Warehouses only? Yes.") is left to the other readers.
 */

/** The types asked about as the only ones, to the question mark: "Retail only otherwise?", "Just DCs?". */
const LIMIT_ASKED = String.raw`(?:(?:just|only)\s+[a-z&][a-z&,/\s-]{0,50}?|[a-z&][a-z&,/\s-]{0,50}?\s+only(?:\s+(?:otherwise|then|instead|too))?)\s*\?`;

/** The answer: no, then any type allowed: "No - any type", "no, all types are fine", "nope, any kind". */
const ANY_TYPE_ANSWER = String.raw`[^\S\n]*(?:no|nope|nah)\b[^\S\n]*[,.;:\u2013\u2014-]*[^\S\n]*(?:any|all|every|whatever)\s+(?:asset\s+)?(?:types?|kinds?|classes)(?:\s+(?:is|are)\s+(?:fine|ok(?:ay)?|allowed))?`;

/** The question, from the start of its sentence, and its answer. */
const LIMIT_ASKED_AND_REFUSED = new RegExp(String.raw`(?<=(?:^|[.!?;\n])[^\S\n]*)${LIMIT_ASKED}${ANY_TYPE_ANSWER}`, 'g');

/** Claims a limit to some types asked about and refused, so that no type is read from the question. */
export function claimTypeLimitsAskedAndRefused(text: BriefText): void {
  text.claimFreeMatches(LIMIT_ASKED_AND_REFUSED);
}
