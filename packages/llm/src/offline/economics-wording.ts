import { OFFLINE_SCENARIO_RULES } from './scenarios-from-spec.js';
import { WORD_MULTIPLE, WORD_NUMBER } from './written-numbers.js';
import { MUSER, MUSING_VERB, OPEN_MODAL } from './musing-wording.js';
import { FLAT_AFTER_TERM } from './flat-after-term.js';

// The wording of a brief's economics: the patterns `read-economics.ts` reads lease terms, escalators and
// the reporting basis with, apart from the reading (the tax rate's: `stated-tax-rates.ts`; the objective's:
// `objective-wording.ts`).

/** A lease term's years: a numeral or words ("ten year term", "twenty-five-year leases"). */
const NUMBER = `(\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;

/** Years written after a number: "years", "yrs", "yr", "y" ("12y leases"). */
export const YEARS = '(?:years?|yrs?|y)(?![a-z])';
/** What a lease's length is called: "term", "initial term", "lease tenor", "leaseback period", "lease length". */
// A period, length or duration is a lease's only when it says so ("payback period of 5 years").
// "The sponsor's lease form is twenty years": the lease's form or tenure says its length too.
export const TERM_NOUN = String.raw`(?:(?:(?:initial|base|primary|firm|non-cancellable)\s+)*(?:lease(?:back)?[\s_]+)?(?:terms?|tenors?)|lease(?:back)?\s+(?:length|duration|period|form|tenure))`;
/** A label's value that ends its line or clause, as in a `key: value` block ("lease term: 10", "escalator: 0.02"). */
export const ENDS_VALUE = String.raw`(?=\s*(?:[,;:\n]|$|\/[^\S\n]))`;

/**
 * How a planning figure is set: "modelled at", "assumed at", "underwritten at" ("Lease terms modelled at 15 years"),
 * "to be written at", "fixed at" ("Leases to be written at 15 years", "the lease term fixed at 10 years").
 */
const MODELLED_AT = String.raw`(?:(?:are|is|were|be|to\s+be|will\s+be|shall\s+be)\s+)?(?:modell?ed|assumed|underwritten|priced|written|struck|fixed|signed)\s+(?:at|as|for)`;

/**
 * A question and its answer's label: "Tenor? CFO: ...", "Escalator? A: ...", a chat reply "↳ Finn: ...", and an IRC
 * log's nick in angle brackets after its time ("tax?\n10:33 <lia> 23%").
 */
export const ANSWERED = String.raw`\s*\?\s*["']?\s*(?:\u00a4?\s*[a-z]+\s*(?:\([^)]*\)\s*)?:\s*|(?:\[?\d{1,2}:\d{2}\]?[^\S\n]+)?<[a-z][\w.-]{0,20}>[^\S\n]*)?`;
/**
 * How an answer or a reply opens before its figure: "No, use 25%", "'Yes - assume 2%", "use 2%" after "your question
 * about the escalator:", "flat 2%" (a fixed rise, not a flat rent). Optional, after a question's `ANSWERED` or a label's colon.
 */
export const ANSWER_LEAD = String.raw`["']?\s*(?:(?:no|yes|nope|yep|yeah|ok(?:ay)?|sure|correct)\b[,!-]?\s*)?(?:(?:let'?s\s+|please\s+|just\s+|we'?ll\s+)?(?:use|assume|take|make\s+it|go\s+with|call\s+it)\s+)?(?:(?:a\s+)?(?:flat|fixed|straight)\s+(?=\d|\.\d))?`;

/**
 * "15-year leases", "a ten year term", "20-yr leaseback", "12y leases", "a 15-year tenor", "lease term of 12 years",
 * "leases of 15 years", "16 years on the leases", "the lease term we want 12 years", "terms are 20 years", and term-sheet labels: "Lease
 * term: 20 years", "Initial term - 25 yrs", "Tenor: 15 years", "Lease: 15-year absolute net", "Leases? A: 15 years".
 */
export const LEASE_TERM = new RegExp(
  `\\b(?:${NUMBER}[\\s-]*(?:year|yr|y)s?[\\s-]+(?:(?:initial|base|lease|leaseback|triple[\\s-]net|nnn|absolute[\\s-]net|absolute|master|net|firm|minimum|min|fixed|primary)\\s+)*(?:lease(?:back)?s?|terms?|tenors?)` +
    `|(?:lease(?:back)?\\s+)?${TERM_NOUN}(?:\\s+(?:assumption|assumed|input))?\\s*(?:[:=-]\\s*|,?\\s*(?:(?:let'?s|we'?ll|i'?d)\\s+)?(?:say|call\\s+it|make\\s+it|use|go\\s+with)\\s+|\\s+(?:we|i)\\s+(?:want|need|would\\s+like|'d\\s+like)\\s+|\\s(?:of|is|are|at|(?:will|would|should|must|shall|is\\s+to|needs\\s+to|has\\s+to)\\s+be|set\\s+at|${MODELLED_AT})\\s+|${ANSWERED}|\\s)\\s*${NUMBER}\\s*${YEARS}` +
    `|lease(?:back)?s?\\s*(?:[:=]\\s*|\\s+(?:of|for)\\s+|\\s+${MODELLED_AT}\\s+)${NUMBER}\\s*${YEARS}` +
    // "Lease: 15-year absolute net", "Leases, twenty-five years.", "What kind of leases? A: 15 years", "Lease
    // assumptions? A: 18 years": the leases as a label.
    `|lease(?:back)?s?(?:\\s+(?:assumptions?|inputs?|parameters))?\\s*(?::\\s*|,\\s*|${ANSWERED})${NUMBER}[\\s-]*${YEARS}|leased?\\s+back\\s+for\\s+${NUMBER}\\s*${YEARS}` +
    // "16 years on the leases", "twenty years for each leaseback": the years, then the leases they are for.
    `|${NUMBER}\\s*${YEARS}\\s+(?:on|for)\\s+(?:the|each|every|all|our|all\\s+the)\\s+(?:new\\s+)?lease(?:back)?s?` +
    // "lease term: 10", "term 15;" in a `key: value` block: the years are the unit a term is counted in.
    // "lease years: 20" (a pasted row's "lease_years,20" restated as a label): the years the leases run.
    `|(?:(?:lease(?:back)?[\\s_]*)?${TERM_NOUN}(?:[\\s_]*years)?|lease(?:back)?[\\s_]+(?:years|yrs))(?:\\s*[:=]\\s*|\\s+)(\\d+)${ENDS_VALUE}` +
    // "Lease term 15.", "Lease term fifteen.": a sentence ending on the bare number after the lease's own label.
    `|lease(?:back)?\\s+terms?\\s*[:=]?\\s*(\\d+|${WORD_NUMBER})(?=\\.(?:\\s|$))` +
    // "slb_term_yrs | 15", "Term_Yrs | 15", "lease_yrs: 18", "lease_years,20": a snake_case key copied from a model's
    // inputs, its value after a bar, colon, equals sign or a pasted CSV row's comma; the years in the key are the unit.
    `|(?:[a-z]+_(?:lease_)?(?:term|tenor)(?:_(?:yrs|years|y))?|(?:lease_)?(?:term|tenor)_(?:yrs|years|y)|(?:[a-z]+_)?lease(?:back)?_(?:yrs|years|y))\\s*[|:=,]\\s*(\\d{1,2})(?![\\d.,%]))(?![a-z])`,
  'g',
);
/**
 * "the leases were 10 years", "leases modelled over 18 years", "leases to run 20 years", "leases should be 25 years",
 * "with leases at 20 years", "leases lasting 15 years", "leases 13 years", "leases structured at 20 years".
 */
export const LEASES_WERE = new RegExp(
  `\\blease(?:back)?s?\\s+(?:(?:would|will|should|must|shall|can|could|needs?\\s+to|ha(?:ve|s)\\s+to|ought\\s+to)\\s+)?(?:(?:were|are|(?:to\\s+)?be|at|to|(?:(?:are|is|were|be)\\s+)?(?:modell?ed|assumed|underwritten|priced|structured|written|struck|set)\\s+(?:over|at|as|for)|(?:to\\s+)?(?:run(?:ning)?|roll(?:ing)?|last(?:ing)?)(?:\\s+(?:for|over))?|that\\s+(?:run|roll|last)(?:\\s+(?:for|over))?)\\s+)?${NUMBER}\\s*${YEARS}`,
  'g',
);
/**
 * "SLB 140m, ifrs16, 3% escalator, 25yr", "NW - 130mm - 20y - 2.5%", "Tax 22%. 20-yr.", "$1M · 20-yr · 3% bumps":
 * years alone as an item of a terse list, read as the lease term only
 * when the brief is about a leaseback (see `LEASEBACK_CONTEXT`), since nothing else in such a list is counted in years.
 */
export const TERSE_LIST_TERM =
  /(?<=(?:^|[,;|\n\u00b7]|[^\S\n][-\u2013\u2014]|[a-z%)]\.[^\S\n])[^\S\n]*)(\d{1,2})(?:[^\S\n]*|-)(?:yrs?|years?|y)(?=[^\S\n]*[)'"\u2019\u201d]?[^\S\n]*(?:[,;|\n\u00b7]|[-\u2013\u2014][^\S\n]|\.[^\S\n]|\.?$))/g;
/** Words that make a brief a leaseback's: "SLB", "sale-leaseback", "lease", "escalator", "bumps". */
export const LEASEBACK_CONTEXT = /\b(?:slb|sale[-\s]?(?:and[-\s])?lease[-\s]?back|leases?|leaseback|escalators?|(?:rent\s+)?bumps)\b/;
/**
 * "shorter leases", "short leases", "shorter lease terms": a relative term in a
 * conversation's what-if, read as the documented short term (see
 * `OFFLINE_SCENARIO_RULES.short_lease_term_years`) and said back in the reading's notes.
 */
export const SHORTER_LEASES = /\b(?:shorter|short)\s+(?:lease(?:back)?\s+)?(?:leases|leasebacks|terms?|lease\s+terms?)(?![a-z])/g;

/** The term a conversation's "shorter leases" stands for: the one the generated "Short leases" what-if uses. */
export const SHORT_LEASE_TERM_YEARS = OFFLINE_SCENARIO_RULES.short_lease_term_years;

/** A percentage, the number captured: "2.5%", "21 percent", "twenty-one per cent", "2.5pct". */
export const PERCENT_VALUE = String.raw`(\d+(?:\.\d+)?|${WORD_NUMBER}|${WORD_MULTIPLE})\s*(?:%|percent\b|per\s*cent\b|pct\b)`;
/** A percentage of at most 5 ("2.5%", "5%"), the number captured: the span a rent escalator takes. */
const SMALL_PERCENT = String.raw`([0-4](?:\.\d+)?|5(?:\.0+)?)(?![\d.])\s*(?:%|percent\b|per\s*cent\b)`;
/**
 * What a rent escalator is called: "escalator", "annual escalation", "rent bumps", "uplift", "step-ups", "indexation",
 * "esc" or "escal.", and a term sheet's "annual rent adjustment" (a rent adjusted each year by a rate is escalated).
 */
export const ESCALATOR_NOUN = String.raw`(?:(?:annual|yearly|fixed|rent(?:al)?|lease)\s+)*(?:escalat(?:or|ors|er|ers|ion|ions)|bumps?|uplifts?|step[-\s]?ups?|(?:rent(?:al)?|annual|yearly)\s+(?:increases?|increments?|growth|indexation|reviews?)|rent(?:al)?\s+adjustments?|indexation|ratchets?|esc(?:al)?\.?(?![a-z]))`;
/** Verbs of rent rising: "stepping up", "escalating", "growing", "going up", "indexed". */
const RENT_RISING = String.raw`(?:step(?:s|ped|ping)?(?:\s+up)?|escalat(?:e|es|ed|ing)|ris(?:e|es|ing)|grow(?:s|ing|n)?|increas(?:e|es|ed|ing)|go(?:es|ing)?\s+up|climb(?:s|ing)?|bump(?:s|ed|ing)?(?:\s+up)?|ratchet(?:s|ing)?(?:\s+up)?|index(?:ed|ing)?)`;
/**
 * What may stand between "leases" and their rise: "that", "which", and a modal ("should", "will", "need to"), so that
 * "the leases should go up by 3% annually" reads as "leases going up".
 */
const LEASES_TO_RISE = String.raw`(?:(?:that|which)\s+)?(?:(?:should|will|would|must|shall|can|need\s+to|needs\s+to|have\s+to|has\s+to|are\s+to|ought\s+to)\s+)?`;
const PER_YEAR = String.raw`(?:\s*(?:a\s+year|per\s+year|each\s+year|every\s+year|annually|per\s+annum|p\.?\s?a\.?|yearly|\/\s*(?:yr|year)))?`;

/**
 * A rise that is not the rent's: wages, salaries, prices, revenue or EBITDA a few words before the figure, in one
 * clause; "price in", "price off" are the verb ("investors price in 2% bumps", "investors price off 2.25% bumps"), also
 * with what is priced between ("buyers price these with 1.75% bumps", "price everything off 2.5% escalators"), not a
 * price that rises.
 */
const NOT_RENT_RISE = String.raw`(?<!\b(?:wage|wages|salary|salaries|price(?!\s+(?:(?:these|them|it|everything|all|leases?|deals?|(?:the|our)\s+[a-z]+)\s+)?(?:in|off|on|at|with)\b)|prices(?!\s+(?:in|off|on)\b)|revenue|revenues|sales|ebitda|headcount)\b[^.,;\n]{0,25})`;
/**
 * "2% annual bumps", "2.5% rent escalators", "escalators of 3%", "rent growing 2% a year", term-sheet labels
 * ("Annual escalation: 2.0%", "Rent bumps - 3% p.a."), and rents that rise ("rents stepping up 1.5% a year",
 * "rent that steps up by 2% each year", "leases escalating at 3% annually"), "esc 2%" and "3% esc", "2.75% annual rent
 * growth", and "escalate rents at 2.5% annually".
 */
export const ESCALATOR = new RegExp(
  // The figure and its noun on one line ("Tax rate: 21%" above "Escalator: 2%" is not a 21% escalator), and never
  // another figure's rise ("the wage round (3.5% increase)", "a 4% price increase").
  `\\b(?:(?<![\\d.])${NOT_RENT_RISE}${PERCENT_VALUE}[^\\S\\n]*(?:(?:annual|yearly|fixed|per\\s+year|a\\s+year|per\\s+annum|p\\.?\\s?a\\.?|rent|rental)\\s+)*(?:bumps?|escalat(?:or|ors|er|ers|ion|ions)|increases?|steps?|step[-\\s]?ups?|uplifts?|esc\\.?(?![a-z]))` +
    // "2.75% annual rent growth": growth named as the rent's is its escalator.
    `|(?<![\\d.])${PERCENT_VALUE}[^\\S\\n]*(?:(?:annual|yearly)\\s+)*rent(?:al)?\\s+growth${PER_YEAR}` +
    // "Escalate rents at 2.5% annually": the rent's rise as an instruction.
    `|escalat(?:e|es|ing)\\s+(?:the\\s+|all\\s+|our\\s+)?rents?\\s+(?:at|by)\\s+${PERCENT_VALUE}${PER_YEAR}` +
    // "slb_escalator | 2.0%", "annual_bump = 2.25%": a snake_case key copied from a model's inputs.
    `|[a-z]+_(?:rent_)?(?:escalat(?:or|ion)s?|bumps?|uplifts?|step_?ups?)\\s*[|:=]\\s*${PERCENT_VALUE}` +
    // "Escalator: use 2%", "escalator? A: yes, 2.5%": a label's or a question's answer may open with a word or two.
    // "Escalator's 2%", "Rent escalations under each Leaseback Lease shall be fixed at 2.25%": a contraction, or the
    // leases the escalation is under, between the noun and its figure.
    `|${ESCALATOR_NOUN}(?:\\s+(?:under|in|on|for)\\s+(?:each|every|all|the|our)\\s+(?:[a-z]+\\s+){0,2}?lease(?:back)?s?)?(?:\\s+(?:each|every|per|a)\\s+year|\\s+annually|\\s+per\\s+annum)?\\s*(?:['\u2019]s\\s+|[:=-]\\s*${ANSWER_LEAD}|\\s+(?:of|at|is|are|will\\s+be|set\\s+at|to|(?:should|must|would|shall|needs\\s+to|has\\s+to)\\s+be(?:\\s+${MODELLED_AT})?|${MODELLED_AT})\\s+|\\s+(?:(?:that\\s+)?we(?:'ve|\\s+have)?\\s+|(?:are|were|have\\s+been|been)\\s+)?(?:fixed|set|agreed|pegged|locked(?:\\s+in)?)\\s+at\\s+|${ANSWERED}${ANSWER_LEAD}|\\s+)(?:of\\s+)?${PERCENT_VALUE}${PER_YEAR}` +
    `|rents?\\s+(?:(?:that|which)\\s+)?${RENT_RISING}\\s+(?:by\\s+|at\\s+)?${PERCENT_VALUE}${PER_YEAR}` +
    // After "leases" only the rising words are taken: "12-year leases" is the lease term's own reading. The leases may
    // be said to rise ("the leases should go up by 3% annually", "with the leases rising 2% a year").
    `|(?<=\\bleases?\\s+${LEASES_TO_RISE})${RENT_RISING}\\s+(?:by\\s+|at\\s+)?${PERCENT_VALUE}${PER_YEAR}` +
    // "15-year leases at 2% growth", "leases with 2.5% annual growth": growth after the leases is the rent's; alone,
    // "2% growth" may be anything's (EBITDA, the market), so it is read only there.
    `|(?<=\\bleases?\\s+(?:at|with)\\s+)${PERCENT_VALUE}\\s*(?:(?:annual|yearly|rent(?:al)?)\\s+)*growth${PER_YEAR}` +
    // "20-year leases at 2.5%": a figure right after a lease term is the rent's rise only when it is small, since
    // escalators run from 0% to about 5% while a figure of 6% or more after leases is far likelier a cap rate or yield.
    `|(?<=\\b(?:\\d+|${WORD_NUMBER})[\\s-]*(?:year|yr)s?[\\s-]+leases?\\s+at\\s+)${SMALL_PERCENT}(?!\\s*(?:cap\\s+rate|yield|cap\\b|rate|coupon|interest|discount))` +
    // "Leases: 15 years, escalating 2.25% per year": after the leases, "escalating" says whose figure it is.
    `|(?<=\\blease(?:back)?s?\\b[^.!?\\n]{0,40})escalat(?:e|es|ing)\\s+(?:by\\s+|at\\s+)?${PERCENT_VALUE}${PER_YEAR})(?![a-z])`,
  'g',
);
/**
 * "rent escalators of 150 basis points a year", "Escalators of 300 bps per annum", "200bp bumps", "Escalator? A: 250
 * basis points", "rents rise 175 bps a year", and a key that names its unit ("escalator_bps": 200): basis points.
 */
export const ESCALATOR_BASIS_POINTS = new RegExp(
  `\\b(?:${ESCALATOR_NOUN}\\s*(?:[:=-]\\s*|\\s+(?:of|at|is|are|will\\s+be|set\\s+at|to)\\s+|${ANSWERED}|\\s+)(?:of\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)${PER_YEAR}` +
    // "rents grow 250 bps per year": rents that rise, as for a percentage.
    `|rents?\\s+(?:(?:that|which)\\s+)?${RENT_RISING}\\s+(?:by\\s+|at\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)${PER_YEAR}` +
    // "the leases going up by 150 basis points each year": the leases rising, as for a percentage.
    `|(?<=\\bleases?\\s+${LEASES_TO_RISE})${RENT_RISING}\\s+(?:by\\s+|at\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)${PER_YEAR}` +
    `|(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)\\s*(?:(?:annual|yearly|fixed|per\\s+year|a\\s+year|per\\s+annum|rent|rental)\\s+)*(?:bumps?|escalat(?:or|ors|er|ers|ion|ions)|increases?|step[-\\s]?ups?|uplifts?)` +
    // "escalator_bps": 200, "rent_escalator_bps,175", "Escalator (bps) | 150": a setting's key that carries its unit, the
    // figure after the key's colon, comma, bar or equals sign in basis points.
    `|(?:[a-z]+_)*(?:escalat(?:or|ors|ion|ions)|bumps?|uplifts?)(?:_|[^\\S\\n]*\\([^\\S\\n]*|[^\\S\\n]+(?:in[^\\S\\n]+)?)(?:bps|bp|basis[-_\\s]points?)[^\\S\\n]*\\)?["']?[^\\S\\n]*[:=,|][^\\S\\n]*["']?(\\d+(?:\\.\\d+)?)(?![\\d.%]))(?![a-z])`,
  'g',
);
/** Verbs that set a figure: "of", "at", "is", "should be", "will be", "to be", "set at". */
export const SET_TO = String.raw`(?:of|at|is|to\s+be|(?:will|would|should|must|shall|is\s+to|needs\s+to|has\s+to)\s+be|set\s+at)`;
/**
 * A fraction below one: "0.025", ".21"; never a percentage, a multiple, a longer number, or the decimals of a larger
 * figure ("leverage: 4.5" on the line above "tax rate" states no tax rate of 0.5).
 */
export const FRACTION = String.raw`(?<![\d.])(0?\.\d+)(?![\d%x]|\s*(?:percent|per\s*cent|times)\b)`;
/**
 * An escalator written as a fraction: "escalator: 0.02", "rent_escalator = .025", "escalators of 0.03", rents rising
 * by it ("rents grow 0.02 a year"), and the fraction named after it ("use 0.025 as the escalator",
 * "0.0175 annual escalators" on its line).
 */
export const ESCALATOR_FRACTION = new RegExp(
  String.raw`\b(?:(?:rent[\s_]+)?${ESCALATOR_NOUN}\s*(?:[:=]\s*|\s+${SET_TO}\s+|${ANSWERED}|\s+)${FRACTION}|${FRACTION}\s+(?:as|for)\s+(?:the|our|an?)\s+(?:annual\s+|rent(?:al)?\s+)*escalat(?:or|ion)|${FRACTION}[^\S\n]+(?:(?:annual|yearly|rent(?:al)?)\s+)+(?:escalat(?:or|ors|ion)|bumps?)|rents?\s+${RENT_RISING}\s+(?:by\s+)?${FRACTION}${PER_YEAR})`,
  'g',
);
/**
 * A thread's question on the escalator settled a line or a few later by a bare percentage ("sue: escalator 2 or 3?" ...
 * "sue: ok 2.5%", "Escalator? / ...: 2 is low / ...: fine, 2.25%"): the settling line opens with its speaker and an
 * assent, and holds nothing but the figure.
 */
export const ESCALATOR_SETTLED_IN_THREAD = new RegExp(
  String.raw`\b${ESCALATOR_NOUN}[^?\n]{0,30}\?[^\S\n]*(?:\n[^\n]{0,80}){0,3}?\n[^\S\n]*[a-z]+[^\S\n]*:[^\S\n]*(?:ok(?:ay)?|yes|yep|fine|agreed|sure|let'?s\s+(?:do|say|go\s+with|use)|go\s+with|use)[,!.]?[^\S\n]+${SMALL_PERCENT}(?=[^\S\n]*[.!]?[^\S\n]*(?:\n|$))`,
  'g',
);
/**
 * "flat rent", "rents held flat", "no escalators", "without escalation", "Escalators flat", "escalation: none", "zero
 * bumps", "escalator must be flat", "15 years, flat", "no annual rent increases".
 */
export const FLAT_RENT = new RegExp(
  String.raw`\b(?:flat(?:[-\s]rent)?\s+(?:rents?|leases?)|flat\s+rents?|rents?\s+(?:(?:stays?|held|kept|remains?|fixed)\s+)?flat|(?:no|without|zero|nil)\s+(?:(?:annual|yearly)\s+)?(?:rent\s+)?(?:escalat(?:or|ors|er|ers|ion|ions)|bumps|increases|uplifts|step[-\s]?ups)|${ESCALATOR_NOUN}\s*(?:[:=-]\s*|\s+(?:are|is|(?:will|must|has\s+to|have\s+to|needs\s+to)\s+be|to\s+be)\s+|\s+)(?:flat|none|nil|zero))(?![a-z])|${FLAT_AFTER_TERM}`,
  'g',
);
/** "2% bumps instead of flat rent", "rather than flat rents", "buyers won't accept flat rent": flat rent turned down, not asked for. */
export const TURNED_DOWN =
  /\b(?:instead\s+of|rather\s+than|in\s+place\s+of|as\s+opposed\s+to|not|no|versus|vs\.?|over|replacing|replace|(?:won'?t|will\s+not|wouldn'?t|would\s+not|don'?t|do\s+not|can'?t|cannot)\s+(?:accept|take|do|want))\s+(?:a\s+|the\s+)?$/;
/**
 * A reporting basis named as undecided, read as no basis: "whether we move to IFRS 16 is still an open question",
 * "adopting US GAAP remains undecided", "IFRS 16 is TBD", and a basis mused about ("We might look at IFRS 16 reporting
 * down the line", "we're also kicking around a switch to IFRS 16 reporting next year"), and one asked about and set aside
 * at once ("Should we use US GAAP? Never mind, keep the default").
 */
export const UNDECIDED_BASIS = new RegExp(
  String.raw`\b(?:${MUSER}(?:'re|'s|\s+are|\s+is)?\s+(?:also\s+)?(?:${OPEN_MODAL}(?:${MUSING_VERB}|explore|move\s+to|switch\s+to|adopt)|kicking\s+around|toying\s+with|mulling(?:\s+over)?|thinking\s+about|exploring|considering)\s+(?:an?\s+(?:switch|move|transition)\s+to\s+|switching\s+to\s+|moving\s+to\s+|adopting\s+)?(?:ifrs(?:\s*16)?|(?:us\s+|u\.s\.\s+)?gaap)(?:\s+(?:basis|reporting|accounting))?(?:\s+(?:down\s+the\s+line|later|next\s+year|in\s+(?:the\s+)?future|eventually|at\s+some\s+point))?|(?:(?:whether|if)\s+(?:we\s+|to\s+)?(?:[a-z]+\s+){0,2}?(?:to\s+|under\s+|on\s+)?|(?:adopting|moving\s+to|switching\s+to)\s+)?(?:ifrs(?:\s*16)?|(?:us\s+|u\.s\.\s+)?gaap)(?:\s+(?:basis|reporting|accounting))?\s+(?:is|remains)\s+(?:still\s+)?(?:an?\s+open\s+question|undecided|not\s+(?:yet\s+)?decided|tbd|to\s+be\s+decided|unclear|unresolved|under\s+review)\b|(?:could|should|can|shall)\s+we\s+(?:also\s+)?(?:try|use|run|do|consider|look\s+at)\s+(?:it\s+|this\s+)?(?:under\s+|on\s+)?(?:ifrs(?:\s*16)?|(?:us\s+|u\.s\.\s+)?gaap)(?:\s+(?:basis|reporting|accounting))?(?:\s+(?:too|as\s+well|instead))?\s*\?(?=\s*(?:[a-z]+[,.]?\s+){0,3}?(?:just\s+a\s+thought|never\s+mind|forget\s+it|(?:(?:but|otherwise)\s+)?(?:stick|stay|keep|go)\s+with\s+(?:whatever|the)\s+(?:default|usual|standard))))`,
  'g',
);
/**
 * "we report under IFRS", "IFRS 16 reporter", "on an IFRS basis", and the standards named by where they are set, after
 * a verb of reporting: "we report under the international rules", "accounts kept to international accounting standards".
 */
export const IFRS =
  /\b(?:(?:we\s+)?(?:report|reports|reporting|are)\s+(?:under|on|in)\s+(?:an?\s+)?ifrs(?:\s*16)?(?:\s+basis)?|(?:report|reports|reporting|reported|accounts?|accounting|books|kept|prepared)\s+(?:under|on|in|to|by|using)\s+(?:the\s+)?international\s+(?:accounting\s+|reporting\s+)?(?:rules|standards|principles)|ifrs(?:\s*16)?(?:\s+(?:basis|reporter|reporting|accounts|view))?)(?![a-z0-9])/g;
/**
 * "we report under US GAAP", "ASC 842", and "GAAP" alone ending a clause ("Leaseability 0.65 or higher. GAAP.", "2% bumps,
 * GAAP, no labs"); and the standards named by their country after a verb of reporting: "we report under US rules",
 * "books kept to American accounting standards".
 */
export const US_GAAP =
  /\b(?:(?:we\s+)?(?:report|reports|reporting|are)\s+(?:under|on|in)\s+(?:us\s+|u\.s\.\s+)?gaap(?:\s+basis)?|(?:report|reports|reporting|reported|accounts?|accounting|books|kept|prepared)\s+(?:under|on|in|to|by|using)\s+(?:the\s+)?(?:us|u\.s\.|american)\s+(?:accounting\s+|reporting\s+)?(?:rules|standards|principles)|(?:us|u\.s\.)[\s_-]+gaap(?:\s+basis)?|gaap\s+(?:basis|reporter|reporting|accounts)|asc\s*842|(?<![-\w])gaap(?=\s*(?:[.;,\n]|$)))(?![a-z0-9])/g;
/**
 * A lease term corrected right after it is asked about: "5-year leases? No - make it 7 years", "Term? Actually, let's
 * say 12 years", and the new count alone ending its sentence ("Use 8 year leases? No -- make it 10."). `TERM_CORRECTION` is the new figure; `TERM_ASKED_BEFORE` is tested on the written text just before
 * it, since the figure taken back and the words taking it back are blanked from the reading copy.
 */
export const TERM_CORRECTION = new RegExp(
  `\\b(?:make\\s+(?:it|that|them)|let'?s\\s+(?:do|say|go\\s+with)|use|go\\s+with|stick\\s+with)\\s+${NUMBER}\\s*(?:${YEARS}|(?=[^\\S\\n]*(?:[.;!\\n]|$)))`,
  'g',
);
/**
 * The question on a lease term, and any "no", "actually" or "not for this round", ending where a `TERM_CORRECTION`
 * starts ("a 25-year lease? Not for this round - stick with 15 years"); or the term stated with its years and answered
 * right after it, on the next line by its speaker or in the next sentence ("> lease term 15 yrs / Julia: make it 12
 * years", "15-year leases. Actually, make it 12 years"), with no other figure between.
 */
export const TERM_ASKED_BEFORE =
  /(?:\b(?:lease(?:back)?s?|terms?|tenors?)\b[^.!?\n]{0,10}\?\s*(?:(?:no|nope|actually|scratch\s+that|on\s+second\s+thought|not\s+(?:for|in)\s+this\s+(?:round|run))\b)?|(?:\blease(?:back)?\s+(?:terms?|tenors?)[^\S\n]*[:=]?[^\S\n]*\d{1,2}[^\S\n]*-?[^\S\n]*(?:years?|yrs?|y)|\b\d{1,2}[^\S\n]*-?[^\S\n]*(?:years?|yrs?)[-\s]+lease(?:back)?s?)(?![a-z])[^\S\n]*[.;,!]?[^\S\n]*(?:\n[^\S\n]*)?(?:[a-z][\w.'-]{0,20}(?:[^\S\n]+[a-z][\w.'-]{0,20})?[^\S\n]*:)?(?:[^\S\n]*(?:no|nope|actually|ok(?:ay)?|hmm|wait)\b)*)[\s,.;:\u2014\u2013-]*$/i;
