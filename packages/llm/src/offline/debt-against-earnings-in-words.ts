/**
 * Net leverage named by its two terms in a layman's words, where no ratio name is used: debt (or what the company owes,
 * net of cash) set against a year's EBITDA, with the multiple in words ("what we owe net of cash should be no more than
 * three and a half times a year's EBITDA") or with the division said outright and the limit after it ("our net debt
 * after the transaction, divided by a year's EBITDA, should not end up above 3.5"). The reading of the bound itself is
 * left to `read-bounds.ts`; these only name the ratio.
 */
import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { claimedLeverageLevels } from './claimed-leverage-levels.js';
import { WORD_MULTIPLE } from './written-numbers.js';

/** A year's EBITDA, never earnings before rent (that is the lease-adjusted ratio's): "a year's EBITDA", "annual EBITDA". */
const YEAR_EBITDA = String.raw`(?:our\s+|the\s+|a\s+year(?:'s|\u2019s)\s+|one\s+year(?:'s|\u2019s)\s+)?(?:(?:yearly|annual|annuali[sz]ed|trailing|full[-\s]year)\s+)?(?:ebitda(?!r)|earnings(?![-\s]+before))`;

/** Debt as the name: "our net debt", "what we owe net of cash", "net borrowings", "what the company owes". */
const DEBT = String.raw`(?:(?:our|the|total|net)\s+)*(?:debt|borrowings)(?:,?\s+net\s+of\s+cash)?|what\s+(?:we|the\s+company)\s+owes?(?:,?\s+net\s+of\s+cash)?`;

/** A bound's words before a multiple: "should be no more than", "can't go above", "must stay under". */
const BOUND = String.raw`(?:(?:should|must|has\s+to|needs?\s+to|to|can'?t|cannot|mustn'?t|shouldn'?t|won'?t|can|may|will)\s+)?(?:(?:not|never)\s+)?(?:(?:stay|be|remain|end\s+up|finish|sit|go(?:\s+up)?|rise|get)\s+)?(?:below|under|at\s+most|no\s+more\s+than|no\s+higher\s+than|not\s+(?:above|over|more\s+than|higher\s+than)|exceed|above|over|past|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under))`;

/**
 * "what we owe net of cash should be no more than three and a half times a year's EBITDA", "net debt must stay below
 * three times annual EBITDA": the multiple in words, of a year's EBITDA. Figures are read by `plain-ratio-names.ts`.
 */
export const DEBT_WORD_MULTIPLE_OF_EBITDA = String.raw`(?:${DEBT})(?=,?\s+${BOUND}\s+${WORD_MULTIPLE}\s+times\s+${YEAR_EBITDA})`;

/** A refusal to pass or a hold under, before the level: "should not end up above", "must stay under", "can't exceed". */
const LIMIT_WORDS = String.raw`(?:(?:should|must|shall|can|may|will|is\s+to|needs?\s+to|has\s+to)\s+(?:not\s+|never\s+)|(?:shouldn|mustn|can|won)(?:'|\u2019)t\s+|cannot\s+)(?:(?:go(?:\s+up)?|rise|get|climb|be|end\s+up|finish)\s+)?(?:above|over|higher\s+than|more\s+than|past|beyond|exceed)|(?:(?:must|should|shall|needs?\s+to|has\s+to|to)\s+)?(?:(?:remain|stay|be|end\s+up|finish|sit)\s+)?(?:under|below|at\s+most|no\s+(?:more|higher|greater)\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under))`;

/**
 * "our net debt after the transaction, divided by a year's EBITDA, should not end up above 3.5": the ratio said as a
 * division with its limit after it, read whole (the limit words are more than the bound readers take after a name).
 * A level today ("net debt divided by EBITDA is 3.1") has no limit words and is not read.
 */
const DEBT_DIVIDED_THEN_LIMIT = new RegExp(
  String.raw`(?:${DEBT})(?:\s+(?:after|once|following|post|when)\s+[^,;.\n]{1,40})?,?\s+(?:divided\s+by|over|as\s+a\s+multiple\s+of|measured\s+against)\s+${YEAR_EBITDA},?\s+(?:${LIMIT_WORDS})\s*(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)?(?![\d%]|[^\S\n]*(?:percent|m\b|mm\b|mn\b|million|bn\b|billion|k\b|years?))`,
  'g',
);

/** The net leverage limits said as debt divided by a year's EBITDA, in text order. Claims what it reads. */
export function readDebtDividedByEbitda(text: BriefText): FoundBound[] {
  if (!/divided\s+by|\bover\b|multiple\s+of|measured\s+against/.test(text.lower)) return [];
  return claimedLeverageLevels(text, DEBT_DIVIDED_THEN_LIMIT);
}
