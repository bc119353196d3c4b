import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/**
 * Two planned levels given "respectively" for the two covenants just named: "net leverage max 3.75x, FCCR min 1.5x.
 * We want to plan to 3.5x and 1.75x respectively", "lease-adjusted 5.5x and coverage 1.5x; model 5.0x and 2.0x,
 * respectively". The first level is the first ratio's, the second the second's. Without this, the plan's first level
 * would be read for whichever covenant the plan follows, here coverage at 3.5x.
 *
 * The two ratios are the last two different ones named before the plan, within its sentence and the one before it.
 * Each level is read as the limit of its ratio; the caller keeps the tighter of it and the covenant.
 */

/**
 * A verb of planning, the two levels, and "respectively": "plan to 3.5x and 1.75x respectively". Each level is a
 * multiple, with its "x" or a decimal ("model 5.0 and 2.0 respectively"): bare whole numbers ("target 2 and 3
 * respectively") count something else.
 */
const LEVEL = String.raw`\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z])|\d+\.\d+(?![\d%])`;
const RESPECTIVELY = new RegExp(
  String.raw`\b(?:plan(?:s|ning)?|run|model|hold|use|target|aim\s+for|set)(?:\s+(?:to|at|for|on|with))?\s+(?<first>${LEVEL})\s+and\s+(?<second>${LEVEL}),?\s+respectively\b`,
  'g',
);

/** How far back the two ratios may be named: the plan's sentence and the one before it. */
const LOOK_BACK = 240;

/** A ratio a level may be planned for, with the pattern of its names (`covenant-metric-names.ts`). */
type Metric = 'lease_adjusted' | 'net' | 'coverage';

/**
 * The levels planned "respectively" for the two ratios named before them (see the file's head), each with its ratio.
 * Claims the words it reads, so that no other planned-level reader takes the first level for the nearer covenant.
 */
export function readLevelsPlannedRespectively(
  text: BriefText,
  antecedents: readonly { metric: Metric; pattern: RegExp }[],
): { metric: Metric; bound: FoundBound }[] {
  if (!text.lower.includes('respectively')) return [];
  const found: { metric: Metric; bound: FoundBound }[] = [];
  for (const match of text.lower.matchAll(RESPECTIVELY)) {
    const from = Math.max(0, match.index - LOOK_BACK);
    const before = text.lower.slice(from, match.index);
    // Every ratio named before the plan, in text order; a name read twice in a row ("FCCR ... coverage") is one.
    const named: { metric: Metric; index: number }[] = [];
    for (const { metric, pattern } of antecedents)
      for (const name of before.matchAll(pattern)) if (name[0].trim() !== '') named.push({ metric, index: name.index });
    named.sort((left, right) => left.index - right.index);
    const order: Metric[] = [];
    for (const { metric } of named) if (order.at(-1) !== metric) order.push(metric);
    const [firstMetric, secondMetric] = order.slice(-2);
    if (firstMetric === undefined || secondMetric === undefined || firstMetric === secondMetric) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const first = Number.parseFloat(match.groups?.['first'] ?? '');
    const second = Number.parseFloat(match.groups?.['second'] ?? '');
    if (!(first > 0 && first < 10 && second > 0 && second < 10)) continue;
    found.push({ metric: firstMetric, bound: { value: first, start, end } });
    found.push({ metric: secondMetric, bound: { value: second, start, end } });
    text.claim(start, end);
  }
  return found;
}
