import { EBITDA_IN_WORDS } from './ebitda-in-words.js';
import { CHARGES_COVERED_BY_EARNINGS } from './charges-covered-by-earnings.js';
import {
  A_YEARS_EARNINGS,
  CHARGES_DETERMINER,
  DUTY,
  EARNINGS_BEFORE_RENT,
  EARNINGS_BEFORE_RENT_NAME,
  EARNINGS_DETERMINER,
  INTEREST_AND_RENT as TWO_CHARGES,
  PAY,
  WHAT_IS_EARNED,
  WHAT_IS_EARNED_IN_A_YEAR,
} from './coverage-vocabulary.js';
import { LEASE_INCLUSIVE_RATIO, LEASES_COUNTED_AT_EIGHT_TIMES, NOT_COUNTED_AT_EIGHT } from './leases-counted-at-eight-times.js';
import { LEVERAGE_WITH_LEASES_COUNTED_IN, RENT_COUNTED_IN_FORMULA } from './rent-counted-in-formula.js';
import { RENT_TURNED_INTO_DEBT_MEASURES } from './rent-turned-into-debt-measures.js';
import { WORD_MULTIPLE } from './written-numbers.js';

/**
 * The covenant ratios described by what they measure, in the words of people outside treasury who spell each ratio
 * out instead of naming it (`docs/domain.md` defines each): net leverage as borrowings (net of cash) against a year's
 * operating profit, lease-adjusted leverage as debt with the rent capitalised at eight times over earnings before
 * rent, written as a formula or as a measure with the formula in a bracket, and fixed-charge coverage as interest
 * and rent paid or covered by earnings. Regular expression sources (lower case) that `plain-ratio-names.ts` joins to
 * the ratios' plain names, so every form of a limit the bound reader knows follows them.
 */

/**
 * Debt in everyday words, with cash taken off or not: "borrowings", "net borrowings", "our debt (net of cash)",
 * "borrowings after cash", "debt, net of cash,", "plain debt".
 */
const BORROWINGS = String.raw`(?:(?:our|the|total|net|plain|gross)\s+)*(?:debt|borrowings?)(?:\s*,?\s*\(?\s*(?:net\s+of|after|less)\s+cash\s*\)?,?)?`;

/**
 * A year's earnings, never with rent added back: "a year's operating profit", "annual EBITDA", "a year of operating
 * earnings", "yearly operating profit (EBITDA)", "what we earn in a year".
 */
const YEAR_EARNINGS = String.raw`${EBITDA_IN_WORDS}|${A_YEARS_EARNINGS}(?:\s*\(\s*ebitda\s*\))?|${WHAT_IS_EARNED_IN_A_YEAR}|${WHAT_IS_EARNED}`;

/**
 * What joins a ratio's name to its limit in a bracket or a term sheet's clause: "net leverage (max 3.7x)", "FCCR (min
 * 1.5x)", "Fixed Charge Coverage: Seller to maintain not less than 1.55x". The bracket's opening, or the party and its
 * verb, becomes part of the name so that the limit after it is read as the ratio's.
 */
const LIMIT_JOIN = (bound: string) =>
  String.raw`\s*(?:\((?=\s*(?:${bound})\s*\d)|:\s*(?:the\s+)?(?:seller|borrower|company|tenant|guarantor|issuer|obligors?|we)\s+(?:to|shall|must|will)\s+maintain(?:\s+(?:a|an|the)\s+(?:ratio|level)(?:\s+of)?)?(?=\s+(?:not\s+(?:more|less)\s+than|no\s+(?:more|less)\s+than|at\s+(?:least|most)|a\s+(?:maximum|minimum)\s+of|\d)))`;
/** An upper limit's words in a bracket: "max", "at most", "≤". */
const UPPER_WORDS = String.raw`max(?:imum)?|at\s+most|no\s+more\s+than|<=?|\u2264`;
/** A lower limit's words in a bracket: "min", "at least", "≥". */
const LOWER_WORDS = String.raw`min(?:imum)?|at\s+least|no\s+less\s+than|>=?|\u2265`;

/**
 * A verb and a comparison that bound the debt from above: "can't be more than", "stay under", "to no more than", and a
 * verb of rising refused ("must not climb above", "don't let our debt run above").
 */
const HELD_UNDER = String.raw`(?:(?:should|must|has\s+to|needs?\s+to|to|can'?t|cannot|mustn'?t|shouldn'?t|won'?t|doesn'?t|does\s+not|don'?t|do\s+not|can|may|will|kept|keep)\s+)?(?:(?:not|never)\s+)?(?:(?:stay|stays|staying|sit|sits|be|is|remain|remains|kept|keeps|held|holds|go|end\s+up|ends\s+up|run|runs|climb|climbs|rise|rises|creep|creeps|get|gets)\s+)?(?:below|under|at\s+most|max(?:imum)?|no\s+(?:more|higher|greater)\s+than|(?:more|higher|greater)\s+than|not\s+(?:above|over|exceed(?:ing)?)|exceed|above|over|past|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|within|capped\s+at|<=?|\u2264)`;
/**
 * When the borrowings are counted, between their name and their bound: "borrowings after the deal", "borrowing after
 * the sale", "net borrowings afterwards". The bound reader's gap passes over these words to the comparison.
 */
const AFTER_THE_DEAL = String.raw`(?:\s+(?:afterwards|(?:after|following)\s+(?:the\s+|this\s+)?(?:deal|sale|closing|transaction|programme|program|slb|leasebacks?)))?`;
/** Cash taken off in commas after when the debt is counted, part of the name: "our debt after the deal, net of cash,". */
const NET_OF_CASH_AFTER = String.raw`(?:${AFTER_THE_DEAL}\s*,\s*(?:net\s+of|less)\s+cash\s*,)?`;

/**
 * Net leverage described: borrowings bounded at a multiple of a year's earnings ("borrowings stay under three and a
 * half times a year's operating profit", "net borrowings no more than 3.5 times EBITDA", "keep debt under 3.75 times
 * what we earn in a year"), and borrowings set over a year's earnings as a ratio whose limit follows ("borrowings after
 * cash over a year's operating profit: 3.8 max", "debt to a year of earnings no higher than 3.4", "debt net of cash
 * divided by EBITDA at most 3.5"). Borrowings bounded in money ("borrowings under $50M") are no ratio.
 */
export const DESCRIBED_NET_LEVERAGE = [
  String.raw`(?<![a-z-])(?:net\s+)?(?:lev[ae]?rage|debt\s*\/\s*ebitda(?!r))(?:\s+ratio)?${LIMIT_JOIN(UPPER_WORDS)}`,
  String.raw`${BORROWINGS}${NET_OF_CASH_AFTER}(?=${AFTER_THE_DEAL}\s+${HELD_UNDER}\s*(?:\d+(?:\.\d+)?|${WORD_MULTIPLE})[-\s]*(?:x|\u00d7|times)\s+(?:${YEAR_EARNINGS}))`,
  // "the debt test (debt less cash, over a year's earnings) is 3.5x": a test of debt whose bracket sets it over earnings.
  String.raw`(?:the\s+)?debt\s+(?:test|ratio|measure|multiple)\s*\((?=[^()\n]{0,40}\bover\s+(?:${YEAR_EARNINGS}))(?![^()\n]*\brent)[^()\n]{1,60}\)`,
  // "3.5x on net": "net" after a multiple and "on", at the end of its clause.
  String.raw`(?<=\d[^\S\n]*(?:x|\u00d7)[^\S\n]+)on[^\S\n]+net(?=[^\S\n]*(?:[.,;!?)]|and\b|$))`,
  String.raw`${BORROWINGS}\s*(?:over|divided\s+by|\/|compared\s+(?:to|with)|relative\s+to|to|versus|vs\.?|against)\s+(?:${YEAR_EARNINGS})(?![-\s]+(?:plus|\+|and)\s+rent)`,
].join('|');

/**
 * Rent capitalised as debt: "8x rent", "eight times all rent", "8x total rent", "eight years' worth of rent", "rent
 * capitalised at 8x", "rent times eight", "eight times annual rent".
 */
const EIGHT_TIMES_RENT = String.raw`(?:(?:eight|8)[^\S\n]*(?:times|x|\u00d7)|(?:eight|8)[^\S\n]+years?(?:'|\u2019)?(?:[^\S\n]+worth)?(?:[^\S\n]+of)?)[^\S\n]+(?:(?:the|all|total|annual|yearly|our)[^\S\n]+)*rents?|rents?[^\S\n]+(?:times[^\S\n]+(?:eight|8)|capitali[sz]ed(?:[^\S\n]+at[^\S\n]+(?:eight|8)[^\S\n]*(?:x|\u00d7|times))?)|capitali[sz]ed[^\S\n]+rents?`;
/** The leases counted in: "the leases", "lease obligations", "the value of lease obligations", "leases". */
const LEASES = String.raw`(?:(?:the|our)\s+)?(?:value\s+of\s+(?:the\s+|our\s+)?)?(?:operating\s+)?(?:leases|lease\s+liabilities|lease\s+obligations)`;
/** How the leases join the debt: "plus", "with", "counting", "measured together with", "including", "+". */
const JOINED = String.raw`(?:[-\s]*(?:including|incl\.?|inclusive\s+of|plus|and|with|counting|(?:measured\s+)?together\s+with|counted\s+with)[-\s]+|\s*\+\s*)`;
/** A bracket or a dashed aside that spells the measure out: "(debt plus 8x rent, over earnings before rent)". */
const ASIDE = String.raw`(?:\s*\([^()\n]{1,90}(?:\([^()\n]{0,40}\)[^()\n]{0,40})?\)|\s+[-\u2013\u2014]\s+[^\n\u2013\u2014]{1,90}?\s+[-\u2013\u2014](?=\s))`;
/** What the debt is divided by: ", over earnings before rent,", "/ (earnings before rent)", "relative to EBITDAR". */
const OVER_EARNINGS_BEFORE_RENT = String.raw`\s*,?\s*(?:divided\s+by|over|\/|relative\s+to|against|compared\s+(?:to|with))\s*\(?${EARNINGS_BEFORE_RENT}\)?(?:\s*(?:,|[-\u2013\u2014](?=\s)))?`;
/** A noun for the ratio after its description: "measure", "ratio", "number". */
const MEASURE = `(?:measure|ratio|number|figure|multiple|metric|test|leverage)`;

/**
 * Lease-adjusted leverage described: debt with the leases or the rent capitalised, then earnings before rent as its
 * divisor ("debt plus eight times rent, divided by earnings before rent,", "(debt + 8x rent) / (earnings before rent)",
 * "debt with 8x rent added, over earnings before rent,", "debt plus capitalised rent (eight times) over earnings before
 * rent"), a hyphenated name with the formula in a bracket ("the debt-plus-leases measure (8x rent, over earnings
 * before rent)", "the debt-with-leases ratio"), leverage said to count the leases with its formula in an aside
 * ("leverage including leases - our debt plus eight years' worth of rent, divided by earnings before rent -"), and
 * debt with the leases bounded at a multiple of earnings before rent ("total borrowing, if you count leases as
 * borrowing, shouldn't go above 4.9 times our earnings before rent"). The eight of the capitalised rent is part of the
 * name, never the level.
 */
export const DESCRIBED_LEASE_ADJUSTED_LEVERAGE = [
  // First, so that the eight in "the leverage that counts leases at 8x rent" is part of the name, not the level.
  LEASES_COUNTED_AT_EIGHT_TIMES,
  LEASE_INCLUSIVE_RATIO,
  // "the measure that adds eight times rent to debt and divides by earnings before rent": the eight in the name.
  RENT_TURNED_INTO_DEBT_MEASURES,
  // The rent counted into the debt by a clause: the eight is in the name.
  RENT_COUNTED_IN_FORMULA,
  // "lev-adj 5.2 max", "lev adj cap 4.8": leverage shortened before its adjective, never net leverage's "lev".
  String.raw`(?<![a-z-])lev(?:erage)?[-\s]adj(?:usted|\.)?(?![a-z])`,
  String.raw`(?<![a-z-])(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+lev[ae]?rage${LIMIT_JOIN(UPPER_WORDS)}`,
  // The formula spelled out, with or without a bracket around the debt: "debt + 8x rent over earnings before rent".
  String.raw`\(?(?:(?:our|the|total|net|gross)\s+)*(?:debt|borrowings?)${JOINED}(?:${LEASES}(?:\s+(?:(?:counted|capitali[sz]ed|valued)\s+)?at\s+(?:${EIGHT_TIMES_RENT}))?|${EIGHT_TIMES_RENT})(?:\s+(?:added|counted|included))?${ASIDE}?\s*\)?${OVER_EARNINGS_BEFORE_RENT}`,
  // A hyphenated or plain name with its formula in a bracket or an aside: "the debt-including-leases measure (...)".
  String.raw`(?:(?:the|our)\s+)?(?:lender'?s\s+test\s+on\s+)?(?:debt|borrowings?)[-\s](?:plus|with|including|incl|counting)[-\s](?:(?:the|our)[-\s])?(?:leases?|capitali[sz]ed[-\s]rents?)(?:[-\s]${MEASURE})?${ASIDE}`,
  String.raw`(?:(?:the|our)\s+)?(?:debt|borrowings?)-(?:plus|with|including|incl|counting)-(?:(?:the|our)-)?(?:leases?|capitali[sz]ed-rents?|(?:eight|8)-?(?:x|times)-rents?)(?:\s+${MEASURE})?(?:${OVER_EARNINGS_BEFORE_RENT})?`,
  // "the ratio where rent gets capitalised at eight times and added to debt, divided by earnings before rent,": the
  // ratio named by a clause that capitalises the rent, its eight inside the name.
  String.raw`(?:the\s+|our\s+)?(?:ratio|measure|test|multiple|leverage)\s+(?:where|in\s+which|that)\s+(?:the\s+)?rents?\s+(?:gets?\s+|is\s+)?capitali[sz]ed\s+at\s+(?:eight|8)[^\S\n]*(?:x|\u00d7|times)(?:\s+(?:and\s+)?(?:added|counted)\s+(?:to|in|as)\s+(?:the\s+)?debt)?${OVER_EARNINGS_BEFORE_RENT}`,
  // "Which leverage test? The lease-adjusted one, 3.8x max": the adjective with a pronoun for the ratio's noun; the
  // comma after it is the name's, as the level follows.
  String.raw`(?:the\s+)?(?:lease|rent)[-\s]adjusted\s+one(?![a-z])(?:\s*,)?`,
  // "with leases counted as debt (eight times rent) over earnings before rent": the leases alone as the subject.
  String.raw`(?:with\s+)?(?:the\s+|our\s+)?leases\s+(?:counted|treated|taken)\s+as\s+debt${ASIDE}?${OVER_EARNINGS_BEFORE_RENT}`,
  String.raw`(?:(?:the|our)\s+)?(?:lender'?s\s+test\s+on\s+)?(?:debt|borrowings?)\s+counting\s+${LEASES}${ASIDE}`,
  String.raw`(?:the\s+)?(?:lev[ae]?rage|${MEASURE})\s+(?:(?:that|which)\s+(?:counts?|includes?)|including|counting)\s+${LEASES}${NOT_COUNTED_AT_EIGHT}(?:\s*:\s*(?=debt))?`,
  // "Cap on (debt + 8x rent) / (earnings before rent):": the formula after the limit's noun.
  String.raw`(?<=\b(?:cap|limit|ceiling|max(?:imum)?)\s+(?:on|for)\s+)\(\s*(?:debt|borrowings?)\s*\+\s*(?:${EIGHT_TIMES_RENT})\s*\)\s*\/\s*\(?${EARNINGS_BEFORE_RENT}\)?`,
  // Debt with the leases, bounded at a multiple of earnings before rent: "debt counted with leases up to 5.3 times
  // earnings before rent", "total borrowing, if you count leases as borrowing, shouldn't go above 4.9 times".
  String.raw`(?:(?:our|the|total)\s+)*(?:(?:amount\s+of\s+)?(?:debt|borrowings?))[^.;!?\n\d]{0,60}?\bleases?\b[^.;!?\n\d]{0,40}?(?=\s(?:${HELD_UNDER}|up\s+to)\s*(?:\d+(?:\.\d+)?|${WORD_MULTIPLE})[-\s]*(?:x|\u00d7|times)\s+${EARNINGS_BEFORE_RENT})`,
].join('|');

/**
 * Leverage said to count the leases, with its formula in a bracket or a dashed aside after it ("leverage including
 * leases - our debt plus eight years' worth of rent, divided by earnings before rent -"). `read-covenants.ts` tries it
 * before the shorter names, so that the eight inside the aside is never read as the level; "leverage with the leases
 * counted in - debt plus 8x rent over earnings before rent -" is one of them, and so is "the one that counts leases -
 * debt plus eight times rent over EBITDAR -" in answer to which leverage test.
 */
export const LEASED_LEVERAGE_ASIDE = String.raw`${LEVERAGE_WITH_LEASES_COUNTED_IN}|(?:the\s+)?(?:lev[ae]?rage|one|${MEASURE})\s+(?:(?:that|which)\s+(?:counts?|includes?)|including|counting)\s+${LEASES}${ASIDE}`;

/** Interest and rent, in a bracket or not: "interest plus rent", "(interest + rent)", "interest-plus-rent". */
const INTEREST_AND_RENT = String.raw`\(?\s*${TWO_CHARGES}\s*\)?`;
/** Earnings set against the charges: "earnings", "EBITDA", "our EBITDAR", "earnings before rent", "EBITDA plus rent". */
const EARNINGS = `${EARNINGS_DETERMINER}(?:${EARNINGS_BEFORE_RENT_NAME}|earnings|ebitda)`;
/**
 * Fixed-charge coverage described: fixed costs with the charges in an aside, said covered ("fixed costs - interest
 * and rent together - are still covered by earnings", "fixed charges, meaning interest plus rent, must be covered"),
 * earnings said to pay the charges a number of times over ("earnings have to pay interest and rent one point seven
 * five times over", "our earnings must still pay the interest and rent bill at least 1.75 times over"), and earnings set against the charges ("earnings tested against interest-plus-rent", "earnings /
 * (interest + rent)").
 */
export const DESCRIBED_FIXED_CHARGE_COVERAGE = [
  CHARGES_COVERED_BY_EARNINGS,
  String.raw`(?<![a-z-])(?:fccr|fixed[-\s]charge\s+cover(?:age)?(?:\s+ratio)?)${LIMIT_JOIN(LOWER_WORDS)}`,
  String.raw`fixed[-\s](?:costs?|charges?)(?:${ASIDE}|\s*,\s*(?:meaning|i\.e\.|that\s+is|namely)\s+[^,.;\n]{1,40},)?(?:\s+together)?\s+(?:(?:are|is|be|get)\s+|${DUTY}(?:be\s+)?)?(?:still\s+)?covered(?:\s+by\s+${EARNINGS})?`,
  String.raw`${EARNINGS}\s+(?:${DUTY}|can\s+)?(?:still\s+)?${PAY}\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}(?:\s+(?:bill|payments|costs|charges))?(?=[^\S\n]+(?:(?:at\s+least|no\s+less\s+than|not\s+less\s+than)\s+)?(?:\d+(?:\.\d+)?|${WORD_MULTIPLE})[^.;!?\n]{0,30}?\btimes\s+over\b)`,
  // "earnings over interest plus rent (at least 1.7)": the ratio's terms with its floor in a bracket after them.
  String.raw`${EARNINGS}\s*(?:over|against|\/|divided\s+by)\s*${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s*\((?=\s*(?:at\s+least|min(?:imum)?|no\s+(?:less|lower)\s+than|>=?|\u2265)\s*\d)`,
  // "keep earnings at 1.6x or more of interest plus rent": earnings at a multiple of the charges, the bound after it.
  String.raw`${EARNINGS}(?=\s+at\s+\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times)\s+or\s+(?:more|better|above|higher)\s+of\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT})`,
  String.raw`${EARNINGS}\s*(?:against|\/)\s*${CHARGES_DETERMINER}${INTEREST_AND_RENT}`,
  // "earnings over interest + rent, 2x minimum": earnings over the charges, the floor after a comma with its bound word.
  String.raw`${EARNINGS}\s*(?:over|divided\s+by)\s*${CHARGES_DETERMINER}${INTEREST_AND_RENT}\s*,(?=\s*\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times)?[^\S\n]*(?:min(?:imum)?|floor|at\s+least|or\s+(?:more|better|higher|above))\b)`,
].join('|');
