/*
 * Verdicts and refusals written in everyday words, shared through the exclusion vocabulary by every reader that rules
 * a subject out: a building called "a keeper", a building "not part of it", and a wish that the reader "didn't sell"
 * it. Regular expression sources, lower case, not anchored and without the `g` flag.
 */

/** What a ruled-out subject is said to be, in the singular: "the Fairburn hub is a keeper" (never "a keeper's dream"). */
export const A_KEEPER = String.raw`a\s+keeper(?!['\u2019]s)`;

/**
 * What a ruled-out subject is said not to be, the sale named by a pronoun: "is not part of it", "is not part of this
 * under any scenario", "aren't part of it - none of them". The pronoun must end the clause (a dash that adds to it
 * included) or open a phrase that says when, so that "not part of this year's plan" stays unread.
 */
export const PART_OF_IT = String.raw`part\s+of\s+(?:it|this|that)(?=\s*(?:[.;,!?]|$)|\s+-\s|\s+(?:under|in|for|at|whatever|regardless)\s)`;

/** A refusal put as a wish about the reader: "I'd rather you didn't sell", "we would rather you not touch". */
export const RATHER_YOU_DID_NOT = String.raw`(?:would|'d|had)\s+rather\s+(?:you|we|they)\s+(?:didn'?t|did\s+not|not)`;
