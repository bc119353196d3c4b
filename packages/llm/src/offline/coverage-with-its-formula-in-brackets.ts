import { FORMULA, NAME } from './coverage-said-as-its-formula.js';

/**
 * Fixed-charge coverage named and then explained by its formula in brackets, the charges perhaps bracketed again inside
 * ("the coverage ratio (EBITDAR / (interest + rent)) at no less than 2.0x", "FCCR (EBITDAR over fixed charges) of at
 * least 1.8x"): the bracket is part of the name, so the bound after it is the coverage's. A regular expression source
 * (lower case) that `read-covenants.ts` puts first among fixed-charge coverage's names, so that the bracket's closing
 * part is not left for another reader.
 */
export const COVERAGE_WITH_ITS_FORMULA_IN_BRACKETS = String.raw`${NAME}[^\S\n]*\([^\S\n]*${FORMULA}[^\S\n]*\)`;
