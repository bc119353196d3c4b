import { LEASE_ADJUSTED_WITH_COMMA_ASIDE } from './lease-adjusted-comma-asides.js';
import { LEVERAGE_COUNTING_LEASES_AS_DEBT } from './leverage-counting-leases-as-debt.js';
import { DEBT_UP_TO_EARNINGS_MULTIPLE } from './debt-up-to-earnings-multiple.js';
import { DEBT_HELD_TO_EARNINGS_MULTIPLE } from './debt-held-to-earnings-multiple.js';
import {
  LEASED_LEVERAGE_ASIDE,
  PLAIN_FIXED_CHARGE_COVERAGE,
  PLAIN_LEASE_ADJUSTED_LEVERAGE,
  PLAIN_NET_LEVERAGE,
} from './plain-ratio-names.js';
import {
  LEASE_ADJUSTED_WITH_FORMULA,
  LEVERAGE_TREATING_RENT_AS_DEBT,
  LEVERAGE_WITH_CAPITALISED_LEASES,
  RATING_AGENCY_LEVERAGE,
} from './rating-agency-leverage.js';
import { ADJUSTED_LEVERAGE_WITH_RENT_AT_EIGHT } from './covenant-ratios-in-everyday-words.js';
import {
  MODEL_CELL_FIXED_CHARGE_COVERAGE,
  MODEL_CELL_LEASE_ADJUSTED_LEVERAGE,
  MODEL_CELL_NET_LEVERAGE,
} from './model-cell-covenant-names.js';
import { COVERAGE_NAMED_WITH_ITS_CHARGES } from './coverage-named-with-its-charges.js';
import { COVERAGE_SAID_AS_ITS_FORMULA } from './coverage-said-as-its-formula.js';
import { COVERAGE_WITH_ITS_FORMULA_IN_BRACKETS } from './coverage-with-its-formula-in-brackets.js';
import { LEASE_ADJUSTED_LEVERAGE_BY_ITS_USERS_AND_FORMULA } from './lease-adjusted-leverage-by-its-users-and-formula.js';
import { COVERAGE_LEVEL_ON_ITS_CHARGES } from './coverage-level-on-its-charges.js';
import { WORD_MULTIPLE } from './written-numbers.js';
import { DEBT_WORD_MULTIPLE_OF_EBITDA } from './debt-against-earnings-in-words.js';
import { NET_DEBT_WITH_A_BOUNDED_MULTIPLE } from './net-debt-with-a-bounded-multiple.js';

/*
 * The names of the covenant ratios a brief may limit: net leverage, lease-adjusted leverage and fixed-charge coverage,
 * as regular expression sources (lower case) that the bound reader finds a limit after, and the helpers that only
 * build those names.
 */

/**
 * "FCCR after the deal, min: 1.7x", "net leverage post-sale, max 3.4x", and a resolution's "fixed charge coverage ratio
 * after giving effect to such transactions shall be no less than 1.5 to 1.0": when the limit holds, set between a
 * ratio's name and its bound. A regular expression source (lower case) that the names below take after them, so that the bound
 * reader finds the bound right after the name.
 */
const AFTER_THE_DEAL = String.raw`[^\S\n]*,?[^\S\n]*(?:(?:after|post)[-\s](?:the\s+)?(?:deal|sale|close|closing|transaction|slb|leaseback|program(?:me)?)|after\s+giving\s+(?:pro[-\s]forma\s+)?effect\s+to\s+(?:the|such|this|these|that|those)\s+(?:transactions?|sales?|deals?|leasebacks?|sale[-\s]leasebacks?))[^\S\n]*,?`;

/** Words after a number that make it no multiple: a percentage, an amount, a term. */
const NOT_A_MULTIPLE = String.raw`[^\S\n]*(?:%|percent|per\s+cent|m\b|mm\b|mn\b|mil|million|bn\b|billion|k\b|years?|yrs?|months?)`;
/**
 * "including leases" written after a leverage name: "(incl. leases)", "including lease liabilities", "with rents",
 * "counting the leases", "that counts the leases".
 */
const INCLUDING_LEASES = String.raw`(?:incl(?:uding|\.)?|inclusive\s+of|with|plus|counting|(?:that|which)\s+(?:counts?|includes?))\s+(?:the\s+)?(?:operating\s+|capitali[sz]ed\s+)?(?:leases|lease\s+liabilities|lease\s+obligations|rents?)`;
/**
 * "lease-adjusted leverage", "rent-adjusted net leverage", "lease-adj leverage", "the lease-adjusted ratio",
 * "lease-adjusted (rent-capitalised) leverage",
 * "adjusted leverage (incl. leases)", "leverage including leases", "EBITDAR leverage", "debt/EBITDAR".
 */
export const LEASE_ADJUSTED_LEVERAGE = [
  // "lease-adjusted leverage after the deal, max 4.9x": the name with when it holds.
  String.raw`(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:net\s+)?lev[ae]?rage${AFTER_THE_DEAL}`,
  // "adjusted leverage with rent capitalised at 8x no more than 5.6x": the eight is the name's (`covenant-ratios-in-everyday-words.ts`).
  ADJUSTED_LEVERAGE_WITH_RENT_AT_EIGHT,
  // Named for the agencies, or written with its formula after the name: the eight of the formula is the name's.
  // A restating aside between commas first, so that its formula is not read as the level (`lease-adjusted-comma-asides.ts`).
  LEASE_ADJUSTED_WITH_COMMA_ASIDE,
  // Described by what it counts or who uses it ("the leverage they compute by treating rent as if it were debt").
  LEVERAGE_COUNTING_LEASES_AS_DEBT,
  RATING_AGENCY_LEVERAGE,
  LEASE_ADJUSTED_WITH_FORMULA,
  LEVERAGE_WITH_CAPITALISED_LEASES,
  LEVERAGE_TREATING_RENT_AS_DEBT,
  LEASED_LEVERAGE_ASIDE,
  // A pasted setting's key, its words joined by underscores: "lease_adj_cap: 5.75", "lease_adj 5.1".
  String.raw`(?<![a-z_])(?:lease|rent)_adj(?:usted)?(?:_(?:lev(?:erage)?|ratio))?(?:_(?:cap|max|limit|ceiling))?(?=[^\S\n]*[:=]?[^\S\n]*\d)`,
  // An aside between the adjective and the noun is part of the name: "lease-adjusted (rent-capitalised) leverage".
  // "the lenders' lease-adjusted covenant is 4.7x", "the lease-adjusted number shouldn't exceed 5.4x".
  String.raw`(?:lease|rent)[-\s]?adj(?:usted|\.)?\s*(?:\([^()\n]{1,90}\)\s*)?(?:net\s+)?(?:lev[ae]?rage|lev\b\.?|debt|ratio|multiple|covenant|numbers?|figure|metric|measure|test|turns)(?:\s+ratio)?`,
  // "lease-adjusted max 4.5x", "max lease-adjusted 4.5x": the adjective alone, right before a bound or a multiple, and
  // its rent-named twin ("rent-adjusted ≤ 4.8x", "rent-adjusted at 4.7x"), as the lease-adjusted names above take either word.
  // A limit's noun after it counts as a bound too: "lease-adjusted ceiling 4.8x", "lease-adj. limit: 5x", "lease-adj
  // max: 4.9x", and a multiple in words after it: "lease-adjusted limit five turns".
  // Second in a list, the adjective alone carries any comparison: "net at or under 3.6x, lease-adjusted at or under
  // 4.7x", "Lease-adjusted no worse than 4.6x".
  // A limit's noun with "is" after it names the cap: "lease-adj cap is 4.8x now", "lease-adjusted limit is 5x".
  // A verb of holding may stand before the comparison: "lease-adjusted stays under 5x", "lease-adjusted no higher than 4.7x",
  // "lease-adjusted cannot exceed 4.75x".
  // Dictated, the level may come in words with no unit ("lease adjusted under four point eight", "lease adjusted no
  // more than five"), or in figures with none where nothing follows it but a bound word or the clause's end ("lease
  // adj 4.5", "Lease adjusted 4.75 max."): a level today ("lease adjusted 3.9 today") is left alone.
  String.raw`(?:lease|rent)[-\s]adj(?:usted|\.)?(?=\s*(?:(?:stays?|remains?|kept|held|sits?|(?:must|should|to)\s+(?:stay|remain|be))\s+)?(?:at\s+(?=max|most))?(?:no\s+(?:higher|greater)\s+than|not\s+(?:above|over|higher\s+than)|(?:cannot|can't|can\s+not|must\s+not|may\s+not|should\s+not|shall\s+not)\s+(?:exceed|go\s+(?:above|over|past))|less\s+than|lower\s+than|max(?:imum)?|cap(?:ped)?|ceiling|limit|at\s+most|(?:up\s+)?to|under|below|no\s+more\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|not?\s+worse\s+than|<=?|\u2264|[:=]|(?<=(?:cap|limit|ceiling|covenant|max(?:imum)?)\s+(?:on|for)\s+(?:the\s+)?(?:lease|rent)[-\s]adj(?:usted|\.)?\s+)is)\s*:?\s*(?:at\s+|of\s+|(?<=(?:cap|ceiling|limit)\s*)is\s+(?:now\s+)?)?(?:\d|${WORD_MULTIPLE}(?:[^\S\n]*(?:x|\u00d7|times|turns)|(?!${NOT_A_MULTIPLE})))|\s+(?:at\s+)?\d+(?:\.\d+)?\s*(?:x|\u00d7)(?![a-z])|[^\S\n]+(?:\d{1,2}(?:\.\d+)?|${WORD_MULTIPLE})(?=[^\S\n]*(?:(?:max(?:imum)?|cap|ceiling|at\s+most)\b|or\s+(?:less|lower|below|under)\b|[.,;!?\n]|$)))`,
  String.raw`(?:(?:lease|rent)[-\s]?adj(?:usted|\.)?|adjusted|total|net)?\s*(?:net\s+)?leverage(?:\s+(?:measure|metric|figure|number|ratio))?\s*(?:\(\s*${INCLUDING_LEASES}\s*\)|,?\s+${INCLUDING_LEASES})`,
  String.raw`adjusted\s+(?:net\s+)?leverage(?:\s+ratio)?`,
  // "Lease-adjusted?", "lease-adjusted cap?": the adjective alone as a question, answered with its level.
  String.raw`(?:lease|rent)[-\s]adj(?:usted|\.)?(?=[^\S\n]*(?:(?:cap|limit|ceiling|max(?:imum)?)[^\S\n]*)?\?)`,
  // "EBITDAR leverage", "EBITDAR-based leverage", "the EBITDAR-basis multiple": leverage measured on earnings before rent.
  String.raw`ebitdar(?:[-\s](?:based|basis))?\s+(?:leverage|multiple)`,
  // "the rent-capitalised leverage under 4.75", "lease-capitalized leverage": leverage with the rent or the leases
  // capitalised as debt, which is what the lease adjustment does.
  String.raw`(?:rents?|leases?)[-\s]capitali[sz]ed\s+(?:net\s+)?lev[ae]?rage(?:\s+(?:ratio|measure|number|figure|multiple))?`,
  // "leverage on a lease-adjusted basis maximum is 4.35": the adjective after the noun, as a basis.
  String.raw`lev[ae]?rage\s+(?:on|in)\s+(?:an?\s+)?(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:basis|terms)`,
  // "LAL 4.8x", "LAL cap 5.0x", "lal_max 5.4x": the initials of a notes list, only where a limit or a level follows.
  String.raw`(?<![a-z-])lal(?:_(?=cap|max|limit|ceiling))?(?=[^\S\n]*(?:cap|max(?:imum)?|limit|ceiling|no\s|not\s|under|below|at\s|up\s+to|less|[:=<\u2264]|\d))`,
  // "under 4.2x on a lease-adjusted basis", "4.5x lease-adjusted", "four and a half turns lease-adjusted": the adjective right after a multiple, as "3.5x net".
  String.raw`(?<=(?:\d|${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7|times|turns)\s+(?:on\s+an?\s+)?)(?:lease|rent)[-\s]?adj(?:usted|\.)?(?:\s+(?:basis|terms))?(?![a-z-])`,
  String.raw`(?:(?:total|net|adjusted)\s+)?(?:net\s+)?debt(?:\s*(?:\+|plus|and)\s*(?:capitali[sz]ed\s+)?leases?)?\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*ebitdar`,
  ...PLAIN_LEASE_ADJUSTED_LEVERAGE,
  // "MaxLeaseAdjLeverage 5.0": a model's cell name (`model-cell-covenant-names.ts`).
  MODEL_CELL_LEASE_ADJUSTED_LEVERAGE,
  // Last, so that the names above keep their asides: "the leverage measure the rating agencies use", "debt-plus-eight-times-rent
  // over EBITDAR", "the lease-adjusted version".
  ...LEASE_ADJUSTED_LEVERAGE_BY_ITS_USERS_AND_FORMULA,
].join('|');
/**
 * "Net leverage (IFRS basis): <= 3.9x", "leverage (pro forma, post-close) under 3.5x": the name with a bracket that says
 * on what basis it is measured, before its limit. A bracket that counts leases or rent names the lease-adjusted ratio,
 * never this one.
 */
const NET_LEVERAGE_WITH_BASIS_BRACKET = String.raw`(?:net\s+)?lev[ae]?rage[^\S\n]*\((?![^()\n]*\b(?:leases?|rents?|ebitdar|lease[-\s]adj\w*)\b)(?=[^()\n]*\b(?:basis|ifrs(?:\s*16)?|gaap|pro[-\s]forma|post[-\s]?(?:close|closing|deal|sale)|covenant|definition|tested)\b)[^()\n]{1,40}\)`;
/**
 * "debt/earnings", "debt-to-earnings", "debt to earnings": net leverage shortened to debt over plain earnings, as a
 * note or a whiteboard writes it. Earnings before rent are the lease-adjusted ratio's, and earnings over interest or
 * rent are coverage, so neither follows.
 */
const DEBT_OVER_EARNINGS = String.raw`earnings(?![-\s]+before[-\s]+rent|\s*(?:\/|over|to)\s*(?:interest|rent|fixed))`;
/**
 * "net leverage", "leverage", "total leverage", "net debt/EBITDA", "debt to EBITDA" (and "levrage", a letter dropped, and
 * "ebit da" as a transcript splits the word, and "nd ebitda" as a column's key "max_nd_ebitda" is spelt out),
 * and "net" alone right after a multiple ("at or under 3.5x net") or right before one, with or without a comparison
 * ("net 3.5x max, FCCR 1.5x min", "net <= 3.5x"), or before a comparison and a decimal with no unit ("net under
 * 3.25"), where it can name nothing else, and the initials "nl" before a
 * limit, a comparison or a level ("nl cap 3.75", "NL no higher than 3.75x") or right after a multiple ("3.5x NL"). "Leverage" after a lease-adjusted name is that name's word: a lease-adjusted level
 * the reader does not take as a limit ("current lease-adjusted leverage is about 3.5x") is no net leverage either.
 */
/**
 * "Leverage, meaning debt against yearly earnings,", "net leverage, i.e. debt over EBITDA,": the name explained in an
 * aside between commas that sets debt against a year's earnings, before its level. The aside only restates the ratio,
 * so it is part of the name; one that counts rent, leases or interest explains another ratio and is left alone.
 */
const NET_LEVERAGE_WITH_MEANING_ASIDE = String.raw`(?:net\s+)?lev[ae]?rage[^\S\n]*,[^\S\n]*(?:meaning|i\.?e\.?,?|that\s+is|as\s+in|aka)\s+(?=[^,;\n]{0,60}?\bdebt\b)(?![^,;\n]{0,60}?\b(?:rents?|leases?|ebitdar|interest)\b)(?=[^,;\n]{0,60}?\b(?:earnings|ebitda)\b)[^,;.\n\d]{1,60}?[^\S\n]*,`;
// The name with its basis bracket or its aside first, so that the bare name does not stop short of them; "net debt"
// before a bounded multiple ("Net debt max 3.4x") last (`net-debt-with-a-bounded-multiple.ts`).
export const NET_LEVERAGE = String.raw`${NET_LEVERAGE_WITH_BASIS_BRACKET}|${NET_LEVERAGE_WITH_MEANING_ASIDE}|(?<!(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+)(?:net\s+)?lev[ae]?rage${AFTER_THE_DEAL}|(?<![a-z-])net(?=[^\S\n]*(?:(?:max(?:imum)?|at\s+most|under|below|no\s+more\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|cap|ceiling|limit|at|<=?|\u2264|=<)[^\S\n]*)?\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z])|[^\S\n]*(?:under|below|at\s+most|no\s+more\s+than|<=?|\u2264)[^\S\n]*(?:\d+\.\d+|${WORD_MULTIPLE})(?!\d|\.\d|[^\S\n]*(?:%|percent|m\b|mm|mn|million|bn|billion|k\b|years?)))|(?<=(?:\d|${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7)\s+)nl(?![a-z\d])|(?<=(?:\d|${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7|times|turns)\s+)net(?![-\s]+(?:debt|proceeds|lease|rent|income|worth|of|present|cost|book|gains?|cash|sales?|basis|ebitda|asset)|[a-z-])|(?<![a-z-])nl(?:_(?=cap|max|limit|ceiling))?(?=[^\S\n]*(?:cap|max(?:imum)?|limit|ceiling|under|below|at\s+most|no\s+(?:higher|more|greater)\s+than|not\s+(?:above|over|to\s+exceed)|[:=<\u2264]|\d))|(?:total\s+|net[-\s]?)?(?:(?:net\s+)?debt\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*(?:ebit[-\s]?da(?!r)|${DEBT_OVER_EARNINGS})|nd(?:\s*\/\s*|\s+)ebit[-\s]?da(?!r)|(?<!(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:net\s+)?)lev[ae]?rage|lev\b\.?|gearing)(?:\s+(?:ratio|multiple))?(?:\s+covenant)?|${PLAIN_NET_LEVERAGE}|${MODEL_CELL_NET_LEVERAGE}|${DEBT_UP_TO_EARNINGS_MULTIPLE}|${DEBT_HELD_TO_EARNINGS_MULTIPLE}|${DEBT_WORD_MULTIPLE_OF_EBITDA}|${NET_DEBT_WITH_A_BOUNDED_MULTIPLE}`;
/**
 * "fixed charge coverage", "FCCR", "coverage", "fixed charge" alone right before its level ("fixed charge 1.8x", "1.75x on fixed charges", "fixed charge one
 * point eight", "fixed charge over one and a half"), "fixed charge cov" as a note shortens it, with the charges in a dashed aside
 * ("the fixed-charge cover - interest plus rent - at 1.8 times"), "fixed charge" alone as a question answered with its
 * level ("Lender: Fixed charge?" then "CFO: At least one point nine times."), the ratio in plain words
 * (`plain-ratio-names.ts`: "fixed charges have to be covered at least two times over", "interest plus rent covered at
 * least 2 times"), "cov" right before a level in notes ("cov 1.9"), and "the cover on fixed charges" before its level. Interest coverage is a different
 * ratio, so "interest coverage" is deliberately not read as this covenant.
 */
// The formula before its level, alone or explaining a name between commas, first (`coverage-said-as-its-formula.ts`).
export const FIXED_CHARGE_COVERAGE = String.raw`(?:fccr|fixed[-\s]charges?\s+cover(?:age)?(?:\s+ratio)?|(?<!interest\s)coverage)${AFTER_THE_DEAL}|${COVERAGE_WITH_ITS_FORMULA_IN_BRACKETS}|${COVERAGE_SAID_AS_ITS_FORMULA}|${COVERAGE_LEVEL_ON_ITS_CHARGES}|${COVERAGE_NAMED_WITH_ITS_CHARGES}|(?<=\d[^\S\n]*(?:x|\u00d7)[^\S\n]+(?:(?:on|for)[^\S\n]+)?)fixed[-\s]charges?(?=[^\S\n]*(?:[.;,!?)]|and\b|$))|fixed[-\s]charge(?=[^\S\n]*(?:[:=]|(?:at\s+least|min(?:imum)?|of|at|above|over|>=?|\u2265|no\s+(?:less|lower)\s+than|not\s+(?:below|under))\s*)?[^\S\n]*(?:\d|${WORD_MULTIPLE}))|fixed[-\s]charges?\s+(?:coverage|cover|cov\b\.?|ratio)(?:\s+ratio)?(?:\s+covenant)?(?:\s+[-\u2013\u2014]\s+(?:interest|rent)[^\n\u2013\u2014]{0,30}?\s+[-\u2013\u2014](?=\s))?|fccr|fcc\b|fixed[-\s]charges?(?=[^\S\n]*\?)|(?<![a-z-])cov(?=[^\S\n]*(?:[:=>\u2265][^\S\n]*)?\d)|(?<!interest\s)coverage(?:\s+ratio)?(?:\s+covenant)?|charge\s+cover\b|cover(?:age)?\s+(?:on|of|for)\s+(?:the\s+|our\s+)?fixed[-\s]charges?\b|${PLAIN_FIXED_CHARGE_COVERAGE}|${MODEL_CELL_FIXED_CHARGE_COVERAGE}`;

/** The metrics a level given to "it" or "that" may stand for, each with its names. */
export const PRONOUN_ANTECEDENTS: readonly { metric: 'lease_adjusted' | 'net' | 'coverage'; pattern: RegExp }[] = [
  { metric: 'lease_adjusted', pattern: new RegExp(String.raw`\b(?:${LEASE_ADJUSTED_LEVERAGE})`, 'g') },
  { metric: 'net', pattern: new RegExp(String.raw`\b(?:${NET_LEVERAGE})`, 'g') },
  { metric: 'coverage', pattern: new RegExp(String.raw`\b(?:${FIXED_CHARGE_COVERAGE})`, 'g') },
];
