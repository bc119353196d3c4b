/**
 * A cap on added rent said of what is sold, with the rent after the amount: "nothing that adds over 8 million a year in
 * rent", "no sale that would add more than $6M of annual rent", "no building adding above $2.5M a year in rent". The
 * refusal ("nothing", "no sale") and the adding verb come before the amount, and "in rent" or "of rent" after it: both
 * are needed, so "nothing that adds over $8M in value" or "a sale that adds $8M in rent" caps nothing.
 */
import type { RentCapForm } from './rent-bill-raised-caps.js';

/** What is refused: "nothing", "no sale", "no buildings", "none of the deals". */
const NOTHING_SOLD = String.raw`(?:nothing|no\s+(?:sale|deal|disposal|building|asset|site|property|properties|transaction|leaseback)s?|none\s+of\s+(?:the|these|them)(?:\s+[a-z]+)?)`;

/** The words after the amount that make it rent: "a year in rent", "of annual rent", "per year in new rent". */
const IN_RENT =
  /^\s*(?:(?:a|per|each|every)\s+year\s+|annually\s+|\/\s*(?:yr|year)\s+)?(?:in|of)\s+(?:annual\s+|yearly\s+|new\s+|extra\s+|added\s+)?rents?\b/;

/** The forms, in the shape `plain-rent-caps.ts` reads: the words before the amount, and the rent's words after it. */
export const RENT_ADDED_BY_WHAT_IS_SOLD_FORMS: readonly RentCapForm[] = [
  // "please nothing that adds over 8 million a year in rent", "no sale that would add more than $6M of annual rent".
  {
    before: new RegExp(
      String.raw`\b${NOTHING_SOLD}\s+(?:(?:that|which)\s+)?(?:(?:would|will|could|might)\s+)?(?:adds?|adding)\s+(?:over|above|more\s+than|beyond|in\s+excess\s+of)\s*$`,
    ),
    after: IN_RENT,
    afterRequired: true,
  },
];
