import { ESCALATOR_NOUN, TERM_NOUN } from './economics-wording.js';
import { BILLION_SCALE, MILLION_SCALE, WORD_NUMBER } from './written-numbers.js';

/**
 * More wording of rent escalators and lease terms, beside `economics-wording.ts`: an escalator fixed by a future
 * ("the escalator is to be fixed at 1.75%"), held flat at a figure ("escalators flat at 1%", which is a 1% escalator,
 * not flat rent), written in words with its numeral in brackets ("annual escalations of two and one-half percent
 * (2.5%)"), rents rising in a participle with its period ("the leases will be 20 years, bumping 2% a year") or after a modal
 * ("the rent should go up 1.75% a year", "Rent on the new leases should grow 2% each year"), tersely ("rent up 1.5% a year",
 * "rent +2.5%/yr"), an escalator of the deal's paper ("Rent escalator in the LOI is 2.25%") or "to be" a figure, a small
 * bare percentage right after a term in a terse list ("20y - 2.5%", "15 yrs, 2%") or a term run at it ("leases 20 years
 * at 2%"), and a term labelled with its unit
 * in brackets ("Lease term (yrs) | 15"). Read by `readEconomics`.
 */

/** A percentage's number, captured. */
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b|pct\b)`;
/** A percentage of at most 5, captured: escalators run from 0% to about 5%, so a bare larger figure is something else. */
const SMALL_PERCENT = String.raw`([0-4](?:\.\d+)?|5(?:\.0+)?)(?![\d.])\s*%`;
/** A year's period after a rise: "a year", "per year", "annually", "p.a.". */
const PER_YEAR = String.raw`\s*(?:a\s+year|per\s+year|each\s+year|every\s+year|annually|per\s+annum|p\.?\s?a\.?|yearly)`;
/** An item separator of a terse list: a comma, semicolon, bar, or a spaced dash ("130mm - IFRS16 - 20y"). */
const LIST_SEPARATOR = String.raw`(?:[,;|]|[^\S\n][-\u2013\u2014])`;

/** Escalator figures: each form captures its percentage in its one group that matches. */
export const ESCALATOR_MORE = new RegExp(
  String.raw`\b(?:` +
    [
      // "The escalator is to be fixed at 1.75%", "escalators are to be set at 2%".
      String.raw`${ESCALATOR_NOUN}\s+(?:is|are)\s+to\s+be\s+(?:fixed|set|pegged|locked)\s+at\s+${PERCENT}`,
      // "Rent escalators to be 2%": the same, with the verb left out as in a memo's item.
      String.raw`${ESCALATOR_NOUN}\s+to\s+be\s+${SMALL_PERCENT}`,
      // "Rent escalator in the LOI is 2.25%": the escalator of the deal's paper, then its figure.
      String.raw`${ESCALATOR_NOUN}\s+(?:in|per|under)\s+(?:the\s+|our\s+)?(?:loi|letter\s+of\s+intent|term\s+sheet|heads\s+of\s+terms|draft\s+lease|lease\s+draft|psa)\s+(?:is|of|at|will\s+be)\s+${SMALL_PERCENT}`,
      // "Rent uplift assumption 2% p.a.", "escalator input: 2.5%": the figure as the model's assumption for the rise.
      String.raw`${ESCALATOR_NOUN}\s+(?:assumption|assumed|input)\s*(?:[:=-]\s*|\s(?:of|at|is)\s+)?${PERCENT}`,
      // "Rent escalator for modelling: 2%", "rent escalator on new leases 2%": the escalator labelled with what it is
      // for, then its figure. A small figure only, so that a cap said after it ("escalator on leases above 5%") is not.
      String.raw`${ESCALATOR_NOUN}\s+(?:for|on|in)\s+(?:the\s+)?(?:new\s+)?(?:leases?|lease\s+contracts?|modell?ing|the\s+model|this\s+(?:run|program(?:me)?))\s*(?:[:=-]\s*|\s(?:of|at|is)\s+)?${SMALL_PERCENT}`,
      // "a 3% escalator was proposed and rejected in favour of 2.5%": the figure preferred over the one turned down, which
      // is read where it stands, earlier, so that this one wins.
      String.raw`(?<=${ESCALATOR_NOUN}[^.;!?\n]{0,60}?)(?:rejected|dropped|declined|turned\s+down|passed\s+over|set\s+aside)\s+in\s+favou?r\s+of\s+(?:an?\s+)?${SMALL_PERCENT}`,
      // "rent escalators flat at 1%": held flat at a figure is that figure.
      String.raw`${ESCALATOR_NOUN}\s+(?:held\s+|kept\s+)?flat\s+at\s+${PERCENT}`,
      // "annual escalations of two and one-half percent (2.5%)": the numeral in brackets says the words' value.
      String.raw`${ESCALATOR_NOUN}\s+(?:of|at)\s+[a-z][a-z\s-]{2,50}?\s*(?:percent|per\s+cent)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)`,
    ].join('|') +
    ')(?![a-z])' +
    // "the rent should go up 1.75% a year", "rents will rise 2% annually": the rent's rise said as what it is to do, with
    // its period; never the market's rents ("market rents will rise 4% a year").
    // The rent may be placed on the leases first: "Rent on the new leases should grow 2% each year"; or the leases alone
    // may stand for their rent: "the new leases should go up 3% a year".
    String.raw`|(?<!\bmarket\s+)\b(?:rents?(?:\s+(?:on|for|under|in)\s+(?:the\s+|our\s+)?(?:new\s+)?(?:leases?|leasebacks?))?|(?<=\b(?:the|our)\s+new\s+)leases?)\s+(?:should|must|will|would|shall|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to|can|to)\s+(?:go\s+up|rise|increase|grow|climb|step\s+up|escalate|bump\s+up)\s+(?:by\s+|at\s+)?${PERCENT}(?=${PER_YEAR})` +
    // "rent up 1.5% a year", "rent +2.5%/yr", "Leases up 1.8% a year": a terse rise, with its period; the leases stand for
    // their rent.
    String.raw`|(?<!\bmarket\s+)\b(?:rents?|lease(?:back)?s)\s+(?:up\s+(?:by\s+)?|\+\s*)${PERCENT}(?=${PER_YEAR}|\s*\/\s*(?:yr|year)\b)` +
    // "Base Rent shall increase by two and three-quarters percent (2.75%) per annum", a term sheet's "rent to increase by
    // one and three-quarters percent (1.75%) annually": the numeral in brackets.
    String.raw`|\brents?\s+(?:shall|will|should|must|is\s+to|to)\s+(?:increase|rise|escalate|grow)\s+(?:by\s+|at\s+)?[a-z][a-z\s-]{2,50}?\s*(?:percent|per\s+cent)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)(?=${PER_YEAR})` +
    // "keep the rent going up no more than 1.5% a year in the leases": the rise held to a figure is the escalator.
    String.raw`|\b(?:keep|hold)\s+(?:the\s+)?rents?\s+(?:going\s+up|rising|increasing|growing|climbing)\s+(?:by\s+)?(?:(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to)\s+)?${PERCENT}(?=${PER_YEAR})` +
    // "The leases will be 20 years, bumping 2% a year": in a sentence about the leases, a rise with its period.
    String.raw`|(?<=\blease(?:back)?s?\b[^.!?\n]{0,40})\b(?:bumping|stepping|rising|growing|increasing|climbing|escalating)(?:\s+up)?\s+(?:by\s+|at\s+)?${PERCENT}(?=${PER_YEAR})` +
    // "whatever leases we sign should run 15 years and go up by 2% a year": the leases' rise joined to their term.
    String.raw`|(?<=\blease(?:back)?s?\b[^.!?\n]{0,60}\b(?:years?|yrs)\s+and\s+)(?:go|goes)\s+up\s+(?:by\s+|at\s+)?${PERCENT}(?=${PER_YEAR})` +
    // "leases 20 years at 2%", "15-year leases at 2.5%": a small percentage the term is run at, unless it names a rate of
    // something else ("at 6% cap rate").
    String.raw`|(?<=\b\d{1,2}[^\S\n]{0,2}-?[^\S\n]{0,2}(?:years?|yrs?)(?:[^\S\n]{1,3}lease(?:back)?s?)?[^\S\n]{1,3}at[^\S\n]{1,3})${SMALL_PERCENT}(?![^\S\n]*(?:cap|tax|interest|rate|of|yield|coupon|discount)\b)` +
    // "NW - 130mm - 20y - 2.5% - LAL 4.6x", "15 yrs, 2%": a small bare percentage right after a term in a terse list.
    String.raw`|(?<=(?:^|${LIST_SEPARATOR}|\n)[^\S\n]*\d{1,2}[^\S\n]*(?:yrs?|years?|y)[^\S\n]*${LIST_SEPARATOR}[^\S\n]*)${SMALL_PERCENT}(?=[^\S\n]*(?:${LIST_SEPARATOR}|\n|\.?$))`,
  'g',
);

/**
 * A term named by the kind of net lease after its years ("20-year absolute net", "a 15-yr triple-net", "25 year NNN", "12-year absolute NNN"),
 * and the years a raise or its escalators are run at ("Raise $150m at 15 years", "run it at 2.75% escalators and 15
 * years"): the years in its one group. A bare "at 15 years" elsewhere ("payback at 7 years") is no term.
 */
export const TERM_BY_NET_LEASE_OR_RUN_AT = new RegExp(
  String.raw`\b(\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?)[-\s]+(?:(?:absolute|triple)[-\s](?:net|nnn)|nnn|bondable)(?![a-z])` +
    String.raw`|(?<=(?:(?:us\$|\$|usd[^\S\n]?)\d[\d.,]{0,12}[^\S\n]?(?:${MILLION_SCALE}|${BILLION_SCALE})|\b(?:run|model|price)[^\S\n](?:it|this)|\b(?:escalat(?:ors?|ions?)|bumps?|uplifts?))[^\S\n]{1,3})(?:(?:at|and|over)[^\S\n]+)(\d{1,2})[^\S\n]*(?:years?|yrs?)(?![a-z])(?![^\S\n]+(?:ago|old|of\s+(?:history|ownership)))`,
  'g',
);

/**
 * "Lease term (yrs) | 15", "Term (years): 20": a term's label with its unit in brackets, the years after it (group 1);
 * and a label saying the term is the one put to buyers ("Lease term offered: 15 years", "term proposed - 12 yrs"), the
 * years with their unit after it (group 2).
 */
export const TERM_WITH_UNIT_LABEL = new RegExp(
  String.raw`\b${TERM_NOUN}(?:\s*\(\s*(?:yrs?|years?|y)\s*\)\s*[|:=]?\s*(\d{1,2})(?![\d.,%a-z])|\s+(?:offered|proposed|assumed|required|on\s+offer)\s*[:=-]?\s*(\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?)(?![a-z]))`,
  'g',
);

/**
 * The longest term the company will sign after a term offered or asked for: "the buyer said it would go to 30-year
 * terms but we'll sign no more than 20", "25-year leases were offered; we will accept at most 15 years". The years in
 * its one group, read after the offered term, so that they win. A figure followed by anything but years or the end of
 * its clause ("we'll accept no more than 5 exclusions") is no term.
 */
export const TERM_SIGNED_AT_MOST = new RegExp(
  String.raw`(?<=\b(?:\d{1,2}|${WORD_NUMBER})[\s-]*(?:year|yr)s?[\s-]+(?:lease(?:back)?s?|terms?|tenors?)\b[^.!?\n]{0,60}?)` +
    String.raw`\b(?:we(?:'ll|\s+will|'d|\s+would|\s+can)|i(?:'ll|\s+will|'d|\s+would))\s+(?:only\s+)?(?:sign|accept|do|agree\s+to|commit\s+to|go\s+to)\s+(?:no\s+(?:more|longer)\s+than|at\s+most|up to)\s+(\d{1,2})(?:[\s-]*(?:years?|yrs?))?(?=\s*(?:[.,;!)\n]|$|(?:and|but)\b))`,
  'g',
);

/** A term's years, captured: "15", "fifteen". */
const YEARS_FIGURE = String.raw`(\d{1,2}|${WORD_NUMBER})`;

/**
 * A term said in a sentence of its own after its label, "Lease term: our auditors are fine with 17 years", and
 * the leases said to be for a number of years, "a lease back to the company would be for twelve years", "the leasebacks will
 * run for 12 years", and the leases as a label or a dash's subject with their years after it ("Lease settings: 20y / 2%
 * bumps", "the leases - let's say 11 years", "Lease term - make it 18 years" under a quoted draft): the years in the one
 * group that matches. A label's sentence holds no other figure before it.
 */
export const TERM_LABELLED_OR_LEASES_FOR = new RegExp(
  String.raw`\blease\s+(?:term|tenor)\s*:\s*(?:[a-z'\u2019,]+\s+){1,10}?(?:with|at|of|for|on|is|be)\s+${YEARS_FIGURE}[\s-]*(?:years?|yrs?)\b` +
    String.raw`|\b(?:lease(?:back)?s?|leases?\s+back)(?:\s+to\s+(?:us|the\s+company))?\s+(?:would|will|should|must|shall|are\s+to|is\s+to)\s+(?:be\s+for|run(?:\s+for)?|last(?:\s+for)?)\s+${YEARS_FIGURE}[\s-]*(?:years?|yrs?)\b` +
    // "Lease settings: 20y / 2% bumps", "the leases - let's say 11 years": the leases as a label or a dash's subject, their
    // years right after it. Years left to run, or ago, are the existing leases' and no term.
    String.raw`|\b(?:the\s+|our\s+|new\s+)?lease(?:back)?s?(?:\s+(?:settings?|assumptions?|structure|parameters?|inputs?|terms?|tenors?|length))?[^\S\n]*(?::|\s[-\u2013\u2014])[^\S\n]*(?:(?:let'?s\s+say|say|call\s+it|assume|use|make\s+it)[,\s]+)?(\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?|y)(?![a-z])(?![^\S\n]+(?:left|remaining|ago|old|to\s+(?:go|run)|in\b))`,
  'g',
);
