import { EARNINGS_BEFORE_RENT } from './coverage-vocabulary.js';
/**
 * Lease-adjusted leverage named by a clause that says how the measure turns the rent into debt and what it divides by,
 * in the words of people who describe the ratio instead of naming it: "the measure that adds eight times rent to debt
 * and divides by earnings before rent", "the measure where rent is turned into debt at eight times and divided by
 * earnings before rent", "the measure counting eight times rent as debt, over earnings before rent,", "the version
 * where every dollar of rent counts as eight dollars of debt", a name with its formula in a bracket or dashed aside
 * ("the rent-adjusted measure - debt plus 8x rent, over earnings before rent -", "the rent-as-debt leverage (eight
 * times rent added to borrowings, over earnings before rent)") and debt set against rent-adjusted earnings. A regular
 * expression source (lower case) that `described-covenant-ratios.ts` joins to the ratio's other described names: the
 * eight is how the rent is counted, part of the name, so the bound reader only reads the limit written after it.
 */

/** The ratio's noun: "the measure", "the leverage", "the version", "the rent-adjusted measure". */
const NOUN = String.raw`(?:the\s+|our\s+|a\s+)?(?:(?:lease|rent)s?[-\s](?:adjusted|as[-\s]debt)\s+)?(?:measure|ratio|number|figure|multiple|metric|test|lev[ae]?rage|version|one)`;
/** The eight as a multiple of the rent: "eight times", "8x", "8 ×". */
const EIGHT = String.raw`(?:eight|8)[^\S\n]*(?:x|\u00d7|times)(?![a-z])`;
/** The rent, with whose it is: "rent", "annual rent", "our yearly rent". */
const RENT = String.raw`(?:(?:the|our|its|all|annual|yearly|total)\s+)*rents?`;
/** The debt the rent joins: "debt", "our debt", "total borrowings". */
const DEBT = String.raw`(?:(?:the|our|total|net|gross)\s+)*(?:debt|borrowings?)`;

/**
 * How the clause turns the rent into debt, the eight inside it: "that adds eight times rent to debt", "where rent is
 * turned into debt at eight times", "counting eight times rent as debt", "where every dollar of rent counts as eight
 * dollars of debt".
 */
const RENT_MADE_DEBT = [
  String.raw`(?:that|which)\s+(?:adds?|puts?|counts?|treats?)\s+${EIGHT}\s+${RENT}\s+(?:(?:in|on)\s*)?(?:to|onto|on\s+top\s+of|as|with)\s+${DEBT}`,
  String.raw`(?:where|in\s+which|that)\s+(?:the\s+|our\s+)?rents?\s+(?:is\s+|gets?\s+)?(?:turned|converted|made|counted|treated)\s+(?:in)?(?:to|as)\s+debt\s+at\s+${EIGHT}`,
  String.raw`(?:counting|adding|treating)\s+${EIGHT}\s+${RENT}\s+(?:as|to)\s+${DEBT}`,
  String.raw`(?:where|in\s+which)\s+(?:every|each)\s+dollar\s+of\s+rent\s+(?:counts?|is\s+counted)\s+as\s+(?:eight|8)\s+dollars\s+of\s+debt`,
].join('|');

/** The divisor after the clause: "and divides by earnings before rent", ", over earnings before rent,". */
const DIVIDED = String.raw`(?:\s*,?\s*(?:and\s+)?(?:(?:then\s+)?(?:divides?|divided|dividing)\s+(?:(?:it|that|the\s+(?:total|sum|result))\s+)?by|over|against)\s+${EARNINGS_BEFORE_RENT})?`;

/** A bracket or dashed aside that spells out the rent counted at eight: "(eight times rent added to borrowings, ...)". */
const EIGHT_ASIDE = String.raw`(?:\s*\((?=[^()\n]{0,40}(?:eight|8)[^\S\n]*(?:x|\u00d7|times))[^()\n]{1,90}\)|\s+[-\u2013\u2014]\s+(?=[^\n\u2013\u2014]{0,40}(?:eight|8)[^\S\n]*(?:x|\u00d7|times))[^\n\u2013\u2014]{1,90}?\s+[-\u2013\u2014](?=\s))`;

/**
 * Lease-adjusted leverage named by how it makes the rent debt: the noun and its clause with the divisor, the
 * rent-adjusted or rent-as-debt noun with its formula in an aside, and debt set against rent-adjusted earnings. A colon
 * or comma closing the name belongs to it, as the level follows.
 */
export const RENT_TURNED_INTO_DEBT_MEASURES = [
  String.raw`${NOUN}\s+(?:${RENT_MADE_DEBT})${DIVIDED}(?:\s*[:,])?`,
  String.raw`(?:the\s+|our\s+)?(?:lease|rent)s?[-\s](?:adjusted|as[-\s]debt)\s+(?:measure|ratio|number|figure|multiple|metric|lev[ae]?rage|version)${EIGHT_ASIDE}`,
  String.raw`${DEBT}\s+(?:against|over|divided\s+by|relative\s+to)\s+(?:(?:lease|rent)[-\s]adjusted\s+earnings)(?:\s*,?\s+[-\u2013\u2014]\s+[^\n\u2013\u2014]{1,100}?\s+[-\u2013\u2014](?=\s))?`,
].join('|');
