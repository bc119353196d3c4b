/**
 * A figure corrected on the line after it: "no more than $8M added rent" then "actually make that $10M", "no more
 * than 30% per market" then "actually 40%". Notes written a line at a time correct the last figure with a line of
 * its own that holds only the correction words and the new figure; the words naming the figure stay on the line
 * before it. So do sentences: a sentence that opens with "actually" and a figure corrects the figure ending the one before.
 */
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A currency mark or code, or a money scale ending the figure. */
const MONEY_MARK_OR_SCALE_AT_END = new RegExp(String.raw`\$|usd|(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k)\s*$`);

/**
 * A figure and up to four words naming it at the end of a line, then a line of correction words and a figure of its
 * own that ends that line (only looked ahead at).
 */
const NEXT_LINE_CORRECTION = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){0,4})[^\S\n]*[.;,]?[^\S\n]*\n[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:(?:no|oh|ok(?:ay)?|wait|sorry)[\s,.:-]+)*(?:actually|correction:?|make\s+(?:that|it)|on\s+second\s+thoughts?)[\s,:-]*(?:(?:let's\s+)?make\s+(?:that|it)[\s,:]+|(?:say|use)\s+)?(?=(?<later>${CORRECTED_FIGURE})[^\S\n]*[.!]?[^\S\n]*(?:\n|$))`,
  'g',
);

/**
 * "a 21% tax rate on gains. Actually make it 25%, tax team just corrected me": the same correction opening the next
 * sentence rather than the next line. The sentence opens with "actually" or "on second thought" (a bare "make it" could
 * start an instruction of its own), and the new figure ends its clause.
 */
const NEXT_SENTENCE_CORRECTION = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){0,4})[^\S\n]*[.!][^\S\n]+(?:(?:no|oh|ok(?:ay)?|wait|sorry)[\s,.:-]+)*(?:actually|on\s+second\s+thoughts?)[\s,:-]*(?:(?:let's\s+)?make\s+(?:that|it)[\s,:]+|(?:say|use)\s+)?(?=(?<later>${CORRECTED_FIGURE})[^\S\n]*(?:[.!;,]|\n|$))`,
  'g',
);

/** What a figure measures, by its unit: money, a percentage, a multiple, or something else. */
function unitKind(figure: string): string {
  if (MONEY_MARK_OR_SCALE_AT_END.test(figure)) return 'money';
  if (/(?:%|percent)\s*$/.test(figure)) return 'percentage';
  return /(?:x|times|turns)\s*$/.test(figure) ? 'multiple' : 'other';
}

/**
 * The spans to read as nothing for each figure corrected on the next line: the earlier figure, and the line break
 * with the correction words, so that the words naming the earlier figure name the new one.
 */
export function nextLineCorrectionSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // The cheap test first: a correction needs one of its words (and, on a line of its own, a line break).
  if (!/\b(?:actually|correction|make\s+(?:that|it)|second\s+thought)/.test(lower)) return spans;
  const patterns = lower.includes('\n') ? [NEXT_LINE_CORRECTION, NEXT_SENTENCE_CORRECTION] : [NEXT_SENTENCE_CORRECTION];
  for (const match of patterns.flatMap((pattern) => matchesIn(pattern, lower))) {
    const earlier = match.groups?.['earlier'] ?? '';
    const later = match.groups?.['later'] ?? '';
    if (unitKind(earlier) !== unitKind(later) || unitKind(later) === 'other') continue;
    const named = match.index + earlier.length + (match.groups?.['named'] ?? '').length;
    spans.push({ start: match.index, end: match.index + earlier.length }, { start: named, end: match.index + match[0].length });
  }
  return spans;
}
