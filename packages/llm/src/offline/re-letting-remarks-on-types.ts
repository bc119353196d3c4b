import type { BriefText } from './brief-text.js';
import { TYPE } from './type-words-in-remarks.js';

/*
 * What the writer thinks of how a type re-lets, a reason for a leaseability floor and not a filter: "Generic boxes
 * re-let easily; specialist plants don't", "labs are hard to re-let", "offices lease up slowly". The floor itself is
 * read by the score readers; the type words here ask for nothing.
 */

/** Re-letting, as a verb or after "to": "re-let", "relet", "re-lease", "lease up", "find a new tenant". */
const RE_LET = String.raw`(?:re-?let|re-?lease|lease\s+up|find\s+(?:a\s+)?(?:new\s+)?tenants?)`;

/** How a type is said to re-let: "re-let slowly", "don't re-let", "are hard to re-let". */
const RE_LETTING_SAID = String.raw`(?:(?:(?:don['\u2019]?t|do\s+not|rarely|seldom|never|easily|quickly|slowly)\s+)?${RE_LET}\b|(?:are|is)\s+(?:hard|easy|difficult|slow|quick)\s+to\s+${RE_LET}\b)`;

/** The short form that says the other does not: "don't", "won't". */
const NOT_EITHER = String.raw`(?:don['\u2019]?t|do\s+not|won['\u2019]?t|can['\u2019]?t)\s*(?:[.;!?\n]|$)`;

/**
 * The type as the subject of re-letting: "plants re-let slowly", "labs don't re-let", "labs are hard to re-let", and
 * the short form after a clause that said it of another ("generic boxes re-let easily; specialist plants don't").
 */
const TYPE_RE_LETTING = new RegExp(
  String.raw`\b${TYPE}(?=\s+${RE_LETTING_SAID})|(?<=\b${RE_LET}\b[^.!?\n]{0,40}[;,]\s*(?:[a-z]+\s+)?)${TYPE}(?=\s+${NOT_EITHER})`,
  'g',
);

/** Claims the type words (the words alone: re-letting may be read as a score) said of how the type re-lets, so that no type is read from the reason. */
export function claimReLettingRemarksOnTypes(text: BriefText): void {
  text.claimFreeMatches(TYPE_RE_LETTING);
}
