import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_NUMBER, WORD_SHARE, wordShareValue } from './written-numbers.js';

/**
 * The single-market cap with its share first and the market after a comma, as it is said aloud: "No more than a
 * third... let's say 35%, from any one city", "at most 40%, from a single metro", "no more than a quarter, in any one
 * market". `single-market-cap.ts` reads the share and the market words within one clause; the comma here ends the
 * clause before the market is named, so the two are joined here. A figure restating a share in words ("let's say
 * 35%") is the more precise of the two.
 */

/** A percentage in figures or words, in the named group given. */
const percent = (group: string): string => String.raw`(?<${group}>\d{1,3}(?:\.\d+)?|${WORD_NUMBER})\s*(?:%|percent\b|per\s+cent\b|pct\b)`;

/** The words that cap the share before it: "no more than", "at most", "max", "up to". */
const CAPPED = String.raw`(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?)`;

/** The share, then a restating figure after a pause: "a third... let's say 35%", "a quarter (25%)". */
const SHARE = String.raw`(?:${percent('percent')}|(?<words>${WORD_SHARE})(?:[^\S\n]*(?:\.{2,}|\u2026|,|[-\u2013\u2014]{1,2})?[^\S\n]*(?:(?:let(?:'|\u2019)?s\s+|let\s+us\s+)?say|call\s+it|i\.?e\.?,?|or)\s+${percent('restated')})?)`;

/** One market after the comma: "from any one city", "in a single market", "per metro". */
const ONE_MARKET = String.raw`(?:from|in|for|out\s+of)\s+(?:any\s+(?:one\s+|single\s+|given\s+)?|a\s+single\s+|one\s+|each\s+|no\s+(?:one\s+|single\s+)?)(?:market|metro|city|location|msa)(?![a-z])`;

const SHARE_BEFORE_COMMA = new RegExp(
  String.raw`\b${CAPPED}\s+${SHARE}(?:\s+of\s+(?:the\s+)?(?:proceeds|money|raise|total))?[^\S\n]*,[^\S\n]*${ONE_MARKET}`,
  'g',
);

/** Reads the single-market caps whose market is named after a comma, in text order, and claims them. */
export function readMarketSharesBeforeComma(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  for (const match of text.freeMatches(SHARE_BEFORE_COMMA)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const groups = match.groups ?? {};
    const written = groups['restated'] ?? groups['percent'];
    const share = written === undefined ? wordShareValue(groups['words'] ?? '') : Math.round(numberValue(written) * 1e6) / 1e8;
    if (!(share > 0 && share <= 1)) continue;
    found.push({ value: share, start, end });
    text.claim(start, end);
  }
  return found;
}
