import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * Money figures from a scanned or faxed page, where the letter O stands for the digit zero and a one for the l of
 * "million": "$6O M", "USD 110,OOO,OOO", "$ 7O,OOO,OOO", "$100 mi1lion", "$llO million". Each letter is written as the digit or letter it
 * stands for, one character for one, so that every offset into the text stays where it was. Only a figure marked as
 * money (after "$" or "USD", or in thousands groups) is touched: "O.4" or "NWK-O3" are left to their own readers.
 */

/**
 * A figure after a money mark whose digits may be scanned as O: "$6O", "USD 110,OOO,OOO", "$ 7O,OOO,OOO". It opens on a
 * digit, so that "$Oak" is no figure; the letter is read as a digit only up to the first other letter ("$6Oct" keeps
 * its "Oct" whole, since "c" follows), or up to a scale written straight after it ("$ 1OOM").
 */
const MARKED_FIGURE = new RegExp(
  String.raw`(?<=(?:\$|\busd|\bus\$)[^\S\n]?)\d[\dOo]*(?:[.,][\dOo]+)*(?:(?=(?:${MILLION_SCALE}|${BILLION_SCALE}|k)\b)|(?![a-z]))`,
  'gi',
);

/** Thousands groups scanned as O, with no money mark: "110,OOO,OOO" (a comma and three of them is no word). */
const THOUSANDS_GROUPS = /\b\d{1,3}(?:,[\dOo]{3})+(?![a-z\d])/gi;

/**
 * A figure after a money mark that opens on, or holds, the letter l for a one: "$l55M", "$2l0M", with an O for a zero
 * beside it ("$ lO2 M", "USD l8O MILLION"). It must hold a true digit, so that "$lease" or "$loo" is no figure, and end
 * where a scale or a break follows.
 */
const MARKED_FIGURE_WITH_L = new RegExp(
  String.raw`(?<=(?:\$|\busd|\bus\$)[^\S\n]?)(?=[\dlo]*\d)(?=[\do]*l)[\dlo]+(?:[.,][\dlo]+)*(?=[^\S\n]?(?:${MILLION_SCALE}|${BILLION_SCALE}|k)\b|[^\S\n]*(?:[.,;)\n]|$))`,
  'gi',
);

/**
 * A figure after a money mark scanned wholly as letters, its ones as l and its zeros as O, before its scale: "$llO
 * million", "$lOO M". With no true digit to vouch for it, it must hold an l and be followed by a scale, so that a word
 * after a dollar sign stays a word.
 */
const MARKED_FIGURE_ALL_LETTERS = new RegExp(
  String.raw`(?<=(?:\$|\busd|\bus\$)[^\S\n]?)(?=[lo]*l)[lo]{2,4}(?=[^\S\n]?(?:${MILLION_SCALE}|${BILLION_SCALE})\b)`,
  'gi',
);

/**
 * A ratio scanned with an l for a one or an O for a zero, written as a multiple or as a ratio to one: "3.5Ox",
 * "l.5O:l.OO", "l.8 to l". It must hold a true digit and a decimal point, and end on the "x" of a multiple or on the
 * one of "to 1" or ":1.00", so that words ("lo.", "l.o.l") are never touched.
 */
const SCANNED_RATIO =
  /(?<![a-z\d.])(?=[\dlo]\.[\dlo]{1,2}(?:[^\S\n]*[x\u00d7](?![a-z])|[^\S\n]*(?::|to)[^\S\n]*[\dlo](?:\.[\dlo]{1,2})?(?![a-z\d])))(?=[^\n]{0,6}?\d)[\dlo]\.[\dlo]{1,2}(?:[^\S\n]*(?::|to)[^\S\n]*[\dlo](?:\.[\dlo]{1,2})?(?![a-z\d]))?/gi;

/**
 * "mi1lion", "bi11ion", "Mi|lion", "m1ll1on", "MILLI0N": the scale word with a one or a bar for an l or an i, or a zero
 * for its o.
 */
const SCANNED_SCALE = /\b([mb])[i1|]([1l|])([1l|])[i1|][o0]n(s?)\b/gi;

/**
 * "rnillion" (an m scanned as "rn") and "mil lion" or "mill ion" (the word broken by a stray space): the scale word one character
 * longer than it is. It is written as "million" and a space after it, so that every offset after it stays.
 */
const SCANNED_SCALE_ONE_LONGER = /\b(?:rnillion|mil[^\S\n]lion|mill[^\S\n]ion)(s?)\b/gi;

/**
 * A figure after a money mark broken by a stray space before its thousands groups: "$ 245 ,000,000", "$ 84 ,5OO,OOO".
 * The space is moved after the groups, so that the figure reads whole and every offset after it stays.
 */
const SPACE_BEFORE_THOUSANDS = /(?<=(?:\$|\busd|\bus\$)[^\S\n]?[\dl]{1,3})[^\S\n]((?:,[\dOol]{3})+)(?![a-z\d])/gi;

/**
 * A figure of three digits after a money mark broken by a stray space, before its scale: "$ 2 25 million", "USD 14 7
 * mill ion". The space is moved after the digits. Only three digits in all, split once, and a scale after them: "$5 10
 * sites" is left as written.
 */
const SPACE_INSIDE_FIGURE =
  /(?<=(?:\$|\busd|\bus\$)[^\S\n]?)(\d{1,2})[^\S\n](\d{1,2})(?=[^\S\n]?(?:mm|mn|m|bn|million|mill[^\S\n]ion|billion)\b)/gi;

/**
 * A figure with no money mark scanned with an O for its trailing zeros, right before its scale: "raise 14O mm", "17O
 * M". It opens on a true digit, so that a word is never touched.
 */
const UNMARKED_FIGURE_BEFORE_SCALE = new RegExp(String.raw`\b\d{1,3}[Oo]{1,2}(?=[^\S\n]?(?:${MILLION_SCALE}|${BILLION_SCALE})\b)`, 'gi');

/**
 * The text with each scanned money figure's letters written as the digits they stand for ("$6O M" as "$60 M", "USD
 * 110,OOO,OOO" as "USD 110,000,000") and the scale word repaired ("mi1lion" as "million"), character for character.
 * A text with no such figure comes back as it was.
 */
export function repairScannedDigits(text: string): string {
  if (!/[Oo|1l0 ]|rn/.test(text)) return text;
  const zeros = (figure: string): string => figure.replace(/[Oo]/g, '0');
  // A stray space inside a marked figure first: "$ 245 ,000,000" and "$ 2 25 million" read as one figure.
  const spaced = /\d[^\S\n]+[,\d]/.test(text)
    ? text
        .replace(SPACE_BEFORE_THOUSANDS, (_written, groups: string) => `${groups} `)
        .replace(SPACE_INSIDE_FIGURE, (written, high: string, low: string) => (high.length + low.length === 3 ? `${high}${low} ` : written))
    : text;
  // The scale word first, so that a figure before a scanned one ("USD l8O MILLI0N") ends where a scale follows.
  return (
    spaced
      // "$l30 rnillion", "USD l45 mil lion": the scale one character long, so a figure before it ends where it follows.
      .replace(
        SCANNED_SCALE_ONE_LONGER,
        (written, plural: string) =>
          `${/^[A-Z]/.test(written) ? (written === written.toUpperCase() ? 'MILLION' : 'Million') : 'million'}${plural} `,
      )
      .replace(SCANNED_SCALE, (written, scale: string, _first: string, _second: string, plural: string) =>
        // "million", "MILLION": a scale word written with its own letters is left as written.
        /^[mb]illions?$/i.test(written) ? written : `${scale}illion${plural}`,
      )
      .replace(MARKED_FIGURE, zeros)
      .replace(MARKED_FIGURE_WITH_L, (figure) => figure.replace(/l/gi, '1').replace(/o/gi, '0'))
      .replace(MARKED_FIGURE_ALL_LETTERS, (figure) => figure.replace(/l/gi, '1').replace(/o/gi, '0'))
      .replace(THOUSANDS_GROUPS, zeros)
      .replace(UNMARKED_FIGURE_BEFORE_SCALE, zeros)
      // "l.5O:l.OO", "3.5Ox": a scanned ratio, every l a one and every O a zero, "to" left as it is.
      .replace(SCANNED_RATIO, (ratio) =>
        ratio
          .split(/(\s*(?::|to)\s*)/i)
          .map((part, index) => (index % 2 === 1 ? part : part.replace(/l/gi, '1').replace(/o/gi, '0')))
          .join(''),
      )
  );
}
