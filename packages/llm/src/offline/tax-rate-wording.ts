/**
 * More wording of the tax rate, beside `economics-wording.ts`: the rate with a describing word before "tax rate"
 * ("a 21% blended tax rate", "25% combined statutory tax") and the rate labelled with what it is for before its figure
 * ("Tax rate (for after-tax proceeds): 21%", "effective tax rate for the purposes of the analysis shall be 22%"). Read by
 * `readEconomics`; the figure is the first group that took part.
 */
export const TAX_RATE_DESCRIBED = new RegExp(
  // "a 21% blended tax rate", "at a 24 percent combined federal and state tax rate".
  String.raw`\b(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)[^\S\n]*(?:(?:blended|combined|statutory|federal|state|and|all[-\s]in|weighted(?:[-\s]average)?|average|group|cash|marginal|corporate|effective|income)\s+)+tax(?:\s+rate)?(?![a-z])` +
    // "Tax rate (for after-tax proceeds): 21%", "tax rate for the purposes of the analysis shall be 22%", "tax rate
    // used in the model is 25%": a label, then a bracket or a "for"/"used in" phrase, then the figure.
    String.raw`|\btax\s+rate(?:\s*\([^)\n]{1,60}\)|\s+(?:for|used\s+(?:in|for)|applied\s+(?:in|to))\s[^.;:%\n]{1,60}?)\s*(?::|=|(?:shall|will|should|would)\s+be|is|of|at)\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)`,
  'g',
);

/** Every form of `TAX_RATE_DESCRIBED` has this word: a brief without it skips it. */
export const TAX_WORD = 'tax';
