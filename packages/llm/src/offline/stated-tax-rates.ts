import { WORD_NUMBER } from './written-numbers.js';
import { ANSWERED, ANSWER_LEAD, ENDS_VALUE, FRACTION, PERCENT_VALUE, SET_TO } from './economics-wording.js';

// The tax rate on the sale's gain as a brief states it: a percentage named as tax, a fraction labelled as the tax
// rate, a bare figure after "tax" or answering a question on it, and a rate a few words from "tax" or for the gain.
// Read by `readEconomics`, apart from the lease term, escalator and basis wording of `economics-wording.ts`.

/**
 * "21% tax rate", "a twenty-one percent tax rate", "tax rate of 25%", "tax rate 21%", "taxed at 21%", "the tax charge on
 * gains is 20%", "25% tax on the gain", "tax on gain = 24%", and a question on tax answered ("Tax rate? A: 24 percent",
 * "should we assume zero tax? No, use 25%"), and a note's "tax @ 25%" (the at sign for "at"). The figure before "tax" is on its line: a model's "annual_bump = 2.25%"
 * above "tax on gain = 24%" is not a tax rate.
 */
export const TAX_RATE = new RegExp(
  String.raw`\b(?:${PERCENT_VALUE}[^\S\n]*(?:(?:cash|marginal|corporate|effective|capital[\s-]gains?)\s+)*tax(?:\s+(?:rate|charge))?(?:\s+on\s+(?:the\s+|any\s+)?gains?)?` +
    String.raw`|(?:(?:cash|marginal|corporate|effective|capital[\s-]gains?)\s+)?tax(?:\s+(?:rate|charge))?(?:\s+on\s+(?:the\s+|any\s+)?gains?(?:\s+on\s+sale)?)?(?:\s*@\s*|\s+(?:of\s+|at\s+|is\s+|=\s*|:\s*)?|${ANSWERED}${ANSWER_LEAD})(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b|pct\b)` +
    String.raw`|taxed\s+at\s+(\d+(?:\.\d+)?)\s*%)(?![a-z])`,
  'g',
);
/**
 * A tax rate written as a fraction: "tax_rate: 0.25", "tax rate = .21", "tax_on_gain: 0.26", "tax 0.21", "a tax rate of 0.21", "Tax rate?
 * A: 0.25", a table cell ("| Tax rate | 0.21 |"), and the fraction named after it ("use 0.25 as the tax rate", "use
 * 0.28 for tax", "assume a 0.24 tax rate", "gains are taxed at 0.28"), and the rate on the gains described, then the fraction
 * settled on ("the blended rate on gains is roughly a quarter, so use 0.25"); in a `key: value` block, one or zero too, and a label's fraction ending its sentence ("Tax:
 * 0.27. Proceeds: ...", "Tax rate applied to gain: 0.2").
 */
export const TAX_RATE_FRACTION = new RegExp(
  String.raw`\b(?:tax(?:[\s_]+(?:rate(?:[\s_]+(?:applied[\s_]+)?(?:to|on|for)[\s_]+(?:the[\s_]+|any[\s_]+)?(?:book[\s_]+|capital[\s_]+)?gains?)?|on[\s_]+(?:the[\s_]+|any[\s_]+)?gains?))?\s*[:=]\s*(0?\.\d+|1(?:\.0+)?|0)(?:${ENDS_VALUE}|(?=\.(?:[^\S\n]|$)))|tax(?:[\s_]+rate)?(?:\s+${SET_TO}\s+|${ANSWERED}|\s+)${FRACTION}|${FRACTION}\s+(?:as|for)\s+(?:(?:the|our|a)\s+)?tax(?:\s+rate)?|${FRACTION}[^\S\n]+(?:(?:blended|effective|marginal|corporate|cash)\s+)?tax\s+rate|taxed\s+at\s+${FRACTION}|rate\s+(?:for|on)\s+(?:the\s+|any\s+)?gains?\b[^.;%$\d\n]{0,45}?\bso\s+(?:use|take|model|assume)\s+${FRACTION})`,
  'g',
);
/** The kind of tax rate an answer may name after its percentage: "federal", "statutory", "blended", "all-in". */
const KIND_OF_RATE = '(?:federal|statutory|corporate|blended|combined|effective|marginal|cash|all-in)';

/**
 * A tax rate as a bare number after "tax" at the end of a terse message or clause ("42m, tax 25'", "tax rate 21;",
 * "Tax at twenty-one.", "Tax rate's 21.", "Tax, use twenty-one."), or answering a question on it ("and tax? / omar: 21"): no other unit follows, and a
 * hyphenated "pre-tax" is not the word. A
 * figure opening "0." is a fraction, left to `TAX_RATE_FRACTION`: "Tax: 0.27" is 27%, not 0.27%.
 */
export const TAX_RATE_BARE = new RegExp(
  String.raw`(?<![-\w])tax(?:[\s_]+rate(?:'s)?)?(?:[^\S\n]*\((?:%|percent|pct)\))?(?:\s*[:=]|\s+at|\s+is|\s*,?\s+(?:use|say|assume))?\s*(?!0\.\d)(\d{1,2}(?:\.\d+)?|${WORD_NUMBER})(?=\s*(?:[.!]?['"\u2019\u201d)]|[.!]?\s*$|[,;.]\s)|[^\S\n]*\n)` +
    // "kim: tax rate assumption?\nraj: 22", "hal: tax rate for the gain?\njan: 27%.", "what's the tax rate we're using?\nray:
    // 21.": the question on the tax rate, a few words after it on its own line, answered by a figure on its own, or by
    // a percentage with the kind of rate it is ("21% federal, use that", "25% blended").
    String.raw`|(?<![-\w])tax(?:[\s_]+rate)?(?:[^\S\n]+(?!(?:implications?|consequences?|impacts?|effects?|benefits?|savings?|leakage|bill|liabilit(?:y|ies)|credits?|shield|loss(?:es)?|treatment|costs?|exposure|hit|owed|due)\b)[a-z'\u2019]+){0,5}?${ANSWERED}${ANSWER_LEAD}(\d{1,2}(?:\.\d+)?)(?:[^\S\n]*(?:%|percent\b|pct\b)(?:[^\S\n]+${KIND_OF_RATE}(?:[^\S\n]+rate)?(?![a-z]))?)?(?=[^\S\n]*(?:\n|$|[.,;!]))`,
  'g',
);
/**
 * A tax rate a few words after "tax" ("the tax team says use 26% for the gain", "for tax purposes assume 24%"),
 * with no other figure's name in between ("gains are taxed at twenty percent"), a rate "for tax", and a rate for the
 * gain without the word tax ("26% on the gain").
 */
export const TAX_RATE_LOOSE = new RegExp(
  String.raw`\btax(?:es|ed)?\b(?:\s*[:,]?\s+(?!(?:proceeds|markets?|share|escalat\w*|bumps?|rents?|rental|leverage|coverage|criticality|leaseability|target|floor|concentration|metro|city|of\s+the\s+target)\b)[a-z'-]+){0,8}?\s*(?:[:=,]\s*)?(?<![a-z]-)${PERCENT_VALUE}(?:\s+(?:for|on)\s+(?:the\s+|any\s+)?(?:capital\s+)?gains?)?|${PERCENT_VALUE}\s+(?:for|on)\s+(?:the\s+|any\s+)?(?:(?:capital\s+)?gains?(?:\s+on\s+(?:the\s+)?sales?)?|tax(?:es)?(?:\s+purposes)?(?=\s*(?:[.,;:!)\n]|$|and\b)))` +
    // "the statutory 21% rate", "our blended 25% tax rate": the kind of rate, its figure, then "rate".
    String.raw`|(?:blended|effective|marginal|statutory|combined)\s+${PERCENT_VALUE}\s+(?:(?:federal|state|corporate|income|tax)\s+)*rate\b` +
    // "use a 26% combined rate": a combined rate is a tax rate without the word (a blended or effective rate may be a
    // loan's, so it needs the gain or the word tax; a statutory rate is often the default set aside: "not the 21%
    // statutory rate").
    String.raw`|${PERCENT_VALUE}\s+combined\s+rate\b` +
    // "a 25.5% blended rate be applied to any book gain": a rate applied to the gain is the tax on it.
    String.raw`|${PERCENT_VALUE}\s+(?:(?:blended|effective|marginal|statutory|combined|all-in)\s+)?rate\b(?:\s+[a-z'-]+){0,4}?\s+(?:to|on|against)\s+(?:the\s+|any\s+|a\s+)?(?:book\s+|capital\s+|taxable\s+|accounting\s+)?gains?` +
    // "our blended federal and state rate is 25%": a blended or statutory rate is a tax rate without the word.
    String.raw`|(?:blended|effective|marginal|statutory|combined)\s+(?:(?:federal|state|local|and|cash|corporate|income)\s+)*rate\s+(?:is\s+|of\s+|at\s+|[:=]\s*)?${PERCENT_VALUE}` +
    // "use the 21% federal rate", "apply a 26% federal and state rate": a federal rate is a tax rate without the word,
    // unless it is set aside ("not the 21% federal rate").
    String.raw`|(?<!\bnot\s+(?:the\s+|a\s+|our\s+)?)${PERCENT_VALUE}\s+federal(?:\s+(?:and|\+|plus)\s+state)?(?:\s+(?:corporate|income))?(?:\s+tax)?\s+rate\b` +
    // "we pay about 23% in tax", "assume we pay 25% in tax on any gain": what the company pays in tax, in the present or
    // as an assumption ("we paid 30% in tax last year" tells of the past).
    String.raw`|\b(?:we|the\s+company|the\s+group|it)\s+(?:(?:would|will|should|'ll|'d)\s+)?(?:pay|pays|owe|owes|lose|loses)\s+(?:(?:about|around|roughly|approximately|some|close\s+to|nearly|~)\s*)?${PERCENT_VALUE}\s+in\s+(?:(?:federal|corporate|income|capital[\s-]gains?)\s+)?tax(?:es)?(?:\s+on\s+(?:the\s+|any\s+|our\s+)?(?:capital\s+)?gains?)?`,
  'g',
);
