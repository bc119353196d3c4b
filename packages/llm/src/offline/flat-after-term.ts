/**
 * Flat rent said in one word right after a lease term in a terse list ("Leases: 15 years, flat.", "20y - flat",
 * "15-year leases; flat"): after a term, "flat" can only describe the rent over it. "Flat" standing anywhere else, or
 * followed by another word ("15 years, flat leverage"), is not read here.
 */
export const FLAT_AFTER_TERM = String.raw`(?<=\b\d{1,2}[^\S\n]*-?[^\S\n]*(?:years?|yrs?|y)(?:[^\S\n]+(?:leases?|terms?))?[^\S\n]*(?:[,;\/|]|[^\S\n][-\u2013\u2014])[^\S\n]*)flat(?=[^\S\n]*(?:[.;,|)\n]|$))`;
