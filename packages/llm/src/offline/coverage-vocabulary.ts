/**
 * The words of fixed-charge coverage and of debt against earnings, in one place for every offline reader that tells
 * the two ratios in plain words: the fixed charges (interest and rent), the earnings that pay them (earnings before
 * rent, or a year's earnings), the duty that makes a level asked for, a floor's words on either side of a level, and
 * the level as a multiple. The coverage and leverage readers build their patterns from these sources (lower case, not
 * anchored), so a wording learnt once ("outgoings", "EBITDA plus rent", "no fewer than") is known to all of them. A
 * reader that must take less (earnings never before rent, a duty never a bare "will") composes a narrower piece from
 * these rather than copying them.
 */

import { WORD_MULTIPLE, wordNumberValue } from './written-numbers.js';

/**
 * Interest and rent, the two fixed charges, in either order, joined by "plus", "and", "+" or "&" with spaces or
 * hyphens: "interest plus rent", "interest-plus-rent", "rent & interest", and the rent said in full ("interest plus
 * all of our rent", "interest and total rent", "rent and our interest"). Interest alone is interest coverage, another
 * ratio, so both charges are required.
 */
export const INTEREST_AND_RENT = String.raw`(?:interest[-\s]*(?:plus|and|\+|&)[-\s]*(?:(?:all|the|our|total)\s+(?:of\s+)?)*rents?|rents?[-\s]*(?:plus|and|\+|&)[-\s]*(?:(?:the|our)\s+)?interest)`;

/** The two charges by their name: "fixed charges", "fixed-charge", "fixed charge". */
export const FIXED_CHARGES = String.raw`fixed[-\s]charges?`;

/**
 * What may stand before the charges: "all", "all of", "our", "the", "its", "their", "total", "combined" ("all of our
 * interest and rent", "our combined interest and rent", "the total fixed charges"), each optional.
 */
export const CHARGES_DETERMINER = String.raw`(?:(?:all\s+(?:of\s+)?)?(?:(?:our|the|its|their)\s+)?(?:(?:total|combined)\s+)?)`;

/**
 * What the charges may be billed as, or how they are summed, after them: "bills", "costs", "payments", "expenses",
 * "charges", "obligations", "outgoings", "combined", "together" ("the interest and rent bills", "rent-plus-interest
 * payments", "interest and rent combined"). Optional, with its space.
 */
export const CHARGES_NOUN = String.raw`(?:\s+(?:bills?|costs?|payments?|expenses?|charges|obligations?|outgoings|combined|together))?`;

/**
 * The fixed charges with their determiner and what they are billed as: "interest and rent", "all our rent and
 * interest", "the interest and rent bills", "fixed charges", "our combined interest and rent", "rent-plus-interest
 * payments".
 */
export const CHARGES = `(?:${CHARGES_DETERMINER}(?:${INTEREST_AND_RENT}|${FIXED_CHARGES})${CHARGES_NOUN})`;

/** What may stand before earnings: "our", "the", "its", "their", "those", "your". Optional, with its space. */
export const EARNINGS_DETERMINER = String.raw`(?:(?:our|the|its|their|those|your)\s+)?`;

/**
 * Earnings before rent, by any of its names and with no determiner: "EBITDAR", "earnings before rent(s)", "earnings
 * before rentals", "earnings before paying rent", "operating profit before rent", "EBITDA plus rent", "EBITDA + rent",
 * "EBITDA and rent", "earnings plus rent", "what we earn before paying the rent". What covers the fixed charges, and
 * what lease-adjusted leverage divides by; never a year's earnings.
 */
export const EARNINGS_BEFORE_RENT_NAME = String.raw`(?:(?:earnings|(?:operating\s+)?profits?)[-\s]+before[-\s]+(?:paying\s+)?rent(?:al)?s?|ebitdar|ebitda\s*(?:plus|\+|and)\s*rents?|earnings\s*(?:plus|\+)\s*rents?|what\s+(?:we|you)\s+(?:earn|make)\s+before\s+(?:paying\s+)?(?:the\s+)?rents?)`;

/** {@link EARNINGS_BEFORE_RENT_NAME} with its determiner: "our EBITDAR", "the earnings before rent". */
export const EARNINGS_BEFORE_RENT = `(?:${EARNINGS_DETERMINER}${EARNINGS_BEFORE_RENT_NAME})`;

/**
 * What may stand before a year's earnings, each optional: a determiner ("our", "the", "its"), the year ("a year's", "one
 * year of") and a word for a year's span ("yearly", "annual", "annualised", "trailing", "full-year"): "our annual", "a
 * year's", "the trailing".
 */
export const A_YEAR_OF = String.raw`(?:(?:(?:our|the|its)\s+)?(?:(?:a|one)\s+year(?:'s|\u2019s|\s+of)\s+)?(?:(?:yearly|annual|annuali[sz]ed|trailing|full[-\s]year)\s+)?)`;

/**
 * A year's earnings, never with the rent added back, with what may stand before them ({@link A_YEAR_OF}): "earnings",
 * "EBITDA", "operating profit", "operating income", "a year's earnings", "a year of operating earnings", "annual
 * EBITDA", "our trailing earnings", "full-year EBITDA". Net leverage is debt against these; "earnings before rent" and
 * "EBITDAR" belong to the lease-adjusted ratio, so neither is taken here, and no "earnings" followed by "before" is
 * (the words of EBITDAR said in full start "earnings before interest").
 */
export const A_YEARS_EARNINGS = String.raw`(?:${A_YEAR_OF}(?:(?:operating\s+)?(?:earnings|profits?|ebitda(?![r-]))|operating\s+income)(?![-\s]+before))`;

/** What the company earns, with no span said: "what we earn", "what the business makes", "what it earns". */
export const WHAT_IS_EARNED = String.raw`(?:what\s+(?:we|it|the\s+(?:company|group|business))\s+(?:earns?|makes?))`;

/**
 * What the company earns in a year, in the words of someone who does not say "earnings": "what we earn in a year", "what
 * the business makes annually", "what it earns each year", "what the group makes per year".
 */
export const WHAT_IS_EARNED_IN_A_YEAR = String.raw`(?:${WHAT_IS_EARNED}(?:\s+(?:in|a|per|each|every)\s+(?:a\s+)?year|\s+annually|\s+yearly))`;

/**
 * The earnings that pay the fixed charges, with their determiner: earnings before rent ({@link
 * EARNINGS_BEFORE_RENT_NAME}) first, then "earnings", "EBITDA", "operating profit", "profit", "income", "operating
 * cash flow", "cash flow". Coverage readers take either kind: the charges are what make the ratio fixed-charge coverage.
 */
export const EARNINGS = String.raw`(?:${EARNINGS_DETERMINER}(?:${EARNINGS_BEFORE_RENT_NAME}|earnings|ebitda|(?:operating\s+)?(?:profits?|cash\s+flows?)|income|cash\s+flows?))`;

/**
 * A duty or a wish before the verb, which makes a level asked for rather than seen, with its space and an optional
 * "still", "always", "comfortably" or "continue to": "must", "should", "shall", "will", "ought to", "has to", "have
 * to", "needs to", "got to", "will need to", "must still".
 */
export const DUTY = String.raw`(?:(?:must|should|shall|ought\s+to|(?:has|have|needs?|got)\s+to|will(?:\s+(?:need|have)\s+to)?)\s+(?:(?:still|always|comfortably)\s+|continue\s+to\s+)?)`;

/**
 * {@link DUTY} without a bare "will", which may tell what will happen rather than what is asked ("fixed charges will be
 * covered 2.1 times next year"); "will need to" and "will have to" stay duties.
 */
export const DUTY_NOT_A_FORECAST = String.raw`(?:(?!will\s+(?!(?:need|have)\s+to))${DUTY})`;

/** Paying the charges: "cover", "pay", "pay for", "meet", "service". */
export const PAY = String.raw`(?:cover|pay(?:\s+for)?|meet|service)`;

/**
 * A floor's words before a level, with the space after them: "at least", "no less than", "not lower than", "no fewer
 * than", "a minimum of", "minimum", "minimum of", "min".
 */
export const FLOOR_BEFORE = String.raw`(?:(?:at\s+least|(?:no|not)\s+(?:less|lower|fewer)\s+than|a\s+minimum\s+of|min(?:imum)?(?:\s+of)?)\s+)`;

/**
 * A floor's words after a level, without the space before them: "at minimum", "at a minimum", "at the minimum", "at
 * least", "at the least", "or more", "or better", "or higher", "or above", "as a floor", "minimum", "min".
 */
export const FLOOR_AFTER = String.raw`(?:(?:at\s+(?:a\s+|the\s+)?minimum|at\s+(?:the\s+)?least|or\s+(?:more|better|higher|above)|as\s+a\s+floor|minimum|min)(?![a-z]))`;

/**
 * A level as a multiple, then "over" or not: a figure with "x", "×" or "times" (`value`: "2.1 times", "1.8x"), "twice"
 * or "two times" (`twice`), a number in words with "times" or "x" (`words`: "two and a half times", "three x"), and
 * "over" after it (`over`: "twice over"). {@link multipleValue} reads it.
 */
export const MULTIPLE = String.raw`(?:(?:(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)|(?<twice>twice|two\s+times)|(?<words>${WORD_MULTIPLE})\s*(?:x|\u00d7|times))(?![a-z])(?<over>\s+over)?)`;

/** The value of a {@link MULTIPLE} from its groups: 2 for "twice", the words' number, or the figure. */
export function multipleValue(groups: Readonly<Record<string, string | undefined>>): number {
  if (groups['twice'] !== undefined) return 2;
  return groups['words'] !== undefined ? wordNumberValue(groups['words']) : Number(groups['value']);
}
