import { ESCALATOR_NOUN, PERCENT_VALUE, TERM_NOUN, YEARS } from './economics-wording.js';
import { WORD_NUMBER } from './written-numbers.js';
import { ARROW_STAND_IN, ELLIPSIS_STAND_IN } from './reading-stand-ins.js';

// Economics a brief names and then revises in the same breath: an escalator or tax rate moved from one figure to
// another, an escalator replaced by a bare figure after "but" or "now", and a lease term corrected after "actually".
// In each pattern the new figure is the last group that matched; `read-economics.ts` reads it from where the old
// figure stood, so that a mention later in the brief still wins.

/** A tax rate's name: "tax", "tax rate", "the tax charge on gains". */
const TAX_NOUN = String.raw`(?:(?:cash|marginal|corporate|effective|capital[\s-]gains?)\s+)?tax(?:\s+(?:rate|charge))?(?:\s+on\s+(?:the\s+|any\s+)?gains?)?`;
/** A verb of a figure moving: "moves", "goes", "changed", "is raised", "has been cut", or nothing ("escalator from 2% to 2.5%"). */
const MOVES = String.raw`(?:\s+(?:(?:is|was|has\s+been|will\s+be|gets?|got)\s+)?(?:moves?|moved|moving|go(?:es)?|going|went|chang(?:es|ed|ing)|rais(?:es|ed)|ris(?:es|ing)|rose|increas(?:es|ed)|fall(?:s|ing)?|fell|drop(?:s|ped)|cut|lower(?:s|ed)|reduc(?:es|ed)|revis(?:es|ed)|updat(?:es|ed)|bump(?:s|ed)(?:\s+up)?))?`;
/** "from 2% to 2.5%", "from 21% -> 25%": the old figure, then the new (both captured). */
const FROM_TO = String.raw`\s+from\s+${PERCENT_VALUE}\s*(?:to|->|\u2192|${ARROW_STAND_IN})\s*${PERCENT_VALUE}`;

/**
 * An escalator revised: moved from one figure to another ("the escalator moves from 2% to 2.5%", "bumps go from 3%
 * to 2%"), or named and then replaced by a bare figure after "but" or "now" ("we said 3% escalators before, but use 2%
 * this time", "escalators of 3% last round; now go with 2.5%"), or the figure wanted instead after "but" ("the escalator
 * in our standard form is 2%, but the investors want 2.5%"). On its own, "use 2%" names nothing, and a figure named as
 * another quantity's is no replacement ("escalators of 2% as before; now use 25% tax" keeps the 2% and taxes at 25%).
 */
export const ESCALATOR_REVISED = new RegExp(
  String.raw`\b(?:${ESCALATOR_NOUN}${MOVES}${FROM_TO}` +
    String.raw`|(?:${PERCENT_VALUE}[^\S\n]*(?:(?:annual|yearly|rent(?:al)?)\s+)*(?:escalat(?:or|ors|ion|ions)|bumps?|uplifts?)|${ESCALATOR_NOUN}\s+(?:of|at)\s+${PERCENT_VALUE})[^.!?\n%]{0,60}?\b(?:but|now)\b[^.!?\n%]{0,40}?\b(?:use|make\s+it|go\s+with|assume|take)\s+${PERCENT_VALUE}(?![^\S\n]*(?:tax|cap\b|cap\s+rate|yield|interest|discount|share|of\s+(?:the\s+)?(?:proceeds|total|money)|from\s+any))` +
    // "The escalator in our standard lease form is 2%, but for this program the investors want 2.5%, so use 2.5%": the
    // escalator's usual figure, then the one wanted instead after "but", and the "so use" that settles it.
    String.raw`|${ESCALATOR_NOUN}[^.!?\n%\d]{0,40}?\b(?:is|of|at)\s+${PERCENT_VALUE}[^.!?\n%\d]{0,20}?\bbut\b[^.!?\n%\d]{0,60}?\b(?:wants?|prefers?|needs?|asks?\s+for|asked\s+for|expects?)\s+${PERCENT_VALUE}(?![^\S\n]*(?:tax|cap\b|cap\s+rate|yield|interest|discount|share|of\s+(?:the\s+)?(?:proceeds|total|money)|from\s+any))(?:[^\S\n]*[,;]?[^\S\n]*so\s+(?:use|make\s+it|go\s+with|assume|take)\s+${PERCENT_VALUE})?)(?![a-z])`,
  'g',
);

/** A tax rate moved from one figure to another: "the tax rate moves from 21% to 25%", "tax changed from 19% -> 23%". */
export const TAX_RATE_REVISED = new RegExp(String.raw`\b${TAX_NOUN}${MOVES}${FROM_TO}(?![a-z])`, 'g');

/** A lease term's years, captured: a numeral or words. */
const TERM_YEARS = String.raw`(\d+|${WORD_NUMBER})\s*${YEARS}`;

/**
 * A lease term stated, then corrected in the same sentence: "Lease term not less than 12 years... actually the final
 * version says 14 years", "a lease term of 10 years, sorry, 12 years". The correction needs "actually", "correction",
 * "sorry" or "wait" right after the first figure, so "15 years, with 20 years of options" is no correction; or leases of
 * one length said to be wanted at another after "but".
 */
export const LEASE_TERM_REVISED = new RegExp(
  // "The buyers mentioned 20-year leases, but we want 12 years": leases of one length, then "but" and the company's own.
  String.raw`\b(\d+|${WORD_NUMBER})[-\s]*${YEARS}[-\s]+lease(?:back)?s?\b[^.!?\n]{0,20}?,?\s+but\s+(?:we|i)(?:\s+(?:want|need|prefer|would\s+(?:prefer|like))|'d\s+(?:prefer|like))\s+(?:to\s+(?:sign|do|go\s+with)\s+)?${TERM_YEARS}(?![a-z])|` +
    String.raw`\b(?:lease(?:back)?\s+)?${TERM_NOUN}\s+(?:(?:of|is|at\s+least|not\s+less\s+than|no\s+(?:less|shorter)\s+than|(?:a\s+)?minimum(?:\s+of)?)\s+)?${TERM_YEARS}(?:\s*(?:\.{2,}|\u2026|${ELLIPSIS_STAND_IN}|[,;:-])\s*|\s+)(?:actually|correction|sorry|wait)\b[^.!?\n]{0,40}?\b${TERM_YEARS}`,
  'g',
);
