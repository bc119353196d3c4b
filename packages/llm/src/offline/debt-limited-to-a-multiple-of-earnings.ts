import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';
import { A_YEAR_OF, A_YEARS_EARNINGS, WHAT_IS_EARNED_IN_A_YEAR } from './coverage-vocabulary.js';

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
