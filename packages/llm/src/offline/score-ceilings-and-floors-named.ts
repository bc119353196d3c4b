import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';
import { CRITICALITY } from './criticality-above.js';
import { LEASEABILITY_NAME as LEASEABILITY } from './leaseability-wording.js';
import { RULED_OUT } from './exclusion-words.js';

/**
 * Score limits said as a ceiling or a floor, or as a level of the score named after it, beside words that say what
 * the score is about:
 * - a bracket naming its level a ceiling or a floor after critical or letting words ("sites that are not critical (0.5
 *   ceiling)", "that would re-let easily (0.6 floor)");
 * - the ceiling or floor said to be a level on a named score ("the ceiling is 0.5 on the criticality score");
 * - a bracket that compares with a level on a named score, whatever it describes ("anything an investor couldn't
 *   easily re-let (below 0.5 on leaseability)", "core plants (above 0.7 on criticality)"): criticality is always
 *   limited from above and leaseability from below, so the level is the limit whichever way the bracket compares;
 * - critical words, then a refused level in the same sentence without the score's name ("nobody wants critical sites
 *   sold; anything rated above 0.35 is off the table");
 * - what may be sold said as a loss that would not hurt, with a level held from above ("only sites where losing them
 *   wouldn't hurt much, 0.45 or lower").
 */

const LEVEL = String.raw`(?<value>0?\.\d+)(?![\d%x])`;
/** Words of criticality in a clause: "critical", "essential", "central to operations", "core to the business". */
const CRITICAL_WORDS = String.raw`(?:critical|essential|(?:central|core|vital|important)\s+to)(?![a-z])`;
/** Words of letting again in a clause: "re-let", "leasable", "tenant", "occupier". */
const LETTING_WORDS = String.raw`(?:re[-\s]?let|re[-\s]?leas|leas(?:e)?able|lettable|let\b|lease\b|tenant|occupier)`;
/** The words before a bracket within its clause: no sentence or clause punctuation between. */
const SAME_CLAUSE = String.raw`[^.;:!?\n(),]{0,60}?`;

/** A ceiling in a bracket: "(0.5 ceiling)", "(ceiling 0.5)", "(0.5 cap)", "(max 0.4)". */
const CEILING_IN_BRACKET = new RegExp(
  String.raw`(?<=${CRITICAL_WORDS}${SAME_CLAUSE}[^\S\n]*)\(\s*(?:(?:ceiling|cap|max(?:imum)?|limit)(?:\s+of)?\s*${LEVEL}|(?<after>0?\.\d+)(?![\d%x])\s+(?:ceiling|cap|max(?:imum)?|limit))\s*\)`,
  'g',
);
/** A floor in a bracket: "(0.6 floor)", "(floor 0.6)", "(min 0.55)". */
const FLOOR_IN_BRACKET = new RegExp(
  String.raw`(?<=${LETTING_WORDS}${SAME_CLAUSE}[^\S\n]*)\(\s*(?:(?:floor|min(?:imum)?)(?:\s+of)?\s*${LEVEL}|(?<after>0?\.\d+)(?![\d%x])\s+(?:floor|min(?:imum)?))\s*\)`,
  'g',
);
/** "the ceiling is 0.5 on the criticality score", "a cap of 0.4 on criticality". */
const CEILING_ON_SCORE = new RegExp(
  String.raw`\b(?:(?:the|a|our)\s+)?(?:ceiling|cap|upper\s+limit|limit|max(?:imum)?)\s+(?:is|of|at|should\s+be|would\s+be|will\s+be)\s+${LEVEL}\s+(?:on|for)\s+(?:the\s+)?(?:${CRITICALITY})(?:\s+(?:score|scale|measure))?(?![a-z])`,
  'g',
);
/** "the floor is 0.6 on the leaseability score", "a minimum of 0.55 on leaseability". */
const FLOOR_ON_SCORE = new RegExp(
  String.raw`\b(?:(?:the|a|our)\s+)?(?:floor|lower\s+limit|min(?:imum)?)\s+(?:is|of|at|should\s+be|would\s+be|will\s+be)\s+${LEVEL}\s+(?:on|for)\s+(?:the\s+)?(?:${LEASEABILITY})(?:\s+(?:score|scale|measure))?(?![a-z])`,
  'g',
);
/** "(below 0.5 on leaseability)", "(above 0.7 on the criticality scale)": a compared level on a named score. */
const COMPARED_ON_SCORE = new RegExp(
  String.raw`\(\s*(?:(?:i\.e\.|anything|scor(?:ed|ing)|rated)\s+)?(?:below|under|less\s+than|lower\s+than|above|over|more\s+than|higher\s+than|<|>)\s*${LEVEL}\s+on\s+(?:the\s+|its\s+|their\s+)?(?:(?<criticality>${CRITICALITY})|${LEASEABILITY})(?:\s+(?:score|scale|measure))?\s*\)`,
  'g',
);
/** "anything rated above 0.35 is off the table", "nothing scored over 0.4": a refused level whose score is not named. */
const REFUSED_LEVEL_ABOVE = new RegExp(
  String.raw`\b(?:(?<nothing>nothing|no\s+(?:site|building|asset|property)s?)|any(?:thing)?)\s+(?:(?:rated|scored|scoring|ranked)\s+)?(?:above|over|higher\s+than|more\s+than|greater\s+than)\s+${LEVEL}(?<verdict>\s+(?:${RULED_OUT})(?![a-z]))?`,
  'g',
);
/** "only sites where losing them wouldn't hurt much, 0.45 or lower": a loss that would not hurt, held from above. */
const HARMLESS_LOSS_WITH_LEVEL =
  /\b(?:where|whose|that|which|we\s+could)\s+(?:losing|loss(?:\s+of)?|giving\s+up|lose|selling)\s+(?:them|it|the\s+site|the\s+building)?\s*(?:would(?:n't|\s+not)|won't|will\s+not|does(?:n't|\s+not)|do(?:n't|\s+not)|wouldn't)\s+(?:really\s+)?(?:hurt|harm|disrupt|matter|affect)(?![a-z])[^.;:!?\n(),]{0,40}?[^\S\n]*(?:,|\(|\s-|\u2013|\u2014)[^\S\n]*(?:(?:at\s+most|no\s+(?:more|higher)\s+than|max(?:imum)?(?:\s+of)?|up\s+to|\u2264|<=?)\s*(?<before>0?\.\d+)|(?<after>0?\.\d+)(?:\s+or\s+(?:lower|less|under|below)|\s+(?:max(?:imum)?|ceiling|at\s+most)(?![a-z])))(?![\d%x])(?:[^\S\n]*\))?/g;
/** The sentence before a level: back to the last full stop, question or new line. */
const SENTENCE_BEFORE = /[^.!?\n]*$/;

/** The groups a level may stand in: bare, or before or after its comparison. */
const LEVEL_GROUPS = ['value', 'before', 'after'];

function readAll(text: BriefText, pattern: RegExp, accepts?: (match: RegExpExecArray) => boolean): FoundBound[] {
  return readScoreLevels(text, [pattern], { valueGroups: LEVEL_GROUPS, trimEnd: true, ...(accepts === undefined ? {} : { accepts }) });
}

/** Reads the score limits said as ceilings, floors and compared levels on a named score, beside the score's words. */
export function readScoreCeilingsAndFloors(text: BriefText): { maxCriticality: FoundBound[]; minLeaseability: FoundBound[] } {
  // The matches of one pattern never overlap, so the criticality's and the leaseability's may be read in turn.
  const onScore = (criticality: boolean): FoundBound[] =>
    readScoreLevels(text, [COMPARED_ON_SCORE], {
      valueGroups: LEVEL_GROUPS,
      accepts: (match) => (match.groups?.['criticality'] !== undefined) === criticality,
    });
  const maxCriticality = onScore(true);
  const minLeaseability = onScore(false);
  maxCriticality.push(...readAll(text, CEILING_ON_SCORE), ...readAll(text, CEILING_IN_BRACKET));
  minLeaseability.push(...readAll(text, FLOOR_ON_SCORE), ...readAll(text, FLOOR_IN_BRACKET));
  maxCriticality.push(...readAll(text, HARMLESS_LOSS_WITH_LEVEL));
  // A refused level after critical words in its sentence, which name the score the level is on.
  maxCriticality.push(
    ...readAll(text, REFUSED_LEVEL_ABOVE, (match) => {
      const before = SENTENCE_BEFORE.exec(text.lower.slice(0, match.index))?.[0] ?? '';
      if (!new RegExp(String.raw`\b${CRITICAL_WORDS}`).test(before)) return false;
      if (new RegExp(String.raw`\b(?:${CRITICALITY}|${LEASEABILITY})`).test(before)) return false;
      return match.groups?.['nothing'] !== undefined || match.groups?.['verdict'] !== undefined;
    }),
  );
  return { maxCriticality, minLeaseability };
}
