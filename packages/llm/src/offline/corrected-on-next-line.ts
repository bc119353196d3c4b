/**
 * A figure corrected on the line after it: "no more than $8M added rent" then "actually make that $10M", "no more
 * than 30% per market" then "actually 40%". Notes written a line at a time correct the last figure with a line of
 * its own that holds only the correction words and the new figure; the words naming the figure stay on the line
 * before it.
 */
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { matchesIn } from './required-text.js';

/**
 * A figure and up to four words naming it at the end of a line, then a line of correction words and a figure of its
 * own that ends that line (only looked ahead at).
 */
const NEXT_LINE_CORRECTION = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){0,4})[^\S\n]*[.;,]?[^\S\n]*\n[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:(?:no|oh|ok(?:ay)?|wait|sorry)[\s,.:-]+)*(?:actually|correction:?|make\s+(?:that|it)|on\s+second\s+thoughts?)[\s,:-]*(?:(?:let's\s+)?make\s+(?:that|it)[\s,:]+|(?:say|use)\s+)?(?=(?<later>${CORRECTED_FIGURE})[^\S\n]*[.!]?[^\S\n]*(?:\n|$))`,
  'g',
);

/** What a figure measures, by its unit: money, a percentage, a multiple, or something else. */
function unitKind(figure: string): string {
  if (/\$|usd|(?:mm|m|mn|million|bn|b|billion|k)\s*$/.test(figure)) return 'money';
  if (/(?:%|percent)\s*$/.test(figure)) return 'percentage';
  return /(?:x|times|turns)\s*$/.test(figure) ? 'multiple' : 'other';
}

/**
 * The spans to read as nothing for each figure corrected on the next line: the earlier figure, and the line break
 * with the correction words, so that the words naming the earlier figure name the new one.
 */
export function nextLineCorrectionSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // The cheap test first: a correction on a line of its own needs a line break and one of its words.
  if (!lower.includes('\n') || !/\b(?:actually|correction|make\s+(?:that|it)|second\s+thought)/.test(lower)) return spans;
  for (const match of matchesIn(NEXT_LINE_CORRECTION, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    const later = match.groups?.['later'] ?? '';
    if (unitKind(earlier) !== unitKind(later) || unitKind(later) === 'other') continue;
    const named = match.index + earlier.length + (match.groups?.['named'] ?? '').length;
    spans.push({ start: match.index, end: match.index + earlier.length }, { start: named, end: match.index + match[0].length });
  }
  return spans;
}
