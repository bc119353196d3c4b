import type { TextEdit } from './restated-brief.js';

/**
 * A single-market cap edited in place, the old level struck through and the new one after it: "Max one-market share:
 * ~~50%~~ 40%", "Market cap per metro ~~0.5~~ 0.35", "Concentration limit: ~~45%~~ → 40%". The struck level is what the
 * writer deleted; the row is restated without it ("Max one-market share: 40%"), so that the share readers read the
 * new level as they would read the row written plainly.
 *
 * Only a row that names a market, a metro or a concentration, and only a struck share ("50%", "0.5") with a new share
 * right after it, is restated: struck amounts and terms are left to the readers of what was struck.
 */

/** A share: "50%", "50 percent", "0.5", ".35". */
const SHARE = String.raw`(?:\d{1,3}(?:\.\d+)?[^\S\n]*(?:%|percent\b)|0?\.\d+)`;

/** The struck share and what leads to the new one: "~~50%~~ ", "~~0.5~~ → ". */
const STRUCK_SHARE = new RegExp(String.raw`~~[^\S\n]*${SHARE}[^\S\n]*~~[^\S\n]*(?:(?:->|\u2192|=>)[^\S\n]*)?(?=${SHARE})`, 'gi');

/** A row about the single-market cap: it names a market, a metro, a city, a region or a concentration. */
const MARKET_ROW = /\b(?:market|metro|msa|city|region|concentration)/i;

/** The edits deleting each struck share before its replacement on a market-cap row; none when the brief has none. */
export function marketShareStruckThroughRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!brief.includes('~~')) return edits;
  let start = 0;
  for (const line of brief.split('\n')) {
    if (line.includes('~~') && MARKET_ROW.test(line)) {
      for (const struck of line.matchAll(STRUCK_SHARE))
        edits.push({ start: start + struck.index, end: start + struck.index + struck[0].length, text: '' });
    }
    start += line.length + 1;
  }
  return edits;
}
