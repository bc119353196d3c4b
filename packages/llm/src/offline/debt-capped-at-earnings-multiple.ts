import { A_YEARS_EARNINGS } from './coverage-vocabulary.js';

/**
 * Net leverage as debt held at a multiple of a year's earnings, with the bound in a verb or after the multiple rather
 * than in a comparison before it: "debt should stay at 4 times yearly earnings or less", "debt capped at 3.2 times
 * yearly earnings", "keep our debt at no more than 3.5 times yearly earnings", "debt limited to 3 times annual EBITDA", "debt staying at no more than 3.3 times EBITDA".
 * A regular expression source (lower case) that `plain-ratio-names.ts` joins to net leverage's plain names. Debt
 * bounded in money ("debt capped at $50M") is no ratio, and earnings before rent belong to the lease-adjusted ratio.
 */

/**
 * A year's earnings, never with rent added back: "yearly earnings", "a year's EBITDA", "annual earnings", and "EBITDA"
 * alone, which is a year's by definition.
 */
const YEAR_EARNINGS = String.raw`(?=(?:(?:our|the|its)\s+)?(?:(?:a|one)\s+year|yearly|annual|annuali[sz]ed|trailing|full[-\s]year|ebitda(?![r-])))${A_YEARS_EARNINGS}`;
/** The bound in the verb: "capped at", "limited to", "stay at ... or less", "at no more than", "at most". */
const HELD_AT = String.raw`(?:(?:should|must|has\s+to|needs?\s+to|to|will|can)\s+)?(?:(?:stay|stays|staying|be|remain|remains|remaining|kept|held)\s+)?(?:(?:capped|limited|held|kept)\s+(?:at|to)(?:\s+(?:no\s+more\s+than|most))?|at(?:\s+(?:no\s+more\s+than|most))?)`;
/** The multiple: "4 times", "3.2x", "3.5 ×". */
const MULTIPLE = String.raw`\d+(?:\.\d+)?[-\s]*(?:x|\u00d7|times)`;

/**
 * "cap debt at 3.2x EBITDA", "keep our debt at 3 times yearly earnings": debt after a verb that holds it, where a bare
 * "at" is the limit; "caps borrowings at 3.5 times a year's EBITDA" says the same of what is borrowed.
 */
const HELD_DEBT = String.raw`(?<=\b(?:caps?|capping|keep|keeping|hold|holding|limits?|limiting)\s+)(?:(?:our|the|total|net)\s+)*(?:debt|borrowings)(?=\s+(?:at|to)\s+${MULTIPLE}\s+${YEAR_EARNINGS})`;

/**
 * Debt as the name, where what follows is its bound and a multiple of a year's earnings: a bare "at" needs "or less"
 * (or "or below", "max") after the earnings, as "at 4 times" alone may be a level today.
 */
export const DEBT_CAPPED_AT_EARNINGS_MULTIPLE = String.raw`(?:(?:our|the|total|net)\s+)*debt(?=\s+(?:${HELD_AT})\s*${MULTIPLE}\s+${YEAR_EARNINGS}(?:\s+(?:or\s+(?:less|lower|below|under)|max(?:imum)?|at\s+most))?)(?!\s+(?:(?:should|must|has\s+to|needs?\s+to|to|will|can)\s+)?(?:(?:stay|stays|staying|be|remain|remains|remaining|kept|held)\s+)?at\s+${MULTIPLE}\s+${YEAR_EARNINGS}(?!\s+(?:or\s+(?:less|lower|below|under)|max(?:imum)?|at\s+most)))|${HELD_DEBT}`;
