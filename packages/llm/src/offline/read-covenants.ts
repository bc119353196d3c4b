import type { BriefText } from './brief-text.js';
import { readBounds, type FoundBound } from './read-bounds.js';

/** The covenants a brief states, every mention in text order (the caller keeps the tightest). */
export interface CovenantReading {
  readonly maxNetLeverage: FoundBound[];
  readonly maxLeaseAdjustedLeverage: FoundBound[];
  readonly minFixedChargeCoverage: FoundBound[];
  readonly maxMarketShare: FoundBound[];
}

/** "lease-adjusted leverage", "rent-adjusted net leverage", "the lease-adjusted ratio", "adjusted leverage", "debt/EBITDAR". */
const LEASE_ADJUSTED_LEVERAGE = String.raw`(?:lease|rent)[-\s]?adjusted\s+(?:net\s+)?(?:leverage|debt|ratio|multiple)(?:\s+ratio)?|adjusted\s+(?:net\s+)?leverage(?:\s+ratio)?|(?:net\s+)?debt\s*(?:\/|-to-|\s+to\s+)\s*ebitdar`;
/** "net leverage", "leverage", "total leverage", "net debt/EBITDA", "debt to EBITDA". */
const NET_LEVERAGE = String.raw`(?:total\s+|net\s+)?(?:(?:net\s+)?debt\s*(?:\/|-to-|\s+to\s+)\s*ebitda(?!r)|leverage)(?:\s+ratio)?(?:\s+covenant)?`;
/**
 * "fixed charge coverage", "FCCR", "coverage". Interest coverage is a different
 * ratio, so "interest coverage" is deliberately not read as this covenant.
 */
const FIXED_CHARGE_COVERAGE = String.raw`fixed[-\s]charges?\s+(?:coverage|cover)(?:\s+ratio)?(?:\s+covenant)?|fccr|fcc\b|(?<!interest\s)coverage(?:\s+ratio)?(?:\s+covenant)?|charge\s+cover\b`;

const PERCENT = String.raw`(?<percent>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)`;
const PLACE = '(?:market|metro|city|location|region)';
/** "any one market", "a single city", "per market", "market concentration", "no market", "in any one". */
const ONE_MARKET = String.raw`(?:any\s+(?:one\s+|single\s+|given\s+|individual\s+|1\s+)?${PLACE}|(?:a\s+)?single[-\s]${PLACE}|one\s+${PLACE}|(?:per|each)[-\s]${PLACE}|no\s+(?:one\s+|single\s+)?${PLACE}|market\s+(?:concentration|share|exposure)|(?:geographic\s+)?concentration|any\s+one(?=\s*(?:[.;,!?]|$)))`;
const MARKET_SHARE_PATTERNS = [
  // "no more than 40% from any one market", "cap of 40% per market", "max 40% in a single market"
  new RegExp(
    String.raw`(?:\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|cap(?:ped)?\s+(?:of|at)|under|below|less\s+than|within)\s+)?${PERCENT}(?:\s+(?:of\s+)?(?:the\s+)?(?:proceeds|target|total|capital|cash|program|programme))?(?:\s+(?:max(?:imum)?|at\s+most|cap|tops))?\s+(?:from|in|per|for|of|on|to)?\s*${ONE_MARKET}`,
    'g',
  ),
  // "no single market above 40%", "market concentration below 40%", "cap any one market at 40%",
  // "single-city exposure stays below 30%"
  new RegExp(
    String.raw`\b(?:cap\s+|limit\s+)?${ONE_MARKET}(?:\s+(?:exposure|concentration|share|weighting))?(?:\s+(?:may|can|should|to|must|at|will|has\s+to|needs\s+to)\b)?(?:\s+(?:stays?|remains?|sits?|kept|provides?|providing|contributes?|contributing|supply|supplies|supplying|holds?|holding|takes?|taking|accounts?\s+for|accounting\s+for|represents?|representing|exceeds?|exceeding|be|go|above|over|more\s+than|below|under|at\s+most|no\s+more\s+than|capped\s+at|of|at|limited\s+to|max(?:imum)?)\b)*\s*(?:of\s+)?(?:the\s+)?(?:proceeds\s+)?${PERCENT}(?:\s+of\s+(?:the\s+)?(?:proceeds|target|total))?`,
    'g',
  ),
];

/**
 * Reads leverage, lease-adjusted leverage, fixed-charge coverage and the
 * single-market concentration limit. Lease-adjusted leverage is read first so
 * that "lease-adjusted leverage under 5x" is not also taken as net leverage.
 */
export function readCovenants(text: BriefText): CovenantReading {
  const maxMarketShare: FoundBound[] = [];
  for (const pattern of MARKET_SHARE_PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      const percent = Number(match.groups?.['percent']);
      if (!text.isFree(start, end) || !(percent > 0 && percent <= 100)) continue;
      maxMarketShare.push({ value: Math.round(percent * 1e6) / 1e8, start, end });
      text.claim(start, end);
    }
  }
  const maxLeaseAdjustedLeverage = readBounds(text, LEASE_ADJUSTED_LEVERAGE, 'upper', 'ratio');
  const maxNetLeverage = readBounds(text, NET_LEVERAGE, 'upper', 'ratio');
  const minFixedChargeCoverage = readBounds(text, FIXED_CHARGE_COVERAGE, 'lower', 'ratio');
  return {
    maxNetLeverage,
    maxLeaseAdjustedLeverage,
    minFixedChargeCoverage,
    maxMarketShare: maxMarketShare.sort((left, right) => left.start - right.start),
  };
}
