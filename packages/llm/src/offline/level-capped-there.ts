import { sentenceStartIn } from './sentence-start.js';
import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { matchesIn } from './required-text.js';

/** The covenants a level may be set for. */
export type CovenantMetric = 'lease_adjusted' | 'net' | 'coverage';

/**
 * "so cap it there", "hold it at that level", "set the limit there": a limit set at a level named earlier in its
 * sentence rather than written again.
 */
const CAPPED_THERE =
  /\b(?:cap|capping|hold|holding|keep|keeping|limit|limiting|set|setting|floor|fix|draw\s+the\s+line)\s+(?:(?:it|that|the\s+(?:limit|cap|ceiling|floor|line))\s+)?(?:there|at\s+that(?:\s+(?:level|figure|point|mark|number))?)\b/g;
/**
 * "a lease-adjusted figure above 4.25x would put the rating on watch", "coverage below 2.0x would trip the revolver":
 * the level past which something goes wrong, the last one written before the limit is set there.
 */
const LEVEL_PASSED =
  /\b(?:above|over|beyond|past|north\s+of|below|under|south\s+of)\s+(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z])/g;

/**
 * Reads a limit set "there", at the level a metric was said to go wrong past earlier in the same sentence: "the
 * agencies have told us a lease-adjusted figure above 4.25x would put the rating on watch, so cap it there". The
 * metric is the one of `antecedents` named last before that level. Claims the level and the words that set it.
 */
export function readLevelsCappedThere(
  text: BriefText,
  antecedents: readonly { metric: CovenantMetric; pattern: RegExp }[],
): { metric: CovenantMetric; bound: FoundBound }[] {
  const found: { metric: CovenantMetric; bound: FoundBound }[] = [];
  if (!/\bthere\b|\bat\s+that\b/.test(text.lower)) return found;
  for (const capped of text.freeMatches(CAPPED_THERE)) {
    const before = text.lower.slice(0, capped.index);
    // A decimal point ("4.25x") ends no sentence.
    const sentenceStart = sentenceStartIn(before, before.length);
    const sentence = before.slice(sentenceStart);
    const level = matchesIn(LEVEL_PASSED, sentence).at(-1);
    if (level === undefined) continue;
    const levelStart = sentenceStart + level.index;
    const levelEnd = levelStart + level[0].length;
    if (!text.isFree(levelStart, levelEnd)) continue;
    const named = sentence.slice(0, level.index);
    let latest: { metric: CovenantMetric; at: number } | undefined;
    for (const { metric, pattern } of antecedents) {
      for (const mention of matchesIn(pattern, named)) {
        if (latest === undefined || mention.index > latest.at) latest = { metric, at: mention.index };
      }
    }
    const value = Number(level.groups?.['value']);
    if (latest === undefined || !(value > 0 && value < 20)) continue;
    found.push({ metric: latest.metric, bound: { value, start: levelStart, end: levelEnd } });
    text.claim(levelStart, levelEnd);
    text.claim(capped.index, capped.index + capped[0].length);
  }
  return found;
}
