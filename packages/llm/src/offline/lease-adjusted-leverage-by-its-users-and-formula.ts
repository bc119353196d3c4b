/**
 * Lease-adjusted leverage named in three more ways, as regular expression sources (lower case) that
 * `read-covenants.ts` tries with its other lease-adjusted names:
 *
 * - by who uses it, the users after the noun: "the leverage measure the rating agencies use", "the leverage number S&P
 *   looks at", "the lease-adjusted thing the agencies use", "the leverage ratio that the agencies track", with a bracket or a dashed aside after it that says what it counts ("(the
 *   one with leases in it)", "- debt plus eight times rent, over EBITDAR -"), which is part of the name;
 * - by its formula written as one word, hyphenated or not: "the debt-plus-eight-times-rent over EBITDAR number",
 *   "(debt + 8x rent)/EBITDAR", "debt-plus-8x-rent-to-EBITDAR". The eight capitalises the rent and is the name's, never
 *   the level;
 * - as the lease-adjusted "version" of a ratio just named: "3.6 on net debt/EBITDA and 5.3 on the lease-adjusted
 *   version", "the lease-adjusted equivalent under 5x".
 *
 * Leverage the company itself uses is net leverage ("the leverage measure our lenders use" stays net): only the rating
 * agencies by name or kind make it lease-adjusted.
 */

/** The rating agencies, by kind or by name: "the rating agencies", "the agencies", "S&P", "Moody's", "Fitch". */
const AGENCIES = String.raw`(?:(?:the\s+)?(?:(?:rating|credit)[-\s]+)?agenc(?:y|ies)|s\s*&\s*p|moody['\u2019]?s|fitch)`;

/** The verb the agencies use it with: "use", "look at", "watch", "track", "care about", "compute". */
const USE = String.raw`(?:use|uses|used|look\s+at|looks\s+at|watch|watches|track|tracks|follow|follows|focus\s+on|focuses\s+on|care\s+about|cares\s+about|prefer|prefers|apply|applies|compute|computes|calculate|calculates|rate\s+us\s+on)`;

/**
 * "the leverage measure the rating agencies use (the one with leases in it)", and the adjective with a placeholder noun
 * from someone unsure of the name: "the lease-adjusted thing the agencies use", "the lease-adjusted number S&P looks at".
 */
const LEVERAGE_THE_AGENCIES_USE = String.raw`(?:(?:the|our)\s+)?(?:lev[ae]?rage(?:\s+(?:measure|metric|ratio|number|figure|multiple|test|definition))?|(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:thing|number|figure|measure|metric|ratio|multiple|one))\s+(?:(?:that|which)\s+)?${AGENCIES}\s+${USE}(?:\s*\([^()\n]{1,80}\)|\s+(?:-{1,2}|\u2013|\u2014)\s+(?=[^\n\u2013\u2014]{0,120}?\b(?:rents?|leases?)\b)[^\n\u2013\u2014]{1,120}?\s+(?:-{1,2}|\u2013|\u2014)(?=\s))?`;

/** "debt-plus-eight-times-rent over EBITDAR", "(debt + 8x rent)/EBITDAR", with a noun after it ("number", "ratio"). */
const FORMULA_AS_ONE_WORD = String.raw`(?:the\s+|our\s+)?\(?(?:net[-\s]+)?debt[-\s]*(?:\+|plus|and)[-\s]*(?:eight|8)[-\s]*(?:x|\u00d7|times)[-\s]*(?:the[-\s]+)?rents?[-\s]*\)?[-\s]*(?:over|\/|divided[-\s]+by|to)[-\s]*ebitdar(?:[-\s]+(?:number|figure|ratio|multiple|metric|measure|test|covenant))?`;

/** "the lease-adjusted version", "the rent-adjusted equivalent", "the lease-adjusted one": the ratio just named, adjusted. */
const LEASE_ADJUSTED_VERSION = String.raw`(?:the\s+)?(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:version|variant|equivalent|flavou?r|one)(?![a-z])`;

/** The three names, longest first. */
export const LEASE_ADJUSTED_LEVERAGE_BY_ITS_USERS_AND_FORMULA = [LEVERAGE_THE_AGENCIES_USE, FORMULA_AS_ONE_WORD, LEASE_ADJUSTED_VERSION];
