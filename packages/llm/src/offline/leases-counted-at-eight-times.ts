/**
 * Lease-adjusted leverage named by a clause that says how it counts the leases, with the eight of the capitalised rent
 * inside that clause: "the version of leverage that counts rent as debt at 8x", "the leverage measure that includes
 * leases at 8x rent", "the debt figure that includes leases at 8x rent", "the leverage number that adds the leases at
 * eight times rent", "the total debt figure that treats each lease as 8x rent", and the adjective "lease-inclusive"
 * before a ratio's noun ("the lease-inclusive version"). Regular expression sources (lower case) that
 * `described-covenant-ratios.ts` joins to the ratio's other described names. The eight is how the leases are counted,
 * never the level: it is part of the name, so the bound reader only reads the limit written after it.
 */

/** The noun the clause describes: "leverage", "the version of leverage", "the leverage measure", "the debt figure". */
const RATIO_NOUN = String.raw`(?:(?:the|our)\s+)?(?:total\s+)?(?:(?:version|form|kind|measure)\s+of\s+(?:the\s+)?lev[ae]?rage|(?:lev[ae]?rage|debt)(?:\s+(?:measure|figure|number|ratio|multiple|metric|test|version))?)`;
/** The verb of counting: "counts", "includes", "adds (in)", "treats", "prices". */
const COUNTS = String.raw`(?:that|which)\s+(?:counts?|includes?|adds?(?:\s+in)?|treats?|values?)`;
/** What is counted: "rent", "the leases", "each lease", "every lease", "lease obligations". */
const COUNTED = String.raw`(?:(?:the|our|each|every|all)\s+)?(?:leases?|rents?|lease\s+(?:liabilities|obligations))`;
/** The eight of the capitalisation: "at 8x", "at eight times rent", "as 8x rent", "at 8x annual rent", "at eight years of rent". */
const AT_EIGHT = String.raw`(?:as\s+debt\s+)?(?:at|as)\s+(?:(?:eight|8)[^\S\n]*(?:x|\u00d7|times)(?![a-z])|(?:eight|8)\s+years?'?\s+(?:worth\s+)?of)(?:[^\S\n]+(?:(?:its|their|the|annual|yearly)[^\S\n]+)*rents?)?`;

/**
 * Leverage named by how it counts the leases, the eight of the capitalised rent included in the name. A comma closing
 * the clause belongs to it too ("that counts rent as debt at 8x, no more than 4.8"), as after a formula's divisor.
 */
export const LEASES_COUNTED_AT_EIGHT_TIMES = String.raw`${RATIO_NOUN}\s+${COUNTS}\s+${COUNTED}\s+${AT_EIGHT}(?:\s*,)?`;

/** "The lease-inclusive version", "lease-inclusive leverage", "the leases-included ratio": leases counted, in one adjective. */
export const LEASE_INCLUSIVE_RATIO = String.raw`(?:(?:the|our)\s+)?leases?[-\s](?:inclusive|included)\s+(?:lev[ae]?rage|version|measure|ratio|multiple|number|figure|metric|one)(?![a-z])`;

/**
 * Not followed by the eight of the capitalisation: put after the shorter names that end at the leases ("the measure that
 * counts leases"), so that "the leverage figure that counts leases at 8x rent is what the agencies use" never reads
 * the eight as a level when no limit follows the longer name.
 */
export const NOT_COUNTED_AT_EIGHT = String.raw`(?!\s+(?:as\s+debt\s+)?(?:at|as)\s+(?:eight|8)(?![\d.]))`;

/**
 * Rent right after a multiple ("8x rent", "eight times annual rent", "7x rents"): the multiple capitalises the rent in
 * a lease-adjusted formula and is never a level of leverage. Not "rent-adjusted", which names the ratio itself, nor
 * "rent and interest", the charges a coverage multiple covers.
 */
export const RENT_AFTER_MULTIPLE =
  /^[^\S\n]*(?:of[^\S\n]+)?(?:(?:the|our|its|their|annual|yearly|all|total)[^\S\n]+)*rents?(?![-\w])(?![^\S\n]*(?:and|plus|\+|&)[^\S\n]*interest)/;
