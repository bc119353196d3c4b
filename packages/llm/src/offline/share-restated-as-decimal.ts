/**
 * A share in words restated as the decimal (or the percentage) to enter: "no single market above a third of it, so use 0.33", "a quarter
 * of the proceeds - enter 0.25", "a third (0.33)". The writer rounds the fraction on purpose, so the decimal, not the
 * exact fraction, is the cap to run with.
 */

/**
 * What may stand between the share in words and its decimal: what it is a share of ("of it", "of the money"), a cap
 * word or "or less", the market it is a share for ("from any one market"), punctuation or an opening bracket, and a
 * verb that hands over the figure ("so use", "enter", "put in", "call it", "make it"), or an opening bracket alone: "a
 * third of the proceeds from any one market (use 0.33)", "a third of the money or less - call it 0.33". The fraction
 * may be said again before the hand-over ("a third of it - a third, so use 0.33"), and the figure handed over may be a
 * percentage ("under a third of the money from any one place, call it 33%").
 */
const RESTATED_DECIMAL =
  /^(?:\s+of\s+(?:it|that|(?:(?:the|our)\s+)?(?:money|proceeds|cash|raise|total|target|program(?:me)?|deal)))?(?:\s+(?:from|in|for)\s+(?:any\s+(?:one\s+|single\s+)?|a\s+single\s+|one\s+|each\s+)(?:market|city|metro|place|location))?(?:\s+(?:at\s+most|max(?:imum)?|or\s+(?:less|under|below)))?(?:\s*[.,;:\u2013\u2014-]*\s*(?:a|one)\s+(?:third|quarter|fifth|half)(?![a-z]))?(?:\s*[.,;:\u2013\u2014(-]*\s*(?:so\s+|i\.?e\.?,?\s+|that\s+is,?\s+|and\s+)?(?:please\s+)?(?:use|enter|input|put(?:\s+in)?|type(?:\s+in)?|make\s+it|call\s+it|set\s+it\s+(?:at|to)|(?:let's\s+)?say)\s+|\s*\(\s*)(?:(?<decimal>0?\.\d{1,3})(?![\d%]|\s*x\b)|(?<percent>\d{1,2}(?:\.\d)?)\s*%)\)?/;

/** How far the decimal may stand from the fraction and still round it: 0.33 for a third, not 0.5. */
const ROUNDING = 0.02;

/**
 * The decimal restating a share in words just read (`words` its value), from the words right after it: its value and
 * how many characters of `after` it takes, or null when none follows or it is no rounding of the share.
 */
export function shareRestatedAsDecimal(after: string, words: number): { value: number; length: number } | null {
  const restated = RESTATED_DECIMAL.exec(after);
  const percent = restated?.groups?.['percent'];
  const value = percent === undefined ? Number(restated?.groups?.['decimal']) : Number(percent) / 100;
  if (restated === null || !(Math.abs(value - words) <= ROUNDING)) return null;
  return { value, length: restated[0].length };
}
