import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import {
  CHARGES_DETERMINER,
  DUTY,
  DUTY_NOT_A_FORECAST,
  EARNINGS,
  EARNINGS_BEFORE_RENT,
  EARNINGS_DETERMINER,
  FLOOR_BEFORE,
  INTEREST_AND_RENT as TWO_CHARGES,
  PAY,
} from './coverage-vocabulary.js';

/**
 * Fixed-charge coverage said as the charges being covered by earnings before rent, in the words of people who do not
 * name the ratio: "keep interest plus rent covered by earnings before rent at least 1.95 times" (a name the bound
 * reader follows), and a floor of twice said as "twice over" ("earnings before rent need to cover interest plus rent
 * at least twice over", "keep interest plus rent covered at least twice over by earnings before rent"), which the
 * bound reader has no number for.
 */

/**
 * Interest and rent, in a bracket or not: "interest plus rent", "(interest + rent)", "rent and interest", "interest plus
 * all rent". The fixed charges by their name are left to the other coverage readers.
 */
const INTEREST_AND_RENT = String.raw`\(?\s*${TWO_CHARGES}\s*\)?`;

/**
 * The charges said covered by earnings before rent, the limit after ("interest plus rent covered by earnings before
 * rent at least 1.95 times", "rent and interest to be covered by EBITDAR no less than 1.8x"). Earnings that only
 * cover something once named ("covered by earnings last year") carry no level, so nothing is read without one.
 */
export const CHARGES_COVERED_BY_EARNINGS = String.raw`${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+${DUTY}?(?:(?:is|are|be|stays?|kept|remains?|to\s+be)\s+)?covered\s+by\s+${EARNINGS_BEFORE_RENT}`;

/** A floor's words before the level. */
const FLOOR = FLOOR_BEFORE;
/**
 * A wish, a need or a hold that makes the coverage asked for, not measured: "need to", "must", "keep". Never a bare
 * "will", which may tell what will happen.
 */
const ASKED = String.raw`(?:${DUTY_NOT_A_FORECAST}|(?:keep|keeping|to)\s+)`;
/** Covering in the present, never "covered" (a level measured): "cover", "still covering", "pays". */
const COVERING = String.raw`(?:still\s+)?(?:cover|covers|covering|pay|pays|paying|meet|meets|meeting)`;
/**
 * Twice over, asked for: earnings before rent that must cover the charges ("earnings before rent need to cover interest
 * plus rent at least twice over") and the charges kept covered ("keep interest plus rent covered at least twice over by
 * earnings before rent"). A floor's words or a verb of asking is needed: "covered interest and rent twice over last
 * year" is a level measured, not a limit.
 */
const TWICE_OVER = [
  String.raw`\b${EARNINGS_BEFORE_RENT}\s+${ASKED}${PAY}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+${FLOOR}(?:twice|two\s+times)\s+over\b`,
  String.raw`\b${ASKED}${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+covered\s+${FLOOR}?(?:twice|two\s+times)(?:\s+over)?\s+by\s+${EARNINGS_BEFORE_RENT}`,
  // Plain "earnings" covering the charges: "earnings must cover interest plus rent at least twice", "earnings need to
  // cover interest plus rent twice over". Bare "twice" needs its floor, as "twice" alone may be a level today.
  String.raw`\b${EARNINGS_DETERMINER}earnings\s+${ASKED}${PAY}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:${FLOOR}(?:twice|two\s+times)(?:\s+over)?|(?:twice|two\s+times)\s+over)\b`,
  // Asked for, a bare "twice" or "two times" ending its clause is the floor too: "earnings have to cover interest and
  // rent two times"; "twice, once for ... and once for ..." counts occasions, not a floor.
  String.raw`\b${EARNINGS}\s+${ASKED}${PAY}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:twice|two\s+times)(?=\s*(?:[.;!?)]|$)|,?\s+and\b|,\s+(?:per|as|says)\b)`,
  // With a floor's words no ask is needed, as a floor is never a level measured: "earnings cover interest and rent at
  // least twice", "earnings still covering interest plus rent at least twice over".
  String.raw`\b${EARNINGS}\s+${COVERING}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+${FLOOR}(?:twice|two\s+times)(?:\s+over)?\b`,
  // The ask before the subject, making sure the earnings cover the charges: "make sure earnings still cover rent and
  // interest twice over", "ensure that our EBITDAR covers interest plus rent at least twice". "Over" or a floor's words
  // are needed, as "make sure earnings cover rent and interest twice" may count occasions.
  String.raw`\b(?:make|makes|making)\s+sure\s+(?:that\s+)?${EARNINGS}\s+(?:(?:can|will|would)\s+)?${COVERING}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:${FLOOR}(?:twice|two\s+times)(?:\s+over)?|(?:twice|two\s+times)\s+over)\b`,
  String.raw`\b(?:ensure|ensures|ensuring)\s+(?:that\s+)?${EARNINGS}\s+(?:(?:can|will|would)\s+)?${COVERING}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:${FLOOR}(?:twice|two\s+times)(?:\s+over)?|(?:twice|two\s+times)\s+over)\b`,
  // The charges as the subject, covered at least twice with no earnings named: "interest plus rent is covered at least
  // twice".
  String.raw`\b${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:is|are|be|gets?|get|stays?|remains?)\s+covered\s+${FLOOR}(?:twice|two\s+times)(?:\s+over)?\b`,
].map((source) => new RegExp(source, 'g'));

/**
 * Reads a floor of two on fixed-charge coverage from each free match of `patterns`, claiming what it reads: the one
 * loop of the readers of "twice" said without a figure. Only a brief that says "twice" or "two times" is scanned.
 */
export function readTwiceFloors(text: BriefText, patterns: readonly RegExp[]): FoundBound[] {
  if (!/\b(?:twice|two\s+times)\b/.test(text.lower)) return [];
  const found: FoundBound[] = [];
  for (const pattern of patterns) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      found.push({ value: 2, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found;
}

/** Reads a floor of twice on fixed-charge coverage said as the charges covered "twice over", claiming what it reads. */
export function readChargesCoveredTwiceOver(text: BriefText): FoundBound[] {
  return readTwiceFloors(text, TWICE_OVER);
}

/**
 * Earnings asked to cover or pay the charges a number of times: "earnings have to cover rent and interest by 1.9x",
 * "earnings need to pay rent and interest 1.75 times over". The ask ("have to", "need to") makes it a floor, not the
 * coverage measured today.
 */
const TIMES_OVER = new RegExp(
  String.raw`\b${EARNINGS}\s+${ASKED}${PAY}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:by\s+${FLOOR}?(\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)(?:\s+over)?|${FLOOR}?(\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)\s+over)(?![\d.]*\d)`,
  'g',
);
/**
 * A floor's words before the number say a limit with no ask: "earnings cover interest and rent at least 1.9 times",
 * "interest plus rent is covered at least 1.8 times", "earnings must pay rent and interest at least 1.9 times".
 */
const TIMES_AT_LEAST = new RegExp(
  String.raw`\b(?:${EARNINGS}\s+(?:${ASKED})?${COVERING}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}|${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s+(?:is|are|be|gets?|stays?|remains?)\s+covered)\s+(?:by\s+)?${FLOOR}(\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)(?:\s+over)?(?![\d.]*\d)`,
  'g',
);

/** Reads a floor on fixed-charge coverage said as earnings covering the charges a number of times, claiming it. */
export function readChargesCoveredTimesOver(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  for (const pattern of [TIMES_OVER, TIMES_AT_LEAST]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      found.push({ value: Number(match[1] ?? match[2]), start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found;
}
