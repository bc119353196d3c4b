import { ESCALATOR_NOUN, TERM_NOUN } from './economics-wording.js';
import { WORD_NUMBER } from './written-numbers.js';

/**
 * Rent escalators and lease terms as board papers write them, beside `economics-wording.ts`: set by resolution in the
 * subjunctive ("RESOLVED that the rent escalator be 1.5%", "that the initial lease term be 15 years"), a percentage
 * written in words with a half ("an annual rent escalator of two and one-half per cent"), a question on the escalator or
 * the term answered on the next line by its figure ("Q: Escalator assumption? / A: 3% per annum", "Q: What lease term
 * is assumed? / A: 25 years"), and the rent told to rise at a rate ("Rent to escalate at 2% a year"). Read by
 * `readEconomics`.
 */

/** A percentage's number, captured: a numeral, or a whole number in words. */
const PERCENT = String.raw`(?:(\d+(?:\.\d+)?)|(${WORD_NUMBER}))\s*(?:%|percent\b|per\s*cent\b)`;
/** Years, captured: a numeral or a number in words. */
const YEARS = String.raw`(?:(\d{1,2})|(${WORD_NUMBER}))[\s-]*(?:years?|yrs?)(?![a-z])`;
/** What a resolved setting may be said to apply to before its "be": "applicable to all leases under the Programme". */
const APPLYING_TO = String.raw`(?:\s+(?:applicable|applying)\s+to\s+[^.;,\n]{0,60}?|\s+(?:for|of|under)\s+(?:the\s+|all\s+|each\s+)?(?:leases?|programme|program)(?:\s+under\s+the\s+program(?:me)?)?)?`;
/** A question's mark, the line break and the answer's label: "?\nA: ", "?\nA (CFO): ". */
const ANSWERED = String.raw`\?[^\S\n]*\n[^\S\n]*a(?:[^\S\n]*\([^)\n]{1,40}\))?[^\S\n]*[:.)-][^\S\n]*`;

/**
 * Escalator figures in the forms above, the percentage as a numeral in the first group or in words in the second; a
 * half in words ("two and one-half per cent") in the third. Only an escalator noun or the rent's own rise is read: "the
 * tax rate be 21%" is no escalator.
 */
export const ESCALATOR_RESOLVED = new RegExp(
  [
    // "the rent escalator be 1.5%", "the rent escalator applicable to all leases under the Programme be 2.0% per annum".
    String.raw`\b${ESCALATOR_NOUN}${APPLYING_TO}\s+be\s+${PERCENT}`,
    // "an annual rent escalator of two and one-half per cent": the half written out after the whole number.
    String.raw`\b${ESCALATOR_NOUN}\s+of\s+(${WORD_NUMBER})\s+and\s+(?:one[-\s]|a\s+)half\s+(?:percent|per\s*cent)(?![a-z])`,
    // "Q: Escalator assumption? / A: 3% per annum": the answer opens with the figure.
    String.raw`\b${ESCALATOR_NOUN}[^?\n]{0,40}${ANSWERED}${PERCENT}`,
    // "Rent to escalate at 2% a year", "rents to rise by 3% annually".
    String.raw`\brents?\s+(?:to|will|shall|should)\s+(?:escalate|rise|increase|grow|step\s+up)\s+(?:at|by)\s+${PERCENT}`,
  ].join('|'),
  'g',
);

/** Every form of `ESCALATOR_RESOLVED` holds a percentage and one of these words: a brief without skips it. */
export const ESCALATOR_RESOLVED_WORD = /\bbe\b|half|\?|rent/;

/**
 * Lease terms in the forms above, the years as a numeral in the first group or in words in the second: resolved in
 * the subjunctive ("the lease term be 25 years", "that the initial lease term be 15 years") or a question on the term
 * answered by its years ("Q: What lease length are we offering investors? / A: Eighteen years, ..."). A term asked
 * about and answered with anything else ("A: Not decided") is not read.
 */
export const TERM_RESOLVED = new RegExp(
  [String.raw`\b${TERM_NOUN}${APPLYING_TO}\s+be\s+${YEARS}`, String.raw`\b${TERM_NOUN}[^?\n]{0,40}${ANSWERED}${YEARS}`].join('|'),
  'g',
);
