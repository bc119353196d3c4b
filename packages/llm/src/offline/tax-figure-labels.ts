import { PERCENT_VALUE } from './economics-wording.js';

// Tax rates in wordings the older patterns miss, apart from `read-economics.ts`: a percentage named as the tax on the
// gain, a tax label with a bracketed note, a command line's flag, rates added up to a total, and a rate qualified by
// the year it is for.

/**
 * A percentage named as the tax after it: "Use 22% as the tax on any gain", "take 25% for the tax rate". The figure
 * as a fraction has its own pattern (`TAX_RATE_FRACTION`). The tax ends its clause, or is the gain's: "30% for tax
 * on rent income" and "5 percent for tax advisers" are other figures.
 */
export const PERCENT_AS_THE_TAX = new RegExp(
  String.raw`\b${PERCENT_VALUE}\s+(?:as|for)\s+(?:the\s+|our\s+)?tax(?:\s+rate)?(?:\s+on\s+(?:the\s+|any\s+)?(?:capital\s+)?gains?)?(?=\s*(?:[.,;:!)\n]|$))`,
  'g',
);

/**
 * A tax label with a bracketed note before its figure: "Tax (Seller model): 25%", "Tax rate (blended) - 26%", and a
 * sheet's row copied with a tab between label and figure ("Tax rate (gain on sale)<tab>22.5%"), read as white space: the
 * figure then ends its line, so that a figure followed by more words ("Tax (federal) 21% plus state") is left alone.
 */
export const TAX_LABEL_WITH_NOTE = new RegExp(
  String.raw`(?<![-\w])tax(?:\s+rate)?\s*\([^)\n]{1,30}\)(?:\s*[:=\u2013-]\s*|[^\S\n]+(?=[\d.]+[^\S\n]*(?:%|percent)[^\S\n]*(?:\n|$)))${PERCENT_VALUE}`,
  'g',
);

/**
 * A command line's flag for the tax rate: "--tax-rate 0.2", "--tax_rate=0.25", "--tax 21%". The figure as a fraction
 * (group 1) or a percentage (group 2).
 */
export const TAX_RATE_FLAG = /(?<![\w-])--tax(?:[-_]rate)?(?:=|\s+)(?:(0?\.\d+|0|1(?:\.0+)?)(?![\d.%])|(\d{1,2}(?:\.\d+)?)\s*%)/g;

/**
 * Rates added up to a total after a word of tax or gains on their line, the total the one to use: "Gains taxed at 21%
 * federal + ~4% state = 25%", "tax: 21% + 5% = 26%". Any other sum ("2% + 3% = 5%" of leverage) is no tax rate. The
 * total in group 1.
 */
export const TAX_RATES_ADDED_UP =
  /(?<=\b(?:tax(?:es|ed)?|gains?)\b[^\n]{0,40}?)\b\d{1,2}(?:\.\d+)?\s*%\s*(?:[a-z]+\s+)?\+\s*~?\s*\d{1,2}(?:\.\d+)?\s*%\s*(?:[a-z]+\s+)?=\s*~?\s*(\d{1,2}(?:\.\d+)?)\s*%/g;

/**
 * A blended or effective rate qualified by the year or deal it is for: "our blended rate this year is 26%", "the
 * effective tax rate for this deal is 24%". A rate without the word tax needs the blended or effective kind.
 */
export const RATE_FOR_THIS_YEAR = new RegExp(
  String.raw`\b(?:blended|effective|marginal|statutory|combined)\s+(?:tax\s+)?rate\s+(?:this|for\s+(?:this|the))\s+(?:year|deal|transaction|sale|period)\s+(?:is|will\s+be|of|at)\s+${PERCENT_VALUE}`,
  'g',
);

/**
 * Every form has a tax word (or one a scan split: "ta x"), a plus sign or a blended kind of rate: a brief with none
 * skips them.
 */
export const TAX_FIGURE_LABEL_WORD = /tax|\+|blended|effective|marginal|statutory|combined|t ?a ?x/;

/**
 * A scanned note's tax label split by a stray space, opening its line with its figure ending it: "Ta x: 23%", "T ax
 * rate: 21%". Only as a label of its own line, so that words that merely run "ta" into "x" elsewhere are left alone.
 */
export const SCANNED_TAX_LABEL = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*t(?:[^\S\n]a|a[^\S\n])x(?:[^\S\n]+rate)?[^\S\n]*:[^\S\n]*${PERCENT_VALUE}(?=[^\S\n]*(?:\n|$))`,
  'g',
);
