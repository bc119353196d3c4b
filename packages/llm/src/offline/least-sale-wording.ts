/**
 * More wording of the minimum-proceeds objective, beside `objective-wording.ts`: the smallest set that does the job
 * ("sell the smallest set that gets there", "the smallest program that works"), the smallest overshoot measured from
 * the target ("smallest overshoot above the target"), and the lowest possible proceeds past a figure ("the lowest
 * possible proceeds over $115M"). Read by `readEconomics`.
 */

/** What is sold, counted as a whole: the set, package or program. */
const SALE_NOUN = '(?:package|set|program(?:me)?|sale|selection|combination|basket|portfolio|pool)';

/**
 * The minimum-proceeds objective in the forms above. The proceeds kept lowest must be followed by "over" and the
 * figure or target they must pass: "the lowest possible proceeds we'd accept are $90M" is a floor, and "the lowest
 * possible proceeds over the cycle" a description, never read here.
 */
export const MIN_PROCEEDS_LEAST_SALE = new RegExp(
  String.raw`\b(?:` +
    [
      // "the smallest set that gets there", "the smallest program that works", "the smallest package that does the job".
      String.raw`(?:the\s+)?smallest\s+${SALE_NOUN}\s+(?:that|which)\s+(?:gets\s+(?:us\s+)?there|works|does\s+(?:the\s+job|it)|will\s+do|is\s+enough|suffices)`,
      // "smallest overshoot above the target", "the smallest overshoot over our ask": the overshoot measured from the target.
      String.raw`(?:the\s+)?smallest\s+overshoot\s+(?:over|above|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number)`,
      // "the lowest possible proceeds over $115M": the figure after it stays the target's, so it is not taken.
      String.raw`(?:the\s+)?(?:least|lowest|fewest|smallest)\s+possible\s+proceeds(?=\s+(?:over|above|beyond|past)\s+(?:us\$|\$|usd\s*|\d|(?:the\s+|our\s+)?(?:target|ask|goal)\b))`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);
