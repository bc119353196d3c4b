import {
  CHARGES_DETERMINER,
  EARNINGS_BEFORE_RENT,
  EARNINGS_BEFORE_RENT_NAME,
  FIXED_CHARGES,
  INTEREST_AND_RENT,
} from './coverage-vocabulary.js';

/**
 * Fixed-charge coverage said as its formula, or named and then explained by the formula between commas, before its
 * level: "EBITDAR over interest plus rent, no lower than 1.9x", "coverage, EBITDAR / (interest + rent), needs to stay
 * at or above 3.25x", "fixed-charge coverage, EBITDAR over interest plus rent, must not fall under 1.9x", "coverage of
 * fixed charges (interest + rent) by EBITDAR at least 2.0x". The plain names in `plain-ratio-names.ts` read the formula
 * only when the bound follows it with no comma, and never with the charges in brackets.
 *
 * Earnings over interest alone ("EBITDA over interest, at least 3x") is interest coverage, another ratio, so the
 * formula must name rent or the fixed charges; a level with no bound after the name is left to the bound reader,
 * which does not read it.
 */

/** The charges covered: "interest plus rent", "(interest + rent)", "rent and interest", "fixed charges". */
const CHARGES = String.raw`(?:\(\s*)?${CHARGES_DETERMINER}(?:${INTEREST_AND_RENT}|${FIXED_CHARGES})(?:[^\S\n]*\))?`;

/** The formula itself: earnings before rent over the charges, "EBITDAR / (interest + rent)", "EBITDAR divided by fixed charges". */
export const FORMULA = String.raw`${EARNINGS_BEFORE_RENT_NAME}[^\S\n]*(?:\/|over|divided\s+by)[^\S\n]*${CHARGES}`;

/** A name of the coverage the formula may explain: "coverage", "fixed-charge coverage", "FCCR", "fixed charge cover ratio". */
export const NAME = String.raw`(?:(?:${FIXED_CHARGES}\s+)?cover(?:age)?(?:\s+ratio)?|fccr)`;

/**
 * "coverage, EBITDAR / (interest + rent)," and "EBITDAR over interest plus rent,": the formula, after a name and a
 * comma or alone, with the comma that closes it, so that the bound after the comma is the name's; and "coverage of
 * fixed charges (interest + rent) by EBITDAR", the charges named first. A regular expression source (lower case) that
 * `read-covenants.ts` puts first among fixed-charge coverage's names.
 */
export const COVERAGE_SAID_AS_ITS_FORMULA = String.raw`(?:${NAME}[^\S\n]*(?:,|:|[-\u2013\u2014]{1,2})[^\S\n]*)?${FORMULA}[^\S\n]*(?:,|[-\u2013\u2014]{1,2}(?=\s))|cover(?:age)?\s+of\s+(?:the\s+|our\s+)?${FIXED_CHARGES}(?:[^\S\n]*\([^()\n]{1,40}\))?\s+by\s+${EARNINGS_BEFORE_RENT}`;
