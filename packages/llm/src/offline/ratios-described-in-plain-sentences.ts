import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { INTEREST_AND_RENT } from './coverage-vocabulary.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

/**
 * The three covenant ratios described in a plain sentence rather than named, with the limit anywhere after the words
 * that describe them in the same sentence:
 *
 * - lease-adjusted leverage as debt with the rent counted in: "counting rent as debt, 4.9 max", "with rent treated
 *   like a loan, that ratio tops out at 4.6", "the debt-plus-rent measure over earnings before rent must be 5.2 or
 *   less", "keep the rent-counted-as-debt ratio below 5";
 * - fixed-charge coverage as earnings covering rent and interest: "earnings cover on rent-plus-interest must stay at
 *   2.4 or more", "the bank watches how many times earnings cover rent plus interest; that must be at least 1.8",
 *   "income has to pay rent and interest 1.5 times over at least";
 * - net leverage as debt less cash against earnings: "keep debt less cash at 3.5 times earnings or lower", "debt after
 *   cash: no more than 3.25 times earnings", "net debt shouldn't end up higher than 3.5 times a year's earnings".
 *
 * Only a limit is read: a comparison that caps (or, for coverage, floors) the figure on one side of it, and a figure that
 * is a multiple (between 1 and 10, never a percentage, an amount or a term). A level with no such words ("our ratio
 * to earnings before rent is 4.1 today") is a level seen, never the limit to run with. A described lease-adjusted
 * ratio is never also read as net leverage, since its debt counts the rent.
 */

/** Which covenant ratio a limit is of. */
export type DescribedRatio = 'lease_adjusted' | 'net' | 'coverage';

/** One limit read for a ratio described in words. */
export interface DescribedRatioLimit {
  readonly metric: DescribedRatio;
  readonly bound: FoundBound;
}

/**
 * Rent or leases counted as debt: "count our rent as a form of debt", "treat rent as debt", "rent counted like a loan",
 * "counting rent as borrowing", "rent-as-debt", "debt-including-rent", "debt-plus-rent", "debt with leases counted", and
 * the rent added to the debt ("the rating agencies add our rent to our debt", "leases added onto borrowings"). Plain
 * "debt plus rent" (over earnings, not earnings before rent) names no ratio the planner knows, so the words must be
 * joined into one name or say the rent is counted.
 */
export const RENT_AS_DEBT =
  /\b(?:count|counts|counted|counting|treat|treats|treated|treating)\s+(?:our\s+|the\s+|all\s+)?(?:rents?|leases?)\s+(?:as|like)\s+(?:a\s+form\s+of\s+|a\s+kind\s+of\s+)?(?:debt|borrowing|a\s+loan|loans)\b|\b(?:rents?|leases?)(?:\s+is|\s+are)?[-\s]+(?:counted|treated)[-\s]+(?:in\b|as[-\s]+(?:debt|borrowing)|like[-\s]+(?:debt|a[-\s]+loan))|\brent[-\s]as[-\s]debt\b|\bdebt-(?:including|plus|counting|with)-(?:rents?|leases?)\b|\bdebt\s+(?:including|plus|counting|with)\s+(?:the\s+)?(?:rents?|leases?)\s+counted\b|\b(?:add|adds|added|adding)\s+(?:our\s+|the\s+|all\s+|its\s+|their\s+)?(?:rents?|leases?|lease\s+payments)\s+(?:(?:in)?to|onto)\s+(?:our\s+|the\s+|its\s+|their\s+)?(?:debt|borrowings)\b|\b(?:rents?|leases?)\s+(?:is\s+|are\s+|gets?\s+)?added\s+(?:(?:in)?to|onto)\s+(?:our\s+|the\s+|its\s+)?(?:debt|borrowings)\b/;

/** Earnings covering rent and interest: "rent plus interest", "interest and rent", "rent-plus-interest". */
const RENT_AND_INTEREST = new RegExp(String.raw`\b${INTEREST_AND_RENT}\b`);

/** What covers the charges, which a coverage sentence must name: earnings, profit, income, cover. */
const COVERING_WORDS = /\b(?:earnings|profits?|income|cover|covers|coverage|ebitda\w*)\b/;

/** Every covering word, to find the last before the charges. */
const EVERY_COVERING_WORD = /\b(?:earnings|profits?|income|cover|covers|coverage|ebitda\w*)\b/g;

/**
 * Debt less cash: "net debt", "debt minus cash", "debt less cash", "debt after cash", "debt-minus-cash", and the
 * subtraction told as a step ("take what we owe, subtract our cash", "our debt, then take away the cash we hold",
 * "deduct our cash from what we owe", "what we owe after subtracting our cash", "our debt once we take off the cash").
 */
const DEBT_LESS_CASH =
  /\bnet\s+debt\b|\b(?:what\s+(?:we|the\s+company)\s+owes?|(?:our|the|total)\s+(?:debt|borrowings))\s*,?\s+(?:after|once|when|net\s+of)\s+(?:we\s+)?(?:subtracting|subtract|deducting|deduct|taking\s+away|take\s+away|taking\s+off|take\s+off|netting\s+off|net\s+off|removing|remove)\s+(?:our\s+|the\s+|any\s+|all\s+)?cash\b|\bdebt[-\s]+(?:minus|less|after|net\s+of)[-\s]+(?:our\s+)?cash\b|\bwhat\s+we\s+owe(?:\s+after\s+(?:the|this)\s+(?:sale|deal))?,?\s+(?:minus|less|net\s+of)\s+(?:our\s+|the\s+)?cash\b|\b(?:what\s+(?:we|the\s+company)\s+owes?|(?:our|the|total)\s+(?:debt|borrowings))\s*,?\s+(?:and\s+|then\s+)*(?:subtract|deduct|take\s+away|take\s+off|remove|net\s+off)\s+(?:our\s+|the\s+|any\s+|all\s+)?cash\b|\b(?:subtract|deduct|take\s+away|net\s+off)\s+(?:our\s+|the\s+|any\s+|all\s+)?cash(?:\s+(?:we|it)\s+(?:hold|holds|have|has))?\s+from\s+(?:what\s+(?:we|the\s+company)\s+owes?|(?:our|the|total)\s+(?:debt|borrowings))\b/;

/** The earnings net debt is held against, which a net leverage sentence must name. */
const EARNINGS_WORDS = /\b(?:earnings|ebitda|profits?)\b/;

/**
 * Things counted after a figure, which make it no multiple: "up to 4 properties", "max 2 per market", "1.5 years".
 */
const COUNTED_THINGS = String.raw`assets?\b|propert(?:y|ies)\b|buildings?\b|sites?\b|stores?\b|markets?\b|cit(?:y|ies)\b|metros?\b|deals?\b|per\b|leases?\b|tenants?\b|days?\b|weeks?\b|quarters?\b|bps\b|basis\b|of\s+(?:them|these|those|the)\b`;

/**
 * The figure: a multiple in figures ("4.9", "3.5x", "2 times"), in words with its "times" ("three times"), a whole
 * number and its fraction or spoken decimals in words with no "times" ("two and three quarters", "three point two"),
 * or "twice". A figure with a percent sign, an amount's scale or a term after it is no multiple.
 */
const FIGURE = String.raw`(?:(?<![\d.,$])(?<value>\d+(?:\.\d+)?)(?!\.?\d|,\d)(?![^\S\n]*(?:%|percent|per\s+cent|million|mn\b|mm\b|m\b|bn\b|billion|k\b|years?\b|-year|yrs?\b|months?\b|dollars)|[^\S\n]+(?:${COUNTED_THINGS}))(?:[^\S\n]*(?:x|\u00d7)(?![a-z])|[^\S\n]*-?times\b|[^\S\n]*turns\b)?|(?<words>${WORD_MULTIPLE})[^\S\n]+times\b|(?<bare>(?=[a-z]+(?:[-\s][a-z]+)?[-\s](?:and|point)[-\s])${WORD_MULTIPLE})(?![-\s](?:and|point)\b)(?![^\S\n]+(?:${COUNTED_THINGS}|years?\b|months?\b|percent\b|million\b|billion\b))|(?<twice>twice)\b|(?<years>\d(?:\.\d+)?|${WORD_MULTIPLE})[^\S\n]+years?['\u2019]?[^\S\n]+(?:worth[^\S\n]+)?of[^\S\n]+(?:our[^\S\n]+)?(?:earnings|ebitda)\b)`;

/** What a multiple may be "of" between it and the words after it: "3.5 times a year's operating earnings". */
const OF_EARNINGS = String.raw`(?:[^\S\n]+(?:a\s+year's\s+|a\s+year\u2019s\s+|yearly\s+|annual\s+|our\s+)?(?:operating\s+)?(?:earnings|ebitda|profits?)(?:\s*\(ebitda\))?)?`;

/**
 * "post-deal", "after the sale": when a labelled limit holds, between the label and its figure; and "after" alone
 * right before the figure ("Current lease-adj 4.1x; max after 5.0x"), the deal understood.
 */
const AFTER_THE_DEAL = String.raw`(?:[^\S\n]+(?:post|after)(?:[-\s](?:the\s+)?(?:deal|sale|close|closing|transaction|slb)|(?=[^\S\n]*[:=]?[^\S\n]*\d)))?`;

/**
 * Words between a limit's label and its "is": "the ceiling we're holding ourselves to post-deal is 3.75x", at most 50
 * characters with no figure or stop among them.
 */
const LABEL_WORDS = String.raw`[^\d\n.;!?]{0,50}?\s(?:is|of|at)`;

/**
 * A push refused, before the verb that moves the ratio: "don't let the SLB", "never let the sale", "we can't let this
 * deal", "mustn't". Refused, a push of the ratio ("it", "that") past a level is a cap (or, downwards, a floor); a push
 * foreseen ("the sale will push it past 5x") is no limit, and a push of "us" is left to the readers of the company held
 * under a level.
 */
const PUSH_REFUSED = String.raw`(?:(?:don(?:'|\u2019)t|do\s+not|never|(?:we\s+)?(?:can(?:'|\u2019|no)?t|must\s+not|mustn(?:'|\u2019)t|shouldn(?:'|\u2019)t|won(?:'|\u2019)t))\s+(?:let\s+(?:(?:the|this|our|a|any)\s+)?(?:[a-z-]+\s+)?)?)(?:push|take|lift|drive|send|tip|drag|pull|knock|bring)\s+(?:it|that|this|the\s+ratio|the\s+number)(?:\s+(?:up|down))?\s+`;

/**
 * A cap before the figure: "no more than", "at most", "under", "below", "up to", "max", "cap it at", "tops out at",
 * "go past", "pass", "exceed", "at or below", "a ceiling of", "limit is", "don't let the SLB push it past".
 */
const CAP_BEFORE = String.raw`(?:${PUSH_REFUSED}(?:past|beyond|above|over|higher\s+than)|no\s+(?:more|higher|greater)\s+than|not\s+(?:more|higher|greater)\s+than|at\s+(?:the\s+)?most|(?:at\s+or\s+)?(?:under|below)|up\s+to|caps?(?:ped)?\s+(?:it\s+)?at|tops?\s+out\s+at|(?:go|goes|get|gets|rise|climb|run|end|be)(?:\s+up)?\s+(?:past|beyond|above|over|higher\s+than|more\s+than)|pass|exceed|(?:lets?\s+us|allows?\s+us\s+to)\s+go\s+(?:up\s+)?to|(?:ceiling|limit|cap|max(?:imum)?)\b${AFTER_THE_DEAL}[^\S\n]*(?:[:=]|is|of|at)?|(?:ceiling|limit|cap)\b${LABEL_WORDS})`;

/**
 * A cap after the figure: "or lower", "or less", "or below", "max", "at most", "at the most", and "or better" ("the
 * committee wants to see 3.3x or better"), as a leverage is better the lower it is.
 */
const CAP_AFTER = String.raw`(?:or\s+(?:lower|less|below|under|better)|max(?:imum)?\b|at\s+(?:the\s+)?most\b|tops\b)`;

/**
 * A floor before the figure: "at least", "no less than", "a minimum of", "a floor of", "floor is", and a fall refused
 * ("we can't drop below 1.6x", "it mustn't fall under", "should never dip below", "don't let the sale drag it below").
 */
const FLOOR_BEFORE = String.raw`(?:${PUSH_REFUSED}(?:below|under|lower\s+than|beneath)|at\s+least|(?:can(?:'|\u2019|no)?t|cannot|can\s+not|must\s+not|mustn(?:'|\u2019)t|should(?:\s+not|n(?:'|\u2019)t|\s+never)|won(?:'|\u2019)t|never)\s+(?:drop|fall|go|dip|slip|sink|get)\s+(?:below|under|lower\s+than|beneath)|no\s+(?:less|lower)\s+than|not\s+(?:less|lower)\s+than|(?:floor|minimum|min)\b${AFTER_THE_DEAL}[^\S\n]*(?:[:=]|is|of|at)?|floor\b${LABEL_WORDS})`;

/**
 * A floor after the figure: "or more", "or above", "or better", "at least", "at a minimum", "over at least", and the low
 * end of what is tolerated ("we can tolerate 1.7x at the low end").
 */
const FLOOR_AFTER = String.raw`(?:(?:over\s+)?(?:at\s+(?:the\s+)?least|at\s+a\s+minimum|minimum\b|min\b)|or\s+(?:more|above|better|higher|greater)|at\s+the\s+(?:very\s+)?low(?:er)?\s+end\b)`;

/** An upper limit: the cap on either side of the figure (a figure with neither is no limit: see `limitsIn`). */
const UPPER_LIMIT = new RegExp(
  String.raw`(?:(?<before>\b${CAP_BEFORE})[^\S\n]*)?${FIGURE}(?:${OF_EARNINGS}[^\S\n]+(?<after>${CAP_AFTER}))?`,
  'g',
);

/** A lower limit: the floor on either side of the figure (a figure with neither is no limit: see `limitsIn`). */
const LOWER_LIMIT = new RegExp(String.raw`(?:(?<before>\b${FLOOR_BEFORE})[^\S\n]*)?${FIGURE}(?:[^\S\n]+(?<after>${FLOOR_AFTER}))?`, 'g');

/** The value of a figure the limit patterns matched, or NaN. */
function figureValue(groups: Record<string, string | undefined>): number {
  if (groups['twice'] !== undefined) return 2;
  // "no more than three years of earnings": the years of earnings the debt would take to pay are the multiple.
  const years = groups['years'];
  if (years !== undefined) return /^\d/.test(years) ? Number(years) : numberValue(years);
  // "can't go above two and three quarters": a fraction or spoken decimals make the words a multiple without "times".
  const words = groups['words'] ?? groups['bare'];
  if (words !== undefined) return numberValue(words);
  return Number(groups['value']);
}

/** Words after a limit that put it in the past, or make it today's level: "in 2021", "last year", "today". */
const NOT_A_LIMIT_AFTER = /^[^\S\n]*(?:today|currently|now\b|right\s+now|in\s+(?:19|20)\d\d|last\s+(?:year|quarter|time)|ago\b)/;

/** Words before a limit in its clause that put it in the past: "we were under 2.6x". */
const PAST_BEFORE = /\b(?:were|was|used\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,2}$/;

/** A limit found in a window, and whether another reader had taken it already (only found with `readToo`). */
export interface LimitFound extends FoundBound {
  readonly alreadyRead: boolean;
}

/**
 * The limits in `window` (which starts at `offset` in the brief) of the given direction, whose figure is a multiple
 * between 1 and 10 and is still unread (or, with `readToo`, read already: a caller that only needs to know where the
 * limit stands). Every unread limit found is claimed.
 */
export function limitsIn(text: BriefText, window: string, offset: number, direction: 'upper' | 'lower', readToo = false): LimitFound[] {
  const found: LimitFound[] = [];
  for (const limit of window.matchAll(direction === 'upper' ? UPPER_LIMIT : LOWER_LIMIT)) {
    const groups = limit.groups ?? {};
    if (groups['before'] === undefined && groups['after'] === undefined) continue;
    const value = figureValue(groups);
    if (!(value >= 1 && value < 10)) continue;
    const start = offset + limit.index;
    const end = start + limit[0].length;
    // "we were under 2.6x in 2021": a level in the past, or today's again, is no limit.
    if (NOT_A_LIMIT_AFTER.test(window.slice(limit.index + limit[0].length))) continue;
    if (PAST_BEFORE.test(window.slice(Math.max(0, limit.index - 40), limit.index))) continue;
    const alreadyRead = !text.isFree(start, end);
    if (alreadyRead && !readToo) continue;
    found.push({ value, start, end, alreadyRead });
    if (!alreadyRead) text.claim(start, end);
  }
  return found;
}

/** A sentence: to a stop, "!", "?" or a new line, a stop before a digit being a decimal point. */
export const SENTENCE = /[^.!?\n]+(?:\.\d[^.!?\n]*)*/g;

/** The limits of covenant ratios described in plain sentences (see the file's head), in text order. Claims them. */
export function readRatiosDescribedInPlainSentences(text: BriefText): DescribedRatioLimit[] {
  const lower = text.lower;
  // Every shape names debt with rent or leases, rent with interest, or debt with cash.
  const rentAsDebt = lower.includes('debt') || lower.includes('borrow') || lower.includes('loan');
  if (!(rentAsDebt && /\b(?:rent|lease)/.test(lower)) && !lower.includes('interest') && !lower.includes('debt') && !lower.includes('owe'))
    return [];
  const found: DescribedRatioLimit[] = [];
  for (const sentence of lower.matchAll(SENTENCE)) {
    const words = sentence[0];
    // Where each described ratio starts in the sentence; each one's limits stand between it and the next.
    const starts: { metric: DescribedRatio; from: number; at: number }[] = [];
    const rent = RENT_AS_DEBT.exec(words);
    if (rent !== null) starts.push({ metric: 'lease_adjusted', from: rent.index + rent[0].length, at: rent.index });
    const charges = RENT_AND_INTEREST.exec(words);
    const debt = rent === null ? DEBT_LESS_CASH.exec(words) : null;
    if (charges !== null && COVERING_WORDS.test(words)) {
      // "earnings need to be at least 1.8 times what we pay in rent and interest": the floor may come before the
      // charges, after the earnings that cover them.
      const before = words.slice(0, charges.index);
      let covering = COVERING_WORDS.exec(before);
      // "debt minus cash no more than three years of earnings, and our earnings should cover rent plus interest
      // twice": after net debt, the earnings of its limit are not those that cover; the last covering word is.
      if (debt !== null && debt.index < charges.index) for (const later of before.matchAll(EVERY_COVERING_WORD)) covering = later;
      const from = covering === null ? charges.index : covering.index;
      starts.push({ metric: 'coverage', from, at: from });
    }
    if (debt !== null && EARNINGS_WORDS.test(words)) starts.push({ metric: 'net', from: debt.index + debt[0].length, at: debt.index });
    starts.sort((left, right) => left.at - right.at);
    for (const [index, { metric, from }] of starts.entries()) {
      const to = starts[index + 1]?.at ?? words.length;
      if (to <= from) continue;
      const direction = metric === 'coverage' ? 'lower' : 'upper';
      for (const { value, start, end } of limitsIn(text, words.slice(from, to), sentence.index + from, direction))
        found.push({ metric, bound: { value, start, end } });
    }
  }
  return found;
}
