import type { BriefText } from './brief-text.js';
import { CHARGES, EARNINGS, FLOOR_BEFORE, MULTIPLE, multipleValue, PAY } from './coverage-vocabulary.js';
import type { FoundBound } from './read-bounds.js';

/**
 * Fixed-charge coverage said by people who do not name the ratio, in two more shapes: the company paying the charges
 * "out of" its earnings a number of times ("I'd want the company to be able to pay interest and rent out of earnings
 * at least 1.7 times after this", "we must pay our rent and interest from EBITDA no less than twice over"), and the
 * earnings that "could" or "would" pay them in a wish ("I'd be more comfortable if earnings could pay our interest and
 * rent at least twice over"). `earnings-paying-fixed-charges.ts` reads the earnings that must or should pay them.
 *
 * A floor's words are required before the level: "we paid interest and rent out of earnings 2.4 times last year" and
 * "earnings could pay our interest and rent 3 times over today" tell a level measured, not a limit.
 */

/** A floor's words before the level: "at least", "no less than", "not less than", "a minimum of". */
const FLOOR = FLOOR_BEFORE;

/** The level: "1.7 times", "2x", "twice", "two times", "two and a half times", "over" after it or not. */
const LEVEL = MULTIPLE;

const PATTERNS: readonly RegExp[] = [
  // "able to pay interest and rent out of earnings at least 1.7 times": the charges paid out of (or from, or with) the
  // earnings. The subject is the company, so the earnings come after the charges.
  String.raw`\b${PAY}\s+${CHARGES}\s+(?:out\s+of|from|with)\s+${EARNINGS}\s+${FLOOR}${LEVEL}`,
  // "if earnings could pay our interest and rent at least twice over": the earnings in a wish ("could", "would").
  String.raw`\b${EARNINGS}\s+(?:could|would|might)\s+(?:still\s+)?(?:be\s+able\s+to\s+)?${PAY}\s+${CHARGES}\s+${FLOOR}${LEVEL}`,
].map((source) => new RegExp(source, 'g'));

/** Reads the floors on fixed-charge coverage said as charges paid out of earnings, or earnings that could pay them. */
export function readChargesPaidOutOfEarnings(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  // Cheap test: both shapes name interest (or fixed charges) and a floor.
  if (!/\binterest\b|fixed[-\s]charge/.test(text.lower) || !/\bleast\b|\b(?:less|lower|fewer)\s+than|\bmin/.test(text.lower)) return found;
  for (const pattern of PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      const value = multipleValue(match.groups ?? {});
      if (!(value > 0 && value < 10)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found;
}
