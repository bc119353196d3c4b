import { WORD_NUMBER } from './written-numbers.js';

// A lease term asked about in a thread and answered on the next line by a bare figure, apart from `read-economics.ts`:
// "Hassan: lease term? / June: 15", "what lease term are we assuming? / Ingrid: 19", "A: lease term for the model? /
// B: 13 years".

/**
 * A question on the lease term ("lease term?", "what lease tenor are we assuming?", "leaseback length for the model?"),
 * answered on the next line by its speaker (with a role in brackets or not: "Hal (decides): 15 years") with the years alone,
 * with or without their unit. The years in group 1; only the answer is taken, so that a figure in the question ("lease terms
 * for the $120M case?") stays free for its own reader.
 * Only the lease's term is asked: "what's the term of the loan?" answered "5" is another's, so the lease must be named
 * (or the tenor, which is only a lease's or a loan's, and a loan's tenor is named with the loan).
 */
export const TERM_ANSWERED_IN_THREAD = new RegExp(
  String.raw`(?<=\b(?:lease(?:back)?\s+(?:terms?|tenors?|length)|tenors?)\b(?![^?\n]{0,30}\b(?:loan|debt|facility|bond|note|revolver)s?\b)[^?\n]{0,30}\?[^\S\n]*\n)[^\S\n]*[a-z\u00c0-\u00ff]+(?:[^\S\n]*\([^)\n]{1,30}\))?[^\S\n]*:[^\S\n]*(?:(?:use|assume|say|go\s+with)\s+)?(\d{1,2}|${WORD_NUMBER})(?:[^\S\n]*(?:years?|yrs?|y)(?![a-z]))?(?=[^\S\n]*(?:[.,;!]|\n|$))`,
  'g',
);
