/*
 * Verdicts and refusals written in everyday words, shared through the exclusion vocabulary by every reader that rules
 * a subject out: a building called "a keeper", a building "not part of it", and a wish that the reader "didn't sell"
 * it. Regular expression sources, lower case, not anchored and without the `g` flag.
 */

/**
 * What a ruled-out subject is said to be, in the singular: "the Fairburn hub is a keeper" (never "a keeper's dream"),
 * "one of our keepers", and one of the buildings the writer keeps: "is one we keep", "is one we're holding on to".
 */
export const A_KEEPER = String.raw`(?:a\s+keeper(?!['\u2019]s)|one\s+of\s+(?:our|the|my)\s+keepers|one\s+(?:we|i)(?:['\u2019]re|['\u2019]ll|\s+are|\s+will)?\s+(?:always\s+)?(?:keep|keeping|hold\s+on\s+to|holding\s+on\s+to|retain|retaining|hold|holding)(?=\s*(?:[.;,!\n]|$|[-\u2013\u2014]\s)))`;

/**
 * What a ruled-out subject is said not to be, the sale named by a pronoun: "is not part of it", "is not part of this
 * under any scenario", "is not part of this - it runs everything". The pronoun must end the clause, open a phrase that
 * says when, or stand before a dash that opens the reason, so that "not part of this year's plan" stays unread; or
 * stand before a bracket whose reason speaks of the same buildings ("are not part of it (both are being consolidated)").
 */
export const PART_OF_IT = String.raw`part\s+of\s+(?:it|this|that)(?=\s*(?:[.;,!?]|$)|\s+(?:under|in|for|at|whatever|regardless)\s|\s+[-\u2013\u2014]+\s|\s+\((?:both|they|it|each|all|these|those)\b)`;

/**
 * A refusal put as a wish about the reader: "I'd rather you didn't sell", "we would rather you not touch", "I'd also
 * rather we didn't touch".
 */
export const RATHER_YOU_DID_NOT = String.raw`(?:would|'d|had)\s+(?:also\s+|just\s+|much\s+|really\s+)?rather\s+(?:you|we|they)\s+(?:didn'?t|did\s+not|not)`;
