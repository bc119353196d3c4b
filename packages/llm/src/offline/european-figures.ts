/**
 * Figures written with European number habits, rewritten in the reading copy as the readers expect them, keeping
 * the length so that every position still matches the brief: "USD 275.000.000" (dots between thousands) reads as
 * "USD 275,000,000", and "0,25 bn" or "12,5 mio" (a decimal comma before a money scale) as "0.25 bn" and "12.5 mio".
 * A plain "1.250" or "3.5" is left as it is: a single dotted group is as likely a decimal as thousands.
 */

/** Two or more groups of three digits, each after a dot: "275.000.000", "3.000.000". Never a version or a date. */
const DOTTED_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)/g;

/**
 * "0,25 bn", "12,5 mio", "6,5 mio p.a.", "1,2 million": a digit, a comma, one or two digits (never a thousands
 * group) and a money scale standing as a word of its own.
 */
const MONEY_DECIMAL_COMMA = /(?<![\d,.])(\d+),(\d{1,2})(?=[^\S\n]*(?:mio|mln|mn|mm|m|bn|bln|b|k|million|billion)(?![a-z\d]))/g;

/** `lower` with dotted thousands and decimal commas before a money scale written the English way, same length. */
export function englishFigures(lower: string): string {
  // The cheap tests: most briefs hold neither a dotted thousands group nor a comma before one or two digits.
  const dotted = /\d\.\d{3}\.\d{3}/.test(lower) ? lower.replace(DOTTED_THOUSANDS, (figure) => figure.replaceAll('.', ',')) : lower;
  return /\d,\d{1,2}(?!\d)/.test(dotted)
    ? dotted.replace(MONEY_DECIMAL_COMMA, (_whole, whole: string, fraction: string) => `${whole}.${fraction}`)
    : dotted;
}
