import { A_YEARS_EARNINGS } from './coverage-vocabulary.js';

/**
 * Net leverage as debt allowed up to a multiple of earnings, in the words of someone who accepts a level rather than
 * caps one: "we can live with debt up to 3.5x earnings", "we'd accept debt of up to 3 times annual EBITDA", "debt as
 * high as 3.25x earnings is fine". A regular expression source (lower case) that `read-covenants.ts` joins to net
 * leverage's names; the bound reader reads "up to" and the multiple after it. Debt in money ("debt up to $50M") is
 * no ratio, and earnings before rent belong to the lease-adjusted ratio.
 */

/** A year's earnings, never with rent added back: "earnings", "annual EBITDA", "a year's earnings", "our EBITDA". */
const EARNINGS = A_YEARS_EARNINGS;

/** "up to", "of up to", "as high as", "as much as": the words that allow the debt a level. */
const UP_TO = String.raw`(?:of\s+)?(?:up\s+to|as\s+(?:high|much)\s+as)`;

/** "debt up to 3.5x earnings": debt as the name, where what follows allows it a multiple of a year's earnings. */
export const DEBT_UP_TO_EARNINGS_MULTIPLE = String.raw`(?:(?:our|the|total|net)\s+)*debt(?=\s+${UP_TO}\s+\d+(?:\.\d+)?[-\s]*(?:x|\u00d7|times)\s+${EARNINGS})`;
