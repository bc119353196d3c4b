/**
 * Comparison phrases shared by the covenant and filter readers, as regular
 * expression sources (lower case). A reader accepts only the direction that
 * makes sense for its limit: a leverage covenant is an upper bound, so "leverage
 * above 3x" is not read as one (it is reported as not understood instead).
 */

/** Phrases that put an upper bound on what follows: "under", "no more than", "max", "<=". */
export const UPPER_BOUND = [
  String.raw`no\s+(?:more|higher|greater)\s+than`,
  String.raw`not\s+(?:more|higher|greater)\s+than`,
  String.raw`not\s+to\s+exceed`,
  String.raw`not\s+(?:above|over|exceeding|exceed)`,
  String.raw`not\s+(?:rise|go|climb)\s+(?:above|over)`,
  String.raw`(?:at|to)\s+or\s+(?:below|under)`,
  String.raw`less\s+than\s+or\s+equal\s+to`,
  String.raw`(?:less|lower|fewer)\s+than`,
  String.raw`at\s+(?:the\s+)?most`,
  String.raw`capped\s+at`,
  String.raw`cap(?:\s+(?:of|at))?`,
  String.raw`ceiling(?:\s+(?:of|at))?`,
  String.raw`max(?:imum)?(?:\s+of)?`,
  String.raw`up\s+to`,
  'under',
  'below',
  'beneath',
  'within',
  '<=',
  '\u2264',
  '=<',
  '<',
].join('|');

/** Phrases that put a lower bound on what follows: "above", "at least", "min", ">=". */
export const LOWER_BOUND = [
  String.raw`no\s+(?:less|lower|fewer)\s+than`,
  String.raw`not\s+(?:less|lower|fewer)\s+than`,
  String.raw`not\s+(?:below|under)`,
  String.raw`not\s+(?:drop|fall|go|dip|slip)\s+(?:below|under)`,
  String.raw`(?:at|to)\s+or\s+above`,
  String.raw`greater\s+than\s+or\s+equal\s+to`,
  String.raw`(?:greater|more|higher|better)\s+than`,
  String.raw`at\s+(?:the\s+)?least`,
  String.raw`floor(?:\s+(?:of|at))?`,
  String.raw`min(?:imum)?(?:\s+of)?`,
  'above',
  'over',
  'exceeding',
  '>=',
  '\u2265',
  '=>',
  '>',
].join('|');

/** Words that name the level without a direction: "leverage of 3.5x", "coverage: 2x". */
export const NEUTRAL = 'of|at|is|be|=|:';

/** A trailing bound after the number: "3.5x max", "2x or better". */
export const TRAILING_UPPER = String.raw`max(?:imum)?|or\s+(?:less|lower|below|under|tighter)|cap|ceiling|at\s+(?:the\s+)?most`;
/** A trailing bound after the number: "1.5x minimum", "2x or more". */
export const TRAILING_LOWER = String.raw`min(?:imum)?|or\s+(?:more|higher|above|better|greater)|floor|at\s+(?:the\s+)?least`;

/** Which way a comparison phrase points. */
export type BoundDirection = 'upper' | 'lower' | 'neutral';

const UPPER_EXACT = new RegExp(`^(?:${UPPER_BOUND})$`);
const LOWER_EXACT = new RegExp(`^(?:${LOWER_BOUND})$`);

/** The direction of a comparison phrase captured by one of the patterns above. */
export function directionOf(phrase: string | undefined): BoundDirection {
  if (phrase === undefined) return 'neutral';
  const normalised = phrase.trim().replace(/\s+/g, ' ');
  if (normalised === '') return 'neutral';
  if (UPPER_EXACT.test(normalised)) return 'upper';
  if (LOWER_EXACT.test(normalised)) return 'lower';
  // "of at least" / "to under": strip a leading neutral word before deciding.
  const stripped = normalised.replace(/^(?:of|at|is|be|to|=|:)\s*(?=\S)/, '');
  if (UPPER_EXACT.test(stripped)) return 'upper';
  if (LOWER_EXACT.test(stripped)) return 'lower';
  return 'neutral';
}
