import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { limitsIn, RENT_AS_DEBT, SENTENCE, type DescribedRatio } from './ratios-described-in-plain-sentences.js';
import { restOfSentenceAndNext } from './sentence-start.js';

/**
 * A covenant ratio's level today, named, and then the limit for after the deal with no name of its own: "We're
 * currently at 3.1x net leverage, and the ceiling we hold ourselves to post-deal is 3.75x", "We sit at 2.4x FCCR
 * today; the floor after the deal is 1.9x", "lease-adj leverage is 4.2x now. Policy cap post-deal is 4.9x", "We
 * currently run 4.4x lease-adjusted. Don't let it go past 5.1x", "Current net leverage: 3.8x. Max post-deal: 3.5x".
 *
 * Today's level says which ratio the limit after it is of (its sentence must name one ratio only), and is itself no
 * limit: a reader that took it as one is overruled once the limit is found (`today`). The limit stands in the rest of
 * today's sentence or the next one, before another ratio or filter is named, and must be worded as a cap (or, for
 * coverage, a floor); a bare level after it ("we were at 3.5x in 2022") is no limit. A limit another reader took is
 * left to it, but today's level before it is still overruled.
 */

/** A limit read after today's level, and where today's level stands. */
export interface LimitAfterTodaysLevel {
  readonly metric: DescribedRatio;
  /** The limit, or undefined where another reader took it already (today's level is still no limit). */
  readonly bound: FoundBound | undefined;
  /** Where the limit stands, read here or by another reader: a bound that holds it is no level of today's. */
  readonly limit: { readonly start: number; readonly end: number };
  /** Today's level: no limit, whatever reader took it. */
  readonly today: { readonly start: number; readonly end: number };
}

/** A mark that a level is today's: "today", "currently", "current", "now", "right now", "last quarter". */
const TODAY = /\b(?:today|currently|current|now|at\s+present|as\s+of\s+today|last\s+quarter|pre[-\s](?:deal|sale|close|closing))\b/;

/** A level: a multiple in figures, with or without its "x" or "times". */
const LEVEL = /(?<![\d.,$])\d+(?:\.\d+)?(?!\.?\d|,\d|[^\S\n]*(?:%|percent|million|mn\b|mm\b|m\b|bn\b|billion|k\b|years?\b|-year))/g;

/** The ratios' names, each on its own: lease-adjusted leverage, fixed-charge coverage, net leverage. */
const LEASE_ADJUSTED_NAME = /\blease[-\s]?adj|\brent[-\s]adj|\bebitdar\b/;
const COVERAGE_NAME = /\bfccr\b|\bfixed[-\s]charges?\b|\bcoverage\b|\bcover\b/;
const NET_NAME = /\bnet\s+(?:leverage|debt|lev)\b|\bleverage\b|\bdebt\s*\/\s*ebitda\b|\bnd\s*\/\s*ebitda\b/;

/** Where the limits of today's ratio end: another ratio or a filter named. */
const OTHER_NAMES: Readonly<Record<DescribedRatio, RegExp>> = {
  lease_adjusted: /\b(?:fccr|fixed[-\s]charges?|coverage|net\s+(?:leverage|debt)|market\w*|share|criticality|leaseability)\b/,
  coverage: /\b(?:lease[-\s]?adj\w*|leverage|net\s+debt|market\w*|share|criticality|leaseability)\b/,
  // "keep the leverage that counts the leases at or under 5.0x": leverage with the leases or rent in it is another ratio.
  net: /\b(?:lease[-\s]?adj\w*|rent[-\s]adj\w*|leases?|rent\w*|ebitdar|fccr|fixed[-\s]charges?|coverage|market\w*|share|criticality|leaseability)\b/,
};

/** The one ratio a sentence names, or undefined when it names none or several. */
function ratioNamedIn(sentence: string): DescribedRatio | undefined {
  const leaseAdjusted = LEASE_ADJUSTED_NAME.test(sentence) || RENT_AS_DEBT.test(sentence);
  const coverage = COVERAGE_NAME.test(sentence);
  const net = !leaseAdjusted && NET_NAME.test(sentence);
  if (Number(leaseAdjusted) + Number(coverage) + Number(net) !== 1) return undefined;
  return leaseAdjusted ? 'lease_adjusted' : coverage ? 'coverage' : 'net';
}

/** The limits after a named ratio's level today (see the file's head), in text order. Claims them. */
export function readLimitsAfterTodaysNamedLevel(text: BriefText): LimitAfterTodaysLevel[] {
  const lower = text.lower;
  if (!TODAY.test(lower)) return [];
  const found: LimitAfterTodaysLevel[] = [];
  for (const sentence of lower.matchAll(SENTENCE)) {
    const words = sentence[0];
    const today = TODAY.exec(words);
    if (today === null) continue;
    const metric = ratioNamedIn(words);
    if (metric === undefined) continue;
    // Today's level: the figure nearest the mark of today, at most 40 characters from it.
    let level: { start: number; end: number } | undefined;
    let distance = 41;
    for (const figure of words.matchAll(LEVEL)) {
      const end = figure.index + figure[0].length;
      const apart = figure.index >= today.index ? figure.index - today.index - today[0].length : today.index - end;
      if (apart < distance) {
        distance = apart;
        level = { start: figure.index, end };
      }
    }
    if (level === undefined) continue;
    const from = sentence.index + level.end;
    let window = restOfSentenceAndNext(lower, from, 240);
    const other = OTHER_NAMES[metric].exec(window);
    if (other !== null) window = window.slice(0, other.index);
    const todaySpan = { start: sentence.index + level.start, end: sentence.index + level.end };
    for (const { value, start, end, alreadyRead } of limitsIn(text, window, from, metric === 'coverage' ? 'lower' : 'upper', true))
      found.push({ metric, bound: alreadyRead ? undefined : { value, start, end }, limit: { start, end }, today: todaySpan });
  }
  return found;
}
