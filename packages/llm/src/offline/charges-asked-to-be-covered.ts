import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

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

/**
 * The charges, with what they are billed as: "interest and rent", "all our rent and interest", "the interest and rent
 * bills", "fixed charges", "rent-plus-interest payments".
 */
const CHARGES = String.raw`(?:all\s+(?:of\s+)?)?(?:our\s+|the\s+|its\s+)?(?:interest[-\s]*(?:plus|and|\+|&)[-\s]*(?:(?:all|the|our)\s+)?rents?|rents?[-\s]*(?:plus|and|\+|&)[-\s]*(?:(?:the|our)\s+)?interest|fixed[-\s]charges?)(?:\s+(?:bills?|costs?|payments?|obligations?|outgoings))?`;

/** What covers the charges: "earnings", "earnings before rent", "EBITDA(R)", "operating profit", "cash flow". */
const EARNINGS = String.raw`(?:our\s+|the\s+|its\s+)?(?:earnings(?:[-\s]+before[-\s]+rents?)?|ebitdar?|(?:operating\s+)?profits?|income|cash\s+flows?)`;

/** A duty or a wish before the verb, which makes the level asked for: "should", "must", "needs to", "has to". */
const DUTY = String.raw`(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|ought\s+to|will\s+need\s+to)\s+(?:still\s+|always\s+|comfortably\s+)?`;

/** The multiple, in figures or words, with "over" after it: "2.1 times", "1.8x", "two times over", "twice over". */
const MULTIPLE = String.raw`(?:(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)|(?<words>${WORD_MULTIPLE})[^\S\n]+times|(?<twice>twice|two\s+times))(?![a-z])(?<over>\s+over)?`;

/** A floor before the multiple: "at least", "no less than", "a minimum of". */
const FLOOR_BEFORE = String.raw`(?:at\s+least|no\s+(?:less|lower|fewer)\s+than|not\s+(?:less|lower|fewer)\s+than|a\s+minimum\s+of|minimum)\s+`;

/** A floor after the multiple, after a comma or not: "at minimum", ", minimum", "or more", "or better", "at least". */
const FLOOR_AFTER = String.raw`,?\s+(?:at\s+(?:a\s+|the\s+)?minimum|at\s+(?:the\s+)?least|or\s+(?:more|better|higher|above)|minimum|min)(?![a-z])`;

/**
 * "our interest and rent bills should be covered 2.1 times by earnings", "fixed charges covered twice over, minimum":
 * the charges as the subject, covered by earnings named before or after the multiple, or by none.
 */
const CHARGES_COVERED = String.raw`(?<![a-z-])${CHARGES}\s+(?<duty>${DUTY})?(?:(?:be|are|is|get|gets|stay|stays|remain|remains)\s+)?covered\s+(?:by\s+${EARNINGS}\s+)?(?<before>${FLOOR_BEFORE})?${MULTIPLE}(?:\s+by\s+${EARNINGS})?(?<after>${FLOOR_AFTER})?`;

/**
 * "our earnings should be enough to pay all our interest and rent twice over, at minimum", "profit has to be able to
 * cover the rent and interest costs 1.9 times": earnings, asked, enough or able to pay the charges.
 */
const EARNINGS_ENOUGH_TO_PAY = String.raw`(?<![a-z-])${EARNINGS}\s+(?<duty>${DUTY})(?:be\s+(?:(?:enough|sufficient|able)\s+to|large\s+enough\s+to|big\s+enough\s+to)\s+)?(?:cover|pay|meet)\s+(?:off\s+)?${CHARGES}\s+(?<before>${FLOOR_BEFORE})?${MULTIPLE}(?<after>${FLOOR_AFTER})?`;

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
      const words = groups['words'];
      const value = groups['twice'] !== undefined ? 2 : words !== undefined ? numberValue(words) : Number(groups['value']);
      if (!text.isFree(match.index, end) || !(value >= 0.5 && value < 10)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
