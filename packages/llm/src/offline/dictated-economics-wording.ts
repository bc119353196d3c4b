import { IFRS_IN_PLAIN_WORDS, US_BASIS_IN_PLAIN_WORDS } from './plain-basis-wording.js';
import { ESCALATOR_NOUN, PERCENT_VALUE, YEARS } from './economics-wording.js';
import { WORD_NUMBER } from './written-numbers.js';

/**
 * The economics as a brief dictated and transcribed writes them, beside `economics-wording.ts`: a reporting basis
 * spelt letter by letter or heard as another word ("I F R S sixteen", "U.S. gap", "on a gap basis"), a present value
 * spelt out ("the lowest N P V cost"), a hesitation between a label and its figure ("Rent escalator, uh, two percent",
 * "Leases, um, sixteen years"), a tax rate's "four" heard as "for" ("tax twenty for percent"), and a term, escalator or
 * tax rate restated after the one set aside ("leases at 15 years were rejected", "existing leases escalate at 2%;
 * we'd model the new leasebacks at 2.5%", "the statutory 21% understates it - use 26% blended with state"), a
 * thread's question on the escalator or tax rate answered with the figure to use, and an escalator as a bare figure
 * ("tax 25, escalator 2."). Read by `readEconomics`.
 */

/** A number of years or a percentage: a numeral or words. */
const NUMBER = String.raw`(\d+(?:\.\d+)?|${WORD_NUMBER})`;
/** A hesitation a transcript keeps ("uh", "um", "er", "erm", "ah"), with the comma or stop around it. */
const HESITATION = String.raw`,?\s+(?:uh+|um+|erm?|ah)[,.]?\s+`;

/**
 * IFRS spelt letter by letter, as a transcript writes it ("I F R S sixteen", "i f r s 16"). The letters alone are
 * read only with the standard's number: "I F R S" may spell something else. The international rules said in plain words
 * (`IFRS_IN_PLAIN_WORDS`) are read with it.
 */
export const SPELLED_IFRS = new RegExp(String.raw`\bi f r s (?:sixteen|16)(?![a-z0-9])|${IFRS_IN_PLAIN_WORDS.source}`, 'g');

/**
 * US GAAP heard as the word "gap": "on a U.S. gap basis", "US gap", "on a gap basis". A gap of anything else ("the
 * funding gap", "a gap between bid and ask") has neither "US" before it nor "basis" after it. The US rules said in plain
 * words (`US_BASIS_IN_PLAIN_WORDS`) are read with it.
 */
export const HEARD_US_GAAP = new RegExp(
  String.raw`\b(?:(?:us|u\.s\.)[\s-]+gap(?:\s+basis)?|(?:on\s+an?\s+)?gap\s+basis)(?![a-z])|${US_BASIS_IN_PLAIN_WORDS.source}`,
  'g',
);

/**
 * The cheapest capital with its present value spelt out: "the lowest N P V cost", "go for the smallest N P V cost",
 * "minimise N P V cost". A present value named without a superlative or a verb of minimising is no objective.
 */
export const SPELLED_NPV_COST =
  /\b(?:(?:the\s+)?(?:lowest|smallest|least|minimum|cheapest)(?:\s+possible)?\s+n p v(?:\s+(?:cost|costs|terms|basis))?|minimi[sz](?:e|es|ed|ing)\s+(?:the\s+)?n p v(?:\s+cost)?)(?![a-z])/g;

/** "Rent escalator, uh, two percent", "escalators um 2.5%": the escalator's figure after a hesitation. */
export const ESCALATOR_AFTER_HESITATION = new RegExp(String.raw`\b${ESCALATOR_NOUN}${HESITATION}(?:about\s+)?${PERCENT_VALUE}`, 'g');

/** "Leases, uh, sixteen years", "lease term, um, 15 years": the term's years after a hesitation. */
export const TERM_AFTER_HESITATION = new RegExp(
  String.raw`\blease(?:back)?s?(?:\s+terms?)?${HESITATION}(?:about\s+)?${NUMBER}[\s-]*${YEARS}`,
  'g',
);

/**
 * A tax rate whose "four" was heard as "for" after a tens word: "tax twenty for percent", "tax rate of thirty for
 * percent". The tens word in its first group; the percent sign or word must follow, so that "tax twenty for the
 * state" is nothing.
 */
export const TAX_RATE_HEARD_FOR_FOUR =
  /\btax(?:\s+rate)?(?:\s+(?:of|at|is))?\s+(twenty|thirty|forty|fifty)[\s-]for\s*(?:%|percent\b|per\s*cent\b)/g;

/** The value of a tens word heard before "for" (four): "twenty" is 24. */
export function tensAndFour(tens: string): number {
  return ({ twenty: 24, thirty: 34, forty: 44, fifty: 54 } as Readonly<Record<string, number>>)[tens] ?? Number.NaN;
}

/**
 * A tax rate restated as the rate blended with the state's: "use 26% blended with state", "take 25% combined with
 * state tax", "27% all-in including state". Said after a rate it replaces ("the statutory 21% understates it"), and
 * read where it stands, later, so that it wins.
 */
export const TAX_RATE_WITH_STATE = new RegExp(
  String.raw`\b(?:(?:use|assume|take|apply|model)\s+)?${PERCENT_VALUE}\s+(?:blended|combined|all-in)\s+(?:with|including|incl\.?)\s+(?:the\s+)?state(?:\s+(?:tax|taxes|rate))?(?![a-z])`,
  'g',
);

/**
 * A lease term named and turned down: "leases at 15 years were rejected by the buyer pool", "a lease of 25 years was
 * turned down". Claimed first and read as nothing, so that the term chosen instead is the one read.
 */
export const TERM_TURNED_DOWN = new RegExp(
  String.raw`\blease(?:back)?s?\s+(?:at|of)\s+${NUMBER}[\s-]*${YEARS}\s+(?:were|was|have\s+been|has\s+been|got)\s+(?:rejected|turned\s+down|refused|declined|ruled\s+out|dropped)`,
  'g',
);

/**
 * A lease term someone else floated, then the one the writer goes with: "Our bankers floated a 12-year lease
 * structure; we're going with 18 years", "the buyer proposed 10-year leases, but we'll go with 15 years". The chosen
 * term is the second group; the floated one is claimed with it, so that it is not read.
 */
export const TERM_FLOATED_THEN_CHOSEN = new RegExp(
  String.raw`\b(?:floated|proposed|suggested|pitched|offered|pushed\s+for|asked\s+for)\s+(?:an?\s+)?${NUMBER}[\s-]*${YEARS}\s+lease(?:back)?s?(?:\s+(?:structure|term|tenor))?\s*(?:[;,.]|\s[-\u2013\u2014])\s*(?:but\s+)?(?:we(?:'re|\s+are)\s+(?:going|sticking)|we(?:'ll|\s+will)\s+(?:go|stick)|we\s+went|we(?:'ve|\s+have)\s+(?:chosen|settled\s+on|opted\s+for)|we\s+(?:chose|settled\s+on|opted\s+for))\s+(?:with\s+)?(?:an?\s+)?${NUMBER}[\s-]*${YEARS}(?![a-z])`,
  'g',
);

/**
 * The new leasebacks' escalator after the existing leases': "we'd model the new leasebacks at 2.5%", "price the new
 * leases at 2%". Read only in a brief naming an escalation (see `readEconomics`), and only a small figure (up to 5%),
 * since a larger one after leases is a cap rate or a yield.
 */
export const NEW_LEASES_AT =
  /\b(?:model|price|underwrite|write|set|run|sign)\s+(?:the\s+)?new\s+lease(?:back)?s\s+at\s+([0-4](?:\.\d+)?|5(?:\.0+)?)(?![\d.])\s*%(?!\s*(?:cap|yield|rate|coupon|interest|discount)\b)/g;

/** A word naming the rent's rise: the test before reading `NEW_LEASES_AT`. */
export const ESCALATION_WORD = /escalat|bump|uplift/;

/** A thread's line: its speaker, a colon, and an answer that turns the question's figure down or settles on another. */
const ANSWER_LINE = String.raw`\?[^\S\n]*\n[^\S\n]*[a-z\u00c0-\u00ff]+[^\S\n]*:[^\S\n]*(?:no|nope|not\s+quite)?[,.]?[^\n]{0,60}?\b(?:use|take|go\s+with|make\s+it|(?:we(?:'ll|\s+will)?\s+)?accept)\s+`;

/**
 * A thread's question on the escalator answered on the next line with the figure to use: "A: we put 3% escalator? /
 * B: no, 2% is market, use 2%", "A: escalator 2,5%? / B: investor asked 3 %, we accept 3 %". The answer's figure in
 * the one group; the question's is claimed with it and read as nothing.
 */
export const ESCALATOR_ANSWERED_ON_NEXT_LINE = new RegExp(
  String.raw`\b${ESCALATOR_NOUN}[^?\n]{0,30}${ANSWER_LINE}([0-4](?:\.\d+)?|5(?:\.0+)?)(?![\d.])[^\S\n]*(?:%|percent\b|per\s*cent\b)`,
  'g',
);

/**
 * A thread's question on the tax rate offering two figures, ending its line: "tax 21%? or 25?", "tax rate 21 or 25?".
 * The answer on the next line, a figure opening it, is then the rate to use.
 */
const TAX_OPTIONS_QUESTION = String.raw`(?:[\s_]+rate)?[^\S\n]+\d{1,2}(?:\.\d+)?[^\S\n]*%?(?:[^\S\n]*\?)?[^\S\n]*(?:,|or)[^\S\n]+(?:or[^\S\n]+)?\d{1,2}(?:\.\d+)?[^\S\n]*%?[^\S\n]*\?[^\S\n]*\n[^\S\n]*[a-z\u00c0-\u00ff]+[^\S\n]*:[^\S\n]*(?:(?:ok(?:ay)?|yes|yeah|so)[,.]?[^\S\n]+)?`;

/**
 * A thread's question on the tax rate answered on the next line with the rate to use: "Ana: for tax on gain we use
 * 21%? / Tomás: no, local effective is 26%, take 26", and a question offering two figures answered by one ("sam: tax
 * 21%? or 25? / ella: 25, includes state"). The answer's figure, a percentage with or without its sign, in the one
 * group.
 */
export const TAX_RATE_ANSWERED_ON_NEXT_LINE = new RegExp(
  String.raw`\btax\b(?:[^?\n]{0,40}${ANSWER_LINE}|${TAX_OPTIONS_QUESTION})(\d{1,2}(?:\.\d+)?)(?!\d|\.\d)[^\S\n]*(?:%|percent\b|per\s*cent\b)?(?=[^\S\n]*(?:[.,;!]|\n|$))`,
  'g',
);

/**
 * An escalator as a bare small figure ending its clause, as a terse list or a transcript writes it: "tax 25, escalator
 * 2.", "escalator: 2.5". At most 5, since escalators run from 0% to about 5%; a figure with a unit after it is another's.
 */
export const ESCALATOR_BARE =
  /(?<![-\w])escalat(?:or|ors|ion)(?:\s*[:=]\s*|\s+(?:at|of|is)\s+|\s+)([0-4](?:\.\d+)?|5)(?=\s*(?:[.!]?\s*$|[.!]?\n|[,;.]\s))/g;
