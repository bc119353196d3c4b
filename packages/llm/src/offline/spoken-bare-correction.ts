import { matchesIn } from './required-text.js';
import { SPOKEN_HUNDREDS, WORD_NUMBER } from './written-numbers.js';

/**
 * An amount in millions taken back aloud and replaced by a figure said without its scale: "one seventy five million,
 * no sorry, one hundred sixty five", "$90M - wait, 85", "120 million, I mean 110". The replacement is in the millions
 * of the amount it replaces. Figures in words are read as a dictated brief's transcript writes them: hundreds and tens
 * spoken ("one seventy five") or in full ("one hundred sixty five").
 */
export const SPOKEN_BARE_CORRECTION = new RegExp(
  String.raw`(?<![\w.])(?:(?:us\$|usd|\$)\s*)?(?:\d+(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})\s*(?:mm|m|mn|million)(?![a-z\d])` +
    String.raw`[\s,;:.!-]*(?:(?:no|oh|um+|uh+)[\s,;:.!-]+)*(?:sorry|wait|i\s+mean|or\s+rather)[\s,;:.!-]+(?:(?:um+|uh+)[\s,]+)?` +
    // The replacement, never followed by a scale or another figure's unit: "$90M, sorry, $85M" is read elsewhere.
    String.raw`(?<bare>\d{2,4}(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})(?!\d|\.\d|\s*(?:%|x\b|times|percent|per\s+cent|years?|yrs?|bps|million|mm\b|mn\b|m\b|bn\b|billion|thousand|k\b))`,
  'g',
);

/**
 * The amounts `SPOKEN_BARE_CORRECTION` takes back, with the words that take them back: read as nothing, so that the
 * replacement (blank-free after them) is the only figure left.
 */
export function spokenBareCorrectionSpans(lower: string): { start: number; end: number }[] {
  return matchesIn(SPOKEN_BARE_CORRECTION, lower).map((match) => ({
    start: match.index,
    end: match.index + match[0].length - (match.groups?.['bare'] ?? '').length,
  }));
}

/** Where each replacement figure of `SPOKEN_BARE_CORRECTION` starts: a figure read in millions. */
export function spokenBareReplacementStarts(lower: string): number[] {
  return matchesIn(SPOKEN_BARE_CORRECTION, lower).map((match) => match.index + match[0].length - (match.groups?.['bare'] ?? '').length);
}
