import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { LEVEL_FROM_ABOVE } from './low-importance-with-level.js';
import { LEVEL_FROM_BELOW } from './new-tenant-clauses-with-level.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A score level given "on that score" after words that say which score is meant, in the same sentence or the one just
 * before: "they don't want a buyer who can't re-let what we sell, so only buildings at 0.6 or above on that score",
 * "whether a new tenant could move in easily matters - 0.7 or better on that measure", "only buildings another company
 * could easily move into. On the scale you use, at least 0.75" — a leaseability floor — and "each building has a score
 * for how essential it is; keep what we sell at 0.5 or below on that" — a criticality ceiling. The pronoun takes its
 * score from the words: letting to someone else names leaseability, what the business needs names criticality; words
 * of both, or of neither, leave the level alone.
 */

/** The scale referred back to: "on that score", "on this measure", "on your scale", "on the scale you use". */
const THAT_SCALE = String.raw`on\s+(?:(?:that|this|the\s+same|your)\s+(?:score|scale|measure|rating|metric)|the\s+(?:score|scale|measure|rating|metric)\s+(?:you|we|they)\s+use)(?![a-z])`;
/** "On that" alone, at the clause's end: the scale named in the sentence before it is the one meant. */
const ON_THAT_ALONE = String.raw`on\s+that(?=[^\S\n]*(?:[.;,!?)\n]|$))`;

/** The level held from below with the pronoun scale after it: "at 0.6 or above on that score". */
const LEVEL_ON_THAT_SCORE = new RegExp(String.raw`(?:\b(?:at|scoring|scored|rated)\s+)?${LEVEL_FROM_BELOW}\s+${THAT_SCALE}`, 'g');
/** The pronoun scale first, then the level held from below: "On the scale you use, at least 0.75". */
const THAT_SCORE_THEN_LEVEL_FROM_BELOW = new RegExp(
  String.raw`\b${THAT_SCALE}[^\S\n]*[,:\u2014\u2013-]?[^\S\n]*(?:(?:at|scoring|scored|rated)\s+)?${LEVEL_FROM_BELOW}`,
  'g',
);
/**
 * The score named for what the words before describe, then the level held from below: "the score we use for that should
 * be at least 0.65", "the rating for it must be 0.6 or better", and a score given with the words ("re-lettable with a
 * score of at least 0.6", "easy to re-let, with a rating of 0.7 or more").
 */
const SCORE_FOR_THAT_THEN_LEVEL_FROM_BELOW = new RegExp(
  String.raw`\b(?:the\s+(?:score|scale|measure|rating|metric)(?:\s+(?:we|you|they)\s+use)?\s+for\s+(?:that|this|it)\s+(?:(?:should|must|shall|will|would)\s+be|needs?\s+to\s+be|has\s+to\s+be|is\s+to\s+be|is)|with\s+an?\s+(?:score|rating)\s+of)\s+${LEVEL_FROM_BELOW}`,
  'g',
);
/** The level held from above with the pronoun scale after it: "at 0.5 or below on that", "0.4 max on that score". */
const LEVEL_FROM_ABOVE_ON_THAT_SCORE = new RegExp(
  String.raw`(?:\b(?:at|scoring|scored|rated)\s+)?${LEVEL_FROM_ABOVE}\s+(?:${THAT_SCALE}|${ON_THAT_ALONE})`,
  'g',
);
/** The pronoun scale first, then the level held from above: "on your scale, 0.45 or under". */
const THAT_SCORE_THEN_LEVEL_FROM_ABOVE = new RegExp(
  String.raw`\b${THAT_SCALE}[^\S\n]*[,:\u2014\u2013-]?[^\S\n]*(?:(?:at|scoring|scored|rated)\s+)?${LEVEL_FROM_ABOVE}`,
  'g',
);

/**
 * Letting a building to someone else: "re-let", "lease it to", "a new tenant", "an occupier", "leaseability", "another
 * company could move into".
 */
const LETTING_WORDS =
  /\bre[-\s]?(?:let|lease)|\blet(?:ting)?\s+(?:it|them)\b|\blease[ds]?\s+(?:it|them|out)\b|\b(?:new|another|other|next)\s+(?:tenant|occupier|occupant|lessee)s?\b|\bleas[e]?ability\b|\blettab|\b(?:could|can|would|might)\s+(?:easily\s+|readily\s+|quickly\s+)?move\s+in/;
/** Words about what the business needs, which make the score criticality. */
const NEEDS_WORDS = /\bcritical|\bessential|\bimportan|\bdepend|\bcan'?t\s+(?:operate|run|do)\s+without/;
/** A score named, which "on that" alone needs before it to refer to. */
const SCORE_NAMED = /\b(?:score|scale|rating|measure)\b/;

/**
 * The words that say which score is meant: the sentence before `match`, or, when the scale opens its own sentence ("On
 * the scale you use, at least 0.75"), the sentence before it.
 */
function scoreWordsBefore(text: BriefText, match: RegExpExecArray): string {
  const sentences = text.lower.slice(0, match.index).split(/[.!?\n]/);
  const own = sentences.pop() ?? '';
  // Only a scale that opens its sentence looks back past it: "Buyers like to re-let. Anything 0.6 or above on that
  // score is fine" names no score in its own sentence, and is left alone.
  if (own.trim() !== '') return own;
  return `${sentences.pop() ?? ''} ${own}`;
}

/** True when the words before `match` speak of letting to someone else, and not of what the business needs. */
function afterLettingWords(text: BriefText, match: RegExpExecArray): boolean {
  const words = scoreWordsBefore(text, match);
  return LETTING_WORDS.test(words) && !NEEDS_WORDS.test(words);
}

/**
 * True when the words before `match` speak of what the business needs, and not of letting; "on that" alone also needs
 * a score named before it ("a score for how essential it is").
 */
function afterNeedsWords(text: BriefText, match: RegExpExecArray): boolean {
  const words = scoreWordsBefore(text, match);
  if (!NEEDS_WORDS.test(words) || LETTING_WORDS.test(words)) return false;
  return !/\bon\s+that$/.test(match[0].trimEnd()) || SCORE_NAMED.test(words);
}

/**
 * Every pattern's scale begins "on that", "on this", "on the" or "on your", or names its score "for that" or "with a
 * score of": a brief with none skips them.
 */
const ON_A_SCALE_WORD = /\bon\s+(?:that|this|the|your)\b|\bfor\s+(?:that|this|it)\b|\bwith\s+an?\s+(?:score|rating)\s+of\b/;

/**
 * Reads leaseability floors given on "that score" (or on "the score for that", or "with a score of") after letting
 * words, claiming the level and its scale.
 */
export function readLevelOnThatScoreAfterLettingWords(text: BriefText): FoundBound[] {
  if (!ON_A_SCALE_WORD.test(text.lower)) return [];
  return readScoreLevels(text, [LEVEL_ON_THAT_SCORE, THAT_SCORE_THEN_LEVEL_FROM_BELOW, SCORE_FOR_THAT_THEN_LEVEL_FROM_BELOW], {
    valueGroups: ['before', 'after'],
    trimEnd: true,
    accepts: (match) => afterLettingWords(text, match),
  });
}

/** Reads criticality ceilings given on "that score" (or "on that") after words on what the business needs. */
export function readLevelOnThatScoreAfterNeedsWords(text: BriefText): FoundBound[] {
  if (!ON_A_SCALE_WORD.test(text.lower)) return [];
  return readScoreLevels(text, [LEVEL_FROM_ABOVE_ON_THAT_SCORE, THAT_SCORE_THEN_LEVEL_FROM_ABOVE], {
    valueGroups: ['before', 'after'],
    trimEnd: true,
    accepts: (match) => afterNeedsWords(text, match),
  });
}
