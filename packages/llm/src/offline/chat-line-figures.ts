import { MILLION_SCALE } from './written-numbers.js';

// The figures of a chat's or a thread's lines as the lines that correct one write them: with or without a currency
// mark or code, with or without a money scale ("$140M", "usd 140 mio", a bare "140" in the ask's millions). One home,
// so that the lines correcting the ask (`corrected-target-lines.ts`) and those correcting the floor
// (`corrected-floor-lines.ts`) know the same writings of a figure.

/** A figure on a chat line: an optional currency mark or code, digits, an optional money scale ("$140M", "140"). */
export const CHAT_LINE_FIGURE = String.raw`(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE})?`;

/**
 * A figure refused and the words giving the one that replaces it, up to that figure: "not $80M - make it ", "not 80,
 * ", "not USD 210 mio - make it ". The refused figure is the group `refused`.
 */
export const REFUSED_CHAT_FIGURE = String.raw`not[^\S\n]+(?<refused>${CHAT_LINE_FIGURE})[^\S\n]*[-\u2013\u2014,;:][^\S\n]*(?:(?:make[^\S\n]+(?:it|that)|it's|it[^\S\n]+is|use|say)[^\S\n]+)?`;

/** A money scale ending a figure, dropped to compare its digits. */
const MILLION_SCALE_AT_END = new RegExp(`(?:${MILLION_SCALE})$`);

/** A figure's digits, for comparing two writings of it: "$140M", "140m", "USD 140 mio" and a bare "140" are one. */
export function chatFigureKey(figure: string): string {
  return figure.replace(/us\$|usd|\$|\s|,/g, '').replace(MILLION_SCALE_AT_END, '');
}
