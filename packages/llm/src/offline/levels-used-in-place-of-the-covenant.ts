import type { BriefText } from './brief-text.js';
import type { CovenantMetricNames } from './covenant-pronoun-levels.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A level the writer runs to in place of the covenant's, in two shapes:
 *
 * - asked to be used, the covenant's level set aside after it (between commas or not), then named as the ratio's cap or floor: "Use 3.3x, not the
 *   4.0x covenant, as the net debt / EBITDA ceiling", "take 1.8x and not the 1.5x in the facility as the FCCR
 *   floor", "apply 4.6x, not our 5.0x covenant, as the cap on lease-adjusted leverage";
 * - a working level set against the covenant in the same sentence: "the credit agreement caps net debt at 4.25x
 *   EBITDA, but the working level we run to is 3.9x", "the covenant floor is 1.5x, while our internal floor is 1.8x".
 *   The covenant's level is read too; the caller keeps the tighter, which is the working level.
 *
 * The cap's or floor's word must go the ratio's own way ("as the FCCR ceiling" is nothing), and a working level said
 * with words of today ("our working level is 3.9x today") is a level measured, left alone.
 */

type Metric = CovenantMetricNames['metric'];

/** "use 3.3x, not the 4.0x covenant,": the figure asked for and the covenant's set aside, up to the words naming the ratio. */
export const USED_NOT_THE_COVENANT_OPENING = String.raw`\b(?:use|using|take|apply|model|set|run\s+(?:with|to)|go\s+with)\s+(?<value>\d{1,2}(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)(?![a-z])\s*,?\s+(?:and\s+)?not\s+(?:the|our|their)\s+(?=(?:[^,;.!?\n]|\.(?=\d)){0,50}?\d)(?:[^,;.!?\n]|\.(?=\d)){1,50}?\s*,?\s+`;
/** "use 3.3x, not the 4.0x covenant, as the": the opening, then the words up to the name. */
const USED_NOT_THE_COVENANT = new RegExp(
  String.raw`${USED_NOT_THE_COVENANT_OPENING}as\s+(?:the|our)\s+(?:(?:hard|working|internal|firm)\s+)?`,
  'g',
);
/** The bound word after the name ("ceiling") or before it with "on" ("the cap on"). */
const BOUND_AFTER_NAME = /^\s+(?<word>cap|ceiling|limit|max(?:imum)?|floor|min(?:imum)?)\b/;
const BOUND_BEFORE_NAME = /^(?<word>cap|ceiling|limit|max(?:imum)?|floor|min(?:imum)?)\s+(?:on|for|of)\s+(?:the\s+|our\s+)?/;

/**
 * ", but the working level we run to is 3.9x": a contrast, then a level of the writer's own kind, perhaps with who runs
 * to it, then the figure (a bare decimal too).
 */
const WORKING_LEVEL =
  /(?:,|;|\u2014|\s-)?\s*\b(?:but|while|whereas|though|although|however)\s*,?\s+(?:the|our)\s+(?:working|internal|operating|house|in-house|management|self-imposed|own|practical|real|actual)\s+(?:level|limit|cap|ceiling|floor|threshold|target|number|figure|line)(?:\s+(?:we|management|treasury|the\s+board|the\s+company|the\s+cfo)\s+(?:run|runs|manage|manages|work|works|operate|operates|hold|holds|keep|keeps|use|uses|steer|steers|plan|plans|target|targets|set|sets)(?:\s+(?:to|at|by|with|under|below|above|ourselves\s+to))?)?\s+(?:is|of|sits\s+at|=|:)\s+(?<value>\d{1,2}(?:\.\d+)?)(?:[^\S\n]*(?:x|\u00d7|times)(?![a-z]))?(?![\d%]|[^\S\n]*(?:m\b|mm\b|million|bn\b|k\b|years?|percent))/g;
/** Words of today after a level, which make it measured. */
const TODAY_AFTER = /^[^\S\n]*(?:today|currently|now|at\s+the\s+moment|right\s+now|last\s+(?:year|quarter)|at\s+year[-\s]end)\b/;

/** The metric whose name starts `rest`, the longest name winning, with its length. */
export function metricAt(rest: string, antecedents: readonly CovenantMetricNames[]): { metric: Metric; length: number } | null {
  let best: { metric: Metric; length: number } | null = null;
  for (const { metric, pattern } of antecedents) {
    const found = new RegExp(`^(?:${pattern.source})`).exec(rest);
    if (found !== null && (best === null || found[0].length > best.length)) best = { metric, length: found[0].length };
  }
  return best;
}

/** The metric named last in `before` (the longest name where names overlap), or null. */
function lastMetricIn(before: string, antecedents: readonly CovenantMetricNames[]): Metric | null {
  let best: { metric: Metric; start: number; length: number } | null = null;
  for (const { metric, pattern } of antecedents) {
    for (const mention of before.matchAll(new RegExp(pattern.source, 'g'))) {
      const length = mention[0].length;
      if (length === 0) continue;
      const end = mention.index + length;
      if (best === null || end > best.start + best.length || (end === best.start + best.length && length > best.length))
        best = { metric, start: mention.index, length };
    }
  }
  return best?.metric ?? null;
}

/** Where the sentence holding `index` starts: after the last stop (a decimal point is none) or line break before it. */
function sentenceStart(lower: string, index: number): number {
  const lineStart = lower.lastIndexOf('\n', index - 1) + 1;
  let start = lineStart;
  for (const stop of lower.slice(lineStart, index).matchAll(/[.!?](?!\d)/g)) start = lineStart + stop.index + 1;
  return start;
}

/** The levels used in place of the covenant, each with its metric, claimed in the text. */
export function readLevelsUsedInPlaceOfTheCovenant(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: Metric; bound: FoundBound }[] {
  const found: { metric: Metric; bound: FoundBound }[] = [];
  const lower = text.lower;
  if (/\bnot\s+(?:the|our|their)\b/.test(lower)) {
    for (const match of text.freeMatches(USED_NOT_THE_COVENANT)) {
      const rest = lower.slice(match.index + match[0].length);
      let metric: Metric | null = null;
      let word = '';
      let end = 0;
      const named = metricAt(rest, antecedents);
      const after = named === null ? null : BOUND_AFTER_NAME.exec(rest.slice(named.length));
      if (named !== null && after !== null) {
        metric = named.metric;
        word = after.groups?.['word'] ?? '';
        end = named.length + after[0].length;
      } else {
        const before = BOUND_BEFORE_NAME.exec(rest);
        const then = before === null ? null : metricAt(rest.slice(before[0].length), antecedents);
        if (before !== null && then !== null) {
          metric = then.metric;
          word = before.groups?.['word'] ?? '';
          end = before[0].length + then.length;
        }
      }
      if (metric === null || /^(?:floor|min)/.test(word) !== (metric === 'coverage')) continue;
      const stop = match.index + match[0].length + end;
      if (!text.isFree(match.index, stop)) continue;
      found.push({ metric, bound: { value: Number(match.groups?.['value']), start: match.index, end: stop } });
      text.claim(match.index, stop);
    }
  }
  if (
    /\b(?:working|internal|operating|house|in-house|management|self-imposed|own|practical|real|actual)\s+(?:level|limit|cap|ceiling|floor|threshold|target|number|figure|line)\b/.test(
      lower,
    )
  ) {
    for (const match of text.freeMatches(WORKING_LEVEL)) {
      const end = match.index + match[0].length;
      if (TODAY_AFTER.test(lower.slice(end)) || !text.isFree(match.index, end)) continue;
      const metric = lastMetricIn(lower.slice(sentenceStart(lower, match.index), match.index), antecedents);
      const value = Number(match.groups?.['value']);
      if (metric === null || !(value > 0 && value < 20)) continue;
      found.push({ metric, bound: { value, start: match.index, end } });
      text.claim(match.index, end);
    }
  }
  return found;
}
