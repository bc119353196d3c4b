import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';
import { A_YEAR_OF, A_YEARS_EARNINGS, EARNINGS_BEFORE_RENT, WHAT_IS_EARNED, WHAT_IS_EARNED_IN_A_YEAR } from './coverage-vocabulary.js';

/**
 * Net leverage said as debt limited to a multiple of a year's earnings, in the shapes the named readers leave:
 *
 * - a limit whose level is "net debt of" a multiple: "the lenders' limit is net debt of 4.0x EBITDA";
 * - debt or borrowings capped or kept at a multiple said in words: "our lenders cap debt at four times EBITDA", "the
 *   lenders want our borrowings kept to no more than three and a half times a year's operating profit";
 * - a wish not to owe more than a multiple of what the business earns in a year: "I don't want to owe the bank more
 *   than three times what the business earns in a year before interest, tax and depreciation";
 * - debt as the subject of a bound, with or without when it holds: "debt no more than three and a half turns of
 *   earnings", "Debt after the deal: no more than 3.4 times yearly earnings", "debt 3.5x earnings max";
 * - a rise of the debt refused: "don't let debt go over 2.8 turns of EBITDA";
 * - how far the lenders let the debt go: "our covenant lets net debt run to 3.5x EBITDA".
 *
 * A multiple may be said in turns, and the earnings after "of" ("caps net debt at three and a half turns of EBITDA").
 *
 * Earnings before rent (EBITDAR) belong to the lease-adjusted ratio, and debt bounded in money ("cap debt at $50M") is
 * no ratio: neither is read. The level found is the covenant; a level planned inside it after it ("but I want to stay
 * well inside that - 3.5 times") is read by `covenant-headroom.ts` from the covenant's end.
 */

/** The multiple, in figures or words: "4.0x", "four times", "three and a half times". */
const MULTIPLE = String.raw`(?:(?<value>\d{1,2}(?:\.\d+)?)|(?<words>${WORD_MULTIPLE}))[^\S\n]*(?:x|\u00d7|times|turns)(?![a-z])(?:[^\S\n]+of)?`;

/**
 * A year's earnings before interest, tax and depreciation, never before rent: "EBITDA", "a year's operating profit",
 * "annual earnings", "what the business earns in a year (before interest, tax and depreciation)". Rent later in the
 * same clause makes them earnings before rent; rent after a comma belongs to the next clause ("debt under 3.5 turns of
 * earnings, earnings covering interest and rent twice").
 */
const YEAR_EARNINGS = String.raw`(?:${A_YEARS_EARNINGS}|${A_YEAR_OF}earnings(?=[-\s]+before[-\s]+(?!rent))|${WHAT_IS_EARNED_IN_A_YEAR})(?![^.;,\n]{0,60}\brents?\b)`;

/** Debt, as the company names it: "debt", "net debt", "our borrowings", "total debt". */
const DEBT = String.raw`(?:(?:our|the|total|net|its)\s+)*(?:debt|borrowings?)`;

/** "the lenders' limit is net debt of 4.0x EBITDA", "covenant: net debt of 3.5x EBITDA": a limit's level as debt of a multiple. */
const LIMIT_IS_DEBT_OF = String.raw`\b(?:limit|cap|ceiling|covenant|maximum|max)\s*(?:is|:|=|of)\s*${DEBT}\s+(?:of|at)\s+${MULTIPLE}\s+${YEAR_EARNINGS}`;

/** "no more than", "at most": the words that make a level kept or held a limit rather than where it stands today. */
const NO_MORE_THAN = String.raw`(?:no\s+more\s+than|not\s+more\s+than|at\s+most|most)`;

/**
 * "cap debt at four times EBITDA", "borrowings kept to no more than three and a half times a year's operating profit",
 * "limit our debt to 3 times annual earnings": debt held by a verb at a multiple. Kept or held, debt needs "no more
 * than" or "at most" before the multiple, as "we keep debt at 3 times earnings" may say where it stands today.
 */
const DEBT_HELD_AT = String.raw`\b(?:(?:caps?|capping|capped|limits?|limiting|limited)\s+(?:${DEBT}|us)\s+(?:at|to)\s+(?:${NO_MORE_THAN}\s+)?|${DEBT}\s+(?:(?:be|are|is|to\s+be)\s+)?(?:capped|limited)\s+(?:at|to)\s+(?:${NO_MORE_THAN}\s+)?|(?:(?:keeps?|keeping|kept|holds?|holding|held)\s+${DEBT}|${DEBT}\s+(?:(?:be|are|is|to\s+be)\s+)?(?:kept|held))\s+(?:at|to)\s+${NO_MORE_THAN}\s+)${MULTIPLE}\s+${YEAR_EARNINGS}`;

/**
 * "I don't want to owe the bank more than three times what the business earns in a year", "we never want to owe our
 * lenders more than 3.5x EBITDA": a refusal to owe more than a multiple, the lender named or not.
 */
const NOT_OWE_MORE_THAN = String.raw`\b(?:i|we|the\s+(?:company|group|business))\s+(?:don(?:'|\u2019)t|do\s+not|doesn(?:'|\u2019)t|does\s+not|never|would\s+not|wouldn(?:'|\u2019)t)\s+(?:want|wish|like)\s+to\s+owe\s+(?:(?:the|our)\s+)?(?:banks?|lenders?)?\s*(?:any\s+)?(?:more\s+than|over|above|beyond)\s+${MULTIPLE}\s+${YEAR_EARNINGS}`;

/**
 * "debt no more than three and a half turns of earnings", "Debt after the deal: no more than 3.4 times yearly
 * earnings", "debt 3.5x earnings max": debt, perhaps with when the bound holds, then a cap's words and the multiple, or
 * the multiple and a cap's word after the earnings. A bound word must stand beside the multiple, so that "debt 3.5x
 * earnings today" or "debt was 3.2 times earnings" is no limit.
 */
const DEBT_BOUNDED = String.raw`\b${DEBT}(?:[^\S\n]+(?:after|post)[-\s](?:the\s+)?(?:deal|sale|close|closing|transaction|leaseback))?[^\S\n]*:?[^\S\n]*`;
/** The cap's words before the multiple: "no more than", "at most", "under". */
const DEBT_BOUNDED_BEFORE = String.raw`${DEBT_BOUNDED}(?:no\s+(?:more|higher|greater)\s+than|not\s+(?:more|higher|greater)\s+than|at\s+most|under|below)\s+${MULTIPLE}\s+${YEAR_EARNINGS}`;
/** The cap's word after the earnings: "max", "at most", "tops", "or less". */
const DEBT_BOUNDED_AFTER = String.raw`${DEBT_BOUNDED}${MULTIPLE}\s+${YEAR_EARNINGS}[^\S\n]*,?[^\S\n]*(?:max(?:imum)?\b|at\s+most\b|tops\b|or\s+(?:less|lower|below|under)\b)`;

/**
 * "Don't let debt go over 2.8 turns of EBITDA", "never let net debt climb above 3.1 times annual earnings": a rise of
 * the debt refused, the multiple after the direction it may not pass.
 */
const DEBT_NOT_LET_RISE = String.raw`\b(?:don(?:'|\u2019)t|do\s+not|never|must\s+not|mustn(?:'|\u2019)t|should\s+not|shouldn(?:'|\u2019)t)\s+let\s+${DEBT}\s+(?:go|get|rise|climb|run|creep|drift|move|end\s+up)(?:\s+up)?\s+(?:over|above|past|beyond|higher\s+than|more\s+than)\s+${MULTIPLE}\s+${YEAR_EARNINGS}`;

/**
 * "Our covenant lets net debt run to 3.5x EBITDA", "the facility allows debt to go up to four times earnings": a limit
 * said as how far the lenders let the debt go.
 */
const DEBT_LET_RUN_TO = String.raw`\b(?:lets?|allows?|permits?)\s+(?:us\s+)?${DEBT}\s+(?:to\s+)?(?:run|go|get|rise|climb|stretch)\s+(?:up\s+)?to\s+${MULTIPLE}\s+${YEAR_EARNINGS}`;

/** The shapes, each a regular expression with its multiple in a `value` or `words` group. */
const SHAPES = [
  LIMIT_IS_DEBT_OF,
  DEBT_HELD_AT,
  NOT_OWE_MORE_THAN,
  DEBT_BOUNDED_BEFORE,
  DEBT_BOUNDED_AFTER,
  DEBT_NOT_LET_RISE,
  DEBT_LET_RUN_TO,
].map((source) => new RegExp(source, 'g'));

/**
 * The net leverage limits said as debt limited to a multiple of a year's earnings (see the file's head), in text
 * order. A level another reader took already is theirs, and one under 1 or from 20 up is no leverage multiple. Claims
 * what it reads.
 */
export function readDebtLimitedToAMultipleOfEarnings(text: BriefText): FoundBound[] {
  if (!/\b(?:debt|borrowings?|owe)\b/.test(text.lower)) return [];
  const found: FoundBound[] = [];
  for (const pattern of SHAPES) {
    for (const match of text.lower.matchAll(pattern)) {
      const words = match.groups?.['words'];
      const value = words === undefined ? Number(match.groups?.['value']) : numberValue(words);
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end) || !(value >= 1 && value < 20)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}

/**
 * A limit's words before a multiple of earnings, in the words of one who states the debt first and the limit after it:
 * "under", "below", "at or under", "no more than", "no worse than", "at most", "within"; or a direction (`passed`:
 * "past", "pass", "over", "above", "beyond", "top", "exceed", "more than") that a refusal earlier in the sentence makes
 * a limit ("shouldn't go past", "without our debt climbing past", "I don't want us owing more than").
 */
const LIMIT_WORDS = String.raw`\b(?:(?:at\s+or\s+)?(?:under|below)|(?:no|not)\s+(?:more|higher|greater|worse)\s+than|at\s+most|within|(?<passed>past|pass|over|above|beyond|top|exceed|more\s+than|higher\s+than))`;

/**
 * The multiple, in figures or words, as times ("3.5 times", "4.6x", "three and a half times") or as years of earnings
 * (`years`: "3.4 years of", "three and a quarter years' worth of"), "about" or "roughly" before it.
 */
const MULTIPLE_OR_YEARS = String.raw`(?:(?:about|around|roughly|some|approximately)\s+)?(?:(?<value>\d{1,2}(?:\.\d+)?)|(?<words>${WORD_MULTIPLE}))[^\S\n]*(?:(?:x|\u00d7|times)(?![a-z])|(?<years>years?(?:'s|\u2019s|'|\u2019)?(?:\s+worth)?\s+of))`;

/**
 * "our debt, with rent counted at eight times, under 5.2 times earnings before rent", "what we owe shouldn't go past
 * 3.4 years of earnings", "debt should be no worse than 3.0 times earnings": a limit and its multiple, then the
 * earnings (`beforeRent` when before rent). Which debt, and whether a direction is refused, the sentence before says.
 */
const DEBT_LIMITED_AFTER_IT = new RegExp(
  String.raw`${LIMIT_WORDS}\s+${MULTIPLE_OR_YEARS}\s*(?:(?<beforeRent>${EARNINGS_BEFORE_RENT})(?![a-z])|${YEAR_EARNINGS}|${WHAT_IS_EARNED}(?![a-z]))(?![^\S\n]*\([^\S\n]*ebitdar)`,
  'g',
);

/**
 * "Three and a half years of earnings: that's the most I'd be comfortable owing", "3.5 times EBITDA is the most we
 * should owe": the multiple first, then said to be the most owed. No limit's words stand before it, so `passed` never
 * holds.
 */
const MOST_OWED_AFTER_IT = new RegExp(
  String.raw`(?<![a-z\d.])${MULTIPLE_OR_YEARS}\s*${YEAR_EARNINGS}[^\S\n]*(?:[:,\u2013\u2014-][^\S\n]*)?(?:(?:that|this)(?:'s|\u2019s|\s+is)|is)\s+the\s+most\s+(?:that\s+)?(?:i|we)(?:'d|\u2019d|\s+would|\s+should|\s+can|\s+could)?\s+(?:be\s+(?:comfortable|happy|ok|okay)\s+)?ow(?:e|ing)\b`,
  'g',
);

/** The debt, in the sentence before the limit: "debt", "borrowings", "what we owe", "owing". */
const DEBT_IN_SENTENCE = /\b(?:debt|borrowings?|owes?|owed|owing)\b/;
/** A refusal that makes a direction a limit: "shouldn't", "not", "never", "without", "no", "bars us from". */
const REFUSAL_IN_SENTENCE = /(?:n't|n\u2019t|\b(?:not|cannot|never|without|no|bars?|barred|prohibits?|forbids?))\b/;
/** The rent counted in the debt, in the sentence before a limit against earnings before rent: "rent", "leases". */
const RENT_IN_SENTENCE = /\b(?:rents?|leases?)\b/;
/** What makes the debt another company's or a past one: "a competitor", "peers", "was", "ago", "last year". */
const NOT_OURS_OR_PAST = /\b(?:competitors?|peers?|rivals?|was|were|had\s+been|ago|last\s+(?:year|time|cycle|deal))\b/;

/**
 * Net and lease-adjusted leverage said as the debt, and then the limit on it as a multiple of earnings, in the sentence
 * of one who names neither ratio: "our debt, with rent counted at eight times, under 5.2 times earnings before rent",
 * "that total shouldn't go past 5.5 times our earnings before rent", "what we owe should be no more than 3.3 years of
 * earnings", "without our debt climbing past 3.6 years' worth of earnings", "I don't want us owing more than about three
 * and a quarter years of earnings", "debt should be no worse than 3.0 times earnings". The debt must stand earlier in
 * the sentence, and a direction needs a refusal there; a sentence about another company's or a past debt, or earnings
 * before rent counted in years, limits nothing. Earnings before rent make the ratio lease-adjusted when the sentence
 * counts the rent in the debt ("debt under 4x earnings before rent" alone names no ratio), and a year's earnings
 * named as EBITDAR in a bracket are no year's earnings. Claims what it reads.
 */
export function readDebtLimitedAfterItInPlainWords(text: BriefText): { metric: 'net' | 'lease_adjusted'; bound: FoundBound }[] {
  if (!text.lower.includes('earn')) return [];
  const found: { metric: 'net' | 'lease_adjusted'; bound: FoundBound }[] = [];
  for (const match of text.freeMatches(MOST_OWED_AFTER_IT)) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    const words = groups['words'];
    const value = words === undefined ? Number(groups['value']) : numberValue(words);
    if (!text.isFree(match.index, end) || !(value >= 1 && value < 20)) continue;
    found.push({ metric: 'net', bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  for (const match of text.freeMatches(DEBT_LIMITED_AFTER_IT)) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    const words = groups['words'];
    const value = words === undefined ? Number(groups['value']) : numberValue(words);
    if (!text.isFree(match.index, end) || !(value >= 1 && value < 20)) continue;
    if (groups['years'] !== undefined && groups['beforeRent'] !== undefined) continue;
    const sentence = text.lower.slice(sentenceStart(text.lower, match.index), match.index);
    if (!DEBT_IN_SENTENCE.test(sentence) || NOT_OURS_OR_PAST.test(sentence)) continue;
    if (groups['passed'] !== undefined && !REFUSAL_IN_SENTENCE.test(sentence)) continue;
    // Debt against earnings before rent is the lease-adjusted ratio only when the rent is counted in the debt.
    if (groups['beforeRent'] !== undefined && !RENT_IN_SENTENCE.test(sentence)) continue;
    found.push({ metric: groups['beforeRent'] === undefined ? 'net' : 'lease_adjusted', bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}

/**
 * Where the sentence holding `index` starts, at most 200 characters back: after a stop, semicolon, question or
 * exclamation mark or line break, a point between digits ("3.0x") being no stop.
 */
function sentenceStart(lower: string, index: number): number {
  const earliest = Math.max(0, index - 200);
  for (let at = index - 1; at >= earliest; at -= 1) {
    const character = lower[at];
    if (character === '.' && /\d/.test(lower[at + 1] ?? '')) continue;
    if (character !== undefined && '.;!?\n'.includes(character)) return at + 1;
  }
  return earliest;
}
