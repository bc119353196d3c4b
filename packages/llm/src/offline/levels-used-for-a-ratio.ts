import type { BriefText } from './brief-text.js';
import type { CovenantMetricNames } from './covenant-pronoun-levels.js';
import { metricAt, USED_NOT_THE_COVENANT_OPENING } from './levels-used-in-place-of-the-covenant.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A level asked to be used for a ratio in place of the covenant's, the ratio named after "for" with no cap's or floor's
 * word: "Use 3.2x, not the covenant (4.0x), for net leverage", "take 1.9x and not the 1.6x in the facility for fixed
 * charge coverage". The ratio says which way the level binds (a leverage's is a cap, a coverage's a floor). The shape
 * with the bound's word ("... as the net debt / EBITDA ceiling") is read by `levels-used-in-place-of-the-covenant.ts`.
 */
const USED_NOT_THE_COVENANT_FOR = new RegExp(String.raw`${USED_NOT_THE_COVENANT_OPENING}(?:for|on)\s+(?:the\s+|our\s+)?`, 'g');

/** What may follow the ratio's name: the clause's end, or the words "covenant", "test", "limit" before it. */
const AFTER_NAME = /^(?:\s+(?:covenant|test|ratio))?[^\S\n]*(?:[.,;!?)\n]|$)/;

/** The levels used for a named ratio in place of the covenant's, each with its metric, claimed in the text. */
export function readLevelsUsedForARatio(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: CovenantMetricNames['metric']; bound: FoundBound }[] {
  const found: { metric: CovenantMetricNames['metric']; bound: FoundBound }[] = [];
  if (!/\bnot\s+(?:the|our|their)\b/.test(text.lower)) return found;
  for (const match of text.freeMatches(USED_NOT_THE_COVENANT_FOR)) {
    const rest = text.lower.slice(match.index + match[0].length);
    const named = metricAt(rest, antecedents);
    if (named === null || !AFTER_NAME.test(rest.slice(named.length))) continue;
    const stop = match.index + match[0].length + named.length;
    if (!text.isFree(match.index, stop)) continue;
    found.push({ metric: named.metric, bound: { value: Number(match.groups?.['value']), start: match.index, end: stop } });
    text.claim(match.index, stop);
  }
  return found;
}
