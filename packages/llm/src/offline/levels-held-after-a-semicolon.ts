import type { BriefText } from './brief-text.js';
import { directionOf, LOWER_BOUND, UPPER_BOUND } from './comparators.js';
import type { CovenantMetricNames } from './covenant-pronoun-levels.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A ratio named in one clause and held at a bare level by "it" in the next, after a semicolon or a dash: "Our bank
 * watches the debt-plus-eight-times-rent over EBITDAR number; keep it below 5.15", "net leverage is what the lenders
 * test - hold it under 3.6", "the FCCR matters most; keep that above 1.8". With a unit ("keep it below 5.15x") the
 * pronoun readers read it already; a bare figure needs the ratio named in the clause right before, so that "it" can
 * stand for nothing else.
 *
 * The comparison must go the ratio's own way, and a figure that is money, a share or a term is no level.
 */

type Metric = CovenantMetricNames['metric'];

/** "; keep it below 5.15", " - hold that under 3.6": the separator, a verb of holding, the pronoun, a comparison, the figure. */
const HELD_AFTER_SEPARATOR = new RegExp(
  String.raw`(?:;|[^\S\n][-\u2013\u2014]{1,2})[^\S\n]*(?:(?:so|and|please|just|then)[\s,]+)*(?:keep|hold|cap|limit|maintain)\s+(?:it|that|this|the\s+(?:ratio|number|figure|multiple|metric))\s+(?<comparator>${UPPER_BOUND}|${LOWER_BOUND})[^\S\n]*(?<value>\d{1,2}(?:\.\d+)?)(?![\d%]|\.\d|[^\S\n]*(?:x|\u00d7|times|m\b|mm\b|mn\b|million|bn\b|k\b|years?|percent|per\s+cent))`,
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
  if (!/\b(?:keep|hold|cap|limit|maintain)\s+(?:it|that|this|the)\b/.test(lower)) return found;
  for (const match of text.freeMatches(HELD_AFTER_SEPARATOR)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    // The clause before: back to the previous stop, semicolon or line break (a decimal point is none).
    const lineStart = lower.lastIndexOf('\n', match.index - 1) + 1;
    let clauseStart = lineStart;
    for (const stop of lower.slice(lineStart, match.index).matchAll(/[.!?;](?!\d)/g)) clauseStart = lineStart + stop.index + 1;
    const metric = lastMetricIn(lower.slice(clauseStart, match.index), antecedents);
    const direction = directionOf(match.groups?.['comparator']);
    const value = Number(match.groups?.['value']);
    if (metric === null || direction !== (metric === 'coverage' ? 'lower' : 'upper') || !(value > 0 && value < 20)) continue;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}
