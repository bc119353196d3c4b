/**
 * Comparison phrases shared by the covenant and filter readers, as regular
 * expression sources (lower case). A reader accepts only the direction that
 * makes sense for its limit: a leverage covenant is an upper bound, so "leverage
 * above 3x" is not read as one (it is reported as not understood instead).
 */

/**
 * A modal or plain negation before a verb of movement: "cannot", "must not", a covenant's "shall not", "is not to", "not to" (a
 * board minute's "with cover not to fall below"), "never",
 * "shouldn't be allowed to", and an agreement's "at any time" after the negation ("shall not at any time exceed").
 * "Cannot slip under 1.6x" bounds from below, "must not climb past 4x" from above.
 */
const NEGATED_MODAL = String.raw`(?:can(?:not|'t)|can\s+not|must\s+not|shall\s+not|shan't|mustn't|should\s+not|shouldn't|may\s+not|will\s+not|won't|would\s+not|wouldn't|(?:(?:is|are)\s+)?not\s+to|do\s+not|don't|does\s+not|doesn't|never|not)(?:\s+at\s+any\s+(?:time|point))?(?:\s+be\s+(?:allowed|permitted)\s+to)?`;
/** Words that say where the figure stands above, in every register ("above", "north of", "past"). */
const ABOVE = String.raw`above|over|past|beyond|north\s+of|higher\s+than|more\s+than|greater\s+than|in\s+excess\s+of`;
/** Words that say where the figure stands below. */
const BELOW = String.raw`below|under|beneath|south\s+of|lower\s+than|less\s+than`;
/** Verbs of a level rising ("go", "climb", "creep", "drift", "tick up"), or reported at one ("can't print above"). */
const RISE = String.raw`(?:go|goes|going|rise|rises|rising|climb|climbs|climbing|creep|creeps|creeping|drift|drifts|drifting|move|moves|moving|get|gets|getting|run|runs|running|edge|edges|edging|tick|ticks|ticking|push|pushes|pushing|be|end\s+up|print|prints|printing|land|lands|landing|finish|finishes|finishing)(?:\s+up)?`;
/** Verbs of a level falling ("drop", "slip", "sink", "dip"), or reported at one ("must not land below"). */
const FALL = String.raw`(?:go|goes|going|drop|drops|dropping|fall|falls|falling|dip|dips|dipping|slip|slips|slipping|sink|sinks|sinking|slide|slides|sliding|decline|declines|declining|get|gets|getting|come\s+in|comes\s+in|be|end\s+up|print|prints|printing|land|lands|landing|finish|finishes|finishing)(?:\s+down)?`;

/** Phrases that put an upper bound on what follows: "under", "no more than", "max", "<=". */
export const UPPER_BOUND = [
  // "cannot go above", "must not climb past", "is not to exceed", "should never top"; "from going above", "without rising past",
  // "w/o going over".
  String.raw`${NEGATED_MODAL}\s+(?:${RISE})\s+(?:${ABOVE})`,
  String.raw`${NEGATED_MODAL}\s+(?:exceed|top|breach|break|surpass|pass|go\s+past)`,
  String.raw`(?:from|without|w\/o)\s+(?:going|rising|climbing|creeping|drifting|moving|getting|running|edging|ticking|pushing)(?:\s+up)?\s+(?:${ABOVE})`,
  String.raw`(?:from|without)\s+(?:exceeding|topping|breaching|passing)`,
  String.raw`(?:or|nor)\s+(?:${RISE})\s+(?:${ABOVE})`,
  // "never more than 3.5x": a limit that holds at all times is the same bound.
  String.raw`(?:no|never)\s+(?:more|higher|greater)\s+than`,
  String.raw`not\s+(?:more|higher|greater)\s+than`,
  String.raw`not\s+to\s+exceed`,
  String.raw`not\s+(?:above|over|exceeding|exceed)`,
  // "at or below", "at/below", "to or under".
  String.raw`(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under|lower|less)`,
  String.raw`less\s+than\s+or\s+equal\s+to`,
  String.raw`(?:less|lower|fewer)\s+than`,
  String.raw`at\s+(?:the\s+)?most`,
  String.raw`capped\s+at`,
  // "the lease-adjusted leverage kept to 4.9", "leverage held to 3.5x", "limited to 4x".
  String.raw`(?:kept|held|limited|restricted)\s+to`,
  // "we can go as high as 3.5x", "it may run up to 4.8x": a level the ratio is allowed to reach is its ceiling.
  String.raw`(?:can|could|may|is\s+allowed\s+to|are\s+allowed\s+to)\s+(?:go|run|rise|climb|get|stretch|push\s+it)\s+(?:as\s+high\s+as|up\s+to)`,
  // "without going below 1.5x coverage or over 3.5x leverage": the movement refused carries over the "or".
  String.raw`(?<=\b(?:without|w\/o)\s+(?:going|dropping|falling|dipping|slipping|getting)(?:\s+down)?\s+(?:${BELOW})\s[^;!?\n]{1,40}?)(?:or|nor)\s+(?:${ABOVE})`,
  String.raw`cap(?:\s+(?:of|at))?`,
  String.raw`ceiling(?:\s+(?:of|at))?`,
  String.raw`max(?:imum)?(?:\s+of)?`,
  // A table row's label: "Net leverage (max)  4.00x".
  String.raw`\(\s*max(?:imum)?\.?\s*\)`,
  String.raw`up\s+to`,
  String.raw`south\s+of`,
  String.raw`(?:kept\s+)?inside`,
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
  // "cannot slip under", "must not fall below", "should never dip beneath"; "from dropping below".
  String.raw`${NEGATED_MODAL}\s+(?:${FALL})\s+(?:${BELOW})`,
  String.raw`(?:from|without|w\/o)\s+(?:going|dropping|falling|dipping|slipping|sinking|sliding|declining|getting)(?:\s+down)?\s+(?:${BELOW})`,
  // "must not breach 3.5x leverage or drop below 2.0x coverage": the negation carries over the "or".
  String.raw`(?:or|nor)\s+(?:${FALL})\s+(?:${BELOW})`,
  // "w/o going over 3.5x net leverage or under 1.5x FCCR": the movement refused carries over the "or", its verb left out.
  String.raw`(?<=\b(?:without|w\/o)\s+(?:going|rising|climbing|getting|moving|running|pushing)(?:\s+up)?\s+(?:${ABOVE})\s[^;!?\n]{1,40}?)(?:or|nor)\s+(?:${BELOW})`,
  // "we can go as low as 1.6x", "it may drop down to 1.8x": a level the ratio is allowed to fall to is its floor.
  String.raw`(?:can|could|may|is\s+allowed\s+to|are\s+allowed\s+to)\s+(?:go|drop|fall|slip|dip|get|sink)\s+(?:as\s+low\s+as|down\s+to)`,
  String.raw`(?:no|never)\s+(?:less|lower|fewer)\s+than`,
  String.raw`not\s+(?:less|lower|fewer)\s+than`,
  String.raw`not\s+(?:below|under)`,
  // "at or above", "at/above", "to or over".
  String.raw`(?:at|to)\s*(?:or\s+|\/\s*)(?:above|over|higher|more)`,
  String.raw`greater\s+than\s+or\s+equal\s+to`,
  String.raw`(?:greater|more|higher|better)\s+than`,
  String.raw`at\s+(?:the\s+)?least`,
  String.raw`floor(?:\s+(?:of|at))?`,
  String.raw`min(?:imum)?(?:\s+of)?`,
  // A table row's label: "FCCR (min)   1.30x".
  String.raw`\(\s*min(?:imum)?\.?\s*\)`,
  String.raw`north\s+of`,
  String.raw`in\s+excess\s+of`,
  'above',
  'over',
  // "criticality exceeds 0.6" says where the figure stands; only a negation ("nothing whose ...") makes it a cap.
  'exceed(?:s|ing)?',
  'surpass(?:es|ing)?',
  '>=',
  '\u2265',
  '=>',
  '>',
].join('|');

/**
 * Words that name the level without a direction: "leverage of 3.5x", "coverage: 2x", "criticality limit
 * 0.5", a question answered with the level alone ("Net leverage limit? A: 3.75 turns", "Net leverage limit? 3.55x."). "No worse than", "limit" and "threshold" take the only direction the metric's limit can have (an upper bound for leverage, a lower for coverage).
 */
export const NEUTRAL = String.raw`no\s+worse\s+than|not\s+worse\s+than|(?:threshold|limit|requirement|hurdle|cut-?off)(?:\s+(?:of|at|is))?(?:\s*[:=])?|(?:threshold|limit|cap|ceiling|floor)?\s*\?\s*(?:a|answer)\s*:\s*(?:yes\s*[,:-]?\s*)?|(?:threshold|limit|cap|ceiling|floor)?[^\S\n]*\?[^\S\n]*(?:[-\u2013\u2014][^\S\n]*)?(?=\d)|of|at|is|be|=|:`;

/** A trailing bound after the number: "3.5x max", "2x or better". */
// "can go to 5.0 but no further", "up to 5.25 times but not higher": a level that may be reached and not passed.
export const TRAILING_UPPER = String.raw`max(?:imum)?|(?:but|and)\s+no\s+(?:further|higher)|but\s+not\s+(?:any\s+)?(?:higher|further|beyond|above|past|over)|or\s+(?:less|lower|below|under|tighter)|and\s+(?:below|under|lower|less|down)|cap|ceiling|tops(?![a-z])|at\s+(?:the\s+)?most`;
/** A trailing bound after the number: "1.5x minimum", "2x or more", "0.7+". */
export const TRAILING_LOWER = String.raw`\+|min(?:imum)?|(?:and\s+)?upwards|or\s+(?:more|higher|above|better|greater|up)|and\s+(?:up|above|higher|over|more|better)|floor|at\s+(?:the\s+)?least`;

/** Which way a comparison phrase points. */
export type BoundDirection = 'upper' | 'lower' | 'neutral';

const UPPER_EXACT = new RegExp(`^(?:${UPPER_BOUND})$`);
const LOWER_EXACT = new RegExp(`^(?:${LOWER_BOUND})$`);
/**
 * "or over", "or under" alone: read only after a refused movement (the forms above look back for it), they point the
 * way their preposition says ("or over" a ceiling, "or under" a floor), as the phrase captured has lost the words
 * before it.
 */
const ELIDED_UPPER = new RegExp(`^(?:or|nor) (?:${ABOVE})$`);
const ELIDED_LOWER = new RegExp(`^(?:or|nor) (?:${BELOW})$`);

/** The direction of a comparison phrase captured by one of the patterns above. */
export function directionOf(phrase: string | undefined): BoundDirection {
  if (phrase === undefined) return 'neutral';
  const normalised = phrase.trim().replace(/\s+/g, ' ');
  if (normalised === '') return 'neutral';
  if (UPPER_EXACT.test(normalised)) return 'upper';
  if (LOWER_EXACT.test(normalised)) return 'lower';
  if (ELIDED_UPPER.test(normalised)) return 'upper';
  if (ELIDED_LOWER.test(normalised)) return 'lower';
  // "of at least" / "to under": strip a leading neutral word before deciding.
  const stripped = normalised.replace(/^(?:of|at|is|be|to|=|:)\s*(?=\S)/, '');
  if (UPPER_EXACT.test(stripped)) return 'upper';
  if (LOWER_EXACT.test(stripped)) return 'lower';
  return 'neutral';
}
