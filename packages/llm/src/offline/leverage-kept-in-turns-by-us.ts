import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

/**
 * A leverage limit the company sets itself without naming the ratio: "We're not Harbor. We stay at three turns or
 * below", "we'll keep it under 3.25 turns", "we must remain at or below 3x". Turns, or a multiple held under a ceiling,
 * measure debt against earnings: coverage is held above a floor, never under one. The ratio is read as net leverage.
 *
 * Only the company's own hold counts ("we", "I"): "Harbor ran at three and a half turns" is another company's level.
 * A sentence that names the lease-adjusted ratio, coverage or rent is left to their readers, since the unnamed level
 * could then be theirs.
 */

/** The level: a multiple in turns or with its "x", in figures or words ("three turns", "3.25x"). */
const LEVEL = String.raw`(?:(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|turns)(?![a-z])|(?<words>${WORD_MULTIPLE})[^\S\n]+(?:turns|times)\b)`;

/** The company holding itself under the level: "we stay at three turns or below", "we'll keep it under 3.25 turns". */
const KEPT_BY_US = new RegExp(
  String.raw`\b(?:we|i)(?:'ll|\u2019ll|\s+will|\s+must|\s+should|\s+need\s+to|\s+want\s+to|\s+have\s+to)?\s+(?:stay|remain|keep\s+(?:it|leverage|us|ourselves)|hold\s+(?:it|leverage|us|ourselves))\s+(?:(?:at\s+or\s+(?:below|under)|under|below|no\s+(?:higher|more)\s+than)\s+|(?<plain>at\s+))${LEVEL}(?<orBelow>\s+or\s+(?:below|under|less|lower))?`,
  'g',
);

/** Another ratio named in the sentence: the unnamed level could be that ratio's. */
const OTHER_RATIO = /\b(?:lease[-\s]?adj\w*|rent[-\s]adj\w*|ebitdar|coverage|fccr|fcc|rent|agency)\b/;

/** The leverage limits the company sets itself in turns or under a multiple (see the file's head). Claims them. */
export function readLeverageKeptInTurnsByUs(text: BriefText): FoundBound[] {
  if (!/\b(?:stay|remain|keep|hold)\b/.test(text.lower)) return [];
  const found: FoundBound[] = [];
  for (const match of text.lower.matchAll(KEPT_BY_US)) {
    const sentenceStart = Math.max(text.lower.lastIndexOf('\n', match.index), text.lower.lastIndexOf('. ', match.index)) + 1;
    const nextStop = text.lower.slice(match.index).search(/\n|\.(?!\d)/);
    const sentenceEnd = nextStop < 0 ? text.lower.length : match.index + nextStop;
    if (OTHER_RATIO.test(text.lower.slice(sentenceStart, sentenceEnd))) continue;
    const groups = match.groups ?? {};
    // "we stay at three turns" alone is where the company sits; "or below" makes it the ceiling.
    if (groups['plain'] !== undefined && groups['orBelow'] === undefined) continue;
    const words = groups['words'];
    const value = words === undefined ? Number(groups['value']) : numberValue(words);
    const start = match.index;
    const end = start + match[0].length;
    if (!(value >= 1 && value < 10) || !text.isFree(start, end)) continue;
    found.push({ value, start, end });
    text.claim(start, end);
  }
  return found;
}
