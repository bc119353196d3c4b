import type { BriefText } from './brief-text.js';
import { ENCUMBERED_SUBJECT } from './mortgage-exclusions.js';

/*
 * Mortgaged buildings left out in the case the writer asks to see, the verb in the past as a "what if" puts it: "what
 * could the portfolio raise if we kept FCCR at 1.75x and left out anything mortgaged?", "show me the number if we
 * dropped the encumbered sites". The present ("if we leave out ...") is read by the general mortgage reader. A past
 * that is history ("if we had left out the mortgaged sites last year") is no case asked for.
 */

/** The verb in the past that takes the class out: "left out", "excluded", "dropped", "skipped", "took out". */
const LEFT_OUT_PAST = String.raw`(?:left\s+out|excluded|dropped|skipped|omitted|took\s+out|set\s+aside|ruled\s+out|carved\s+out)`;

/**
 * "if we left out anything mortgaged", "if we kept FCCR at 1.75x and left out anything mortgaged", "if we limited it
 * to Atlanta and Columbus, left out anything with a loan on it, and ...": "if we", any words of the same sentence up
 * to "and" or a comma of the series (a covenant among them may be read already), then the verb and the class, which
 * alone are claimed.
 */
const WHAT_IF_LEFT_OUT = new RegExp(
  String.raw`(?<=\bif\s+(?:we|you|i)\s+(?!had\b|['\u2019]d\b)(?:(?:[^.;!?\n]|\.(?=\d)){0,80}?(?:,|\s+and)\s+)?)${LEFT_OUT_PAST}\s+${ENCUMBERED_SUBJECT}(?![a-z])`,
  'g',
);

/** Reads whether the case the writer asks about leaves mortgaged buildings out, claiming the words it read. */
export function readMortgagedLeftOutInAWhatIf(text: BriefText): boolean {
  return text.claimFreeMatches(WHAT_IF_LEFT_OUT);
}
