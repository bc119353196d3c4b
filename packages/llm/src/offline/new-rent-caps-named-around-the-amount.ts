import type { RentCapForm } from './rent-bill-raised-caps.js';

/**
 * Caps on the rent the program adds where the amount stands inside the cap's own words: the amount before the cap it
 * sets ("a $20M ceiling on added rent", "an $8M limit on new annual rent"), the new rent capped by a verb that names it
 * ("cap the new leasebacks' rent at $13.0M", "limit the added rent to $9M"), the room left for it as a label
 * ("incremental rent headroom = $13.0M/yr") and a cap labelled with the new rent in a bracket after it ("Rent cap (new,
 * annual) | $10m"). Read with the other plain forms by `plain-rent-caps.ts`.
 *
 * Rent in place is no cap on what the program adds: "a $30M rent bill today", "existing rent of $30M", and a "rent
 * cap" whose bracket does not say the rent is new, are left alone.
 */

/** The words that say the rent is what the program adds: "new", "added", "incremental". */
const ADDED = '(?:new|added|extra|additional|incremental)';

/** The first year of the new leases: "year-1", "year one", "first-year", "initial". */
const YEAR_ONE = String.raw`(?:year[-\s]?(?:1|one)|first[-\s]year|initial|starting)`;

/** The forms, in the shape `plain-rent-caps.ts` reads: the words before the amount, and the words after it. */
export const NEW_RENT_CAPS_NAMED_AROUND_THE_AMOUNT: readonly RentCapForm[] = [
  // "a $20M ceiling on added rent", "an $8M cap on the new annual rent": the amount first, the cap and the new rent after
  // it, which the form needs; the article before the amount is the start of the cap's words.
  {
    before: /\b(?:an?|the|with|plus)\s+$/,
    after: new RegExp(
      String.raw`^[^\S\n]*(?:(?:a|per)\s+year\s+|annual\s+|yearly\s+)?(?:cap|ceiling|limit|max(?:imum)?)\s+(?:on|for)\s+(?:the\s+|any\s+)?${ADDED}\s+(?:annual\s+|yearly\s+)?rents?\b`,
    ),
    afterRequired: true,
  },
  // "cap the new leasebacks' rent at $13.0M", "limit the added rent to $9M", "hold new lease rent under $7M": the new
  // rent held by the verb before it, with a word or two of what it is rent on between.
  {
    before: new RegExp(
      String.raw`\b(?:cap|limit|hold|keep)\s+(?:the\s+|our\s+|any\s+)?${ADDED}\s+(?:[a-z'\u2019-]+\s+){0,2}?rents?\s+(?:at|to|under|below|within)\s*$`,
    ),
  },
  // "incremental rent headroom = $13.0M/yr", "new rent headroom: $6M": the room left for new rent, which is its cap.
  {
    before: new RegExp(
      String.raw`\b${ADDED}\s+(?:annual\s+|yearly\s+)?rents?\s+(?:headroom|capacity|budget|allowance)\s*(?:[:=]|\||is)?\s*$`,
    ),
  },
  // "how much new rent can we take on: $5M", "max rent we can add? $8M a year": the most rent the company can add, asked
  // and answered on one line (a chat's question and its answer are joined so), which is the cap.
  {
    before: new RegExp(
      String.raw`\b(?:how\s+much|max(?:imum)?|most)\s+(?:${ADDED}\s+)?(?:annual\s+|yearly\s+)?rents?\s+(?:(?:that\s+)?(?:we|i)\s+)?(?:can|could|may|should|would)\s+(?:we\s+|i\s+)?(?:add|take\s+on|afford|accept|carry)[^\S\n]*[:?][^\S\n]*$`,
    ),
  },
  // "Maximum aggregate year-1 rent: USD 10,500,000", "first-year rent cap: $6M": the most the leasebacks may cost in
  // their first year, which only the new leases have; rent paid today has no year one.
  {
    before: new RegExp(
      String.raw`\b(?:max(?:imum)?\s+(?:(?:aggregate|total|combined|overall)\s+)?${YEAR_ONE}\s+(?:annual\s+)?(?:base\s+)?rents?|(?:(?:aggregate|total|combined)\s+)?${YEAR_ONE}\s+(?:base\s+)?rents?\s+(?:cap|ceiling|limit|max(?:imum)?))\s*(?:[:=]|\||\bis|\bof)?\s*$`,
    ),
  },
  // "Rent cap (new, annual) | $10m", "Rent ceiling (incremental): $12M": a cap labelled as on rent, its bracket saying
  // the rent is new, then the amount in the label's value or the next cell.
  {
    before: new RegExp(
      String.raw`\brents?\s+(?:cap|ceiling|limit|max(?:imum)?)\s*\((?=[^()\n]*\b${ADDED}\b)[^()\n]{1,40}\)[^\S\n]*(?:[:=]|\|)?[^\S\n]*$`,
    ),
  },
];
