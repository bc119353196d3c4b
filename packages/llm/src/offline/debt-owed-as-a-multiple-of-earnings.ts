import type { BriefText } from './brief-text.js';
import { claimedLeverageLevels } from './claimed-leverage-levels.js';
import type { FoundBound } from './read-bounds.js';
import { A_YEARS_EARNINGS, WHAT_IS_EARNED, WHAT_IS_EARNED_IN_A_YEAR } from './coverage-vocabulary.js';

/**
 * Net leverage said by one who does not use its name, debt as the verb "owe" and earnings as what the company earns in
 * a year: "we shouldn't owe more than 3.4 times what we earn in a year (EBITDA), net of cash", "the company must owe no
 * more than 3x a year's earnings". What is owed against earnings before rent ("... times EBITDAR") is the lease-adjusted
 * ratio, and a multiple owed today ("we owe 3.1 times EBITDA") has no limit's words: neither is read.
 */

/** Who owes, and the refusal or the limit before the multiple: "we shouldn't owe more than", "we should owe no more than". */
const OWING_LIMIT = String.raw`\b(?:we|the\s+(?:company|group|business))\s+(?:(?:should|must|shall|can|may|will|do|does)(?:n(?:'|\u2019)t|\s+not|\s+never)|cannot|won(?:'|\u2019)t|are\s+not\s+to)\s+(?:want\s+to\s+)?owe\s+(?:any\s+)?(?:more\s+than|over|above|beyond|in\s+excess\s+of)|\b(?:we|the\s+(?:company|group|business))\s+(?:should|must|shall|can|may|will)\s+owe\s+(?:no\s+more\s+than|at\s+most|not\s+more\s+than)`;

/** A year's earnings, never before rent: "what we earn in a year", "a year's EBITDA", "our annual earnings". */
const YEAR_EARNINGS = `(?:${WHAT_IS_EARNED_IN_A_YEAR}|${WHAT_IS_EARNED}|${A_YEARS_EARNINGS})`;

const DEBT_OWED_AS_A_MULTIPLE = new RegExp(
  String.raw`(?:${OWING_LIMIT})\s+(?<value>\d{1,2}(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)\s+${YEAR_EARNINGS}(?![^\S\n]*\([^\S\n]*ebitdar)`,
  'g',
);

/** The net leverage limits said as what the company may owe against a year's earnings, in text order. Claims them. */
export function readDebtOwedAsAMultipleOfEarnings(text: BriefText): FoundBound[] {
  if (!text.lower.includes('owe')) return [];
  return claimedLeverageLevels(text, DEBT_OWED_AS_A_MULTIPLE);
}
