/**
 * Fixed-charge coverage named by its two charges right after its level, with "on", "over" or "for": "1.65x on interest
 * plus rent", "at least 2x on rent and interest", "1.8 times over interest + rent". The charges are what the ratio
 * covers, so the level is the coverage (as "1.75x on fixed charges" already is). A regular expression source (lower
 * case) for `read-covenants.ts`: the name stands after the level, which the bound reader reads before it.
 *
 * Interest alone is interest coverage, a different ratio, and rent alone ("8x rent") is how leases are counted as debt:
 * both are left alone.
 */
export const COVERAGE_LEVEL_ON_ITS_CHARGES = String.raw`(?<=\d[^\S\n]*(?:x|\u00d7|times)[^\S\n]+(?:on|over|for)[^\S\n]+)(?:(?:the|our)[^\S\n]+)?(?:interest[^\S\n]*(?:plus|and|\+|&)[^\S\n]*(?:the[^\S\n]+)?rents?|rents?[^\S\n]*(?:plus|and|\+|&)[^\S\n]*interest)(?:[^\S\n]+(?:combined|together|costs|charges))?(?![a-z])`;
