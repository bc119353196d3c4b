/**
 * A range of asks said in spoken hundreds: "the ask is between one twenty-five and one fifty, in millions", "CFO:
 * Between one-fifty and one-eighty million", "between one-ten and one thirty mm". Said aloud, "one-fifty" is 150 and
 * the scale comes once, after the high end or as a note ("in millions"); the low end is the floor and the high end
 * the ask, as for any range.
 */
import type { BriefText } from './brief-text.js';
import type { FoundAmount } from './read-amounts.js';
import { MILLION_WORDS, SPOKEN_HUNDREDS, spokenHundredsValue } from './written-numbers.js';

/**
 * "between one twenty-five and one fifty, in millions": "between", two spoken hundreds joined by "and", "to" or a
 * dash, and millions after the high end, as a scale or a note. Without millions, or in a brief whose note puts bare
 * figures in millions (`bareInMillions`), the numbers could be anything and are left alone.
 */
const SPOKEN_HUNDREDS_RANGE = new RegExp(
  String.raw`\bbetween[^\S\n]+(?<low>${SPOKEN_HUNDREDS})[^\S\n]*(?:and|to|-|\u2013)[^\S\n]*(?<high>${SPOKEN_HUNDREDS})(?<millions>[^\S\n]*(?:${MILLION_WORDS})\b(?:[^\S\n]+dollars)?|[^\S\n]*,?[^\S\n]*in[^\S\n]+millions\b)?`,
  'g',
);

/**
 * Reads a range said in spoken hundreds into `targets` (its high end) and `floors` (its low end), claiming it.
 * `bareInMillions` says a note elsewhere in the brief puts bare figures in millions.
 */
export function readRangeInSpokenHundreds(text: BriefText, targets: FoundAmount[], floors: FoundAmount[], bareInMillions: boolean): void {
  for (const match of text.freeMatches(SPOKEN_HUNDREDS_RANGE)) {
    const groups = match.groups ?? {};
    if (groups['millions'] === undefined && !bareInMillions) continue;
    const low = spokenHundredsValue(groups['low'] ?? '') * 1e6;
    const high = spokenHundredsValue(groups['high'] ?? '') * 1e6;
    if (!(low > 0 && high > low)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    floors.push({ value: low, start, end });
    targets.push({ value: high, start, end });
    text.claim(start, end);
  }
}
