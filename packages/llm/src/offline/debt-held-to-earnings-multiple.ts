import { A_YEARS_EARNINGS } from './coverage-vocabulary.js';
import { WORD_MULTIPLE } from './written-numbers.js';

/**
 * Net leverage as debt held to a multiple of plain "earnings", in the forms `debt-capped-at-earnings-multiple.ts`
 * leaves (it needs a year's earnings or EBITDA after "at"): "hold debt at no more than 3.3 times earnings", "keep total
 * debt to 3.4 times earnings or less", "Debt ceiling: 3.7 times EBITDA". A regular expression source (lower case) that `read-covenants.ts` joins to net
 * leverage's names: it matches the word "debt" only, where what follows bounds it at a multiple of earnings, and the
 * bound reader reads the limit after it. Debt in money ("debt to $40M") is no ratio, and earnings before rent belong
 * to the lease-adjusted ratio.
 */

/** The multiple, in figures or words: "3.3 times", "3.7x", "three and a half times". */
const MULTIPLE = String.raw`(?:\d+(?:\.\d+)?|${WORD_MULTIPLE})[-\s]*(?:x|\u00d7|times)`;

/** Earnings of a year, never with rent added back: "earnings", "a year's earnings", "annual EBITDA", "EBITDA". */
const EARNINGS = A_YEARS_EARNINGS;

/** The debt as the subject: "debt", "our debt", "total debt", "net debt". */
const DEBT = String.raw`(?:(?:our|the|total|net)\s+)*debt`;

/** Net leverage's name as the debt held to a multiple of earnings (see the file's head), one source per form. */
export const DEBT_HELD_TO_EARNINGS_MULTIPLE = [
  // "hold debt at no more than 3.3 times earnings", "keep total debt to 3.4 times earnings or less": the debt after a verb
  // that holds it; "to" or a bare "at" needs "or less" after the earnings, as "keep debt at 3 times earnings" may be a
  // level kept today.
  String.raw`(?<=\b(?:keep|keeping|hold|holding|cap|capping|limit|limiting)\s+)${DEBT}(?=\s+(?:at|to)\s+(?:(?:no\s+more\s+than|most)\s+${MULTIPLE}\s+${EARNINGS}|${MULTIPLE}\s+${EARNINGS}\s+or\s+(?:less|lower|below|under)))`,
  // "Debt ceiling: 3.7 times EBITDA", "debt cap 3.5x earnings": the debt with a limit's noun and the multiple.
  String.raw`${DEBT}(?=[^\S\n]+(?:ceiling|cap|limit|max(?:imum)?)[^\S\n]*[:=]?[^\S\n]*${MULTIPLE}\s+${EARNINGS})`,
].join('|');
