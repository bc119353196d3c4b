import type { BriefText } from './brief-text.js';
import { directionOf, LOWER_BOUND, UPPER_BOUND } from './comparators.js';
import type { CovenantMetricNames } from './covenant-pronoun-levels.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A ratio named in one clause and held at a bare level by "it" in the next, after a semicolon, a dash or a full stop: "Our bank
 * watches the debt-plus-eight-times-rent over EBITDAR number; keep it below 5.15", "net leverage is what the lenders
 * test - hold it under 3.6", "the FCCR matters most; keep that above 1.8". With a unit ("keep it below 5.15x") the
 * pronoun readers read it already; a bare figure needs the ratio named in the clause right before, so that "it" can
 * stand for nothing else. The company may be held in place of the pronoun ("The agencies look at lease-adjusted
 * leverage; we need to stay at or under 4.0x"), its level with a unit or without.
 *
 * The comparison must go the ratio's own way, and a figure that is money, a share or a term is no level.
 */

type Metric = CovenantMetricNames['metric'];

/**
 * "we need to stay", "we must remain", "we'd like to stay", "we need that at", "on that measure we must not go above":
 * the company, or the ratio as "that", held at the level of the ratio just named, which can stand for nothing else
 * after the separator ("The agencies look at lease-adjusted leverage; we need to stay at or under 4.0x", "... debt
 * plus leases over EBITDAR. We need that at no more than 4.25x").
 */
const WE_STAY = String.raw`(?:(?:on|by|under|using)\s+(?:that|this)\s+(?:measure|basis|metric|ratio|yardstick|definition|test)\s*,?\s+)?(?:we|i)(?:\s+(?:(?:need|have|want|aim|plan|intend|mean)\s+to|(?:must|should|shall|will|would)|would\s+like\s+to)\s+(?:stay|remain|be|land|come\s+in)|['\u2019](?:d\s+like\s+to|ll)\s+(?:stay|remain|be|land|come\s+in)|\s+(?:need|want|require|expect)\s+(?:it|that|this)(?:\s+to\s+(?:be|stay|remain|sit))?(?:\s+at(?=\s+(?:no|not|or|the)\b))?)?`;

/** "; keep it below 5.15", " - hold that under 3.6": the separator, a verb of holding, the pronoun, a comparison, the figure. */
const HELD_AFTER_SEPARATOR = new RegExp(
  String.raw`(?:;|[^\S\n][-\u2013\u2014]{1,2}|\.(?=[^\S\n]))[^\S\n]*(?:(?:so|and|please|just|then)[\s,]+)*(?:(?:keep|hold|cap|limit|maintain)\s+(?:it|that|this|the\s+(?:ratio|number|figure|multiple|metric))\s+(?<comparator>${UPPER_BOUND}|${LOWER_BOUND})[^\S\n]*(?<value>\d{1,2}(?:\.\d+)?)(?![\d%]|\.\d|[^\S\n]*(?:x|\u00d7|times|m\b|mm\b|mn\b|million|bn\b|k\b|years?|percent|per\s+cent))|${WE_STAY}\s+(?<stayComparator>${UPPER_BOUND}|${LOWER_BOUND})[^\S\n]*(?<stayValue>\d{1,2}(?:\.\d+)?)(?:[^\S\n]*(?:x|\u00d7|times)(?![a-z]))?(?![\d%]|\.\d|[^\S\n]*(?:m\b|mm\b|mn\b|million|bn\b|k\b|years?|percent|per\s+cent)))`,
  'g',
);

/** The metric named last in `before` (the longest name where names end together), or null. */
function lastMetricIn(before: string, antecedents: readonly CovenantMetricNames[]): Metric | null {
  let best: { metric: Metric; end: number; length: number } | null = null;
  for (const { metric, pattern } of antecedents) {
    for (const mention of before.matchAll(new RegExp(pattern.source, 'g'))) {
      const length = mention[0].length;
      const end = mention.index + length;
      if (length > 0 && (best === null || end > best.end || (end === best.end && length > best.length))) best = { metric, end, length };
    }
  }
  return best?.metric ?? null;
}

/** The bare levels held after a semicolon or a dash, each for the ratio named in the clause before, claimed. */
export function readLevelsHeldAfterASemicolon(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: Metric; bound: FoundBound }[] {
  const found: { metric: Metric; bound: FoundBound }[] = [];
  const lower = text.lower;
  if (!/\b(?:keep|hold|cap|limit|maintain)\s+(?:it|that|this|the)\b|\b(?:we|i)\b/.test(lower)) return found;
  for (const match of text.freeMatches(HELD_AFTER_SEPARATOR)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    // The clause before: back to the previous stop, semicolon or line break (a decimal point is none).
    const lineStart = lower.lastIndexOf('\n', match.index - 1) + 1;
    let clauseStart = lineStart;
    for (const stop of lower.slice(lineStart, match.index).matchAll(/[.!?;](?!\d)/g)) clauseStart = lineStart + stop.index + 1;
    const metric = lastMetricIn(lower.slice(clauseStart, match.index), antecedents);
    const direction = directionOf(match.groups?.['comparator'] ?? match.groups?.['stayComparator']);
    const value = Number(match.groups?.['value'] ?? match.groups?.['stayValue']);
    if (metric === null || direction !== (metric === 'coverage' ? 'lower' : 'upper') || !(value > 0 && value < 20)) continue;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}
