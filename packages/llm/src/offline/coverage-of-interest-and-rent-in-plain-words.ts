import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import {
  CHARGES_DETERMINER,
  DUTY,
  EARNINGS,
  FIXED_CHARGES,
  FLOOR_AFTER,
  FLOOR_BEFORE,
  INTEREST_AND_RENT,
  MULTIPLE,
  multipleValue,
} from './coverage-vocabulary.js';

/** The two charges, in either order, or their name, with no determiner: "interest plus rent", "fixed charges". */
const CHARGES = `(?:${INTEREST_AND_RENT}|${FIXED_CHARGES})`;

/**
 * Fixed-charge coverage said by one who describes it rather than names it, in four shapes the named readers leave:
 *
 * - earnings said to cover the charges, with the floor after the multiple: "earnings have to cover our fixed charges,
 *   interest plus rent, 2.5 times at minimum", "EBITDAR must cover rent and interest two times or more";
 * - earnings held at a multiple of what the company pays in the charges: "earnings before rent should still be at
 *   least 1.6 times what we pay in interest and rent combined";
 * - "coverage" with what it measures in a dashed aside before its floor: "Coverage - what we earn before rent, against
 *   what we pay in interest and rent - must stay at 2.0x or more";
 * - the charges said to be covered: "fixed charges covered at least twice".
 *
 * Earnings over interest alone is interest coverage, another ratio, so the charges must name rent or the fixed charges;
 * and a level with no floor's words ("earnings covered interest and rent 2.5 times last year") is a level seen, never
 * the floor to run with.
 */

/**
 * The multiple with its floor on either side: "at least 1.8 times", "2.5 times at minimum", "2.0x or more". The floor
 * is captured on the side it stands (`before`, `after`), and a multiple with neither is no floor (see the reader).
 */
const FLOOR_AROUND_MULTIPLE = String.raw`(?<before>${FLOOR_BEFORE})?${MULTIPLE}(?<after>\s+${FLOOR_AFTER})?`;

/**
 * "earnings have to cover our fixed charges, interest plus rent, 2.5 times at minimum", "EBITDAR must cover interest
 * plus rent at least 1.8 times": the charges may be explained between commas, and the floor stands on either side of
 * the multiple.
 */
const EARNINGS_COVER_CHARGES = String.raw`${EARNINGS}\s+${DUTY}cover\s+${CHARGES_DETERMINER}${CHARGES}(?:\s*(?:,|\(|[-\u2013\u2014])\s*(?:i\.e\.\s*|that\s+is\s*,?\s*)?${CHARGES_DETERMINER}${CHARGES}\s*(?:,|\)|[-\u2013\u2014]))?[^\S\n]*${FLOOR_AROUND_MULTIPLE}`;

/**
 * "earnings before rent should still be at least 1.6 times what we pay in interest and rent combined": earnings held at
 * a multiple of what is paid in the charges. In a list the verb may go ("earnings at least 1.6 times what we pay in
 * interest and rent"), and the charges may stand alone ("EBITDA plus rent has to be at least 1.4 times interest plus
 * rent"); the floor's words before the multiple stay required.
 */
const EARNINGS_AT_A_MULTIPLE_OF_WHAT_IS_PAID = String.raw`${EARNINGS}\s+(?:${DUTY}(?:be|stay|remain|come\s+to)\s+)?(?<before>${FLOOR_BEFORE})${MULTIPLE}\s+(?:(?:what|the\s+amount)\s+(?:we|it|the\s+(?:company|business|group))\s+(?:pays?|spends?)\s+(?:in|on|for)\s+)?${CHARGES_DETERMINER}${CHARGES}`;

/**
 * "Coverage - what we earn before rent, against what we pay in interest and rent - must stay at 2.0x or more":
 * coverage with an aside between dashes or brackets that speaks of rent, then its floor.
 */
const COVERAGE_WITH_AN_ASIDE = String.raw`(?<![a-z-])(?:coverage|cover)(?:\s+ratio)?\s*(?:[-\u2013\u2014]{1,2}\s+(?=[^\n\u2013\u2014]{0,120}?\brent)[^\n\u2013\u2014]{1,120}?\s+[-\u2013\u2014]{1,2}|\((?=[^()\n]{0,120}?\brent)[^()\n]{1,120}\))\s*${DUTY}?(?:(?:stay|remain|be|sit)\s+)?(?:at\s+)?${FLOOR_AROUND_MULTIPLE}`;

/**
 * "fixed charges covered at least twice", "interest and rent to be covered by earnings at least 1.8 times": the
 * charges said to be covered, the floor's words on either side of the multiple.
 */
const CHARGES_COVERED = String.raw`(?<![a-z-])${CHARGES}\s+(?:${DUTY}|to\s+)?(?:(?:be|are|is|being)\s+)?covered\s+(?:by\s+${EARNINGS}\s+)?${FLOOR_AROUND_MULTIPLE}`;

/** The four shapes, each with its multiple in a `value`, `words` or `twice` group. */
const SHAPES = [EARNINGS_COVER_CHARGES, EARNINGS_AT_A_MULTIPLE_OF_WHAT_IS_PAID, COVERAGE_WITH_AN_ASIDE, CHARGES_COVERED].map(
  (source) => new RegExp(source, 'g'),
);

/**
 * The fixed-charge coverage floors a brief describes in plain words (see the file's head), in text order. A floor
 * another reader took already is theirs, and a multiple under 0.5 or from 10 up is no coverage level. Claims what it
 * reads.
 */
export function readCoverageOfInterestAndRentInPlainWords(text: BriefText): FoundBound[] {
  if (!text.lower.includes('rent') && !text.lower.includes('fixed')) return [];
  const found: FoundBound[] = [];
  for (const pattern of SHAPES) {
    for (const match of text.lower.matchAll(pattern)) {
      const value = multipleValue(match.groups ?? {});
      const end = match.index + match[0].length;
      // "earnings covered interest and rent 2.5 times": a multiple with no floor's words is a level seen, not a floor.
      if (match.groups?.['before'] === undefined && match.groups?.['after'] === undefined) continue;
      if (!text.isFree(match.index, end) || !(value >= 0.5 && value < 10)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
