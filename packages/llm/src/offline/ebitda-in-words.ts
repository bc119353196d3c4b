/**
 * EBITDA said in words rather than letters, as a year's earnings before interest, tax and depreciation: "yearly
 * earnings before interest, tax and depreciation", "a year's earnings before interest, taxes, depreciation and
 * amortisation", "what the business earns in a year before interest, tax and depreciation". A regular expression source
 * (lower case) that the net leverage readers add to their year's earnings: their "earnings" refuse a "before" after
 * it, so that earnings before rent stay the lease-adjusted ratio's, and would refuse these too. Only interest, tax and
 * depreciation may follow "before" here, so earnings before rent are still never read as EBITDA.
 */

/** What comes before the earnings: "interest, tax and depreciation (and amortisation)", in any of the usual spellings. */
const BEFORE_INTEREST_TAX_AND_DEPRECIATION = String.raw`before\s+interest\s*,?\s+(?:and\s+)?tax(?:es|ation)?\s*,?\s+(?:and\s+)?depreciation(?:\s*,?\s+(?:and\s+)?amorti[sz]ation)?`;

/** A year's earnings before interest, tax and depreciation, by name or as what the business earns in a year. */
export const EBITDA_IN_WORDS = String.raw`(?:(?:our|the|its)\s+)?(?:(?:(?:a|one)\s+year(?:'s|\u2019s|\s+of)\s+|(?:yearly|annual|annuali[sz]ed|trailing)\s+)?(?:operating\s+)?earnings|what\s+(?:we|the\s+(?:business|company|group))\s+(?:earns?|makes?)\s+(?:in\s+a\s+year|a\s+year|each\s+year|per\s+year|annually|yearly))\s+${BEFORE_INTEREST_TAX_AND_DEPRECIATION}`;
