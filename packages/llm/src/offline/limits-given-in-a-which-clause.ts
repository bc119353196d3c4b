import type { BriefText } from './brief-text.js';
import { directionOf, LOWER_BOUND, UPPER_BOUND } from './comparators.js';
import type { CovenantMetricNames } from './covenant-pronoun-levels.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A ratio named, then its limit given in a clause on "which" after a comma, as investor relations and board letters
 * put it: "Debt over yearly earnings, which we've told investors will stay under 3.0x", "the rating-agency view that
 * adds in the capitalised rent, which shouldn't pass 4.25x", "fixed charge cover, which has to stay above 1.8x". The
 * clause stands for the ratio named right before its comma and nothing else, so the level is that ratio's.
 *
 * The comparison must go the ratio's own way (a cap for a leverage, a floor for coverage), and the clause must say
 * what the level is to be ("will", "must", "should", a negated verb of passing): "which was under 3x last year" or
 * "which stood at 2.1x" is a level measured, never read.
 */

type Metric = CovenantMetricNames['metric'];

/** What the level is to be: "will stay", "must remain", "has to be kept", "needs to stay", "is to be". */
const TO_BE = String.raw`(?:will|must|should|shall|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|can)\s+(?:stay|remain|be(?:\s+kept|\s+held)?|sit)`;

/**
 * ", which we've told investors will stay under 3.0x", ", which shouldn't pass 4.25x": the comma, "which", a few words
 * of who says so (no stop, comma or figure among them), the comparison and the level.
 */
const WHICH_CLAUSE = new RegExp(
  String.raw`,[^\S\n]*which\s+(?:[^.;,:\n\d]{1,50}?\s)?(?:${TO_BE}\s+)?(?<comparator>${UPPER_BOUND}|${LOWER_BOUND}|(?:shouldn|mustn|can|won|wouldn)['\u2019]t\s+(?:pass|exceed|top)|(?:should|must|will|can|may)\s+(?:not|never)\s+(?:pass|exceed|top))[^\S\n]*(?<value>\d{1,2}(?:\.\d+)?)(?![\d%]|\.\d|[^\S\n]*(?:m\b|mm\b|mn\b|million|bn\b|k\b|years?|percent|per\s+cent))(?:[^\S\n]*(?:x|\u00d7|times)(?![a-z]))?`,
  'g',
);

/** Words that say the clause is a wish for the level: a modal, or a verb of holding. */
const WISHED = /\b(?:will|must|should|shall|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|can|may|shouldn|mustn|won|wouldn)\b/;

/** The metric whose name ends at `end` of `before` (at its comma or just after it), the longest name winning, or null. */
function metricEndingAt(before: string, end: number, antecedents: readonly CovenantMetricNames[]): Metric | null {
  let best: { metric: Metric; length: number } | null = null;
  for (const { metric, pattern } of antecedents) {
    for (const mention of before.matchAll(new RegExp(pattern.source, 'g'))) {
      const length = mention[0].length;
      const mentionEnd = mention.index + length;
      const reachesTheComma = mentionEnd === end || (mentionEnd === end + 1 && before[end] === ',');
      if (length > 0 && reachesTheComma && (best === null || length > best.length)) best = { metric, length };
    }
  }
  return best?.metric ?? null;
}

/** The limits given in a clause on "which" after a named ratio, each with its metric, claimed in the text. */
export function readLimitsGivenInAWhichClause(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: Metric; bound: FoundBound }[] {
  const found: { metric: Metric; bound: FoundBound }[] = [];
  const lower = text.lower;
  if (!lower.includes(', which') && !lower.includes(',which')) return found;
  for (const match of text.freeMatches(WHICH_CLAUSE)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end) || !WISHED.test(match[0])) continue;
    // The clause before: back to the previous stop, semicolon or line break (a decimal point is none).
    const lineStart = lower.lastIndexOf('\n', match.index - 1) + 1;
    let clauseStart = lineStart;
    for (const stop of lower.slice(lineStart, match.index).matchAll(/[.!?;](?!\d)/g)) clauseStart = lineStart + stop.index + 1;
    const before = lower.slice(clauseStart, match.index + 1);
    const metric = metricEndingAt(before, before.length - 1, antecedents);
    const comparator = match.groups?.['comparator'] ?? '';
    // "shouldn't pass", "must not exceed": a negated verb of passing is a cap, as the comparisons' own are.
    const direction = /\b(?:pass|exceed|top)$/.test(comparator) ? 'upper' : directionOf(comparator);
    const value = Number(match.groups?.['value']);
    if (metric === null || !(value >= 1 && value < 20) || direction !== (metric === 'coverage' ? 'lower' : 'upper')) continue;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}
