/**
 * Fixed-charge coverage floors said from the other side of the sentence, or with the floor in the verb: the charges
 * said covered by the earnings ("interest and rent together must still be covered at least 1.75 times by earnings
 * before rent"), the earnings not let fall under a multiple of the charges ("don't let our earnings before rent fall
 * under 2.1 times what we pay in interest plus rent"), and earnings that must cover the charges a decimal number of
 * times with no floor's words ("earnings should still cover the fixed charges - interest and rent - 2.2 times"): a
 * decimal level can never count payments, as "pay rent twice" may. `earnings-paying-fixed-charges.ts` builds these
 * from its own pieces of wording and reads them with its other forms.
 */

/** The pieces of wording the forms are built from, as `earnings-paying-fixed-charges.ts` defines them. */
export interface CoverageWording {
  /** The earnings that pay: "earnings before rent", "EBITDAR". */
  readonly earnings: string;
  /** The ask before the verb: "must still", "should", "need to". */
  readonly asked: string;
  /** The two charges: "interest and rent", "the fixed charges - interest and rent -". */
  readonly charges: string;
  /** A floor's words before the level, with the space after them: "at least ". */
  readonly floor: string;
  /** The level, with the groups `value`, `words` and `twice` (`MULTIPLE` in `coverage-vocabulary.ts`). */
  readonly level: string;
}

/**
 * The three forms as regular expression sources (lower case): the charges covered by the earnings, the earnings not
 * let fall under a multiple of the charges, and the charges covered a decimal number of times.
 */
export function fixedChargesCoveredOrNotFallenUnder(words: CoverageWording): string[] {
  const { earnings, asked, charges, floor, level } = words;
  return [
    // "Interest and rent together must still be covered at least 1.75 times by earnings before rent": passive, so the
    // floor's words are required, and the earnings, if named, come before or after the level.
    String.raw`\b${charges}(?:\s+together)?\s+${asked}(?:be|stay|remain)\s+covered\s+(?:by\s+${earnings}\s+)?${floor}${level}(?:\s+by\s+${earnings})?`,
    // "Don't let our earnings before rent fall under 2.1 times what we pay in interest plus rent": the earnings'
    // fall refused, so the multiple is their floor.
    String.raw`\b(?:don'?t|do\s+not|never|not\s+to|shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot)\s+(?:let\s+)?${earnings}\s+(?:fall|drop|dip|slip|go|sink)\s+(?:under|below|beneath)\s+${level}\s+(?:of\s+)?(?:what\s+we\s+(?:pay|spend)\s+(?:in|for|on)\s+)?${charges}`,
    // "Earnings should still cover the fixed charges - interest and rent - 2.2 times": a decimal level with no
    // floor's words, after "cover" alone.
    String.raw`\b${earnings}\s+${asked}cover\s+${charges}\s+(?=\d+\.\d+[^\S\n]*(?:x|\u00d7|times)(?![a-z]))${level}`,
  ];
}
