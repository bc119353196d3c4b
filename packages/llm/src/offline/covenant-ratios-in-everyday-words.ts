import { EBITDA_IN_WORDS } from './ebitda-in-words.js';
import { readTwiceFloors } from './charges-covered-by-earnings.js';
import {
  A_YEARS_EARNINGS,
  CHARGES as FIXED_CHARGES_WITH_DETERMINER,
  DUTY,
  EARNINGS_DETERMINER,
  WHAT_IS_EARNED_IN_A_YEAR,
} from './coverage-vocabulary.js';
import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/**
 * The three covenant ratios as someone with no finance words says them (`docs/domain.md` defines each): net leverage
 * as what is owed with the cash taken off, against a year's earnings ("what we owe minus the cash we hold can't be
 * more than 3.25 times a year of operating earnings"); lease-adjusted leverage as the debt once the leases or the rent
 * are treated as if they were debt ("with our leases counted as debt, total debt shouldn't pass 4.6 times earnings
 * before rent"); and fixed-charge coverage as earnings held to a multiple of interest and rent ("earnings to stay at
 * least 2.4 times our combined interest and rent"). Regular expression sources (lower case) that
 * `plain-ratio-names.ts` joins to the ratios' names: each name runs up to the comparison, so the bound reader that
 * follows it reads the limit right after, and the words between (a clause, a verb) never stop it.
 */

/** Words inside one sentence, no figure among them: the gap a name spans to reach its comparison. */
const WORDS = (most: number) => String.raw`[^.;!?\n\d$\u00a3\u20ac]{0,${most}}?`;
/** A comparison that bounds from above, as the bound reader knows it: "can't be more than", "shouldn't pass", "at". */
const UPPER = String.raw`(?:(?:can'?t|cannot|must\s+not|mustn'?t|shouldn'?t|should\s+not|won'?t|may\s+not|doesn'?t|does\s+not)\s+(?:be\s+|go\s+|climb\s+|rise\s+|end\s+up\s+|get\s+)?(?:more\s+than|higher\s+than|greater\s+than|above|over|past|exceed|pass)|(?:should|must|has\s+to|needs?\s+to|to|will)?\s*(?:be\s+|stay\s+|stays\s+|remain\s+|come\s+out\s+)?(?:no\s+(?:more|higher|greater)\s+than|at\s+most|under|below|at\s+or\s+(?:below|under)|within)|\bat(?=\s+\d[^\n]{0,12}?\bor\s+(?:less|lower|below|under)\b)|capped\s+at)`;
/** A figure that is a multiple: "3.25 times", "4x", "4.3", never an amount or a share. */
const MULTIPLE = String.raw`\s*\d+(?:\.\d+)?(?![\d.]*\s*(?:%|percent|m\b|mm|million|bn|billion|k\b|years?))`;

/**
 * The cash taken off what is owed: "minus the cash we hold", ", less cash on hand,", ", net of cash,", ", once you
 * subtract the cash we hold,".
 */
const CASH_TAKEN_OFF = String.raw`\s*,?\s*(?:minus|less|net\s+of|after\s+(?:subtracting|deducting|taking\s+off|netting\s+off)|once\s+(?:you|we)\s+(?:subtract|take\s+off|deduct|net\s+off)|take\s+away)\s+(?:the\s+|our\s+|any\s+|all\s+(?:the\s+|our\s+)?)?cash(?:\s+(?:we\s+(?:hold|have|keep)|on\s+hand|in\s+the\s+bank|on\s+(?:the|our)\s+balance\s+sheet))?\s*,?`;
/** What is owed: "what we owe", "the company's debt", "borrowings", "debt". */
const WHAT_IS_OWED = String.raw`(?:what\s+(?:we|the\s+company|the\s+business)\s+owes?|(?:(?:the\s+company'?s|our|the|total)\s+)?(?:debt|borrowings?))`;
/**
 * A year's earnings, never with the rent added back: "a year of operating earnings", "yearly earnings", "what the
 * business earns in a year", ", divided by a year's operating earnings,".
 */
const YEAR_EARNINGS = `${EBITDA_IN_WORDS}|${A_YEARS_EARNINGS}|${WHAT_IS_EARNED_IN_A_YEAR}`;

/**
 * Net leverage in everyday words: what is owed with the cash taken off, bounded at a multiple of a year's earnings
 * ("what we owe minus the cash we hold can't be more than 3.25 times a year of operating earnings", "debt minus cash
 * should be no more than 3.3 times yearly operating earnings", "the company's debt, once you subtract the cash we
 * hold, can't go above 3.75 times what the business earns in a year") or divided by them ("debt minus cash, divided
 * by a year's operating earnings, stays at or below 3.15"), and what is owed kept to a multiple of a year's earnings
 * ("keep what we owe at no more than 3.5 times yearly earnings"). Earnings before rent make it the lease-adjusted
 * ratio, and are left to it.
 */
export const EVERYDAY_NET_LEVERAGE = [
  String.raw`${WHAT_IS_OWED}${CASH_TAKEN_OFF}${WORDS(40)}(?=\s*(?:${UPPER})${MULTIPLE}[^\S\n]*(?:x|\u00d7|times)\s+(?:${YEAR_EARNINGS}))`,
  String.raw`${WHAT_IS_OWED}${CASH_TAKEN_OFF}\s*(?:divided\s+by|over|against|compared\s+(?:to|with))\s+(?:${YEAR_EARNINGS})\s*,?${WORDS(20)}(?=\s*(?:${UPPER})${MULTIPLE})`,
  // "our lenders cap what we owe, minus cash, at 3.5 times yearly earnings": the cap's verb before the measure.
  String.raw`(?<=\bcaps?\s+)${WHAT_IS_OWED}${CASH_TAKEN_OFF}(?=\s*at${MULTIPLE}[^\S\n]*(?:x|\u00d7|times)\s+(?:${YEAR_EARNINGS}))`,
  String.raw`(?<=\bkeep\s+)what\s+we\s+owe(?=\s+(?:at\s+)?(?:no\s+more\s+than|under|below|at\s+most|at\s+or\s+below)${MULTIPLE}[^\S\n]*(?:x|\u00d7|times)\s+(?:${YEAR_EARNINGS}))`,
].join('|');

/** The leases or the rent: "every lease payment we owe", "the rent we'll pay", "our leases". */
const LEASES_OR_RENT = String.raw`(?:(?:every|all|the|our|each)\s+)*(?:leases?|lease\s+payments?|lease\s+obligations|rents?)(?:\s+(?:we\s+(?:owe|pay)|we'?ll\s+pay|we\s+will\s+pay|payments?)){0,2}`;
/** As debt, or as if they were: "as debt", "as though it were a loan", "as if they were debt", "as borrowings". */
const AS_DEBT = String.raw`as\s+(?:(?:if|though)\s+(?:it|they)\s+(?:were|was|are)\s+)?(?:debt|borrowings?|a\s+loan|loans)`;
/** The earnings before rent a lease-adjusted limit is a multiple of: "earnings before rent", "what we make before rent". */
const BEFORE_RENT = String.raw`(?:earnings|ebitdar|what\s+we\s+(?:earn|make)(?:\s+in\s+a\s+year)?)(?:[-\s]+before[-\s]+rent)?`;

/**
 * Lease-adjusted leverage in everyday words: the leases or the rent treated as debt by a clause, then the limit on
 * the total ("if you treat every lease payment we owe as though it were a loan, the total shouldn't go past 4.25
 * times", "with our leases counted as debt, total debt shouldn't pass 4.6 times earnings before rent", "once leases
 * are treated as debt, the total shouldn't exceed 4.5", "the figure ..., the one that treats our rent as if it were
 * debt, must not end up above 4.75 times"), the debt with the leases counted in or capitalised ("debt with our leases
 * counted in, compared with earnings before rent, no higher than 4.4", "debt plus the capitalised value of all our
 * leases, over earnings before rent, at 4.9 or below"), and eight years of rent added to the debt and divided by
 * earnings before rent ("if you add eight years' worth of rent to our debt and divide by what we earn before rent, the
 * answer should come out at 4.3 or lower"). The name runs to the comparison, so the eight of the rent is never the
 * level, and the debt it names is never read as net leverage.
 */
export const EVERYDAY_LEASE_ADJUSTED_LEVERAGE = [
  String.raw`(?:(?:if|when|once)\s+(?:you|we|they)\s+(?:treat|count|take|regard)|(?:treats?|counts?|treating|counting)|(?:with|once|if|when|where)\s+${LEASES_OR_RENT}\s+(?:(?:are|is|get|gets|were|being)\s+)?(?:counted|treated|taken|regarded))\s+(?:${LEASES_OR_RENT}\s+)?(?:in\s+)?${AS_DEBT}${WORDS(110)}(?=\s*(?:${UPPER})${MULTIPLE}(?:[^\S\n]*(?:x|\u00d7|times)\s+(?:${BEFORE_RENT})|[^\S\n]*(?:x|\u00d7|times)?\s*(?:or\s+(?:less|lower|below|under)|[.;,!?]|$)))`,
  String.raw`(?:(?:our|the|total)\s+)*(?:debt|borrowings?)\s+(?:with\s+(?:the\s+|our\s+|all\s+)*leases\s+counted\s+in|plus\s+(?:the\s+)?capitali[sz]ed\s+value\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?leases)\s*,?\s*(?:compared\s+(?:with|to)|over|divided\s+by|against)\s+earnings\s+before\s+rent\s*,?${WORDS(20)}(?=\s*(?:${UPPER})${MULTIPLE})`,
  // "our bond documents cap borrowings plus capitalised rent at 4.5 times earnings before rent": the cap's verb first.
  String.raw`(?<=\bcaps?\s+)(?:(?:our|the|total)\s+)*(?:debt|borrowings?)\s+plus\s+(?:the\s+)?capitali[sz]ed\s+(?:rents?|leases?|lease\s+obligations)(?=\s+at${MULTIPLE}[^\S\n]*(?:x|\u00d7|times)\s+earnings\s+before\s+rent)`,
  String.raw`(?:if\s+(?:you|we)\s+)?add\s+(?:eight|8)\s+years?(?:'|\u2019)?\s+(?:worth\s+)?of\s+rent\s+to\s+(?:our\s+|the\s+)?debt\s+and\s+divide\s+(?:it\s+|that\s+)?by\s+(?:${BEFORE_RENT})${WORDS(40)}(?=\s*(?:${UPPER})${MULTIPLE})`,
].join('|');

/**
 * Interest and rent together, or the fixed charges: "interest plus rent", "our combined interest and rent", "what we pay
 * in interest and rent".
 */
const CHARGES = String.raw`(?:what\s+we\s+pay\s+(?:in|for)\s+)?${FIXED_CHARGES_WITH_DETERMINER}`;

/** The ask before the earnings' verb: a duty ("must", "should still", "will"), or "to" after "we want earnings". */
const ASKED = String.raw`(?:${DUTY}|to\s+(?:still\s+)?)`;

/**
 * Fixed-charge coverage in everyday words: earnings held at a multiple of interest and rent ("earnings to stay at
 * least 2.4 times our combined interest and rent", "earnings have to stay at least 2.4 times interest plus rent",
 * "earnings should be at least 2.2 times what we pay in interest plus rent"). The name runs to the floor's words.
 */
export const EVERYDAY_FIXED_CHARGE_COVERAGE = String.raw`${EARNINGS_DETERMINER}earnings(?=\s+${ASKED}(?:be|stay|remain)\s+at\s+least\s+\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times)\s+${CHARGES})\s+${ASKED}(?:be|stay|remain)`;

/**
 * Earnings that must be at least twice the charges, or keep covering or paying them at least twice over ("our earnings
 * must still be at least twice our interest and rent", "earnings need to be at least twice interest plus rent",
 * "earnings must keep covering interest and rent at least twice over"): a floor of two with no figure.
 */
const TWICE_THE_CHARGES = [
  String.raw`\b${EARNINGS_DETERMINER}earnings\s+${ASKED}(?:be|stay|remain)\s+at\s+least\s+(?:twice|two\s+times)\s+${CHARGES}\b`,
  String.raw`\b${EARNINGS_DETERMINER}earnings\s+${ASKED}?(?:still\s+)?(?:keep\s+)?(?:covering|paying|cover|pay)\s+(?:for\s+)?${CHARGES}\s+at\s+least\s+(?:twice|two\s+times)(?:\s+over)?\b`,
].map((source) => new RegExp(source, 'g'));

/** Reads a floor of twice on fixed-charge coverage said as earnings at least twice the charges, claiming what it reads. */
export function readEarningsTwiceTheCharges(text: BriefText): FoundBound[] {
  return readTwiceFloors(text, TWICE_THE_CHARGES);
}

/**
 * Adjusted leverage with how the rent is counted said after the name: "adjusted leverage with rent capitalised at 8x
 * no more than 5.6x", "lease-adjusted leverage, rent capitalised at eight times, under 5x". The eight is the name's,
 * so `read-covenants.ts` tries this before the shorter "adjusted leverage", whose limit would otherwise be the eight.
 */
export const ADJUSTED_LEVERAGE_WITH_RENT_AT_EIGHT = String.raw`(?:(?:lease|rent)[-\s]?)?adjusted\s+(?:net\s+)?leverage\s*,?\s*(?:(?:with|counting)\s+)?(?:the\s+|our\s+)?(?:rents?|leases?)\s+(?:capitali[sz]ed|counted|valued)\s+at\s+(?:eight|8)[^\S\n]*(?:x|\u00d7|times)(?:\s+rents?)?\s*,?`;
