/**
 * Lease-adjusted leverage named by who uses it or by what it counts rather than by its treasury name: "the rating-agency
 * leverage", "the agency measure", "agency-style leverage", "the rent-inclusive leverage", usually with the formula after
 * it in a bracket, a dashed aside or a clause ("the agency leverage (rent x8 added to debt, over EBITDAR)", "the agency
 * measure - debt plus the leases counted at eight times rent, over earnings before rent -", "agency leverage, counting
 * rent at eight times,", "the agency leverage with rent capitalised at 8x"); and the treasury name itself with such an
 * aside ("lease-adjusted leverage - the one with 8x rent in it -"). The eight in the formula capitalises the rent and is
 * never the level, so the whole aside is part of the name and the bound reader reads only the limit after it. Regular
 * expression sources (lower case) that `read-covenants.ts` tries before the shorter lease-adjusted names.
 */

/**
 * Who uses the ratio, or what it counts, before its noun: "rating-agency", "the credit agencies'", "agency-style",
 * "rent-inclusive", and "the agencies'" with no "rating" before it.
 */
const AGENCY = String.raw`(?:(?:rating|credit)[-\s]+agenc(?:y|ies)(?:['\u2019]s?)?|(?<![a-z-])agency(?:[-\s](?:style|type|basis|view|adjusted))?|(?<![a-z-])agencies['\u2019]|rents?[-\s]inclusive)`;
/**
 * The ratio's noun after it: "leverage", "measure", "leverage ratio", "leverage number", "lev" as notes shorten it
 * ("agency lev (lease-adj) cap 4.9x", "agency lev <= 5.0x"), and "view" ("the rating-agency view"), which after the
 * agencies' name can only be their way of measuring leverage.
 */
const NOUN = String.raw`(?:lev[ae]?rage|lev\b\.?|measure|ratio|multiple|metric|view)(?:\s+(?:ratio|measure|number|figure|multiple|metric))?`;
/** The eight of the capitalisation, before or after its "times": "eight times", "8x", "x8", "times eight". */
const EIGHT = String.raw`(?:(?:eight|8)[^\S\n]*(?:x|\u00d7|times)(?![a-z])|(?:x|\u00d7|times)[^\S\n]*(?:eight|8)(?![\d.]))`;
/** A bracket or a dashed aside about the rent or the leases: "(debt + 8 x rent, over EBITDA + rent)", "- the one with 8x rent in it -". */
const FORMULA_ASIDE = String.raw`(?:\s*\((?=[^()\n]*\b(?:rents?|leases?)\b)[^()\n]{1,100}\)|\s+(?:-{1,2}|\u2013|\u2014)\s+(?=[^\n\u2013\u2014]{0,120}?\b(?:rents?|leases?)\b)[^\n\u2013\u2014]{1,120}?\s+(?:-{1,2}|\u2013|\u2014)(?=\s))`;
/**
 * A clause that capitalises the rent, its eight inside: "with rent capitalised at 8x", ", counting rent at eight times,",
 * ", where rent times eight gets added to debt,". Words after the eight belong to the clause only up to its comma.
 */
const FORMULA_CLAUSE = String.raw`\s*,?\s+(?:with|where|counting|(?:that|which)\s+(?:counts?|adds?|capitali[sz]es))\s+[^.;,\n\d]{0,50}?\b(?:rents?|leases?)\b[^.;,\n\d]{0,30}?${EIGHT}(?:[^\S\n]+(?:the\s+)?rents?)?(?:[^.;,\n\d]{0,40}?,)?`;

/**
 * A clause that says the leases are in the ratio without their multiple: ", with the leases counted,", "with rent
 * included", and the same between commas with no "with" (", rent included,", ", leases counted,"). It names the
 * ratio and holds no figure.
 */
const LEASES_COUNTED_CLAUSE = String.raw`(?:\s*,?\s+with\s+(?:the\s+|our\s+)?(?:leases?|rents?|lease\s+liabilities)\s+(?:counted|included|added(?:\s+in)?|capitali[sz]ed)(?:\s+in)?(?=\s*,|\s+(?:must|should|has|needs?|to|stays?|at|kept|held|under|below|no)\b)|\s*,\s*(?:the\s+|our\s+)?(?:leases?|rents?|lease\s+liabilities)\s+(?:counted|included|added(?:\s+in)?|capitali[sz]ed)(?:\s+in)?(?=\s*,))`;

/**
 * A clause that says the ratio adds the rent in, without its multiple: "that adds in the capitalised rent", "which
 * includes the leases". It names the ratio and holds no figure.
 */
const ADDS_IN_THE_RENT_CLAUSE = String.raw`\s+(?:that|which)\s+(?:adds?\s+(?:in|back)|includes?|counts?|brings?\s+in)\s+(?:the\s+|our\s+)?(?:capitali[sz]ed\s+)?(?:rents?|leases?|lease\s+liabilities)(?![a-z])`;

/** The ratio named for the rating agencies or the rent it counts, with or without its formula after it. */
export const RATING_AGENCY_LEVERAGE = String.raw`(?:(?:the|our|a|an)\s+)?${AGENCY}\s+${NOUN}(?:${FORMULA_ASIDE}|${FORMULA_CLAUSE}|${LEASES_COUNTED_CLAUSE}|${ADDS_IN_THE_RENT_CLAUSE})?(?:\s*,)?`;

/** "lease-adjusted leverage - that's debt plus 8x rent over EBITDAR -": the treasury name with its formula in an aside. */
export const LEASE_ADJUSTED_WITH_FORMULA = String.raw`(?:(?:the|our|a)\s+)?(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:net\s+)?(?:lev[ae]?rage|ratio|multiple)${FORMULA_ASIDE}(?:\s*,)?`;

/** "the leverage ratio that includes capitalised leases (at eight times rent)": leverage counting the leases capitalised. */
export const LEVERAGE_WITH_CAPITALISED_LEASES = String.raw`(?:(?:the|our)\s+)?lev[ae]?rage(?:\s+(?:ratio|measure|number|figure))?\s+(?:that|which)\s+(?:includes?|counts?)\s+(?:the\s+)?capitali[sz]ed\s+(?:leases?|rents?|lease\s+liabilities)${FORMULA_ASIDE}?(?:\s*,)?`;

/**
 * "the rent-as-debt leverage", "rent-as-debt leverage at most 5.2": the same measure named by what it does to the rent,
 * as a compound before "leverage". Only leverage follows, so a note that "rent as debt" is counted stays unread.
 * The compound may say how the rent comes in ("rent-counted-as-debt leverage", "leases-count-as-debt leverage", "the
 * rent-treated-as-debt leverage"), and "version" may stand for the ratio when a leverage was named just before it
 * ("debt at most three times earnings, and the leases-as-debt version at most 4.75x"): only leverage is ever so
 * compounded, so the noun names this ratio alone.
 */
const RENT_AS_DEBT_LEVERAGE = String.raw`(?:(?:the|our)\s+)?(?:(?:rating\s+)?agenc(?:y|ies)(?:'|\u2019)?s?\s+)?(?:rents?|leases?)[-\s](?:(?:counted|counts?|treated|taken)[-\s])?as[-\s](?:debt|borrowings?)\s+(?:(?:net\s+)?lev[ae]?rage(?:\s+(?:ratio|measure|number|figure|metric|multiple))?|version)`;

/**
 * "the leverage figure that treats rent as debt (8x rent)", "the leverage measure that treats our rent as debt": leverage
 * said to count the rent as borrowing, which only the lease-adjusted ratio does. The eight in its bracket is the name's.
 */
export const LEVERAGE_TREATING_RENT_AS_DEBT = String.raw`(?:${RENT_AS_DEBT_LEVERAGE})|(?:(?:the|our|a)\s+)?lev[ae]?rage(?:\s+(?:ratio|measure|number|figure|metric|multiple))?\s+(?:that|which)\s+(?:treats?|counts?)\s+(?:the\s+|our\s+)?(?:rents?|leases?)\s+as\s+(?:debt|borrowings?)${FORMULA_ASIDE}?(?:\s*,)?`;
