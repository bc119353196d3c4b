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

/**
 * How the leases join the debt: "including", "counting", "with", and "plus" or "and" ("what we owe plus our rent
 * obligations", "debt plus leases over EBITDAR"), after a comma or not; the leases or the rent owed under them must
 * follow, so that a year's rent added names no ratio.
 */
const JOINED = String.raw`,?[^\S\n]+(?:including|incl\.?|inclusive\s+of|with|counting|that\s+(?:counts?|includes?)|plus|and|together\s+with)[^\S\n]+`;

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

/** The debt, in the words of someone who does not say "debt": "what we owe", "what the company owes". */
const DEBT = String.raw`(?:(?:(?:our|the|total|net|gross)[^\S\n]+)*(?:debt|borrowings?)|what[^\S\n]+(?:we|the[^\S\n]+(?:company|group|business))[^\S\n]+owes?)`;

/**
 * The rent added to the debt as a step, and the total set against earnings before rent: "add our rent to our debt
 * and compare the total with our earnings before rent", "put the leases on top of what we owe and divide by EBITDAR".
 * The divisor makes it this ratio, whichever rent is added.
 */
const RENT_ADDED_THEN_SET_AGAINST = String.raw`(?:add|adds|adding|put|puts|putting)[^\S\n]+(?:our[^\S\n]+|the[^\S\n]+|all[^\S\n]+)*(?:rents?|leases?|lease[^\S\n]+(?:obligations|payments|liabilities)|rent[^\S\n]+(?:obligations|commitments|payments))[^\S\n]+(?:(?:in)?to|onto|on[^\S\n]+top[^\S\n]+of)[^\S\n]+${DEBT}[^\S\n]*,?[^\S\n]+(?:and|then)[^\S\n]+(?:compare|compares|comparing|divide|divides|dividing|measure|measures|set|sets|hold|holds|weigh|weighs)[^\S\n]+(?:(?:the|that|this)[^\S\n]+(?:total|sum|result|figure|number)|it|that|them)[^\S\n]+(?:with|against|to|by)[^\S\n]+${EARNINGS_BEFORE_RENT}`;

/**
 * Debt with the rent or the leases in it, over earnings before rent (see the file's head), with a comma after it; or
 * the rent added to the debt as a step and the total set against earnings before rent.
 */
export const DEBT_WITH_RENT_OVER_EARNINGS_BEFORE_RENT = String.raw`(?:(?:(?:the[^\S\n]+)?ratio[^\S\n]+of[^\S\n]+)?${DEBT}${JOINED}${RENT_OR_LEASES}${DIVIDED_BY}${EARNINGS_BEFORE_RENT}|${RENT_ADDED_THEN_SET_AGAINST})(?:[^\S\n]*,)?`;
