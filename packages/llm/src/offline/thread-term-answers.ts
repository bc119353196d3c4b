import { WORD_NUMBER } from './written-numbers.js';

// A lease term asked about in a thread and answered on the next line by a bare figure, apart from `read-economics.ts`:
// "Hassan: lease term? / June: 15", "what lease term are we assuming? / Ingrid: 19", "A: lease term for the model? /
// B: 13 years"; the lengths offered as choices ("leases 15 or 20? / Tess: 20, with 2.5% escalators"), a handle's at
// sign ("@jo: 15y") and a time stamp before the speaker ("[09:16] Priya: 15, flat rent").

/**
 * A question on the lease term ("lease term?", "what lease tenor are we assuming?", "leaseback length for the model?"),
 * answered on the next line by its speaker (with a role in brackets or not: "Hal (decides): 15 years") with the years alone,
 * with or without their unit. The years in group 1; only the answer is taken, so that a figure in the question ("lease terms
 * for the $120M case?") stays free for its own reader.
 * Only the lease's term is asked: "what's the term of the loan?" answered "5" is another's, so the lease must be named
 * (or the tenor, which is only a lease's or a loan's, and a loan's tenor is named with the loan).
 */
export const TERM_ANSWERED_IN_THREAD = new RegExp(
  String.raw`(?<=\b(?:lease(?:back)?\s+(?:terms?|tenors?|length)|tenors?|leases?\s+\d{1,2}\s+or\s+\d{1,2}(?:\s*(?:years?|yrs?|y))?)\b(?![^?\n]{0,30}\b(?:loan|debt|facility|bond|note|revolver)s?\b)[^?\n]{0,30}\?[^\S\n]*\n)[^\S\n]*(?:\[[^\]\n]{1,20}\][^\S\n]*)?@?[a-z\u00c0-\u00ff]+(?:[^\S\n]*\([^)\n]{1,30}\))?[^\S\n]*:[^\S\n]*(?:(?:use|assume|say|go\s+with)\s+)?(\d{1,2}|${WORD_NUMBER})(?:[^\S\n]*(?:years?|yrs?|y)(?![a-z]))?(?=[^\S\n]*(?:[.,;!]|\n|$))`,
  'g',
);

/**
 * A line naming the lease term, a question or a remark on an earlier figure ("HENRY: And the lease term - last time we
 * modelled twelve years."), answered on the next line by another speaker with the years to use: "GRACE: Use fifteen.",
 * "Tom: go with 18 years". The answer opens with its verb of choosing, so that a remark that only names years ("twelve
 * years was too long") is no answer. The years in group 1.
 */
export const TERM_SETTLED_ON_NEXT_LINE = new RegExp(
  String.raw`(?<=\blease(?:back)?\s+(?:terms?|tenors?|length)\b(?![^\n]{0,40}\b(?:loan|debt|facility|bond|note|revolver)s?\b)[^\n]{0,80}\n)[^\S\n]*(?:\[[^\]\n]{1,20}\][^\S\n]*)?[a-z\u00c0-\u00ff]+(?:[^\S\n]*\([^)\n]{1,30}\))?[^\S\n]*:[^\S\n]*(?:(?:ok(?:ay)?|no|yes)[,.]?[^\S\n]+)?(?:use|go\s+with|make\s+it|take|let'?s\s+(?:do|use|say|go\s+with))[^\S\n]+(\d{1,2}|${WORD_NUMBER})(?:[^\S\n]*-?[^\S\n]*(?:years?|yrs?|y))?(?=[^\S\n]*(?:[.,;!]|\n|$))`,
  'g',
);
