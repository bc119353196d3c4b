import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { LEVEL_FROM_BELOW } from './new-tenant-clauses-with-level.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A leaseability floor given "on that score" after words on letting a building to someone else earlier in the same
 * sentence: "they don't want a buyer who can't re-let what we sell, so only buildings at 0.6 or above on that score",
 * "whether a new tenant could move in easily matters - 0.7 or better on that measure". The pronoun takes its score from
 * the letting words; a level held from below on it is the least leaseability allowed. A sentence whose words are about
 * what the business needs ("critical", "essential") names the other score, and is left alone.
 */

/** The level held from below with the pronoun scale after it: "at 0.6 or above on that score". */
const LEVEL_ON_THAT_SCORE = new RegExp(
  String.raw`(?:\b(?:at|scoring|scored|rated)\s+)?${LEVEL_FROM_BELOW}\s+on\s+(?:that|this|the\s+same)\s+(?:score|scale|measure|rating|metric)(?![a-z])`,
  'g',
);
/** Letting a building to someone else: "re-let", "lease it to", "a new tenant", "an occupier", "leaseability". */
const LETTING_WORDS =
  /\bre[-\s]?(?:let|lease)|\blet(?:ting)?\s+(?:it|them)\b|\blease[ds]?\s+(?:it|them|out)\b|\b(?:new|another|other|next)\s+(?:tenant|occupier|occupant|lessee)s?\b|\bleas[e]?ability\b|\blettab/;
/** Words about what the business needs, which make the score criticality. */
const NEEDS_WORDS = /\bcritical|\bessential|\bimportan|\bdepend|\bcan'?t\s+(?:operate|run|do)\s+without/;

/** True when the sentence before `match` speaks of letting to someone else, and not of what the business needs. */
function afterLettingWords(text: BriefText, match: RegExpExecArray): boolean {
  const sentence =
    text.lower
      .slice(0, match.index)
      .split(/[.!?\n]/)
      .pop() ?? '';
  return LETTING_WORDS.test(sentence) && !NEEDS_WORDS.test(sentence);
}

/** Reads leaseability floors given on "that score" after letting words, claiming the level and its scale. */
export function readLevelOnThatScoreAfterLettingWords(text: BriefText): FoundBound[] {
  if (!/\bon\s+(?:that|this|the\s+same)\s+(?:score|scale|measure|rating|metric)\b/.test(text.lower)) return [];
  return readScoreLevels(text, [LEVEL_ON_THAT_SCORE], {
    valueGroups: ['before', 'after'],
    trimEnd: true,
    accepts: (match) => afterLettingWords(text, match),
  });
}
