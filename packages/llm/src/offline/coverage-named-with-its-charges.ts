/**
 * Fixed-charge coverage named by the charges it covers, or with a bracket that explains it before its level:
 * "rent-plus-interest coverage at least 1.7x", "interest-and-rent cover no lower than 2x", "coverage (EBITDAR over
 * interest and rent) at least 1.7x". The covenant reader's plain "coverage" stops short of both: it will not read
 * "coverage" right after "interest" (interest coverage is another ratio), and its bound must follow the name.
 */

/** The charges covered, both named: "rent-plus-interest", "interest and rent", "lease + interest". */
const RENT_AND_INTEREST = String.raw`(?:(?:rent|lease)s?[-\s]*(?:plus|and|\+|&)[-\s]*interest|interest[-\s]*(?:plus|and|\+|&)[-\s]*(?:rent|lease)s?)`;

/**
 * A bracket that explains the coverage by what it covers: it names rent, the fixed charges or EBITDAR. A bracket of
 * interest alone ("(EBITDA over interest)") explains interest coverage, which is not this covenant.
 */
const EXPLAINING_BRACKET = String.raw`\s*\((?=[^()\n]*(?:rent|fixed[-\s]charges|ebitdar))[^()\n]{1,80}\)`;

/**
 * "rent-plus-interest coverage", "interest-and-rent cover (EBITDAR over both)", "coverage (EBITDAR over interest and
 * rent)", "coverage ratio (earnings before rent over rent plus interest)": names of fixed-charge coverage that the
 * bound readers can take a level after.
 */
export const COVERAGE_NAMED_WITH_ITS_CHARGES = String.raw`${RENT_AND_INTEREST}[-\s]+cover(?:age)?(?:\s+ratio)?(?:${EXPLAINING_BRACKET})?|(?<![a-z-])(?<!interest\s)cover(?:age)?(?:\s+ratio)?${EXPLAINING_BRACKET}`;
