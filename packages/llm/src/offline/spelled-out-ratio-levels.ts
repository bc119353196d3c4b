import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';
import { DEBT_WITH_RENT_OVER_EARNINGS_BEFORE_RENT } from './debt-with-rent-over-earnings-before-rent.js';
import { EARNINGS_BEFORE_RENT } from './coverage-vocabulary.js';

/**
 * Lease-adjusted leverage spelled out as its formula, with its limit given to "it", "that" or "that ratio" in the
 * clause after it ("the agencies add eight times rent to debt and divide by EBITDAR; that ratio can't go above 5.35x",
 * "debt plus eight times annual rent against earnings before rent; it must remain at or below 4.9", "a ratio of debt
 * plus 8x rent to EBITDAR, and that it needs to stay at 5.25 or below", "debt plus eight times rent over EBITDAR; keep
 * that under 5.25"). The formula names the ratio outright, so the pronoun can stand for nothing else, and the level may
 * come as a bare decimal. The eight of the formula capitalises the rent and is never read as the level.
 */

/**
 * Eight times the rent: "eight times rent", "8x annual rent", "eight times the yearly rent", "eight times our yearly
 * rent", "eight times the annual rent bill", "eight times what we pay in rent each year", and the same as years of rent
 * ("eight years' rent", "eight years of rent"): the rent a year, however it is said, is what the eight multiplies.
 */
const EIGHT_TIMES_RENT = String.raw`(?:(?:eight|8)[^\S\n]*(?:times|x|\u00d7)[^\S\n]+(?:(?:the|our|what\s+we\s+pay\s+in)\s+)?(?:annual\s+|yearly\s+)?rents?(?:\s+bill)?(?:\s+(?:each|a|every|per)\s+year)?|(?:eight|8)\s+years?(?:'s?|\u2019s?)?\s+(?:(?:of|worth\s+of)\s+)?(?:our\s+|the\s+)?rents?)`;
/**
 * The formula: debt with eight times the rent, over earnings before rent ("debt plus eight times rent over EBITDAR",
 * "debt + 8x rent, divided by earnings before rent"), or as the steps that build it ("adds eight times rent to debt
 * and divides by EBITDAR"), or as rent treated as debt with the steps in a dashed aside ("treats eight years of rent
 * as if it were debt - added to net debt and divided by earnings before rent -"), or debt said to include the rent with
 * no multiple for it, over earnings before rent ("debt including the rent we pay, divided by earnings before rent. That
 * number can't go above 5 times": `debt-with-rent-over-earnings-before-rent.ts`).
 */
const FORMULA = String.raw`\(?(?:(?:total|net|gross|funded|our|the)\s+)*debt\s*(?:plus|\+|and)\s*${EIGHT_TIMES_RENT}\s*\)?\s*,?\s*(?:all\s+)?(?:over|(?:measured\s+)?against|to|divided\s+by|relative\s+to|\/)\s*${EARNINGS_BEFORE_RENT}|add(?:s|ing)?\s+${EIGHT_TIMES_RENT}\s+to\s+(?:the\s+|our\s+)?debt\s*,?\s+(?:and\s+|then\s+)?divid(?:es?|ing)\s+(?:it\s+|that\s+|the\s+(?:sum|total)\s+)?by\s+${EARNINGS_BEFORE_RENT}|${EIGHT_TIMES_RENT}\s+added\s+to\s+(?:the\s+|our\s+)?debt\s*,?\s*(?:all\s+)?(?:over|divided\s+by|against|\/)\s*${EARNINGS_BEFORE_RENT}|(?:treat|count)(?:s|ing)?\s+${EIGHT_TIMES_RENT}\s+as\s+(?:if\s+it\s+were\s+)?debt(?:\s*[-\u2013\u2014]\s*[^\u2013\u2014\n\d]{1,80}?by\s+${EARNINGS_BEFORE_RENT}\s*[-\u2013\u2014])?|${DEBT_WITH_RENT_OVER_EARNINGS_BEFORE_RENT}`;
/** A refusal to pass: "can't go above", "must not exceed", "shouldn't rise over". */
const NOT_ABOVE = String.raw`(?:can(?:'|\u2019|no)?t|cannot|can\s+not|must\s+not|mustn(?:'|\u2019)t|should\s+not|shouldn(?:'|\u2019)t|may\s+not|is\s+not\s+to|won(?:'|\u2019)t)\s+(?:(?:go|rise|get|climb|be|end\s+up)\s+)?(?:above|over|higher\s+than|more\s+than|past|beyond)|(?:can(?:'|\u2019|no)?t|cannot|must\s+not|mustn(?:'|\u2019)t|should\s+not|shouldn(?:'|\u2019)t|may\s+not)\s+exceed`;
/** A hold under: "must remain at or below", "needs to stay under", "has to be at most", "stays below". */
const HELD_UNDER = String.raw`(?:(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|is\s+to|to)\s+)?(?:(?:remain|stay|be|sit|stays|remains|sits|is)\s+)?(?:under|below|at\s+most|no\s+(?:more|higher|greater)\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|at(?=\s+\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times)?\s+or\s+(?:below|under|less|lower)\b))`;
/**
 * Ending under a level: "to end no higher than", "should end below", "should be 4.8 or lower" (a bare "be" only with
 * "or lower" after the level, as "is 4.1" alone may be a level today).
 */
const ENDING = String.raw`(?:(?:to|should|must|needs?\s+to|has\s+to)\s+)?(?:end|finish)(?:\s+up)?\s+(?:below|under|at\s+most|no\s+(?:higher|more)\s+than|at\s+or\s+(?:below|under))|(?:should|must|has\s+to|needs?\s+to|to)\s+be(?=\s+\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)?\s+or\s+(?:below|under|less|lower)\b)`;
/**
 * The limit after the formula: given to a pronoun ("that ratio can't go above", "it must remain at or below", "keep that
 * under", "I want that at 4.75 or less", "keep that one at 4.7 or lower", "the board wants it to end no higher than"), or said of the formula itself in the clause
 * that names it ("..., must not go above 4.8", "..., should be 5.25 or lower", "... number to end no higher than").
 */
/**
 * The company as the one held under the level, with the measure named again or not: "and we cannot exceed", "On that
 * measure we want to stay under", "by this ratio, we need to stay below". The formula just said is what "that measure"
 * stands for.
 */
const WE_ON_THAT_MEASURE = String.raw`(?:(?:on|by|under)\s+(?:that|this)\s+(?:measure|basis|metric|ratio|yardstick|definition)\s*,?\s+)?(?:i|we)\s+(?:(?:want|need|have|aim|plan)\s+to\s+)?`;
const PRONOUN_LIMIT = String.raw`(?:and\s+)?(?:that\s+)?(?:(?:(?:i|we|they|management|the\s+(?:board|lenders?|agenc(?:y|ies)))\s+wants?\s+|(?:please\s+)?(?:keep|hold)\s+)(?:it|that|this)(?:\s+(?:one|ratio|measure|number))?\s+(?:${NOT_ABOVE}|${HELD_UNDER}|${ENDING})|(?:(?:it|that|this)(?:\s+(?:one|ratio|measure|number|figure))?\s+)?(?:${NOT_ABOVE}|${ENDING}|${HELD_UNDER})|${WE_ON_THAT_MEASURE}(?:${NOT_ABOVE}|${ENDING}|${HELD_UNDER}))`;
/** The formula, a short tail of its clause, then the pronoun's limit and its level. */
const FORMULA_THEN_LIMIT = new RegExp(
  String.raw`(?:${FORMULA})[^.;:\n\d]{0,40}?\s*[.;,:\u2013\u2014-]?\s*${PRONOUN_LIMIT}\s*(?:(?<value>\d+(?:\.\d+)?)|(?<words>${WORD_MULTIPLE}))[^\S\n]*(?:x|\u00d7|times)?(?![\d%]|[^\S\n]*(?:percent|m\b|mm\b|mn\b|million|bn\b|billion|k\b|years?))`,
  'g',
);

/** The lease-adjusted limits given to a pronoun after the ratio's formula, in text order. Claims what it reads. */
export function readSpelledOutRatioLevels(text: BriefText): FoundBound[] {
  // Every formula holds the eight of the capitalised rent, or earnings before rent as its divisor.
  if (!/\b(?:eight|8)\s*(?:times|x|\u00d7|years?\b)|before[-\s]+rent|ebitdar/.test(text.lower)) return [];
  const found: FoundBound[] = [];
  for (const match of text.lower.matchAll(FORMULA_THEN_LIMIT)) {
    // "and we cannot exceed four and a quarter": a level in words is read as its number.
    const words = match.groups?.['words'];
    const written = match.groups?.['value'] ?? words ?? '';
    const value = words === undefined ? Number(written) : numberValue(words);
    const valueStart = match.index + match[0].lastIndexOf(written);
    const end = match.index + match[0].length;
    // A level another reader took already is theirs, and one under 1 or from 20 up is no leverage multiple.
    if (!text.isFree(valueStart, end) || !(value >= 1 && value < 20)) continue;
    found.push({ value, start: match.index, end });
    text.claim(match.index, end);
  }
  return found;
}
