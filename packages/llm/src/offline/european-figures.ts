import { englishWording } from './european-wording.js';

/**
 * Figures written with European number habits, rewritten in the reading copy as the readers expect them, keeping
 * the length so that every position still matches the brief: "USD 275.000.000" (dots between thousands) reads as
 * "USD 275,000,000", and a decimal comma ("0,25 bn", "3,5x", "criticality max 0,4") as a decimal point.
 * A plain "1.250" or "3.5" is left as it is: a single dotted group is as likely a decimal as thousands.
 */

/** Two or more groups of three digits, each after a dot: "275.000.000", "3.000.000". Never a version or a date. */
const DOTTED_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)/g;

/**
 * A decimal comma, as written in much of Europe: one or two digits after the comma (never a thousands group, so
 * "1,250" stays a whole number) and no further bare item after it (so a list "2,3 and 4" stays a list,
 * while "min 0,65, 2 % escalator" is a score and another figure). It is read as a
 * decimal point before a unit or a money scale ("3,5x", "1,8 times", "2,5 percent", "6,5 mio", "0,25 bn"), in a score below one ("criticality
 * max 0,4", "leaseability >= 0,75"), and after a sign that sets a value ("max_net_leverage = 3,25", "lev. <= 4,4").
 */
const DECIMAL_COMMA =
  /(?<![\d,.])(?:(\d+),(\d{1,2})(?=\s*(?:x|times|%|per\s*cent|percent|pct|mio|mln|mn|mm|m|million|bn|mrd|mld|bln|bln|b|billion|k)(?![a-z]))|(?:(?<=[=<>\u2264\u2265]\s*)(\d+)|(0)),(\d{1,2})(?!\d|[.,]\d|\s*(?:,|and|or|&)\s*\d+\s*(?:[,.;)\n]|and\b|or\b|&|$)))/g;

/**
 * A decimal comma in a limit with no unit after it, set by the word for the limit or the bound before it: "FCCR of
 * 2,25 minimum", "FCCR at least 1,9", "keep the FCCR over 1,6", "lease-adjusted leverage 4,4". Only a one-digit
 * whole part (a covenant level or a score), and never an item of a list ("max 1,2 or 3 sites").
 */
const LIMIT_DECIMAL_COMMA =
  /\b(?:fccr|coverage|leverage|lev|criticality|leaseability|minimum|maximum|min|max|least|most|over|under|above|below|exceed|limit|covenant|ceiling|upwards)\b[^\d\n;]{0,30}?(?<![\d,.])\d,\d{1,2}(?!\d|[.,]\d|\s*(?:,|and|or|&)\s*\d+\s*(?:[,.;)\n]|and\b|or\b|&|$))/g;

/**
 * A decimal comma after a lone zero, with three digits and a money scale after it: "0,145 bn", "0,125 mrd". A
 * thousands group never follows a lone zero, so the comma is a decimal point however many digits come after it.
 */
const ZERO_DECIMAL_COMMA = /(?<![\d,.])0,(?=\d{3}\s*(?:bn|mrd|mld|bln|b|billion|mio|mln|mn|m|million)(?![a-z]))/g;

/** A decimal comma matched by `DECIMAL_COMMA`, written with a decimal point (the same length). */
function decimalPoint(_whole: string, ...groups: (string | undefined)[]): string {
  const [beforeUnit, fractionBeforeUnit, afterSign, zero, fraction] = groups;
  if (beforeUnit !== undefined) return `${beforeUnit}.${fractionBeforeUnit}`;
  return `${afterSign ?? zero}.${fraction}`;
}

/**
 * `lower` with dotted thousands and decimal commas written the English way, and the continental words of
 * `englishWording` ("120 MUSD", "4,25 volte", "Steuersatz (tax rate)") in English, the same length.
 */
export function englishFigures(lower: string): string {
  const worded = englishWording(lower);
  // The cheap tests: most briefs hold neither a dotted thousands group nor a comma before one or two digits.
  const dotted = /\d\.\d{3}\.\d{3}/.test(worded) ? worded.replace(DOTTED_THOUSANDS, (figure) => figure.replaceAll('.', ',')) : worded;
  const zeroed = /(?<![\d,.])0,\d{3}/.test(dotted) ? dotted.replace(ZERO_DECIMAL_COMMA, '0.') : dotted;
  if (!/\d,\d{1,2}(?!\d)/.test(zeroed)) return zeroed;
  // A limit word's decimal comma first: the other forms then find a decimal point and leave it as it is.
  return zeroed
    .replace(LIMIT_DECIMAL_COMMA, (limit) => `${limit.slice(0, limit.lastIndexOf(','))}.${limit.slice(limit.lastIndexOf(',') + 1)}`)
    .replace(DECIMAL_COMMA, decimalPoint);
}
