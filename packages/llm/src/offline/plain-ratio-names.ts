/**
 * The three covenant ratios named in plain words, by what they measure rather than by their treasury names, as people
 * outside treasury write them (`docs/domain.md` defines each): fixed-charge coverage as interest plus rent covered by
 * EBITDAR, lease-adjusted leverage as debt with the leases (rent capitalised at 8x) over EBITDAR, and net leverage as
 * debt compared with a year's earnings. Regular expression sources (lower case), joined by `read-covenants.ts` to the
 * ratios' treasury names, so that every form of a limit the bound reader knows follows them.
 */

import {
  A_YEARS_EARNINGS,
  CHARGES,
  CHARGES_DETERMINER,
  CHARGES_NOUN,
  DUTY,
  EARNINGS as COVERING_EARNINGS,
  EARNINGS_BEFORE_RENT,
  EARNINGS_BEFORE_RENT_NAME,
  EARNINGS_DETERMINER,
  FIXED_CHARGES,
  INTEREST_AND_RENT as TWO_CHARGES,
  PAY,
} from './coverage-vocabulary.js';
import { NOT_COUNTED_AT_EIGHT } from './leases-counted-at-eight-times.js';
import { DEBT_WITH_RENT_OVER_EARNINGS_BEFORE_RENT } from './debt-with-rent-over-earnings-before-rent.js';
import { DEBT_CAPPED_AT_EARNINGS_MULTIPLE } from './debt-capped-at-earnings-multiple.js';
import {
  EVERYDAY_FIXED_CHARGE_COVERAGE,
  EVERYDAY_LEASE_ADJUSTED_LEVERAGE,
  EVERYDAY_NET_LEVERAGE,
} from './covenant-ratios-in-everyday-words.js';
import { DESCRIBED_FIXED_CHARGE_COVERAGE, DESCRIBED_LEASE_ADJUSTED_LEVERAGE, DESCRIBED_NET_LEVERAGE } from './described-covenant-ratios.js';

export { LEASED_LEVERAGE_ASIDE } from './described-covenant-ratios.js';

/**
 * Interest and rent, the two fixed charges, in either order and with what they are billed as: "interest plus rent",
 * "interest-plus-rent", "rent and interest", "interest and rent payments".
 */
const INTEREST_AND_RENT = `${TWO_CHARGES}${CHARGES_NOUN}`;
/** The fixed charges, with a bracket that says what they are: "fixed charges (interest and rent)". */
const FIXED_CHARGES_EXPLAINED = String.raw`${FIXED_CHARGES}(?:\s*\([^()\n]{1,40}\))?`;
/** Words that say the charges are, or must be, covered: "are", "must be", "have to be", "needs to stay". */
const TO_BE = String.raw`(?:(?:is|are|be|gets?|stays?|remains?)\s+|(?:${DUTY}|can\s+)(?:be|stay|remain)\s+)`;

/**
 * Earnings before rent as the first term of the ratio, in brackets or not: "EBITDAR", "EBITDA plus rent", "(EBITDA +
 * rent)", "earnings before rent".
 */
const EARNINGS_WITH_RENT_ADDED = String.raw`(?:\(\s*)?${EARNINGS_BEFORE_RENT_NAME}(?:\s*\))?`;

/**
 * Fixed-charge coverage in plain words: the charges said to be covered ("interest plus rent covered at least 2
 * times", "interest and rent are covered at 1.8 or more", "our fixed charges (interest and rent) covered at least
 * 1.55 times", "fixed charges have to be covered at least two times over"), the verb with the charges as its object
 * ("EBITDAR to cover interest plus rent at least 1.45 times", "cover fixed charges (at least 1.9 times)"), the
 * charges' cover as a noun ("interest-plus-rent cover at 1.9x or better"), and the fixed-charge test or covenant
 * ("the lender's fixed-charge test is 1.6x minimum"), and the charges with a placeholder noun from someone who does
 * not know the ratio's name ("the fixed charge number", "that fixed-charge thing"), what earnings can pay ("our
 * ability to pay interest and rent out of earnings"), the ratio as its terms ("EBITDAR over interest plus rent"), as
 * the question it answers ("how many times earnings cover interest and rent"), and earnings bounded at a multiple of
 * the charges ("earnings of at least 2.2x interest plus rent").
 * Interest alone is interest coverage, a different ratio, and is not read.
 */
export const PLAIN_FIXED_CHARGE_COVERAGE = [
  // Earnings held at a multiple of interest and rent (`covenant-ratios-in-everyday-words.ts`).
  EVERYDAY_FIXED_CHARGE_COVERAGE,
  // The charges described, from `described-covenant-ratios.ts`: "fixed costs - interest and rent - covered by earnings".
  DESCRIBED_FIXED_CHARGE_COVERAGE,
  // "rent and interest covered at least 1.9 times by earnings", "fixed charges need covering at least 1.8 times": the
  // charges in either order, said to be covered or to need covering.
  String.raw`(?:${INTEREST_AND_RENT}|${FIXED_CHARGES_EXPLAINED})(?:\s+together)?\s+(?:${TO_BE}?covered|(?:needs?|have|has)\s+(?:covering|to\s+be\s+covered))`,
  // "our ability to pay interest and rent out of earnings", "the ability to meet rent plus interest from EBITDAR": what
  // the ratio measures, said as what earnings can pay.
  String.raw`(?:our\s+|the\s+|its\s+)?ability\s+to\s+(?:${PAY}|afford)\s+${CHARGES}(?:\s+(?:out\s+of|from|with)\s+${COVERING_EARNINGS})?`,
  // "EBITDAR over interest plus rent", "earnings divided by rent and interest", and the two terms joined by hyphens
  // ("earnings-to-fixed-charges of 1.75 or better"): the ratio as its two terms. Earnings
  // with the rent added back may be spelt out, in brackets or not: "EBITDA plus rent over interest plus rent",
  // "earnings plus rent divided by interest plus rent", "(EBITDA + rent)/(interest + rent)"; rent in both terms is
  // what makes it fixed-charge and not interest coverage.
  String.raw`(?:${EARNINGS_WITH_RENT_ADDED}|ebitda|earnings)(?:\s*(?:over|\/|divided\s+by|relative\s+to|versus|vs\.?|to)\s*|-to-)${CHARGES_DETERMINER}(?:\(\s*${INTEREST_AND_RENT}\s*\)|${INTEREST_AND_RENT}|${FIXED_CHARGES}(?![-\s]cover))`,
  // "how many times earnings cover interest and rent": the ratio as the question it answers.
  String.raw`how\s+many\s+times\s+(?:over\s+)?${COVERING_EARNINGS}\s+(?:can\s+|could\s+|will\s+|would\s+)?cover(?:s)?\s+${CHARGES}`,
  // "cover the sum of interest and rent", "covering rent plus interest": the charges in either order, or their sum.
  String.raw`cover(?:s|ing)?\s+(?:(?:(?:the|our|its|their)\s+)?(?:sum|total)\s+of\s+)?${CHARGES}`,
  // "earnings of at least 2.2x interest plus rent", "keep EBITDAR above 1.8 times rent and interest", "profit before
  // rent has to be at least 1.8 times our interest plus rent": earnings as the name, where the multiple after its bound is a multiple of the two charges;
  // and the bound after the charges: "earnings at 2.5 times rent plus interest or above".
  String.raw`${EARNINGS_DETERMINER}(?:${EARNINGS_BEFORE_RENT_NAME}|earnings|ebitda)(?=\s+(?:(?:of|at|to)\s+)?${DUTY}?(?:(?:be|stay|stays|remain|remains|is|are)\s+)?(?:at\s+least|no\s+(?:less|lower)\s+than|not\s+(?:less|lower)\s+than|not\s+below|above|over|more\s+than|>=?|\u2265)\s*\d+(?:\.\d+)?[-\s]*(?:x|\u00d7|times)\s+${CHARGES}|\s+${DUTY}?(?:(?:be|stay|stays|remain|remains|is|are)\s+)?at\s+\d+(?:\.\d+)?[-\s]*(?:x|\u00d7|times)\s+${CHARGES}\s+or\s+(?:above|more|higher|better)\b)`,
  String.raw`(?=interest)${INTEREST_AND_RENT}\s+cover(?:age)?(?![a-z])`,
  String.raw`${FIXED_CHARGES}\s+(?:test|covenant|requirement)(?![a-z])`,
  // "the fixed charge number", "that fixed-charge thing": the ratio named by its charges and a placeholder noun.
  String.raw`${FIXED_CHARGES}\s+(?:number|figure|thing|metric|measure)(?![a-z])`,
  // "the cover of rent plus interest by earnings", "coverage of interest and rent by EBITDAR": the cover as a noun
  // with the charges after "of", and what covers them after "by".
  String.raw`cover(?:age)?\s+of\s+${CHARGES_DETERMINER}${INTEREST_AND_RENT}(?:\s+by\s+${EARNINGS_DETERMINER}(?:${EARNINGS_BEFORE_RENT_NAME}|earnings|ebitda))?`,
].join('|');

/** The leases counted in: "the leases", "operating leases", "lease liabilities". */
const THE_LEASES = String.raw`(?:the\s+|our\s+)?(?:operating\s+)?(?:leases|lease\s+liabilities|lease\s+obligations)`;
/** Rent capitalised as debt: "capitalised rent", "eight times rent", "8x rent", "rent times 8", "eight years of rent". */
const CAPITALISED_RENT = String.raw`(?:the\s+)?(?:capitali[sz]ed\s+(?:rents?|leases?)|(?:eight|8)[^\S\n]+years?'?[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?(?:annual[^\S\n]+|yearly[^\S\n]+)?rents?|(?:eight|8)[^\S\n]*(?:times|x|\u00d7)[^\S\n]*(?:the\s+)?(?:annual\s+|yearly\s+)?rents?|rents?\s+(?:times|x|\u00d7)\s*(?:eight|8))`;

/**
 * Lease-adjusted leverage in plain words: debt with the leases or the rent capitalised ("debt including the leases
 * (rent capitalised at 8x) stays below 4.25 times EBITDAR", "total debt plus capitalised rent under 4.3 times
 * EBITDAR", "debt plus eight times rent, divided by EBITDAR, at 4.3 or below", the formula "(net debt + 8x
 * rent)/EBITDAR"), and a leverage measure said to count the leases ("the version that counts leases no higher than
 * 4.6x", "the measure which includes the leases"). Debt with rent not capitalised ("debt plus rent") names no ratio.
 */
export const PLAIN_LEASE_ADJUSTED_LEVERAGE = [
  // "debt including the rent we pay, divided by earnings before rent": the two terms with no multiple for the rent,
  // the divisor naming the ratio (`debt-with-rent-over-earnings-before-rent.ts`), first so no shorter name stops inside it.
  DEBT_WITH_RENT_OVER_EARNINGS_BEFORE_RENT,
  // The leases treated as debt by a clause, the name running to the comparison (`covenant-ratios-in-everyday-words.ts`).
  EVERYDAY_LEASE_ADJUSTED_LEVERAGE,
  // The formula spelled out to its divisor (`described-covenant-ratios.ts`), first so it wins over the debt alone.
  DESCRIBED_LEASE_ADJUSTED_LEVERAGE,
  // "debt plus eight times annual rent against earnings before rent", "debt plus 8x rent to EBITDAR": the divisor in
  // letters or in words, after "over", "against" or "to".
  String.raw`\(?(?:(?:total|net|gross|our)\s+)?debt\s*(?:(?:including|incl\.?|inclusive\s+of|plus|and|with|counting)\s+|\+\s*)(?:${THE_LEASES}|${CAPITALISED_RENT})(?:\s*\)?\s*,?\s*(?:divided\s+by|over|\/|relative\s+to|against|to)\s*${EARNINGS_BEFORE_RENT}\s*,?)?`,
  String.raw`(?:version|measure|ratio|multiple|one|number|figure)\s+(?:that|which)\s+(?:counts?|includes?|adds?\s+(?:in|back))\s+${THE_LEASES}${NOT_COUNTED_AT_EIGHT}`,
  // "leases-as-debt leverage", "the leverage figure that treats our leases like debt": leases counted as debt, which is
  // what the lease adjustment does.
  String.raw`leases?[-\s]+as[-\s]+debt\s+(?:lev[ae]?rage|ratio|multiple|figure|number|measure)(?![a-z])`,
  // "the leverage that treats leases as debt": leverage itself as the noun the clause describes.
  String.raw`(?:lev[ae]?rage\s+(?:(?:version|measure|ratio|multiple|one|number|figure)\s+)?|(?:version|measure|ratio|multiple|one|number|figure)\s+)(?:that|which)\s+(?:treats?|counts?)\s+${THE_LEASES}\s+(?:as|like)\s+debt`,
  // "debt (including leases) to earnings before rent", "the debt-plus-leases compared to earnings-before-rent figure":
  // debt with the leases over EBITDAR spelled out.
  String.raw`(?:(?:total|net|our)\s+)?debt\s*(?:\(\s*(?:including|incl\.?|plus|with)\s+${THE_LEASES}\s*\)|[-\s](?:including|plus|with|and)[-\s]+${THE_LEASES})\s+(?:compared\s+(?:to|with)|relative\s+to|to|over|versus|vs\.?)\s+${EARNINGS_BEFORE_RENT}(?:\s+(?:figure|number|ratio|multiple))?`,
];

/**
 * Earnings as a year's EBITDA, not earnings before rent: "earnings", "annual earnings", "operating earnings", "a year's
 * EBITDA", "EBITDA", and "what we earn in a year" when interest, tax and depreciation are said to come after.
 */
const EARNINGS = String.raw`${A_YEARS_EARNINGS}|what\s+we\s+earn\s+(?:in\s+)?a\s+year(?=\s+before\s+interest)`;
/** "the debt ratio to earnings", "debt ratio against EBITDA": the ratio named with its two terms. */
const DEBT_RATIO_TO_EARNINGS = String.raw`(?:the\s+)?debt\s+ratio\s+(?:to|against|over|versus|vs\.?)\s+${EARNINGS}`;
/**
 * "debt should stay below 3 times earnings", "Debt ratio at most 3x earnings", "net debt can't be more than 3.5 times our
 * annual EBITDA", "total debt should not exceed 3.5 times EBITDA", "net debt not to exceed 2.9 times EBITDA", "net debt kept at or below 3.5x EBITDA", "net debt
 * stays under 3.5x EBITDA", "what we owe, net of cash, shouldn't end up above 3.4 times a year's EBITDA": debt alone
 * (or what the company owes, net of cash) as the name, where the
 * multiple after its bound is a multiple of earnings; debt bounded in money ("debt under $50M") is no ratio.
 */
const DEBT_TIMES_EARNINGS = String.raw`(?:(?:our\s+|the\s+|total\s+|net\s+)?debt(?:\s+ratio)?|what\s+we\s+owe)(?:,?\s+net\s+of\s+cash)?(?=,?\s+(?:(?:should|must|has\s+to|needs?\s+to|to|can'?t|cannot|mustn'?t|shouldn'?t|won'?t|should|must|can|may|will|does|do)\s+)?(?:(?:not|never)\s+)?(?:(?:stay|stays|staying|be|remain|remains|kept|keeps|held|holds)\s+)?(?:below|under|at\s+most|no\s+more\s+than|no\s+higher\s+than|(?:more|higher|greater)\s+than|not\s+(?:above|over|exceed(?:ing)?)|(?:(?:is|are)\s+)?not\s+to\s+exceed|exceed|top|(?:go|end\s+up)\s+(?:above|over|past|beyond)|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|within|<=?|\u2264)\s*\d+(?:\.\d+)?[-\s]*(?:x|\u00d7|times)\s+${EARNINGS})`;

/**
 * "How much we owe versus what we earn in a year", "what we owe compared with what we make annually": debt against a
 * year's earnings in the words of someone who does not use either name.
 */
const OWED_VERSUS_EARNED = String.raw`(?:how\s+much|what)\s+(?:debt\s+)?we\s+owe\s+(?:versus|vs\.?|compared\s+(?:to|with)|relative\s+to|against|over|to)\s+(?:how\s+much|what)\s+we\s+(?:earn|make)(?:\s+(?:in\s+a\s+year|a\s+year|per\s+year|each\s+year|every\s+year|annually|yearly))?`;
/**
 * "the debt-against-a-year's-earnings number", "our debt-over-earnings ratio", "the debt-versus-EBITDA figure": net
 * leverage as one hyphenated compound of its two terms, as someone who does not know the ratio's name coins it.
 * Earnings before rent are the lease-adjusted ratio's, so they do not follow.
 */
const HYPHENATED_DEBT_AGAINST_EARNINGS = String.raw`(?:net-)?debt-(?:against|over|versus|vs)-(?:(?:a|one)-year(?:'s|\u2019s)-|(?:yearly|annual)-)?(?:earnings|ebitda)(?![-\s]+before|r)(?:\s+(?:figure|number|ratio|multiple|measure|metric))?`;

/**
 * Net leverage in plain words: debt compared with a year's earnings ("our debt compared to yearly earnings (EBITDA)
 * should be no more than 3.3 times", "debt relative to annual EBITDA", "total debt to earnings", "the debt-to-earnings
 * number", "the ratio of debt to yearly earnings"). Earnings with rent added back (EBITDAR) are
 * the lease-adjusted ratio's, so they are not read here.
 */
export const PLAIN_NET_LEVERAGE = String.raw`${HYPHENATED_DEBT_AGAINST_EARNINGS}|${EVERYDAY_NET_LEVERAGE}|${DESCRIBED_NET_LEVERAGE}|${OWED_VERSUS_EARNED}|(?:(?:the\s+)?ratio\s+of\s+|(?:total|our)\s+)?debt(?:\s+to|-to-)\s*(?:(?:yearly|annual|annuali[sz]ed|trailing|full[-\s]year)[-\s]+)?earnings(?![-\s]+before)(?:\s+(?:figure|number|ratio|multiple))?|debt\s+(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|as\s+a\s+multiple\s+of)\s+${A_YEARS_EARNINGS}(?:\s*\(\s*ebitda\s*\))?|${DEBT_RATIO_TO_EARNINGS}|${DEBT_TIMES_EARNINGS}|${DEBT_CAPPED_AT_EARNINGS_MULTIPLE}`;
