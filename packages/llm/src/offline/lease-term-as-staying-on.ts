import { WORD_NUMBER } from './written-numbers.js';

// A lease term said as the company staying on in its buildings, or as the buildings leased back for the years, read
// with the idioms of `LEASE_TERM_IDIOM` where no other form of a term matched. Each form holds the years in its one group.

/** A count of years in digits or words. */
const NUMBER = String.raw`(\d{1,2}|${WORD_NUMBER})`;
/** The years and nothing that makes them history or an age: "15 years", not "15 years ago" or "15 years old". */
const YEARS = String.raw`[^\S\n]*(?:years?|yrs)(?![a-z])(?![^\S\n]+(?:ago|old)\b)`;

/**
 * - the buildings leased back for the years: "lease everything back for 15 years", "the buyer would lease them back to
 *   us for 8 years", "leasing the sites back to the company for 12 years" (what was leased back once, "we leased it back
 *   for 10 years in 2015", is history: only the present, the wish and the conditional are read);
 * - the company staying on as the tenant for the years: "we'd want to stay on as the tenant for 12 years", "operations
 *   would happily stay on as tenant for 22 years", "remain the occupier for 15 years".
 */
export const LEASE_TERM_AS_STAYING_ON = [
  String.raw`\bleas(?:e|es|ing)[^\S\n]+(?:(?:it|them|everything|all(?:[^\S\n]+of[^\S\n]+(?:it|them))?|(?:the|those|these|our)[^\S\n]+(?:buildings?|sites?|assets?|properties|property|plants?|stores?|warehouses?|offices?))[^\S\n]+)?back(?:[^\S\n]+to[^\S\n]+(?:us|the[^\S\n]+company|ourselves))?[^\S\n]+for[^\S\n]+${NUMBER}${YEARS}`,
  String.raw`\b(?:stay|stays|staying|remain|remains|remaining)[^\S\n]+(?:on[^\S\n]+)?(?:in[^\S\n]+(?:them|the[^\S\n]+buildings?)[^\S\n]+)?(?:as[^\S\n]+)?(?:the[^\S\n]+|a[^\S\n]+)?(?:tenants?|occupiers?|occupants?|lessees?)[^\S\n]+for[^\S\n]+${NUMBER}${YEARS}`,
].join('|');
