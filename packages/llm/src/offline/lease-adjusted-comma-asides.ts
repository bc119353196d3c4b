/**
 * Lease-adjusted leverage named, then said again in an aside between commas before its level: the formula as a
 * description ("the lease-adjusted leverage, the debt plus eight times rent over EBITDAR one, at 4.7 or under", "the
 * agency leverage, that's debt plus 8x rent over EBITDAR, under 5x") or the treasury word after the agencies' name
 * ("the agency measure, lease-adjusted, five and a quarter times max") or whose measure it is ("the lease-adjusted
 * leverage, their measure, under 4.75x"). The aside only restates what the ratio is, so
 * it is part of the name: the eight of its formula and the "one" closing it are never the level. A regular expression
 * source (lower case) that `read-covenants.ts` tries before the shorter lease-adjusted names.
 */

/** The ratio's names: "lease-adjusted leverage", "the rent-adj ratio", "the agency measure", "the agencies' leverage". */
const NAME = String.raw`(?:(?:the|our|a)\s+)?(?:(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:net\s+)?(?:lev[ae]?rage|ratio|multiple|measure|metric|figure|number)|(?:(?:rating|credit)[-\s]+)?(?:agency|agencies['\u2019]?)[-\s](?:lev[ae]?rage|measure|ratio|multiple|metric))`;

/**
 * A description of the formula after a comma, naming the rent, the leases or EBITDAR and holding no figure but the
 * eight of the capitalisation: "the debt plus eight times rent over EBITDAR one", "i.e. debt plus 8x rent over EBITDAR".
 */
const FORMULA_DESCRIBED = String.raw`(?:the|i\.?e\.?,?|that(?:'s|\u2019s|\s+is)|which\s+is|meaning|aka)\s+(?=[^,;\n]{0,100}?\b(?:rents?|leases?|ebitdar)\b)(?:[^,;.\n\d]|8|\.(?=\S)){1,100}?`;

/** The treasury word alone as the aside: ", lease-adjusted,", ", rent-adjusted basis,". */
const TREASURY_WORD = String.raw`(?:on\s+an?\s+)?(?:lease|rent)[-\s]?adj(?:usted|\.)?(?:\s+(?:one|version|basis))?`;

/**
 * Whose measure the ratio is, after the agencies were named: ", their measure,", ", the agencies' metric,", ", the
 * rating agency's yardstick,", ", the one the agencies use,". It says whose ratio it is, never a level.
 */
const THEIR_MEASURE = String.raw`(?:their|(?:the\s+)?(?:rating[-\s]+|credit[-\s]+)?agenc(?:y|ies)(?:['\u2019]s?)?)\s+(?:own\s+|preferred\s+|favou?rite\s+|key\s+)?(?:measure|metric|ratio|number|yardstick|test|benchmark)|the\s+one\s+(?:the\s+|our\s+)?(?:rating\s+|credit\s+)?agenc(?:y|ies)\s+(?:use|uses|look\s+at|looks\s+at|watch|watches|care\s+about|cares\s+about)`;

/**
 * The agencies' way of working the ratio out, as the aside: ", as the rating agencies compute it,", ", as the agencies
 * calculate it,", "(agency method)", "(agency basis)". It says whose ratio it is, never a level.
 */
const AGENCY_WAY = String.raw`as\s+(?:the\s+)?(?:rating\s+|credit\s+)?agenc(?:y|ies)\s+(?:compute|calculate|measure|define|see|work\s+out)s?\s+it|(?:the\s+)?(?:rating[-\s]+)?agenc(?:y|ies)(?:['\u2019]s?)?\s+(?:method|basis|definition|approach|way)|${THEIR_MEASURE}`;

/** The name with its aside and the comma that closes it; or the agencies' way in brackets after the name or "lease-adjusted". */
export const LEASE_ADJUSTED_WITH_COMMA_ASIDE = String.raw`${NAME}(?:\s+ratio)?\s*,\s+(?:${FORMULA_DESCRIBED}|${TREASURY_WORD}|${AGENCY_WAY})\s*,|(?:${NAME}|(?:lease|rent)[-\s]?adj(?:usted|\.)?)\s*\(\s*(?:${AGENCY_WAY})\s*\)`;
