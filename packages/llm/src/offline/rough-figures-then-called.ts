import type { TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * A rough figure and the one it is rounded to: "$50-ish million, call it $52M", "about 80 million - call it $82M".
 * The rough figure's "-ish" before its scale ("$50-ish million") is restated as "about $50 million", so that it reads
 * as money rather than as fifty dollars; the figure the writer then calls it is the ask (`isCalledAfterARoughFigure`,
 * read by `isDeclaredAsk`). A figure called so with no figure before it ("call it a day") is no ask of its own.
 */

/** A figure with "-ish" before its scale: "$50-ish million", "120ish m", "USD 1.2-ish bn". */
const ISH_BEFORE_SCALE =
  /(?<![\w.$,])(?<mark>us\$|usd[^\S\n]*|\$)?(?<number>\d[\d,]*(?:\.\d+)?)[^\S\n]*-?[^\S\n]*ish[^\S\n]+(?<scale>million|mn|mm|m|billion|bn)(?![a-z])/gi;

/** The restatements of each figure with "-ish" before its scale, as "about" the figure with its scale. */
export function roughFigureRestatements(text: string): TextEdit[] {
  if (!/ish/i.test(text)) return [];
  return [...text.matchAll(ISH_BEFORE_SCALE)].map((match) => {
    const { mark = '', number = '', scale = '' } = match.groups ?? {};
    return { start: match.index, end: match.index + match[0].length, text: `about ${mark.trim()}${number} ${scale}` };
  });
}

/** A money figure, then the words calling the figure after them by a rounder name: "$50 million, call it". */
const CALLED_AFTER_A_FIGURE = new RegExp(
  String.raw`(?:us\$|usd\s*|\$)?\d[\d,]*(?:\.\d+)?\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?(?![a-z])[^.;!?\n\d]{0,12}?[,\u2013\u2014-]\s*(?:so\s+|or\s+)?(?:let['\u2019]?s\s+)?call\s+it\s*$`,
);

/** True when the words right before an amount (ending at `start` in `lower`) call a figure before it by this one. */
export function isCalledAfterARoughFigure(lower: string, start: number): boolean {
  return CALLED_AFTER_A_FIGURE.test(lower.slice(Math.max(0, start - 60), start));
}
