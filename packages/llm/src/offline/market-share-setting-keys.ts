import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/**
 * The single-market cap as a setting pasted from a configuration file, its key in snake case: "market_cap: 0.35",
 * "metro_share_max = 30%", "max_city_concentration: 0.4", "max_share_per_market: 0.35", and a spreadsheet
 * formula's "max_mkt_share:=0.3", "max_share_any_market: 0.45", and a constraint table's row "market_share,<=,0.4". A setting written with a colon and a bare value is left as
 * written by the configuration reader, so no reader of words sees "market cap" in it; the key itself can only name
 * the share one market may supply, as a market capitalisation is never a setting of a sale.
 */
const MARKET_SHARE_KEY =
  /(?<![a-z0-9_])(?:(?:max_)?(?:market|mkt|metro|city)_(?:cap|limit|ceiling|share|concentration|exposure)(?:_(?:cap|limit|max|pct))?|(?:max_)?share_(?:per|any|one|single|each)_(?:market|metro|city))[^\S\n]*["']?[^\S\n]*(?::=|[:=]|[,|][^\S\n]*(?:<=|\u2264)[^\S\n]*[,|])[^\S\n]*["']?(?:(?<fraction>0?\.\d+)(?![\d%.])|(?<percent>\d{1,3}(?:\.\d+)?)[^\S\n]*%)/g;

/**
 * A key that says its value is in percent, the value bare: "market_cap_pct": 30, "max_share_per_market_percent = 25".
 * A value under one is left alone: in a percent key it is no share a market would be capped at.
 */
const MARKET_SHARE_PERCENT_KEY =
  /(?<![a-z0-9_])(?:max_)?(?:(?:market|mkt|metro|city)_(?:cap|limit|ceiling|share|concentration|exposure)(?:_(?:cap|limit|max))?|share_per_(?:market|metro|city))_(?:pct|percent)[^\S\n]*["']?[^\S\n]*(?::=|[:=])[^\S\n]*["']?(?<bare>\d{1,3}(?:\.\d+)?)(?![\d.%])/g;

/**
 * A share key nested under a heading for the markets, in YAML's indented form: "markets:" then "  exclude: [Houston]"
 * and "  max_share: 0.5". The heading says whose share the key caps, so a key that alone names no market ("max_share",
 * "share_cap", "max_concentration", "cap") is the single-market cap there; the setting is the indented line, found
 * among the heading's lines (each indented, none a new heading).
 */
const SHARE_KEY_UNDER_MARKETS_HEADING =
  /(?<=^|\n)[^\S\n]*(?:markets?|metros?|cities|geograph(?:y|ies)|concentration)[^\S\n]*:[^\S\n]*\n(?:[^\S\n]+[^\n]*\n){0,8}?[^\S\n]+(?<setting>(?:max_)?(?:share|concentration|exposure|cap|limit)(?:_(?:max|cap|limit|per_market|any_market))?[^\S\n]*[:=][^\S\n]*(?:(?<fraction>0?\.\d+)(?![\d%.])|(?<percent>\d{1,3}(?:\.\d+)?)[^\S\n]*%))/g;

/** Reads the single-market caps pasted as settings with snake-case keys, in text order, and claims them. */
export function readMarketShareSettingKeys(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  // "markets:" over "  max_share: 0.5": the key under the heading, claimed alone (the heading's other lines are theirs).
  for (const match of text.freeMatches(SHARE_KEY_UNDER_MARKETS_HEADING)) {
    const setting = match.groups?.['setting'] ?? '';
    const end = match.index + match[0].length;
    const start = end - setting.length;
    const fraction = match.groups?.['fraction'];
    const share = fraction === undefined ? Number(match.groups?.['percent']) / 100 : Number(fraction);
    if (!text.isFree(start, end) || !(share > 0 && share <= 1)) continue;
    found.push({ value: share, start, end });
    text.claim(start, end);
  }
  if (!text.lower.includes('_')) return found.sort((left, right) => left.start - right.start);
  for (const match of text.freeMatches(MARKET_SHARE_KEY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const fraction = match.groups?.['fraction'];
    const share = fraction === undefined ? Number(match.groups?.['percent']) / 100 : Number(fraction);
    if (!(share > 0 && share <= 1)) continue;
    found.push({ value: share, start, end });
    text.claim(start, end);
  }
  for (const match of text.freeMatches(MARKET_SHARE_PERCENT_KEY)) {
    const start = match.index;
    const end = start + match[0].length;
    const share = Number(match.groups?.['bare']) / 100;
    if (!text.isFree(start, end) || !(share >= 0.01 && share <= 1)) continue;
    found.push({ value: share, start, end });
    text.claim(start, end);
  }
  return found.sort((left, right) => left.start - right.start);
}
