import { EARNINGS_BEFORE_RENT as SHARED_EARNINGS_BEFORE_RENT } from './coverage-vocabulary.js';
/**
 * Lease-adjusted leverage described by its two terms with no multiple for the rent: debt said to include the leases or
 * the rent owed under them, in any words, over earnings before rent ("debt including the rent we pay, divided by
 * earnings before rent", "total debt, counting leases as debt, over earnings-before-rent", "debt with leases
 * capitalised over earnings before rent", "the ratio of debt including rent obligations to earnings before rent"). The
 * divisor and the leases together make it this ratio, so the words between may be loose. A year's rent merely added
 * to debt ("debt plus rent", "debt counting the rent") capitalises nothing and names no ratio, so the rent must be
 * the leases or what is owed or paid under them. A regular expression source (lower case) that `plain-ratio-names.ts`
 * joins to the lease-adjusted names, so that every form of a limit the bound reader knows follows it.
 */

/** How the leases join the debt: "including", "counting", "with", after a comma or not. */
const JOINED = String.raw`,?[^\S\n]+(?:including|incl\.?|inclusive\s+of|with|counting|that\s+(?:counts?|includes?))[^\S\n]+`;

/**
 * The leases, or the rent owed under them, in the few words after the joining word and before the divisor: "leases as
 * debt", "leases capitalised", "lease obligations", "rent obligations", "the rent we pay", "what we pay in rent". No
 * figure, stop or colon among them, so that the name stays in its clause.
 */
const RENT_OR_LEASES = String.raw`(?=[^.;:!?\n\d]{0,40}?(?:\bleases?\b|\brent(?:al)?s?\s+(?:obligations|commitments|liabilities|payments)\b|\brents?\s+we\s+pay\b|\bpay\s+in\s+rents?\b))[^.;:!?\n\d]{1,40}?`;

/** What the debt is divided by: "divided by", "over", "to", "against", "relative to", "/", a comma before it or not. */
const DIVIDED_BY = String.raw`,?[^\S\n]*(?:divided[^\S\n]+by|over|\/|relative[^\S\n]+to|against|compared[^\S\n]+(?:to|with)|to)[^\S\n]*`;

/** Earnings before rent, in words (hyphenated or not) or letters. */
const EARNINGS_BEFORE_RENT = `${SHARED_EARNINGS_BEFORE_RENT}(?![a-z])`;

/** Debt with the rent or the leases in it, over earnings before rent (see the file's head), with a comma after it. */
export const DEBT_WITH_RENT_OVER_EARNINGS_BEFORE_RENT = String.raw`(?:(?:the[^\S\n]+)?ratio[^\S\n]+of[^\S\n]+)?(?:(?:our|the|total|net|gross)[^\S\n]+)*(?:debt|borrowings?)${JOINED}${RENT_OR_LEASES}${DIVIDED_BY}${EARNINGS_BEFORE_RENT}(?:[^\S\n]*,)?`;
