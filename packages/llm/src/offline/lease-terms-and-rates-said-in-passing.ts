import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';
import { WORD_NUMBER } from './written-numbers.js';

// The lease term, the escalator and the tax rate said in passing, in words no field reader knows, restated in the
// words they do: a bare "sixteen years" among the deal's settings ("ninety-five million dollars, rent bumps of 2%,
// sixteen years, ASC 842"), the term "set at 17 years", the leases "we sign, make them twelve years", "a 27% gain tax
// rate", a tax rate's setting under a "tax:" parent ("tax:\n  gain_rate: 0.225"), "the escalator we're offering is 2.5%"
// and "Rent escalator: CPI-capped at 2.0% - model as 2.0%".

/** A term's years, in figures or words: "16", "sixteen", "twenty-five". */
const YEARS = String.raw`(?:\d{1,2}|${WORD_NUMBER})`;

/** Words of the deal's other settings on a line, beside which a bare number of years is the lease term. */
const SETTINGS_ON_THE_LINE = /%|percent|\bbumps?\b|escalat|\basc\s*842\b|\bifrs\b|\bgaap\b/i;

/**
 * A number of years standing alone as an item of a list of settings: "…, sixteen years, ASC 842", "18 yrs, bumps of
 * 2.75%" (after a speaker's colon). Restated "16-year leases". Years with more words ("for 20 years", "20 years old")
 * are no such item.
 */
const BARE_YEARS_ITEM = new RegExp(
  String.raw`(?<=(?:^|[,;:\u2014\u2013])[^\S\n]*)(?<years>${YEARS})[^\S\n]+(?:years?|yrs?)(?=[^\S\n]*(?:[,;.\u2014\u2013]|\n|$))`,
  'gim',
);

/** "the lease term be set at 17 years", "term is fixed at 15 years": the term as a setting made, restated "term of". */
const TERM_SET_AT = new RegExp(
  String.raw`\b(?<term>(?:lease\s+)?term)\s+(?:be|is|to\s+be|should\s+be|will\s+be|shall\s+be)\s+(?:set|fixed|agreed)\s+(?:at|to)(?=\s+${YEARS}\s+years?\b)`,
  'gi',
);

/** "Whatever leases we sign, make them twelve years": the leases named, then made a number of years. */
const LEASES_MADE_YEARS = new RegExp(String.raw`(?<=\bleases\b[^.;!?\n]{0,40}?)\bmake\s+(?:them|those)(?=\s+${YEARS}\s+years?\b)`, 'gi');

/** "a 27% gain tax rate", "25% capital gains tax rate": the rate on the gain, its figure before it. */
const GAIN_TAX_RATE_AFTER_FIGURE = /(?<=\d(?:\.\d+)?\s*%\s+)(?:capital[-\s])?gains?\s+tax(?:\s+rate)?(?![a-z])/gi;

/** A tax setting's rate on the gain under a "tax:" parent: "tax:\n  gain_rate: 0.225", the key restated "tax_rate". */
const GAIN_RATE_UNDER_TAX = /(?<=^[^\S\n]*tax[^\S\n]*:[^\S\n]*\n[^\S\n]+)gain[_\s-]?rate(?=[^\S\n]*[:=])/gim;

/** "the escalator we're offering is 2.5%": who offers it dropped, so that the escalator's "is" meets its figure. */
const ESCALATOR_WE_OFFER =
  /(?<=\bescalator)\s+(?:we(?:'re|\u2019re|\s+are|'ll\s+be|\s+will\s+be)|they(?:'re|\u2019re|\s+are))\s+(?:offering|proposing|giving|using|assuming)(?=\s+is\b)/gi;

/**
 * "Rent escalator: CPI-capped at 2.0% - model as 2.0%", "Escalator: CPI-linked; use 2.5%": the figure to model is the
 * setting, so what stands before it on the label's line is dropped.
 */
const ESCALATOR_MODELLED_AS =
  /(?<=\bescalator[^\S\n]*:[^\S\n]*)[^\n]{0,50}?[-;,\u2014\u2013][^\S\n]*(?:model(?:led)?|use|treat(?:ed)?|assume)\s+(?:it\s+)?(?:as\s+|at\s+)?(?=\d)/gi;

/** Every form above has one of these words: a brief with none is left as it is. */
const PASSING_WORD = /year|yrs?\b|gain|escalator/i;

/** The edits restating the lease settings said in passing; none for a brief without them. */
export function leaseTermsAndRatesSaidInPassingRestatements(text: string): TextEdit[] {
  if (!PASSING_WORD.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(BARE_YEARS_ITEM)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (SETTINGS_ON_THE_LINE.test(line)) add(match.index, match.index + match[0].length, `${match.groups?.['years']}-year leases`);
  }
  for (const match of text.matchAll(TERM_SET_AT)) add(match.index, match.index + match[0].length, `${match.groups?.['term']} of`);
  for (const match of text.matchAll(LEASES_MADE_YEARS)) add(match.index, match.index + match[0].length, 'make the leases');
  for (const match of text.matchAll(GAIN_TAX_RATE_AFTER_FIGURE)) add(match.index, match.index + match[0].length, 'tax rate');
  for (const match of text.matchAll(GAIN_RATE_UNDER_TAX)) add(match.index, match.index + match[0].length, 'tax_rate');
  for (const match of text.matchAll(ESCALATOR_WE_OFFER)) add(match.index, match.index + match[0].length, '');
  for (const match of text.matchAll(ESCALATOR_MODELLED_AS)) add(match.index, match.index + match[0].length, '');
  return edits;
}
