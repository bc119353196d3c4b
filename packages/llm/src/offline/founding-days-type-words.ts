import type { BriefText } from './brief-text.js';

/*
 * What the company held in its early days, told as its history: "When I started the firm in 1998 we had one warehouse
 * in Dallas", "Back in 2003 we owned a single plant", "In the early days we ran two stores". The sentence asks for
 * nothing, so its types and places are claimed to its end, or to a turn to the present ("..., but today ...").
 */

/** When the history is set: "when I started Northwind in 1998", "back in 2003", "in the early days", "at the start". */
const EARLY_DAYS = String.raw`(?:when\s+(?:i|we|my\s+\w+)\s+(?:started|founded|set\s+up|launched|opened|began)\b[^.;!?\n]{0,60}?|(?:back\s+)?in\s+(?:19|20)\d\d|(?:back\s+)?in\s+the\s+(?:early|first)\s+(?:days|years)|at\s+the\s+(?:start|beginning)|(?:many|twenty|thirty|\d+)\s+years\s+ago)`;

/** What the company held then: "we had one warehouse", "the company owned a single plant", "we only ran two stores". */
const HELD_THEN = String.raw`(?:we|the\s+company|the\s+business|it)\s+(?:only\s+|just\s+)?(?:had|owned|ran|operated|leased)`;

/** The history to the end of its sentence, or to a turn to the present. */
const FOUNDING_DAYS = new RegExp(
  String.raw`\b${EARLY_DAYS}\s*,?\s+${HELD_THEN}\b(?:(?!\b(?:but|today|now|this\s+time|these\s+days|however)\b)[^.;!?\n]){0,100}`,
  'g',
);

/** Claims what the company held in its early days, so that no type or place is read from its history. */
export function claimFoundingDaysTypeWords(text: BriefText): void {
  text.claimFreeMatches(FOUNDING_DAYS);
}
