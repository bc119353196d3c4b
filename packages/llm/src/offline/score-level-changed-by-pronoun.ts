import type { BriefText } from './brief-text.js';
import { type ChangedScoreLevel, readChangedLevelsOf } from './changed-score-levels.js';
import { CRITICALITY } from './criticality-above.js';
import { LEASEABILITY_NAME } from './leaseability-wording.js';

/**
 * A score's level stated, then changed by a verb on a pronoun: "Criticality ceiling was 0.7 in the first draft --
 * bring it down to 0.6", "leaseability floor is 0.5; raise that to 0.65", "the criticality cap of 0.6 - take it down to
 * 0.45". The pronoun stands for the score's limit, so the level after "to" is its new limit and the one stated first
 * is dropped; both are claimed. A pronoun after another figure ("leverage was 4x - bring it down to 0.6") is not the
 * score's, as the first level must be the score's own.
 */
const CHANGED_BY_PRONOUN = new RegExp(
  String.raw`\b(?:(?<criticality>${CRITICALITY})|(?<leaseability>${LEASEABILITY_NAME}))(?:\s+(?:floor|min(?:imum)?|cap|max(?:imum)?|limit|ceiling|threshold|cut-?off))?\s*(?:(?:was|is|of|at|=|:)\s*)?(?:0?\.\d+|1(?:\.0+)?)(?![\d%x])[^.;!?\n\d]{0,50}?(?:[,;]|\s-+|\s\u2014|\s\u2013)\s*(?:(?:please|so|let'?s|now|but)\s+)?(?:bump|raise|lift|move|take|push|pull|bring|nudge|increase|tighten|lower|drop|cut|reduce|loosen|relax|set|change|make)\s+(?:it|that|this|the\s+(?:level|limit|cap|floor|ceiling|threshold))\s+(?:(?:up|down|back)\s+)?to\s+(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x])`,
  'g',
);

/** The score levels changed by a verb on a pronoun after the first level, in text order. Claims what it reads. */
export function readScoreLevelsChangedByPronoun(text: BriefText): ChangedScoreLevel[] {
  return readChangedLevelsOf(text, [CHANGED_BY_PRONOUN]);
}
