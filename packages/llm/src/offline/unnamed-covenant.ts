import type { BriefText } from './brief-text.js';
import { readPlannedLevels } from './covenant-headroom.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

/**
 * A covenant whose ratio is never named, with the level the company plans inside it: "So the covenant in the credit
 * agreement is four times but I want to plan to three and a quarter", "you'll remember the 4.0x covenant ... I want 3.5x
 * in the model for headroom", "Bank covenant 4.5x, internal policy 3.75x - use internal". Which side of the covenant the plan stands on
 * says which ratio it is: a plan below the covenant keeps a ratio under a ceiling, which is leverage, and a plan above
 * it keeps a ratio over a floor, which is coverage. Leverage is read as net leverage, the ratio a credit agreement
 * tests first; a brief that names any ratio is left to the readers of named ratios.
 */
const UNNAMED_COVENANT = new RegExp(
  String.raw`\b(?:(?:the|our|its|their)\s+covenant(?:\s+(?:in|under|of|from)\s+(?:the|our|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)?\s+is\s+(?:(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)(?![a-z])|(?<words>${WORD_MULTIPLE})[^\S\n]+(?:times|turns)\b)|the\s+(?<before>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)\s+covenant\b|(?:bank|lenders?'?|revolver|rcf|credit)\s+covenant\s*(?:is\s+|of\s+|at\s+|:\s*)?(?<after>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z]))`,
  'g',
);
/** Any ratio's name, or a short form of one of three letters or more: a brief that has one names its covenant's ratio. */
const RATIO_NAMED = /leverage|coverage|fccr|\bfcc\b|ebitda|lease[-\s]adj|\bnet\b|gearing|\blev\b|\bcov\b|\blal\b/;

/** The ratio an unnamed covenant is for, with the covenant and the levels planned inside it. */
export interface UnnamedCovenant {
  readonly metric: 'net' | 'coverage';
  readonly bounds: readonly FoundBound[];
}

/** The unnamed covenants of a brief that plan a level inside them. Claims what it reads. */
export function readUnnamedCovenants(text: BriefText): UnnamedCovenant[] {
  if (!text.lower.includes('covenant') || RATIO_NAMED.test(text.lower)) return [];
  const found: UnnamedCovenant[] = [];
  for (const match of text.freeMatches(UNNAMED_COVENANT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const groups = match.groups ?? {};
    const words = groups['words'];
    const value = words === undefined ? Number(groups['value'] ?? groups['before'] ?? groups['after']) : numberValue(words);
    if (!(value > 0 && value < 20)) continue;
    const covenant = { value, start, end };
    for (const [metric, direction] of [
      ['net', 'upper'],
      ['coverage', 'lower'],
    ] as const) {
      const planned = readPlannedLevels(text, [covenant], direction);
      if (planned.length === 0) continue;
      text.claim(start, end);
      found.push({ metric, bounds: [covenant, ...planned] });
      break;
    }
  }
  return found;
}
