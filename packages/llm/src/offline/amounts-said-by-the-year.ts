/**
 * An amount said by the year: "fourteen million a year at most", "Eleven million a year ceiling", "$ 11,000,000 /
 * yr", "$9M per annum". What comes in or goes out every year is a flow (rent, earnings, interest), never the one-off
 * sum a sale-leaseback raises, so such an amount is never read as the ask; the readers of rent caps and background
 * figures are left to read it.
 */

/**
 * The words right after an amount that make it yearly: "a year", "per year", "each year", "/ yr", "per annum",
 * "p.a.", "annually", "yearly". "a year from now" and "a year out" say when, not how often, and are left alone.
 */
const BY_THE_YEAR_AFTER =
  /^[^\S\n]*(?:(?:a|an|per|each|every|\/)[^\S\n]*(?:year|yr|annum)\b(?![^\S\n]+(?:from|out|ago|later|early|late|before|after)\b)|p\.?[^\S\n]?a\.?(?![a-z])|annually\b|yearly\b)/;

/** Whether the amount ending at `end` is said by the year ("$14M a year"). */
export function isSaidByTheYear(lower: string, end: number): boolean {
  return BY_THE_YEAR_AFTER.test(lower.slice(end, end + 24));
}
