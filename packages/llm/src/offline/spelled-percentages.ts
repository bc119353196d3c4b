import type { TextEdit } from './restated-brief.js';
import { WORD_NUMBER, wordNumberValue } from './written-numbers.js';

// A percentage spelt out in words, restated as a numeral with a percent sign, so that every reader of a rate (the tax
// on the gain, the escalator, a market's share) reads it as it reads "23%": "twenty-three percent", "twenty-two and a
// half percent", "two and one-half per cent". Many rate readers only know the numeral, and a dictated or minuted
// brief spells its rates: "Tax rate on the gain? - Twenty-three percent." A number in words that no percent follows
// ("twenty-three sites") is left as written.

/** A half or a quarter added to the whole number: "and a half", "and one-half", "and three-quarters". */
const ADDED_FRACTION = String.raw`\s+and\s+(?<fraction>(?:a|one)[-\s]half|(?:a|one)[-\s]quarter|three[-\s]quarters)`;

/** What each added fraction adds. */
const FRACTION_ADDED: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, quarters: 0.75 };

/**
 * A percentage in words: the number, an added fraction, then "percent", "per cent" or "pct". The number must open a
 * word, so that a numeral's tail is never read.
 */
const SPELLED_PERCENTAGE = new RegExp(
  String.raw`(?<![a-z-])(?<number>${WORD_NUMBER})(?:${ADDED_FRACTION})?[\s-]+(?:percent|per[\s-]cent|pct)(?![a-z])`,
  'gi',
);

/** The numeral a spelt percentage stands for ("22.5"), or undefined when the words are no number. */
function percentageNumeral(number: string, fraction: string | undefined): string | undefined {
  const whole = wordNumberValue(number.replace(/-/g, ' '));
  if (!Number.isFinite(whole)) return undefined;
  const added = fraction === undefined ? 0 : (FRACTION_ADDED[fraction.toLowerCase().split(/[-\s]/).pop() ?? ''] ?? 0);
  const value = whole + added;
  // A percentage above a hundred is no rate; it is left as written.
  if (value <= 0 || value > 100) return undefined;
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The edits restating each percentage spelt out as a numeral with a percent sign ("twenty-two and a half percent" as
 * "22.5%"); none for a brief without one.
 */
export function spelledPercentageRestatements(text: string): TextEdit[] {
  if (!/per[\s-]?cent|pct/i.test(text)) return [];
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(SPELLED_PERCENTAGE)) {
    const numeral = percentageNumeral(match.groups?.['number'] ?? '', match.groups?.['fraction']);
    if (numeral === undefined) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, text: `${numeral}%` });
  }
  return edits;
}
