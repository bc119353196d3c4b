import { EARNINGS_BEFORE_RENT } from './coverage-vocabulary.js';
/**
 * Lease-adjusted leverage written as its formula where the rent is counted into the debt by a clause rather than added
 * as a term: "total debt - counting rent at eight times as if it were debt - divided by earnings before rent", "debt
 * with rent counted in at 8x, over earnings before rent,", "debt with the rent counted in (times eight) over earnings
 * before rent", "debt counting the rent at 8x, divided by earnings before rent,", "debt plus eight times your rent,
 * divided by earnings before rent,", "debt plus 8x rent, compared against what we earn before paying rent,". A regular
 * expression source (lower case) that `described-covenant-ratios.ts` joins to the ratio's other described names. The
 * eight is how the rent is counted, part of the name, so the bound reader only reads the limit written after the
 * divisor.
 */

/** The debt the rent is counted into: "total debt", "our debt", "debt", "borrowings". */
const DEBT = String.raw`(?:(?:our|the|your|total|net|gross)\s+)*(?:debt|borrowings?)`;
/** The eight as a multiple: "8x", "eight times", "8 ×". */
const EIGHT = String.raw`(?:eight|8)[^\S\n]*(?:x|\u00d7|times)(?![a-z])`;
/** The rent, with whose it is: "rent", "the rent", "your rent", "annual rent". */
const RENT = String.raw`(?:(?:the|your|our|its|their|all|annual|yearly|total)\s+)*rents?`;
/**
 * How the rent is counted at eight: "at eight times", "at 8x", "in at 8x", "(times eight)", "(at 8x)", with "as if it
 * were debt" after it or not.
 */
const AT_EIGHT = String.raw`(?:\s+in)?(?:\s+at\s+${EIGHT}|\s*\(\s*(?:times\s+(?:eight|8)|at\s+${EIGHT}|${EIGHT})\s*\))(?:\s*,?\s+as\s+(?:if|though)\s+(?:it|they)\s+(?:were|was|are)\s+debt)?`;
/**
 * The rent counted into the debt: "counting rent at eight times", "with rent counted in at 8x", "with the rent counted
 * in (times eight)", "plus eight times your rent".
 */
const RENT_COUNTED = String.raw`(?:(?:counting|including|with)\s+${RENT}(?:\s+counted)?${AT_EIGHT}|(?:plus|and|with|\+)\s+${EIGHT}\s+${RENT})`;
/** What the debt is divided by: "divided by", "over", "compared against", "/". */
const OVER = String.raw`(?:divided\s+by|over|\/|relative\s+to|against|compared\s+(?:to|with|against))`;

/**
 * The formula with the rent counted in: the debt, the rent clause (bare, in commas or dashes), the divisor and earnings
 * before rent, with the comma or dash closing the divisor.
 */
export const RENT_COUNTED_IN_FORMULA = String.raw`${DEBT}(?:\s*[-\u2013\u2014,]\s*|\s+)${RENT_COUNTED}(?:\s*[-\u2013\u2014,]\s*|\s+)${OVER}\s+${EARNINGS_BEFORE_RENT}(?:\s*(?:,|[-\u2013\u2014](?=\s)))?`;

/**
 * Leverage named as counting the leases, with the formula in a dashed aside after it: "leverage with the leases counted
 * in - debt plus 8x rent over earnings before rent -". Tried before the shorter names so the eight in the aside is
 * never the level.
 */
export const LEVERAGE_WITH_LEASES_COUNTED_IN = String.raw`(?:the\s+)?lev[ae]?rage\s+with\s+(?:the\s+|our\s+)?(?:leases|rents?)\s+counted\s+in\s+[-\u2013\u2014]\s+[^\n\u2013\u2014]{1,90}?\s+[-\u2013\u2014](?=\s)`;
