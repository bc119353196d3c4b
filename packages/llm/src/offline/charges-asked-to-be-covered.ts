import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { CHARGES, DUTY_NOT_A_FORECAST, EARNINGS, FLOOR_AFTER, FLOOR_BEFORE, MULTIPLE, multipleValue, PAY } from './coverage-vocabulary.js';

/**
 * Fixed-charge coverage asked for by someone who tells what the ratio does rather than naming it, in two shapes:
 *
 * - the charges, or their bills, covered a number of times: "our interest and rent bills should be covered 2.1 times by
 *   earnings afterward", "fixed charges covered twice over, minimum", "rent and interest payments must be covered by
 *   profits 1.8 times or more";
 * - earnings said to be enough to pay them a number of times: "our earnings should be enough to pay all our interest
 *   and rent twice over, at minimum", "operating profit has to be able to cover the rent and interest costs 1.9 times".
 *
 * The level is a floor only when it is asked for: a duty before the verb ("should", "must", "needs to") or a floor's
 * words on either side of the multiple, which may stand after a comma ("twice over, minimum"). Charges covered a number
 * of times last year, with neither, are a level seen. Interest alone is interest coverage, another ratio, so the
 * charges must name rent or the fixed charges; and "twice" with no "over" and no floor may count occasions, not a level.
 */

/** A duty or a wish before the verb, never a bare "will" (a forecast): "should", "must", "needs to", "has to". */
const ASKED = DUTY_NOT_A_FORECAST;

/**
 * "our interest and rent bills should be covered 2.1 times by earnings", "fixed charges covered twice over, minimum":
 * the charges as the subject, covered by earnings named before or after the multiple, or by none.
 */
const CHARGES_COVERED = String.raw`(?<![a-z-])${CHARGES}\s+(?<duty>${ASKED})?(?:(?:be|are|is|get|gets|stay|stays|remain|remains)\s+)?covered\s+(?:by\s+${EARNINGS}\s+)?(?<before>${FLOOR_BEFORE})?${MULTIPLE}(?:\s+by\s+${EARNINGS})?(?<after>,?\s+${FLOOR_AFTER})?`;

/**
 * "our earnings should be enough to pay all our interest and rent twice over, at minimum", "profit has to be able to
 * cover the rent and interest costs 1.9 times": earnings, asked, enough or able to pay the charges.
 */
const EARNINGS_ENOUGH_TO_PAY = String.raw`(?<![a-z-])${EARNINGS}\s+(?<duty>${ASKED})(?:be\s+(?:(?:enough|sufficient|able)\s+to|large\s+enough\s+to|big\s+enough\s+to)\s+)?${PAY}\s+(?:off\s+)?${CHARGES}\s+(?<before>${FLOOR_BEFORE})?${MULTIPLE}(?<after>,?\s+${FLOOR_AFTER})?`;

/** The two shapes, compiled once. */
const SHAPES = [CHARGES_COVERED, EARNINGS_ENOUGH_TO_PAY].map((source) => new RegExp(source, 'g'));

/**
 * The fixed-charge coverage floors asked for as the charges covered, or earnings enough to pay them, a number of times
 * (see the file's head), in text order. A multiple another reader took is theirs, and one under 0.5 or from 10 up is
 * no coverage level. Claims what it reads.
 */
export function readChargesAskedToBeCovered(text: BriefText): FoundBound[] {
  if (!text.lower.includes('rent') && !text.lower.includes('fixed')) return [];
  const found: FoundBound[] = [];
  for (const pattern of SHAPES) {
    for (const match of text.freeMatches(pattern)) {
      const groups = match.groups ?? {};
      const end = match.index + match[0].length;
      const floored = groups['before'] !== undefined || groups['after'] !== undefined;
      // Asked for by a duty or a floor; "twice" alone, with neither "over" nor a floor, may count occasions.
      if (!floored && groups['duty'] === undefined) continue;
      if (!floored && groups['twice'] !== undefined && groups['over'] === undefined) continue;
      const value = multipleValue(groups);
      if (!text.isFree(match.index, end) || !(value >= 0.5 && value < 10)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
