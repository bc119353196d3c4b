import { OFFLINE_SCENARIO_RULES } from './scenarios-from-spec.js';
import { WORD_MULTIPLE, WORD_NUMBER } from './written-numbers.js';
import { MUSER, MUSING_VERB, OPEN_MODAL } from './musing-wording.js';
import { FLAT_AFTER_TERM } from './flat-after-term.js';

// The wording of a brief's economics: the patterns `read-economics.ts` reads lease terms, escalators,
// the reporting basis and the tax rate with, apart from the reading (the objective's: `objective-wording.ts`).

/** A lease term's years: a numeral or words ("ten year term", "twenty-five-year leases"). */
const NUMBER = `(\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;

/** Years written after a number: "years", "yrs", "yr", "y" ("12y leases"). */
export const YEARS = '(?:years?|yrs?|y)(?![a-z])';
/** What a lease's length is called: "term", "initial term", "lease tenor", "leaseback period", "lease length". */
// A period, length or duration is a lease's only when it says so ("payback period of 5 years").
// "The sponsor's lease form is twenty years": the lease's form or tenure says its length too.
export const TERM_NOUN = String.raw`(?:(?:(?:initial|base|primary|firm|non-cancellable)\s+)*(?:lease(?:back)?[\s_]+)?(?:terms?|tenors?)|lease(?:back)?\s+(?:length|duration|period|form|tenure))`;
/** A label's value that ends its line or clause, as in a `key: value` block ("lease term: 10", "escalator: 0.02"). */
const ENDS_VALUE = String.raw`(?=\s*(?:[,;:\n]|$|\/[^\S\n]))`;

/**
 * How a planning figure is set: "modelled at", "assumed at", "underwritten at" ("Lease terms modelled at 15 years"),
 * "to be written at", "fixed at" ("Leases to be written at 15 years", "the lease term fixed at 10 years").
 */
const MODELLED_AT = String.raw`(?:(?:are|is|were|be|to\s+be|will\s+be|shall\s+be)\s+)?(?:modell?ed|assumed|underwritten|priced|written|struck|fixed|signed)\s+(?:at|as|for)`;

/** A question and its answer's label: "Tenor? CFO: ...", "Escalator? A: ...", a chat reply "↳ Finn: ...". */
const ANSWERED = String.raw`\s*\?\s*["']?\s*(?:\u00a4?\s*[a-z]+\s*(?:\([^)]*\)\s*)?:\s*)?`;
/**
 * How an answer or a reply opens before its figure: "No, use 25%", "'Yes - assume 2%", "use 2%" after "your question
 * about the escalator:". Optional, after a question's `ANSWERED` or a label's colon.
 */
const ANSWER_LEAD = String.raw`["']?\s*(?:(?:no|yes|nope|yep|yeah|ok(?:ay)?|sure|correct)\b[,!-]?\s*)?(?:(?:let'?s\s+|please\s+|just\s+|we'?ll\s+)?(?:use|assume|take|make\s+it|go\s+with|call\s+it)\s+)?`;

/**
 * "15-year leases", "a ten year term", "20-yr leaseback", "12y leases", "a 15-year tenor", "lease term of 12 years",
 * "leases of 15 years", "16 years on the leases", "the lease term we want 12 years", and term-sheet labels: "Lease
 * term: 20 years", "Initial term - 25 yrs", "Tenor: 15 years", "Lease: 15-year absolute net", "Leases? A: 15 years".
 */
export const LEASE_TERM = new RegExp(
  `\\b(?:${NUMBER}[\\s-]*(?:year|yr|y)s?[\\s-]+(?:(?:initial|base|lease|leaseback|triple[\\s-]net|nnn|absolute[\\s-]net|absolute|master|net|firm|minimum|min|fixed|primary)\\s+)*(?:lease(?:back)?s?|terms?|tenors?)` +
    `|(?:lease(?:back)?\\s+)?${TERM_NOUN}(?:\\s+(?:assumption|assumed|input))?\\s*(?:[:=-]\\s*|,?\\s*(?:(?:let'?s|we'?ll|i'?d)\\s+)?(?:say|call\\s+it|make\\s+it|use|go\\s+with)\\s+|\\s+(?:we|i)\\s+(?:want|need|would\\s+like|'d\\s+like)\\s+|\\s(?:of|is|at|(?:will|would|should|must|shall|is\\s+to|needs\\s+to|has\\s+to)\\s+be|set\\s+at|${MODELLED_AT})\\s+|${ANSWERED}|\\s)\\s*${NUMBER}\\s*${YEARS}` +
    `|lease(?:back)?s?\\s*(?:[:=]\\s*|\\s+(?:of|for)\\s+|\\s+${MODELLED_AT}\\s+)${NUMBER}\\s*${YEARS}` +
    // "Lease: 15-year absolute net", "Leases, twenty-five years.", "What kind of leases? A: 15 years", "Lease
    // assumptions? A: 18 years": the leases as a label.
    `|lease(?:back)?s?(?:\\s+(?:assumptions?|inputs?|parameters))?\\s*(?::\\s*|,\\s*|${ANSWERED})${NUMBER}[\\s-]*${YEARS}|leased?\\s+back\\s+for\\s+${NUMBER}\\s*${YEARS}` +
    // "16 years on the leases", "twenty years for each leaseback": the years, then the leases they are for.
    `|${NUMBER}\\s*${YEARS}\\s+(?:on|for)\\s+(?:the|each|every|all|our|all\\s+the)\\s+(?:new\\s+)?lease(?:back)?s?` +
    // "lease term: 10", "term 15;" in a `key: value` block: the years are the unit a term is counted in.
    `|(?:lease(?:back)?[\\s_]*)?${TERM_NOUN}(?:[\\s_]*years)?(?:\\s*[:=]\\s*|\\s+)(\\d+)${ENDS_VALUE}` +
    // "Lease term 15.", "Lease term fifteen.": a sentence ending on the bare number after the lease's own label.
    `|lease(?:back)?\\s+terms?\\s*[:=]?\\s*(\\d+|${WORD_NUMBER})(?=\\.(?:\\s|$))` +
    // "slb_term_yrs | 15", "Term_Yrs | 15", "lease_yrs: 18": a snake_case key copied from a model's inputs, its value
    // after a bar, colon or equals sign; the years in the key are the unit.
    `|(?:[a-z]+_(?:lease_)?(?:term|tenor)(?:_(?:yrs|years|y))?|(?:lease_)?(?:term|tenor)_(?:yrs|years|y)|(?:[a-z]+_)?lease(?:back)?_(?:yrs|years|y))\\s*[|:=]\\s*(\\d{1,2})(?![\\d.,%]))(?![a-z])`,
  'g',
);
/**
 * "the leases were 10 years", "leases modelled over 18 years", "leases to run 20 years", "leases should be 25 years",
 * "with leases at 20 years", "leases lasting 15 years", "leases 13 years", "leases structured at 20 years".
 */
export const LEASES_WERE = new RegExp(
  `\\blease(?:back)?s?\\s+(?:(?:would|will|should|must|shall|can|could)\\s+)?(?:(?:were|are|(?:to\\s+)?be|at|to|(?:(?:are|is|were|be)\\s+)?(?:modell?ed|assumed|underwritten|priced|structured|written|struck|set)\\s+(?:over|at|as|for)|(?:to\\s+)?(?:run(?:ning)?|roll(?:ing)?|last(?:ing)?)(?:\\s+(?:for|over))?|that\\s+(?:run|roll|last)(?:\\s+(?:for|over))?)\\s+)?${NUMBER}\\s*${YEARS}`,
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
/** What a rent escalator is called: "escalator", "annual escalation", "rent bumps", "uplift", "step-ups", "indexation", "esc". */
export const ESCALATOR_NOUN = String.raw`(?:(?:annual|yearly|fixed|rent(?:al)?|lease)\s+)*(?:escalat(?:or|ors|er|ers|ion|ions)|bumps?|uplifts?|step[-\s]?ups?|(?:rent(?:al)?|annual|yearly)\s+(?:increases?|increments?|growth|indexation|reviews?)|indexation|ratchets?|esc\.?(?![a-z]))`;
/** Verbs of rent rising: "stepping up", "escalating", "growing", "going up", "indexed". */
const RENT_RISING = String.raw`(?:step(?:s|ped|ping)?(?:\s+up)?|escalat(?:e|es|ed|ing)|ris(?:e|es|ing)|grow(?:s|ing|n)?|increas(?:e|es|ed|ing)|go(?:es|ing)?\s+up|climb(?:s|ing)?|bump(?:s|ed|ing)?(?:\s+up)?|ratchet(?:s|ing)?(?:\s+up)?|index(?:ed|ing)?)`;
const PER_YEAR = String.raw`(?:\s*(?:a\s+year|per\s+year|each\s+year|every\s+year|annually|per\s+annum|p\.?\s?a\.?|yearly|\/\s*(?:yr|year)))?`;

/**
 * A rise that is not the rent's: wages, salaries, prices, revenue or EBITDA a few words before the figure, in one
 * clause; "price in" is the verb ("investors price in 2% bumps"), not a price that rises.
 */
const NOT_RENT_RISE = String.raw`(?<!\b(?:wage|wages|salary|salaries|price(?!\s+in\b)|prices(?!\s+in\b)|revenue|revenues|sales|ebitda|headcount)\b[^.,;\n]{0,25})`;
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
    // After "leases" only the rising words are taken: "12-year leases" is the lease term's own reading.
    `|(?<=\\bleases?\\s+(?:(?:that|which)\\s+)?)${RENT_RISING}\\s+(?:by\\s+|at\\s+)?${PERCENT_VALUE}${PER_YEAR}` +
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
 * basis points", "rents rise 175 bps a year": basis points.
 */
export const ESCALATOR_BASIS_POINTS = new RegExp(
  `\\b(?:${ESCALATOR_NOUN}\\s*(?:[:=-]\\s*|\\s+(?:of|at|is|are|will\\s+be|set\\s+at|to)\\s+|${ANSWERED}|\\s+)(?:of\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)${PER_YEAR}` +
    // "rents grow 250 bps per year": rents that rise, as for a percentage.
    `|rents?\\s+(?:(?:that|which)\\s+)?${RENT_RISING}\\s+(?:by\\s+|at\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)${PER_YEAR}` +
    `|(\\d+(?:\\.\\d+)?)\\s*(?:bps|bp|basis[-\\s]points?)\\s*(?:(?:annual|yearly|fixed|per\\s+year|a\\s+year|per\\s+annum|rent|rental)\\s+)*(?:bumps?|escalat(?:or|ors|er|ers|ion|ions)|increases?|step[-\\s]?ups?|uplifts?))(?![a-z])`,
  'g',
);
/** Verbs that set a figure: "of", "at", "is", "should be", "will be", "to be", "set at". */
const SET_TO = String.raw`(?:of|at|is|to\s+be|(?:will|would|should|must|shall|is\s+to|needs\s+to|has\s+to)\s+be|set\s+at)`;
/**
 * A fraction below one: "0.025", ".21"; never a percentage, a multiple, a longer number, or the decimals of a larger
 * figure ("leverage: 4.5" on the line above "tax rate" states no tax rate of 0.5).
 */
const FRACTION = String.raw`(?<![\d.])(0?\.\d+)(?![\d%x]|\s*(?:percent|per\s*cent|times)\b)`;
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
 * bumps", "escalator must be flat", "15 years, flat".
 */
export const FLAT_RENT = new RegExp(
  String.raw`\b(?:flat(?:[-\s]rent)?\s+(?:rents?|leases?)|flat\s+rents?|rents?\s+(?:(?:stays?|held|kept|remains?|fixed)\s+)?flat|(?:no|without|zero|nil)\s+(?:annual\s+|rent\s+)?(?:escalat(?:or|ors|er|ers|ion|ions)|bumps|increases|uplifts|step[-\s]?ups)|${ESCALATOR_NOUN}\s*(?:[:=-]\s*|\s+(?:are|is|(?:will|must|has\s+to|have\s+to|needs\s+to)\s+be|to\s+be)\s+|\s+)(?:flat|none|nil|zero))(?![a-z])|${FLAT_AFTER_TERM}`,
  'g',
);
/** "2% bumps instead of flat rent", "rather than flat rents": flat rent turned down, not asked for. */
export const TURNED_DOWN =
  /\b(?:instead\s+of|rather\s+than|in\s+place\s+of|as\s+opposed\s+to|not|no|versus|vs\.?|over|replacing|replace)\s+(?:a\s+|the\s+)?$/;
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
/** "we report under IFRS", "IFRS 16 reporter", "on an IFRS basis". */
export const IFRS =
  /\b(?:(?:we\s+)?(?:report|reports|reporting|are)\s+(?:under|on|in)\s+(?:an?\s+)?ifrs(?:\s*16)?(?:\s+basis)?|ifrs(?:\s*16)?(?:\s+(?:basis|reporter|reporting|accounts|view))?)(?![a-z0-9])/g;
/** "we report under US GAAP", "ASC 842", and "GAAP" alone ending a clause ("Leaseability 0.65 or higher. GAAP.", "2% bumps, GAAP, no labs"). */
export const US_GAAP =
  /\b(?:(?:we\s+)?(?:report|reports|reporting|are)\s+(?:under|on|in)\s+(?:us\s+|u\.s\.\s+)?gaap(?:\s+basis)?|(?:us|u\.s\.)[\s_-]+gaap(?:\s+basis)?|gaap\s+(?:basis|reporter|reporting|accounts)|asc\s*842|(?<![-\w])gaap(?=\s*(?:[.;,\n]|$)))(?![a-z0-9])/g;
/**
 * "21% tax rate", "a twenty-one percent tax rate", "tax rate of 25%", "tax rate 21%", "taxed at 21%", "the tax charge on
 * gains is 20%", "25% tax on the gain", "tax on gain = 24%", and a question on tax answered ("Tax rate? A: 24 percent",
 * "should we assume zero tax? No, use 25%"). The figure before "tax" is on its line: a model's "annual_bump = 2.25%"
 * above "tax on gain = 24%" is not a tax rate.
 */
export const TAX_RATE = new RegExp(
  String.raw`\b(?:${PERCENT_VALUE}[^\S\n]*(?:(?:cash|marginal|corporate|effective|capital[\s-]gains?)\s+)*tax(?:\s+(?:rate|charge))?(?:\s+on\s+(?:the\s+|any\s+)?gains?)?` +
    String.raw`|(?:(?:cash|marginal|corporate|effective|capital[\s-]gains?)\s+)?tax(?:\s+(?:rate|charge))?(?:\s+on\s+(?:the\s+|any\s+)?gains?(?:\s+on\s+sale)?)?(?:\s+(?:of\s+|at\s+|is\s+|=\s*|:\s*)?|${ANSWERED}${ANSWER_LEAD})(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b|pct\b)` +
    String.raw`|taxed\s+at\s+(\d+(?:\.\d+)?)\s*%)(?![a-z])`,
  'g',
);
/**
 * A tax rate written as a fraction: "tax_rate: 0.25", "tax rate = .21", "tax 0.21", "a tax rate of 0.21", "Tax rate?
 * A: 0.25", a table cell ("| Tax rate | 0.21 |"), and the fraction named after it ("use 0.25 as the tax rate", "use
 * 0.28 for tax", "assume a 0.24 tax rate", "gains are taxed at 0.28"); in a `key: value` block, one or zero too.
 */
export const TAX_RATE_FRACTION = new RegExp(
  String.raw`\b(?:tax(?:[\s_]+rate)?\s*[:=]\s*(0?\.\d+|1(?:\.0+)?|0)${ENDS_VALUE}|tax(?:[\s_]+rate)?(?:\s+${SET_TO}\s+|${ANSWERED}|\s+)${FRACTION}|${FRACTION}\s+(?:as|for)\s+(?:(?:the|our|a)\s+)?tax(?:\s+rate)?|${FRACTION}[^\S\n]+(?:(?:blended|effective|marginal|corporate|cash)\s+)?tax\s+rate|taxed\s+at\s+${FRACTION})`,
  'g',
);
/**
 * A tax rate as a bare number after "tax" at the end of a terse message or clause ("42m, tax 25'", "tax rate 21;",
 * "Tax at twenty-one.", "Tax rate's 21.", "Tax, use twenty-one."), or answering a question on it ("and tax? / omar: 21"): no other unit follows, and a
 * hyphenated "pre-tax" is not the word.
 */
export const TAX_RATE_BARE = new RegExp(
  String.raw`(?<![-\w])tax(?:[\s_]+rate(?:'s)?)?(?:\s*[:=]|\s+at|\s+is|\s*,?\s+(?:use|say|assume))?\s*(\d{1,2}(?:\.\d+)?|${WORD_NUMBER})(?=\s*(?:[.!]?['"\u2019\u201d)]|[.!]?\s*$|[,;.]\s))` +
    // "kim: tax rate assumption?\nraj: 22", "hal: tax rate for the gain?\njan: 27%.", "what's the tax rate we're using?\nray:
    // 21.": the question on the tax rate, a few words after it on its own line, answered by a figure on its own.
    String.raw`|(?<![-\w])tax(?:[\s_]+rate)?(?:[^\S\n]+(?!(?:implications?|consequences?|impacts?|effects?|benefits?|savings?|leakage|bill|liabilit(?:y|ies)|credits?|shield|loss(?:es)?|treatment|costs?|exposure|hit|owed|due)\b)[a-z'\u2019]+){0,5}?${ANSWERED}${ANSWER_LEAD}(\d{1,2}(?:\.\d+)?)(?:[^\S\n]*(?:%|percent\b|pct\b))?(?=[^\S\n]*(?:\n|$|[.,;!]))`,
  'g',
);
/**
 * A lease term corrected right after it is asked about: "5-year leases? No - make it 7 years", "Term? Actually, let's
 * say 12 years". `TERM_CORRECTION` is the new figure; `TERM_ASKED_BEFORE` is tested on the written text just before
 * it, since the figure taken back and the words taking it back are blanked from the reading copy.
 */
export const TERM_CORRECTION = new RegExp(
  `\\b(?:make\\s+(?:it|that|them)|let'?s\\s+(?:do|say|go\\s+with)|use|go\\s+with|stick\\s+with)\\s+${NUMBER}\\s*${YEARS}`,
  'g',
);
/**
 * The question on a lease term, and any "no", "actually" or "not for this round", ending where a `TERM_CORRECTION`
 * starts ("a 25-year lease? Not for this round - stick with 15 years").
 */
export const TERM_ASKED_BEFORE =
  /\b(?:lease(?:back)?s?|terms?|tenors?)\b[^.!?\n]{0,10}\?\s*(?:(?:no|nope|actually|scratch\s+that|on\s+second\s+thought|not\s+(?:for|in)\s+this\s+(?:round|run))\b)?[\s,.;:\u2014\u2013-]*$/i;
/**
 * A tax rate a few words after "tax" ("the tax team says use 26% for the gain", "for tax purposes assume 24%"),
 * with no other figure's name in between ("gains are taxed at twenty percent"), a rate "for tax", and a rate for the
 * gain without the word tax ("26% on the gain").
 */
export const TAX_RATE_LOOSE = new RegExp(
  String.raw`\btax(?:es|ed)?\b(?:\s*[:,]?\s+(?!(?:proceeds|markets?|share|escalat\w*|bumps?|rents?|rental|leverage|coverage|criticality|leaseability|target|floor|concentration|metro|city|of\s+the\s+target)\b)[a-z'-]+){0,8}?\s*(?:[:=,]\s*)?(?<![a-z]-)${PERCENT_VALUE}(?:\s+(?:for|on)\s+(?:the\s+|any\s+)?(?:capital\s+)?gains?)?|${PERCENT_VALUE}\s+(?:for|on)\s+(?:the\s+|any\s+)?(?:(?:capital\s+)?gains?(?:\s+on\s+(?:the\s+)?sales?)?|tax(?:es)?(?:\s+purposes)?(?=\s*(?:[.,;:!)\n]|$|and\b)))` +
    // "the statutory 21% rate", "our blended 25% tax rate": the kind of rate, its figure, then "rate".
    String.raw`|(?:blended|effective|marginal|statutory|combined)\s+${PERCENT_VALUE}\s+(?:(?:federal|state|corporate|income|tax)\s+)*rate\b` +
    // "a 25.5% blended rate be applied to any book gain": a rate applied to the gain is the tax on it.
    String.raw`|${PERCENT_VALUE}\s+(?:(?:blended|effective|marginal|statutory|combined|all-in)\s+)?rate\b(?:\s+[a-z'-]+){0,4}?\s+(?:to|on|against)\s+(?:the\s+|any\s+|a\s+)?(?:book\s+|capital\s+|taxable\s+|accounting\s+)?gains?` +
    // "our blended federal and state rate is 25%": a blended or statutory rate is a tax rate without the word.
    String.raw`|(?:blended|effective|marginal|statutory|combined)\s+(?:(?:federal|state|local|and|cash|corporate|income)\s+)*rate\s+(?:is\s+|of\s+|at\s+|[:=]\s*)?${PERCENT_VALUE}`,
  'g',
);
