import type { BriefText } from './brief-text.js';
import { directionOf, LOWER_BOUND, UPPER_BOUND } from './comparators.js';
import type { CovenantMetricNames } from './covenant-pronoun-levels.js';
import type { FoundBound } from './read-bounds.js';

/**
 * Covenant levels written as a figure "on" the ratio they bound, with no unit, in two shapes the bound reader leaves
 * (it needs a unit before a name that follows its figure):
 *
 * - after a comparison, perhaps with a second figure on a second ratio that shares it: "staying at or under 3.6 on net
 *   debt / EBITDA and 5.3 on the lease-adjusted version", "no more than 3.4 on net leverage", "at least 1.9 on FCCR";
 * - as a chat's or a list's answer, alone on its line under a question: "Nadia: leverage?" then "Omar 1:12 PM: 3.4 on
 *   net debt/EBITDA". The answer names its ratio, and a limit is what the question asked for.
 *
 * A comparison the ratio's own way is needed in the first shape ("we ran 3.6 on net debt/EBITDA last year" is a level
 * measured, and "above 3.6 on net leverage" bounds nothing a leverage limit can be); in the second, the answer must be
 * the whole line and the line before it a question.
 */

type Metric = CovenantMetricNames['metric'];

/** The figure with no unit or with one: "3.6", "3.6x", "3.6 times". */
const FIGURE = String.raw`(?<value>\d{1,2}(?:\.\d+)?)(?:[^\S\n]*(?:x|\u00d7|times)(?![a-z]))?`;
/** What a multiple is never followed by: a percentage, money, a term. */
const NOT_A_MULTIPLE = /^[^\S\n]*(?:%|percent|m\b|mm\b|mn\b|million|bn\b|billion|k\b|years?|months?)/;
/** "on", "on the", "on our" before the ratio's name. */
const ON = String.raw`[^\S\n]+on[^\S\n]+(?:(?:the|our)[^\S\n]+)?`;
/** A speaker before a chat answer, up to the first colon followed by a space ("Omar 1:12 PM: ", "Tess (CFO): "). */
const SPEAKER = String.raw`(?:[^\n]{1,40}?:[^\S\n]+)?`;

/** The name of each metric, anchored to where it must start. */
function anchoredNames(antecedents: readonly CovenantMetricNames[]): { metric: Metric; name: RegExp }[] {
  return antecedents.map(({ metric, pattern }) => ({ metric, name: new RegExp(`^(?:${pattern.source})`) }));
}

/** The metric whose name starts `rest`, the longest name winning (a lease-adjusted name holds "leverage"). */
function metricAt(rest: string, names: readonly { metric: Metric; name: RegExp }[]): { metric: Metric; length: number } | null {
  let best: { metric: Metric; length: number } | null = null;
  for (const { metric, name } of names) {
    const found = name.exec(rest);
    if (found !== null && (best === null || found[0].length > best.length)) best = { metric, length: found[0].length };
  }
  return best;
}

const COMPARED_FIGURE_ON = new RegExp(String.raw`(?<![a-z])(?<comparator>${UPPER_BOUND}|${LOWER_BOUND})[^\S\n]*${FIGURE}(?=${ON})`, 'g');
const AND_FIGURE_ON = new RegExp(String.raw`^[^\S\n]*(?:,[^\S\n]*)?(?:and|&)[^\S\n]+${FIGURE}(?=${ON})`);
const ON_ONLY = new RegExp(`^${ON}`);

/** The levels said "on" their ratio, each with its metric, claimed in the text. */
export function readLevelsSaidOnTheirRatio(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: Metric; bound: FoundBound }[] {
  const found: { metric: Metric; bound: FoundBound }[] = [];
  if (!/\d[^\S\n]*(?:x|\u00d7|times)?[^\S\n]+on[^\S\n]/.test(text.lower)) return found;
  const names = anchoredNames(antecedents);
  const lower = text.lower;
  // The figure and the ratio it is on, if both are free and the figure a multiple.
  const figureOn = (figureStart: number, figureEnd: number, value: string): { metric: Metric; end: number } | null => {
    if (NOT_A_MULTIPLE.test(lower.slice(figureEnd))) return null;
    const on = ON_ONLY.exec(lower.slice(figureEnd));
    if (on === null) return null;
    const named = metricAt(lower.slice(figureEnd + on[0].length), names);
    const end = figureEnd + on[0].length + (named?.length ?? 0);
    if (named === null || !text.isFree(figureStart, end) || !(Number(value) > 0 && Number(value) < 20)) return null;
    return { metric: named.metric, end };
  };
  for (const match of text.freeMatches(COMPARED_FIGURE_ON)) {
    const direction = directionOf(match.groups?.['comparator']);
    const first = figureOn(match.index, match.index + match[0].length, match.groups?.['value'] ?? '');
    if (first === null || direction !== (first.metric === 'coverage' ? 'lower' : 'upper')) continue;
    found.push({ metric: first.metric, bound: { value: Number(match.groups?.['value']), start: match.index, end: first.end } });
    text.claim(match.index, first.end);
    // "... and 5.3 on the lease-adjusted version": the second figure shares the comparison, if its ratio goes the same way.
    const second = AND_FIGURE_ON.exec(lower.slice(first.end));
    if (second === null) continue;
    const next = figureOn(first.end, first.end + second[0].length, second.groups?.['value'] ?? '');
    if (next === null || direction !== (next.metric === 'coverage' ? 'lower' : 'upper')) continue;
    found.push({ metric: next.metric, bound: { value: Number(second.groups?.['value']), start: first.end, end: next.end } });
    text.claim(first.end, next.end);
  }
  // "Nadia: leverage?" then "Omar 1:12 PM: 3.4 on net debt/EBITDA": the answer alone on the line after a question.
  const lines = lower.split('\n');
  let offset = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const previous = index > 0 ? (lines[index - 1] ?? '').trimEnd() : '';
    const answer = previous.endsWith('?') ? new RegExp(`^[^\\S\\n]*${SPEAKER}${FIGURE}(?=${ON})`).exec(line) : null;
    if (answer !== null) {
      const figureStart = offset + answer[0].lastIndexOf(answer.groups?.['value'] ?? '');
      const named = figureOn(figureStart, offset + answer[0].length, answer.groups?.['value'] ?? '');
      if (named !== null && /^[^\S\n]*[.!]?[^\S\n]*$/.test(lower.slice(named.end, offset + line.length))) {
        found.push({ metric: named.metric, bound: { value: Number(answer.groups?.['value']), start: figureStart, end: named.end } });
        text.claim(figureStart, named.end);
      }
    }
    offset += line.length + 1;
  }
  return found;
}
