/**
 * Lease economics said in ways the older patterns miss: flat rent as "no yearly increase" in the singular, a lease term
 * someone will not commit to (no term asked for), a basis set against the one asked for ("on US GAAP, not IFRS", "IFRS
 * was the old request"), and the tax rate said as the rate after-tax figures are shown at ("show the after-tax proceeds
 * at a 21% rate").
 */

/**
 * "the leases should have no yearly increase", "rent without an annual escalation", "no rent increase": flat rent,
 * the increase in the singular. A yearly word or the rent must qualify it: "no increase in leverage" is no escalator,
 * and "no rent increase above $3M a year" caps the rent added.
 */
export const NO_YEARLY_INCREASE =
  /\b(?:no|without(?:\s+(?:an?|any))?|zero)\s+(?:(?:annual|yearly|year[-\s]on[-\s]year)\s+(?:rent\s+)?|rent\s+)(?:increase|escalation|bump|uplift|step[-\s]?up|rise)(?![a-z])(?!\s+(?:above|over|beyond|past|more\s+than|greater\s+than|exceeding|of|in|to)\b)/g;

/**
 * "ops won't commit to 15-year leases there", "we can't sign 20-year terms", "the business is unwilling to take on a
 * 25-year lease": a term refused is no term asked for. Claimed and read as nothing.
 */
export const TERM_NOT_COMMITTED_TO =
  /\b(?:won['\u2019]?t|will\s+not|wouldn['\u2019]?t|would\s+not|can['\u2019]?t|cannot|refuses?\s+to|(?:is|are)\s+(?:unwilling|not\s+willing|not\s+prepared)\s+to)\s+(?:commit\s+to|sign(?:\s+up\s+for)?|agree\s+to|take\s+on|lock\s+(?:in|into))\s+(?:any\s+|an?\s+)?\d{1,2}[-\s]?(?:years?|yr)\s+(?:leases?|terms?|commitments?)(?![a-z])/g;

/** A basis by name: "IFRS", "IFRS 16", "US GAAP", "GAAP". */
const BASIS = String.raw`(?:ifrs(?:[\s-]?16)?|(?:us[\s-]+|u\.s\.\s+)?gaap)(?![a-z0-9])`;

/**
 * "please show it on US GAAP, not IFRS", "not IFRS 16", and "IFRS was the old request", "GAAP was last quarter's
 * ask": a basis set against the one asked for, or said to belong to an earlier request. Claimed and read as nothing,
 * so that the basis asked for is the one read.
 */
export const BASIS_SET_AGAINST = new RegExp(
  String.raw`(?<=[,;]\s*|\s[-\u2013\u2014]\s*)not\s+(?:under\s+|on\s+|in\s+)?${BASIS}|\b${BASIS}\s+(?:was|were)\s+(?:the\s+|our\s+)?(?:old|previous|earlier|original|last|prior|first)\s+(?:request|ask|instruction|basis|one|plan|version)(?![a-z])`,
  'g',
);

/**
 * "show the after-tax proceeds at a 21% rate", "after-tax numbers using a 24% tax rate": the rate the after-tax figures
 * are worked at is the tax rate. The percentage is the first group.
 */
export const AFTER_TAX_AT_RATE =
  /\bafter[-\s]tax\s+(?:proceeds|figures?|numbers?|gains?|cash|values?|view|results?|amounts?)\s+(?:at|using|with|on)\s+(?:an?\s+|the\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:%|percent)\s*(?:(?:tax\s+)?rate)?(?![a-z])/g;
