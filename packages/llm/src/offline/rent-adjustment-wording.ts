import { PERCENT_VALUE } from './economics-wording.js';
import { ARROW_STAND_IN } from './reading-stand-ins.js';

// Rent escalators in wordings the older patterns miss, apart from `read-economics.ts`: the rent's rise said in a
// clause after the rent ("Initial annual rent at market; escalating 2.25% annually"), a rent-adjustment label ("Rent
// Adjustments: fixed increases of 1.25% per annum"), an escalator revised with an arrow ("Escalator: 2% → revised to
// 2.25%"), and a figure pitched by others and countered ("Buyers pitched 4% bumps; we're going with 3%").

/** A year's period after a rise: "annually", "per annum", "a year", "p.a.". */
const EVERY_YEAR = String.raw`\s*(?:a\s+year|per\s+year|each\s+year|every\s+year|annually|per\s+annum|p\.?\s?a\.?|yearly|\/\s*(?:yr|year))`;

/**
 * The rent's rise as a participle in a clause after the rent, with its period: "Initial annual rent per Property at
 * market; escalating 2.25% annually". The period is required, since a rise without one may be anything's; the rise's
 * figure in group 1.
 */
export const RENT_THEN_ESCALATING = new RegExp(
  String.raw`(?<=\brent(?:al)?s?\b[^.!?\n]{0,60})\bescalat(?:e|es|ing)\s+(?:by\s+|at\s+)?${PERCENT_VALUE}${EVERY_YEAR}`,
  'g',
);

/**
 * A label for the rent's changes with increases of a figure after it: "Rent Adjustments: fixed increases of 1.25% per
 * annum", "Rent review - annual uplifts of 2%", or the figure alone with its year's period ("Rent Adjustment: 2.0%
 * annually"). The figure in the one group that matches.
 */
export const RENT_ADJUSTMENT_LABEL = new RegExp(
  String.raw`\brent(?:al)?\s+(?:adjustments?|reviews?|changes?|increases?)\s*[:\u2013-]\s*(?:(?:(?:fixed|annual|yearly|scheduled)\s+)*(?:increases?|escalations?|uplifts?|bumps?|step[-\s]?ups?)\s+(?:of\s+)?${PERCENT_VALUE}|${PERCENT_VALUE}${EVERY_YEAR})`,
  'g',
);

/**
 * The rent's yearly rise held to a ceiling, with its period: "rent increases on whatever gets leased back should be
 * capped at 1.5% a year", "rent escalations no higher than 2% a year", "lease increases should be modest, 1.5% a
 * year", "rental uplifts limited to 2.25% per annum". A few words may stand between the rise and its ceiling ("on the
 * new leases"); a share of something else ("no more than 3% of revenue a year") and a rise without a period are not
 * read. The figure in group 1.
 */
export const RENT_RISE_CAPPED = new RegExp(
  String.raw`\b(?:rent(?:al)?|lease)\s+(?:increases?|escalations?|escalators?|bumps?|uplifts?|rises?)(?:\s+(?!(?:of|by|is|are|be)\b)[a-z'\u2019-]+){0,6}?\s+(?:(?:should|must|would|will|need\s+to|needs\s+to|has\s+to|have\s+to)\s+be\s+|(?:are|is)\s+(?:to\s+be\s+)?)?(?:(?:capped|limited|held|kept)\s+(?:at|to)|(?:no|not)\s+(?:more|higher|greater)\s+than|at\s+most|modest,?|up\s+to)\s+${PERCENT_VALUE}${EVERY_YEAR}(?![a-z])`,
  'g',
);

/** What an escalator is called in a revision or a counter: "escalator", "escalation", "bumps", "uplift". */
const ESCALATOR_WORD = String.raw`(?:rent\s+)?(?:escalat(?:or|ors|ion|ions)|bumps?|uplifts?)`;

/**
 * An escalator revised with an arrow: "Escalator: 2% → revised to 2.25%", "bumps 3% -> 2.5%". The revised figure, in
 * group 2, is the one read.
 */
export const ESCALATOR_ARROW_REVISED = new RegExp(
  String.raw`\b${ESCALATOR_WORD}\s*[:=-]?\s*${PERCENT_VALUE}\s*(?:\u2192|${ARROW_STAND_IN}|->|=>)\s*(?:(?:revised|changed|cut|raised|moved)\s+to\s+|now\s+)?${PERCENT_VALUE}`,
  'g',
);

/**
 * An escalator pitched, asked or quoted by others and countered by the writer's own: "Buyers pitched 4% bumps; we're
 * going with 3%", "the investor asked for 3% escalators, but we'll settle at 2.5%", "Investors quoted 2.5% bumps; we
 * accepted 2.0%", "they wanted 3% uplifts, we agreed to 2.25%". The writer's figure, in group 2, is
 * the one read.
 */
export const ESCALATOR_COUNTERED = new RegExp(
  String.raw`\b${PERCENT_VALUE}\s+(?:(?:annual|yearly|rent)\s+)*${ESCALATOR_WORD}\s*[;,.\u2014\u2013-]\s*(?:but\s+)?we(?:(?:'re|\s+are|'ll|\s+will)\s+(?:going|go|sticking|stick|staying|stay|settling|settle)\s+(?:with|at|on)|(?:'ve|\s+have)?\s+(?:accepted|agreed(?:\s+(?:to|on))?|settled\s+(?:on|at|for)|landed\s+(?:on|at)|signed\s+(?:at|for|up\s+to)|took|went\s+with|countered\s+(?:at|with)))\s+${PERCENT_VALUE}`,
  'g',
);

/**
 * The rent's rises described with a bound or an index, and the figure to model given in brackets after them:
 * "CPI-linked increases capped at 2% (model at 2%)", "indexed uplifts (assume 2.5%)". The bracket says what the model
 * is to use, which is the escalator; a bracket that only repeats the bound in other words ("(capped)") has no figure.
 * The figure in group 1.
 */
export const RENT_RISE_MODELLED_AT = new RegExp(
  String.raw`\b(?:(?:cpi|inflation|index)[-\s]?(?:linked|based|indexed)\s+(?:rent(?:al)?\s+)?(?:increases|escalations?|uplifts|rises|reviews)|rent(?:al)?\s+(?:increases|rises|reviews)|(?:rent(?:al)?\s+)?(?:escalations?|escalators?|uplifts|bumps))\b[^.;\n()]{0,40}?\(\s*(?:model(?:led)?|use|assume|run)\s+(?:it\s+|them\s+)?(?:at\s+)?${PERCENT_VALUE}\s*\)`,
  'g',
);

/**
 * An escalator given as a range others would take, then the figure settled on: "Buyers' escalator appetite is around
 * 2-3%; use 2.5%", "escalators anywhere from 2 to 3%, so assume 2.25%". The range alone is no escalator; the figure
 * after "use" is. The figure in group 1.
 */
export const ESCALATOR_RANGE_THEN_CHOSEN = new RegExp(
  String.raw`\b${ESCALATOR_WORD}[^.;\n]{0,40}?\d(?:\.\d+)?\s*%?\s*(?:-|\u2013|to)\s*\d(?:\.\d+)?\s*%\s*[;,.:\u2014\u2013-]\s*(?:so\s+)?(?:please\s+)?(?:use|take|model|assume|go\s+with)\s+${PERCENT_VALUE}`,
  'g',
);

/** Every form above has one of these words: a brief with none skips them. */
export const RENT_ADJUSTMENT_WORD = /escalat|adjustment|review|bump|uplift|increase/;
