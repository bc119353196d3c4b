import type { BriefText } from './brief-text.js';
import { fixedChargesCoveredOrNotFallenUnder } from './fixed-charges-covered-or-not-fallen-under.js';
import type { FoundBound } from './read-bounds.js';
import {
  CHARGES_DETERMINER,
  CHARGES_NOUN,
  DUTY,
  EARNINGS,
  FIXED_CHARGES,
  FLOOR_BEFORE,
  INTEREST_AND_RENT,
  MULTIPLE,
  multipleValue,
  PAY,
} from './coverage-vocabulary.js';

/**
 * Fixed-charge coverage said as earnings that must still pay the charges a number of times, in the words of people
 * who do not name the ratio: "our earnings must still cover our interest and rent bills at least twice over",
 * "earnings should still pay for interest and rent 1.9 times over", "we need our earnings to cover fixed charges -
 * interest and rent - at least 1.6 times", "earnings must pay for interest and rent at least 2 times over", and the
 * earnings held at a multiple of what is paid ("keeping our earnings at 1.65 times or more of what we pay in interest
 * and rent"). `charges-covered-by-earnings.ts` reads the plainer forms; these add "still", "pay for", the charges'
 * "bills" and a dashed aside that says what the fixed charges are.
 */

/**
 * The two charges with what they are paid as ("our interest and rent bills", "interest plus all of our rent"), and the
 * fixed charges with a dashed or bracketed aside that says what they are ("fixed charges - interest and rent -").
 */
const CHARGES = String.raw`(?:${CHARGES_DETERMINER}(?:${INTEREST_AND_RENT}|${FIXED_CHARGES}(?:[^\S\n]*(?:[-\u2013\u2014]{1,2}|\()[^\S\n]*(?:interest|rent)[^\n\u2013\u2014()]{0,30}?[^\S\n]*(?:[-\u2013\u2014]{1,2}|\)))?)${CHARGES_NOUN})`;

/**
 * The ask between the earnings and the verb, which makes the level a limit and not a level measured: "must still",
 * "should still", "need to", "to" (after "we need our earnings"), "have to keep", "be able to".
 */
const ASKED = String.raw`(?:(?:${DUTY}|to\s+(?:still\s+)?)(?:be\s+able\s+to\s+)?)`;

/** A floor's words before the level: "at least", "no less than", "a minimum of". */
const FLOOR = FLOOR_BEFORE;

/** The level: a number of times ("1.9 times over", "2x"), "twice" and "two times", or in words ("two and a half times"). */
const LEVEL = MULTIPLE;

/**
 * The earnings asked to pay the charges, the level after them with a floor's words or "over": "earnings must still
 * cover our interest and rent bills at least twice over", "earnings should still pay for interest and rent 1.9 times
 * over". A bare level with neither is left alone, for "pay rent twice" may count payments.
 */
const EARNINGS_PAY_CHARGES = String.raw`\b${EARNINGS}\s+${ASKED}${PAY}\s+${CHARGES}\s+(?:${FLOOR}|(?=[\d.]+[^\S\n]*(?:x|\u00d7|times)\s+over|(?:twice|two\s+times)\s+over))${LEVEL}`;

/**
 * The earnings held at a multiple of what is paid, the bound's words after the multiple: "keeping our earnings at 1.65
 * times or more of what we pay in interest and rent", "earnings at least 1.8x what we pay in rent and interest".
 */
const EARNINGS_AT_MULTIPLE = String.raw`\b(?:keep|keeping|keeps|hold|holding)\s+${EARNINGS}\s+(?:at\s+)?(?:${FLOOR})?${LEVEL}(?:\s+or\s+(?:more|higher|above|better))?\s+(?:of\s+)?what\s+we\s+pay\s+(?:in|for|on)\s+${CHARGES}`;

/**
 * The earnings said paying the charges as the deal should leave them, in the past tense of a wish or with "still" and
 * no ask: "I'd be more comfortable if earnings before rent covered our interest and rent bills at least two and a half
 * times", "earnings before rent still paying interest and rent 1.85 times over". The floor's words or "over" after
 * the charges are what make the level a limit; in the past tense only a floor's words do, for "earnings covered
 * interest and rent 2.3 times over last year" is a level measured.
 */
const EARNINGS_PAYING_CHARGES = String.raw`\b${EARNINGS}\s+(?:(?:covered|paid(?:\s+for)?|met)\s+${CHARGES}\s+${FLOOR}|(?:still\s+)?(?:covering|paying(?:\s+for)?|meeting)\s+${CHARGES}\s+(?:${FLOOR}|(?=(?:[\d.]+[^\S\n]*(?:x|\u00d7|times)|(?:twice|two\s+times))\s+over)))${LEVEL}`;

/**
 * The ratio asked as a question and its floor given to "it": "how many times over our earnings before rent pay our
 * interest and rent combined - it must not fall below 1.8". The question names the ratio, so the level may be bare.
 */
const TIMES_OVER_QUESTION = String.raw`\bhow\s+many\s+times(?:\s+over)?\s+${EARNINGS}\s+(?:can\s+|could\s+|would\s+)?${PAY}s?\s+${CHARGES}(?:\s+(?:combined|together))?\s*[-\u2013\u2014,;:]?\s*(?:and\s+)?(?:it|that)\s+(?:must|should|can(?:'|\u2019|no)?t|cannot|mustn(?:'|\u2019)t|shouldn(?:'|\u2019)t|may)\s+(?:not\s+)?(?:fall|drop|go|slip|dip)\s+(?:below|under)\s+(?<value>\d+(?:\.\d+)?)(?:[^\S\n]*(?:x|\u00d7|times))?(?![\d%])`;

const PATTERNS = [
  EARNINGS_PAY_CHARGES,
  EARNINGS_AT_MULTIPLE,
  EARNINGS_PAYING_CHARGES,
  TIMES_OVER_QUESTION,
  ...fixedChargesCoveredOrNotFallenUnder({ earnings: EARNINGS, asked: ASKED, charges: CHARGES, floor: FLOOR, level: LEVEL }),
].map((source) => new RegExp(source, 'g'));

/** Reads the floors on fixed-charge coverage said as earnings paying the charges, claiming what it reads. */
export function readEarningsPayingFixedCharges(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  if (!/\binterest\b|fixed[-\s]charge/.test(text.lower)) return found;
  for (const pattern of PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      // Held at a multiple, the earnings need a floor's words or "or more": "earnings at 1.65 times what we pay" is a level.
      // A fall refused ("fall under 2.1 times") and a decimal level after "cover" are floors too.
      if (
        !/\b(?:least|(?:less|lower|fewer)\s+than|min(?:imum)?|or\s+(?:more|higher|above|better)|over|under|below|beneath)\b|\bcover\s[^\n]*\d\.\d/.test(
          match[0],
        )
      )
        continue;
      const value = multipleValue(match.groups ?? {});
      if (!(value > 0 && value < 10)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found;
}
