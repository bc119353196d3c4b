/**
 * Lease-adjusted leverage described by what it does or who uses it, by someone who does not know its treasury name:
 * "the leverage number the rating agencies use, the one that counts our leases as debt", "the leverage they compute
 * by treating rent as if it were debt", "the agencies' leverage figure, the one that adds in our rent", "the rating
 * agencies' view of our leverage, where the leases count as debt", "the leverage ratio that folds in our leases",
 * "the debt-plus-leases leverage figure the agencies look at", "the agencies' leases-in leverage", "our debt with the
 * leases counted in". Only the lease-adjusted ratio counts the rent or the leases as debt, so a leverage said to do
 * so is that ratio. A regular expression source (lower case) that `read-covenants.ts` tries first among the
 * lease-adjusted names, so that the whole description is the name and the bound reader reads the limit after it.
 */

/** The leases or the rent: "our leases", "the rent", "our rent obligations", "lease liabilities". */
const LEASES = String.raw`(?:the\s+|our\s+)?(?:(?:operating\s+)?leases?|rents?|lease\s+(?:liabilities|obligations|payments)|rent(?:al)?\s+(?:obligations|payments|bills?|commitments))`;

/** A verb that puts the leases into the ratio: "counts", "includes", "treating", "folds in", "adds in", "capitalises". */
const PUTS_IN = String.raw`(?:counts?|counted|counting|includes?|included|including|treats?|treated|treating|folds?\s+in|folded\s+in|adds?\s+in|added\s+in|brings?\s+in|puts?\s+in|capitali[sz](?:es?|ed|ing))`;

/** "as debt", "as if it were debt", "as borrowing": what the leases are counted as. */
const AS_DEBT = String.raw`as\s+(?:if\s+(?:it|they)\s+(?:were|was)\s+)?(?:debt|borrowings?)`;

/**
 * A clause that says the leases are in the ratio: "the one that counts our leases as debt", "where our rent counts as
 * debt", "with our leases counted as debt", "by treating rent as if it were debt", "that includes our rent
 * obligations", "that adds in our rent", "where the leases count as debt", "with our leases treated as debt". The
 * clause must have a verb that puts them in, or say they are debt: "with rent at 2%" names nothing.
 */
const LEASES_IN_CLAUSE = String.raw`(?:[^\S\n]*,[^\S\n]*|\s+)(?:the\s+one\s+)?(?:that|which|where|with|by)\s+(?:${PUTS_IN}\s+${LEASES}(?:\s+${AS_DEBT})?|${LEASES}\s+(?:(?:is|are|get|gets)\s+)?${PUTS_IN}(?:\s+${AS_DEBT}|\s+in)?|${LEASES}\s+${AS_DEBT})`;

/**
 * Where the description must end: not before more of it ("in", "as", "by"), an eight that capitalises the rent ("at 8x
 * rent"), a bracket, or a dashed aside that spells out the formula ("- borrowings plus 8x rent over EBITDAR -"). Those
 * longer descriptions are read by `rating-agency-leverage.ts` and `described-covenant-ratios.ts`, whose names take
 * the eight in, so that it is never read as the level.
 */
const ENDS = String.raw`(?![^\S\n]+(?:in|as|by)\b|[^\S\n]*(?:(?:at|by)[^\S\n]+)?(?:eight|8)[^\S\n]*(?:x|\u00d7|times)|[^\S\n]*\(|[^\S\n]+[-\u2013\u2014]{1,2}[^\S\n]+(?=[^\n]{0,60}?\b(?:rents?|leases?|ebitdar|plus|8x)\b))`;

/** Who uses the ratio, in a clause after its noun: "the rating agencies use", "the agencies look at", "they compute". */
const USED_BY = String.raw`\s+(?:that\s+)?(?:the\s+)?(?:(?:rating|credit)\s+)?(?:agencies|agency|banks?|lenders?|they)\s+(?:use|uses|look\s+at|looks\s+at|watch|watches|compute|computes|calculate|calculates|track|tracks)`;

/** The agencies, as the owners of the ratio: "the agencies'", "the rating agencies'", "the agency". */
const AGENCIES_OWN = String.raw`(?:(?:rating|credit)\s+)?(?:agencies['\u2019]|agency(?:['\u2019]s)?)`;

/** A leverage's noun: "leverage", "leverage number", "leverage figure", "leverage ratio". */
const LEVERAGE = String.raw`lev[ae]?rage(?:\s+(?:number|figure|ratio|measure|metric|multiple))?`;

/** The adjective that puts the leases in before the noun: "debt-plus-leases", "leases-in", "lease-inclusive". */
const LEASES_IN_ADJECTIVE = String.raw`(?:debt[-\s]plus[-\s](?:leases|rent)|leases?[-\s]in|(?:lease|rent)[-\s]inclusive)`;

/**
 * The description taken up again as "that number" after a comma or a dash ("our debt with the leases counted in - that
 * number has to stay under 4.6"): the pronoun is the description's, and the limit follows it.
 */
const TAKEN_UP = String.raw`(?:[^\S\n]*(?:,|[-\u2013\u2014]{1,2})[^\S\n]*that\s+(?:number|figure|ratio|measure|one))?`;

/** The lease-adjusted ratio described by what it counts or who uses it (see the file's head). */
export const LEVERAGE_COUNTING_LEASES_AS_DEBT = [
  // "the agencies' leases-in leverage", "the debt-plus-leases leverage figure the agencies look at".
  String.raw`(?:(?:the|our)\s+)?(?:${AGENCIES_OWN}\s+)?${LEASES_IN_ADJECTIVE}\s+${LEVERAGE}(?:${USED_BY})?(?:${LEASES_IN_CLAUSE}${ENDS})?(?:[^\S\n]*,)?`,
  // "the leverage number the rating agencies use, the one that counts our leases as debt,", "the agencies' leverage
  // figure, the one that adds in our rent,", "the leverage they compute by treating rent as if it were debt".
  String.raw`(?:(?:the|our)\s+)?(?:${AGENCIES_OWN}\s+)?${LEVERAGE}(?:${USED_BY})?${LEASES_IN_CLAUSE}${ENDS}(?:[^\S\n]*,)?`,
  // "the rating agencies' view of our leverage, where the leases count as debt,".
  String.raw`(?:the\s+)?${AGENCIES_OWN}\s+view\s+of\s+(?:our\s+|the\s+)?${LEVERAGE}(?:${LEASES_IN_CLAUSE}${ENDS})?(?:[^\S\n]*,)?`,
  // "our debt with the leases counted in", "debt with our leases treated as debt": the debt side of the ratio.
  String.raw`(?:(?:our|the|total)\s+)?debt\s+with\s+${LEASES}\s+(?:counted|included|added|treated|capitali[sz]ed)(?:\s+in|\s+${AS_DEBT})${ENDS}${TAKEN_UP}`,
].join('|');
