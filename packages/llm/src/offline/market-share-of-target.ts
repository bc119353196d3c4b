import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_NUMBER } from './written-numbers.js';

/**
 * The single-market cap written as a share "of target" or "of the ask", with no "per market" after it: "Market
 * concentration limit 45% of target", "Concentration: no market > 30% of target", "Concentration cap: 50% of the
 * ask", "Max per market: 55% of target", "Single-market share <= 30% of target". Elsewhere a share of the target is
 * a floor ("at least 80% of target"), so `single-market-cap.ts` leaves it alone unless a capping word stands right
 * before it; these forms name the one market first and then cap it with a symbol, a label's colon or a limit's
 * noun, which only a ceiling can be.
 */

/** A percentage in figures or words: "45%", "30 percent", "forty per cent". */
const PERCENT = String.raw`(?<percent>\d{1,3}(?:\.\d+)?|${WORD_NUMBER})\s*(?:%|percent\b|per\s+cent\b|pct\b)`;

/**
 * The words that name one market's share: "market concentration", "concentration", "no (single|one) market", "any one
 * market", "single-market share", "max per market", "per-market cap". A bare "concentration" is enough: no other
 * field of a brief is a concentration.
 */
const ONE_MARKET = String.raw`(?:(?:market|mkt|geographic)[-\s]+)?concentration|(?:no|any)\s+(?:one\s+|single\s+)?(?:market|metro|city)|(?:single|one)[-\s](?:market|metro|city)(?:\s+(?:share|exposure|concentration))?|max(?:imum)?\s+(?:share\s+)?per\s+(?:market|metro|city)|per[-\s](?:market|metro|city)(?:\s+(?:share|exposure))?`;

/**
 * What caps the share between the market words and the percentage, and nothing else: "limit", "cap", a label's colon,
 * "no market" again after the label, ">", "<=", "above", "more than", "at most", and "is" or "of" only after a limit's noun ("the
 * concentration limit is 40% of target"), as "concentration is 45% of target" is a level. The gap holds no figure, so that a
 * share of another clause is never taken.
 */
const CAPPED = String.raw`(?:[^\S\n]*(?:limit|cap|ceiling|max(?:imum)?|[:=>\u2264<]=?|[-\u2013\u2014](?=\s)|\?|a:|no\s+(?:one\s+|single\s+)?(?:market|metro|city)|(?:may|can|should|must|to)\s+(?:not\s+)?(?:be|exceed|provide|supply)|above|over|more\s+than|exceeds?|at\s+most|up\s+to|no\s+more\s+than|(?<=(?:limit|cap|ceiling|max|maximum)\s+)(?:is|of)))+`;

/** The share's base, the whole ask: "of target", "of the target", "of the ask", "of our ask", "of the raise". */
const OF_THE_ASK = String.raw`\s+of\s+(?:the\s+|our\s+)?(?:target|ask|raise|amount|program(?:me)?)(?![a-z])`;

const MARKET_SHARE_OF_TARGET = new RegExp(String.raw`(?<![a-z-])(?:${ONE_MARKET})${CAPPED}[^\S\n]*${PERCENT}(?=${OF_THE_ASK})`, 'g');

/** Words right before the market words that make the share no cap: "at least", "minimum". */
const NOT_A_CAP_BEFORE = /\b(?:at\s+least|minimum|min|floor|no\s+less\s+than)\s*$/;

/**
 * Reads the single-market caps written as a share of the target or the ask, in text order, and claims them. Only
 * words no other reader took are read: a share already read as a cap or a floor stays as it was.
 */
export function readMarketSharesOfTarget(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  if (!/%|percent|per\s+cent|pct/.test(text.lower)) return found;
  for (const match of text.freeMatches(MARKET_SHARE_OF_TARGET)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    // A gap that itself says "at least" or "minimum" is a floor on the share, which the spec has no field for.
    if (NOT_A_CAP_BEFORE.test(text.lower.slice(Math.max(0, start - 20), start)) || /\b(?:least|min)/.test(match[0])) continue;
    const share = Math.round(numberValue(match.groups?.['percent'] ?? '') * 1e6) / 1e8;
    if (!(share > 0 && share <= 1)) continue;
    found.push({ value: share, start, end });
    text.claim(start, end);
  }
  return found;
}
