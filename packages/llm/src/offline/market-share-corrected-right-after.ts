import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_NUMBER, WORD_SHARE, wordShareValue } from './written-numbers.js';

/**
 * A single-market cap corrected as soon as it is said: "no single market over forty percent. Make that thirty-five.",
 * "fifteen percent max from any one market... no, make it twenty percent", "no single market more than a third... no,
 * cap it at thirty percent", "a 25% market cap. Actually, change that to 30%". The corrected figure replaces the one
 * said first, looser or tighter: the first was never the limit.
 *
 * Only a correction right after the cap counts (nothing but a pause, a stop or a correcting word between), and the
 * new figure must be a share: a percentage, a fraction in words, or a number in words or figures that ends its clause
 * ("make that thirty-five."), as a dictated correction drops the "percent" it repeats.
 */

/**
 * What may stand between the cap and the correcting verb: a pause or a stop ("...", ".", "?", ",", a dash) and the
 * words that take the first figure back ("no", "actually", "sorry", "wait", "or rather").
 */
const PAUSE = String.raw`(?:[^\S\n]*(?:\.{2,3}|\u2026|[.,;:?!\u2013\u2014-])[^\S\n]*|[^\S\n]+)(?:(?:no|nope|actually|sorry|wait|or\s+rather|hmm|um+|uh+)[^\S\n]*[.,;:!\u2013\u2014-]*[^\S\n]*){0,3}`;

/** The correcting verb: "make it", "make that", "cap it at", "change that to", "go with", "use". */
const CORRECTING_VERB = String.raw`(?:make\s+(?:it|that)|cap\s+(?:it|that)\s+at|change\s+(?:it|that)\s+to|go\s+with|use)`;

/** The new share: "35%", "twenty percent", "a quarter", or a number that ends its clause ("thirty-five."). */
const NEW_SHARE = String.raw`(?:an?\s+)?(?:(?<percent>\d{1,2}(?:\.\d+)?|${WORD_NUMBER})[^\S\n]*(?:%|percent\b|per\s+cent\b|pct\b)|(?<share>${WORD_SHARE})|(?<bare>\d{1,2}|${WORD_NUMBER})(?=[^\S\n]*(?:[.;,!?\n]|$)))`;

/**
 * The correction right after a cap, anchored at the cap's end: the cap's own words may close its clause first ("fifteen
 * percent max from any one market... no, make it twenty percent"). Compiled once.
 */
const CORRECTED_RIGHT_AFTER = new RegExp(String.raw`^[^.;!?\n]{0,60}?${PAUSE}(?<verb>${CORRECTING_VERB})\s+${NEW_SHARE}`);

/** The correcting verb alone, to find where the correction's own words start. */
const VERB_ONLY = new RegExp(String.raw`${CORRECTING_VERB}\s`, 'g');

/** A correcting word must be there: "make that" says it, and so do "no" and "actually" before "use" or "go with". */
const CORRECTING_WORD = /\b(?:make|no|nope|actually|sorry|wait|rather|change)\b|\bcap\s+(?:it|that)\b/;

/** The share a correction names, as a decimal; NaN when it names none a market may hold. */
function correctedShare(groups: Readonly<Record<string, string | undefined>>): number {
  const percent = groups['percent'] ?? groups['bare'];
  const share = groups['share'];
  const value = share !== undefined ? wordShareValue(share) : Math.round(numberValue(percent ?? '') * 1e6) / 1e8;
  return value > 0 && value < 1 ? value : Number.NaN;
}

/**
 * Each market-share cap in `bounds` with any correction said right after it applied: the corrected figure in place of
 * the first, the bound's span stretched over the correction. Claims the corrections it reads.
 */
export function withMarketSharesCorrectedRightAfter(text: BriefText, bounds: readonly FoundBound[]): FoundBound[] {
  return bounds.map((bound) => {
    const correction = CORRECTED_RIGHT_AFTER.exec(text.lower.slice(bound.end, bound.end + 120));
    if (correction === null || !CORRECTING_WORD.test(correction[0])) return bound;
    const value = correctedShare(correction.groups ?? {});
    const end = bound.end + correction[0].length;
    // The cap's own words before the correction may have been claimed with the cap; the correction must be free.
    const verb = [...correction[0].matchAll(VERB_ONLY)].at(-1);
    const from = bound.end + (verb?.index ?? 0);
    if (Number.isNaN(value) || !text.isFree(from, end)) return bound;
    text.claim(from, end);
    return { value, start: bound.start, end };
  });
}
