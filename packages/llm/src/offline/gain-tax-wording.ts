/**
 * The tax rate said of the gains it is charged on, beside `tax-rate-wording.ts`: the rate put before the gains ("apply
 * a 25% rate to any net gain", "with a 25% rate on net gains"), the rate for gains given its figure after a few words
 * ("the effective rate for gains this year is expected to be 23%"), the gains modelled or taxed at a figure ("we model
 * the full gain at 21%"), and a bare "apply 23.5% overall" or "use a 28% rate" that follows the tax or the gains it
 * answers; a figure applied to the gain ("apply 26% to any gain"), gains tax-effected at a figure, and a label on the
 * tax on the gain with a bracketed note ("Tax on gain (Seller's estimate): 23%"). Tax rates a brief only tried ("the tax team ran sensitivity at 21%, 25% and 28%") are read as nothing.
 * Read by `readEconomics`; the figure is the first group that took part.
 */

import { RATE_ON_THE_GAIN } from './rates-on-the-gain.js';

const PERCENT = String.raw`(\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)`;

/** The gains a tax rate is charged on: "gains", "any net gain", "the gain computation". */
const GAINS = String.raw`(?:any\s+|all\s+|the\s+|our\s+)?(?:net\s+|taxable\s+|full\s+|book\s+)?gains?\b`;

/** A tax rate charged on gains, in the forms `TAX_RATE_DESCRIBED` and the older patterns miss. */
export const TAX_ON_GAINS = new RegExp(
  [
    // "apply a 25% rate to any net gain", "a 25% rate on net gains", "a 24% tax rate against the gains". The figure and
    // the rate share a line: a row's "35%" ends that row, and "Tax rate on gain" on the next row is another label.
    String.raw`\b${PERCENT}[^\S\n]+(?:tax\s+)?rate\s+(?:to|on|for|against)\s+${GAINS}`,
    // "the effective rate for gains this year is expected to be 23%", "rate on gains should be taken as 24%": the
    // figure within a few words, with no other figure between.
    String.raw`\brate\s+(?:for|on)\s+${GAINS}[^.;%$\d\n]{0,45}?\b(?:is|be|as|of|at)\s+${PERCENT}`,
    // "gains on sale at 26%", "net gains on disposal taxed at 24%": the gains the sale makes, put at a figure, which only
    // a tax rate on them is.
    String.raw`\b${GAINS}\s+on\s+(?:the\s+)?(?:sale|disposal)s?\s+(?:(?:taxed|modell?ed)\s+)?at\s+${PERCENT}`,
    // "we model the full gain at 21%", "gains taxed at 25%", "tax the net gains at 26 percent".
    String.raw`\b(?:model(?:led|ed)?|tax(?:ed)?|treat(?:ed)?)\s+${GAINS}(?:\s+(?:taxed|modell?ed))?\s+at\s+${PERCENT}`,
    // "Use 23% as the tax rate on the gain", "take 25% as our effective tax rate": the figure named the rate.
    String.raw`\b${PERCENT}\s+as\s+(?:the|our|a|an)\s+(?:(?:effective|assumed|blended|marginal|cash)\s+)?tax\s+rate\b`,
    // "use 20% as the rate on any gain", "take 24% as our rate for the gains": the figure named the rate on the gain,
    // which is the tax on it without the word.
    String.raw`\b${PERCENT}\s+as\s+(?:the|our|a|an)\s+(?:(?:effective|assumed|blended|marginal|cash)\s+)?rate\s+(?:to|on|for|against)\s+${GAINS}`,
    // "what rate do we use on the gains?" answered on the next line by a figure alone ("Liz (COO): 22%"): the rate
    // asked for is the one on the gain, and the answer is it, also when the answer was joined to the question's line.
    String.raw`\brate\b[^?\n]{0,30}?\b(?:to|on|for|against)\s+${GAINS}(?:\s*\?[^\S\n]*\n[^\S\n]*(?:(?:\[[^\]\n]{1,12}\][^\S\n]*)?[a-z][a-z.'\u2019 -]{0,30}?(?:[^\S\n]*\([^)\n]{1,20}\))?[^\S\n]*:[^\S\n]*)?|[^\S\n]*[?:][^\S\n]*)${PERCENT}(?=[^\S\n]*(?:[.!]|\n|$))`,
    // "apply 26% to any gain", "use 24% on the gains": the figure put straight on the gain, which only a tax rate is.
    String.raw`\b(?:apply|applying|use|using|charge|charging)\s+${PERCENT}\s+(?:to|on|against)\s+${GAINS}`,
    // "Gains to be tax-effected at 25%", "the gain is tax effected at 26%", "tax-effect the gains at 23%".
    String.raw`\b${GAINS}\s+(?:(?:are|is|will\s+be|should\s+be|to\s+be)\s+)?tax[-\s]?effected\s+at\s+${PERCENT}`,
    String.raw`\btax[-\s]?effect(?:ing)?\s+${GAINS}\s+at\s+${PERCENT}`,
    // "Tax on gain (Seller's estimate): 23%": a label for the tax on the gain, a bracketed note on whose figure it is.
    String.raw`\btax(?:\s+rate)?\s+on\s+${GAINS}[^\S\n]*\([^)\n]{1,40}\)[^\S\n]*[:=-][^\S\n]*${PERCENT}`,
    // "Use 25% for tax on any gain", "24% for taxes on the gains": the figure for the tax charged on the gain.
    String.raw`\b${PERCENT}\s+for\s+tax(?:es)?\s+on\s+${GAINS}`,
    // "use 26% for tax", "assume 24% for taxes": the figure used for the tax, with nothing after that names another
    // thing taxed ("26% for tax on rent" is not the rate on the gain).
    String.raw`\b(?:use|using|apply|applying|assume|assuming|take)\s+(?:a\s+)?${PERCENT}\s+for\s+(?:the\s+)?tax(?:es)?\b(?!\s+on\b)`,
    // "put tax at a quarter (25%)", "set the tax rate at 24%": the tax set to a figure, a word for it allowed first.
    String.raw`\b(?:put|set|pitch|peg)\s+(?:the\s+)?tax(?:\s+rate)?\s+at\s+(?:(?:a|one|about|around)\s+(?:quarter|fifth|third)\s*\(\s*)?${PERCENT}`,
    // "a 27% combined federal and state rate on the gain", "Rate on gain: 24%".
    ...RATE_ON_THE_GAIN,
  ].join('|'),
  'g',
);

/**
 * "please apply 21%", "apply 23.5% overall", "use a 28% rate", "for the model please use 26% to be prudent", "use 21%
 * for the SLB model": a figure
 * applied with nothing after it that names another setting. It is a tax rate only when tax or gains were the subject
 * just before it (`taxSubjectBefore`), so "use 40%" said of a market share is never read.
 */
export const APPLIED_PERCENT = new RegExp(
  String.raw`\b(?:apply|use)\s+(?:a\s+|an\s+)?${PERCENT}(?:\s+(?:tax\s+)?rate\b|\s+(?:overall|all[-\s]in|blended|instead))?(?=\s*(?:[.;,)\n]|$|to\s+be\s+(?:prudent|conservative|safe)|for\s+(?:the\s+)?(?:(?:[a-z]{2,12}\s+)?(?:model|modell?ing)|tax|gains?|this\s+run)\b))`,
  'g',
);

/** Tax or gains named, with no other setting named after it, up to a bare applied figure. */
const TAX_SUBJECT =
  /\b(?:tax|gains?)\b(?![\s\S]*\b(?:escalat\w*|bumps?|market|share|leverage|coverage|fccr|criticality|leaseability|rent|term)\b)/;

/** Whether `before` (the text just before a bare applied figure) is about tax or the gains it is charged on. */
export function taxSubjectBefore(before: string): boolean {
  return TAX_SUBJECT.test(before);
}

/**
 * Tax rates tried or left open rather than asked for: "ran sensitivity at 21%, 25% and 28%", "sensitivities of 21% and
 * 25%", "the tax rate could be 21% or 25% depending on structuring". Claimed and read as nothing, so that none of the
 * figures becomes the rate.
 */
export const TAX_SENSITIVITY =
  /\b(?:tax\s+)?rate\s+(?:could|might|may)\s+(?:be|end\s+up\s+(?:at|as))\s+\d{1,2}(?:\.\d+)?\s*%\s+or\s+\d{1,2}(?:\.\d+)?\s*%|\bsensitivit(?:y|ies)(?:\s+(?:analysis|cases?|runs?))?\s+(?:at|of|on|for|across|with|using)\s+(?:(?:tax\s+)?rates?\s+of\s+)?\d{1,2}(?:\.\d+)?\s*%(?:\s*(?:,|and|or|to|,\s*and)\s*\d{1,2}(?:\.\d+)?\s*%)+/g;

/** Every form of `TAX_SENSITIVITY` has one of these words: a brief with none skips it. */
export const TAX_SENSITIVITY_WORD = /sensitiv|could be|might be|may be|end up/;

/**
 * "tax_rate: 24%", "tax_rate = 21 percent", "tax_rate_on_gain: 21%", "gain_tax_rate: 25%": a model's input key for the
 * rate, named for the gain or not, with its figure as a percentage.
 */
export const TAX_RATE_KEY = new RegExp(
  String.raw`\b(?:(?:capital_)?gains?_)?tax_rate(?:_on(?:_the)?(?:_taxable)?_gains?)?\s*(?::|=|\bis\b)\s*${PERCENT}`,
  'g',
);

/** Every form above has one of these words: a brief with none skips them. */
export const GAIN_TAX_WORD = /gain|apply|use|assum|take|put|set|pitch|peg|sensitiv|could|might|may|end up|tax_rate|tax rate/;

/**
 * A statutory or federal tax rate judged to understate the tax ("the federal statutory rate of 21% is the number in
 * the model but it understates state exposure", "the statutory 21% understates it"): claimed and read as nothing, so
 * that the blended rate said beside it is the one read, whichever comes first.
 */
export const TAX_RATE_UNDERSTATED = new RegExp(
  String.raw`\b(?:(?:federal\s+)?statutory|federal|headline)\s+(?:(?:tax\s+)?rate\s+(?:of\s+|is\s+)?)?${PERCENT}(?:\s+(?:tax\s+)?rate)?(?=[^.;!?\n]{0,60}?\b(?:understates?|overstates?|is\s+too\s+(?:low|high)))`,
  'g',
);

/** Every form of `TAX_RATE_UNDERSTATED` judges the rate with one of these: a brief with none skips it. */
export const JUDGED_RATE_WORD = /understate|overstate|too low|too high/;
