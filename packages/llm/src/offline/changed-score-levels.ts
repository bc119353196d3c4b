import type { BriefText } from './brief-text.js';
import { CRITICALITY } from './criticality-above.js';
import { LEASEABILITY_NAME } from './leaseability-wording.js';

/** A score's level changed to a new one, which replaces every level of that score given before it. */
export interface ChangedScoreLevel {
  readonly metric: 'criticality' | 'leaseability';
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * "bump leaseability to 0.6", "raise the leaseability floor to 0.65", "lower the criticality cap to 0.5", "move
 * criticality down to 0.45": a verb of change with the score's name and "to" a level. The level is the score's new
 * limit whichever way it moves, so it replaces the level given earlier rather than joining it as one more to tighten.
 */
const CHANGED_TO = new RegExp(
  String.raw`\b(?:bump|raise|lift|move|take|push|pull|bring|nudge|increase|tighten|lower|drop|cut|reduce|loosen|relax|set|change|make)\s+(?:the\s+|our\s+)?(?:(?<criticality>${CRITICALITY})|(?<leaseability>${LEASEABILITY_NAME}))(?:\s+(?:floor|min(?:imum)?|cap|max(?:imum)?|limit|ceiling|threshold|cut-?off))?\s+(?:(?:up|down)\s+)?to\s+(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x])`,
  'g',
);

/**
 * "Crit. ceiling brought down from 0.9 to 0.85", "leaseability floor was raised from 0.5 to 0.6", "criticality cap
 * lowered from 0.7 to 0.6": the score's level said as changed, in the passive, from the old level to the new one. The new
 * level is read as the changed one; the old is claimed with it, so that it is read as nothing.
 */
const CHANGED_FROM_TO = new RegExp(
  String.raw`\b(?:(?<criticality>${CRITICALITY})|(?<leaseability>${LEASEABILITY_NAME}))(?:\s+(?:floor|min(?:imum)?|cap|max(?:imum)?|limit|ceiling|threshold|cut-?off))?\s+(?:(?:was|is|has\s+been|had\s+been|got|gets|now)\s+)?(?:brought|moved|taken|pulled|pushed|lowered|raised|lifted|bumped|cut|reduced|dropped|tightened|loosened|relaxed|changed|increased|nudged|revised|adjusted)\s+(?:(?:up|down)\s+)?from\s+(?:0?\.\d+|1(?:\.0+)?)\s+to\s+(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x])`,
  'g',
);

/**
 * The score levels that `patterns` read as changed, in text order: each match's `value` group (in (0, 1]) for the
 * score its `criticality` or `leaseability` group names. Claims what it reads. The one loop of every reader of a
 * changed score level, whatever words say the change.
 */
export function readChangedLevelsOf(text: BriefText, patterns: readonly RegExp[]): ChangedScoreLevel[] {
  const found: ChangedScoreLevel[] = [];
  for (const match of patterns.flatMap((pattern) => text.freeMatches(pattern)).sort((a, b) => a.index - b.index)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const value = Number(match.groups?.['value']);
    if (!(value > 0 && value <= 1)) continue;
    found.push({ metric: match.groups?.['criticality'] === undefined ? 'leaseability' : 'criticality', value, start, end });
    text.claim(start, end);
  }
  return found;
}

/** The score levels changed by a verb of change, in text order. Claims what it reads. */
export function readChangedScoreLevels(text: BriefText): ChangedScoreLevel[] {
  return readChangedLevelsOf(text, [CHANGED_TO, CHANGED_FROM_TO]);
}
