import type { TextEdit } from './restated-brief.js';
import { WORD_NUMBER, wordNumberValue } from './written-numbers.js';

// The tax rate given in its parts and then all in, the all-in rate the one to use: "21% federal, plus state - use
// twenty-five all in", "21% federal and 4% state, so 25% blended". The parts are how the writer got there; the rate
// they ask to be used is the combined one, restated "tax rate 25%" for the rate readers.

/** A part of the rate named for whoever levies it: "21% federal", "4.5% state". */
const PART = String.raw`\d{1,2}(?:\.\d+)?\s*%\s+(?:federal|state|local|statutory|national)\b`;

/** The combined rate, in figures or words: "25", "25%", "twenty-five". */
const COMBINED = String.raw`(?<figure>\d{1,2}(?:\.\d+)?)(?!\d|\.\d)\s*%?|(?<words>${WORD_NUMBER})(?:\s*%|\s+percent)?`;

/**
 * The parts, then the combined rate to use with its word: "21% federal, plus state - use twenty-five all in", "21%
 * federal plus 4% state, so 25% combined", "use 26 blended". Only a rate called all in, blended or combined is read;
 * "21% federal, use 3.5x" names no rate.
 */
const PARTS_THEN_ALL_IN = new RegExp(
  String.raw`\b${PART}[^.;!?\n]{0,50}?\b(?:use|so|call\s+it|model|assume|take)\s+(?:${COMBINED})\s+(?:all[-\s]in|blended|combined|in\s+total|total)(?![a-z])`,
  'gi',
);

/** The edits restating a tax rate given in parts and then all in as "tax rate" and the combined rate; none without one. */
export function taxRateSaidAllInRestatements(text: string): TextEdit[] {
  if (!/\btax/i.test(text) || !/all[-\s]in|blended|combined|total/i.test(text)) return [];
  return [...text.matchAll(PARTS_THEN_ALL_IN)].map((match) => {
    const figure = match.groups?.['figure'];
    const rate = figure !== undefined ? Number(figure) : wordNumberValue(match.groups?.['words'] ?? '');
    return { start: match.index, end: match.index + match[0].length, text: `tax rate ${rate}%` };
  });
}
