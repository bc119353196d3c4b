import type { BriefText } from './brief-text.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * What may be sold said to matter little to the business, with the level where "little" ends: "only low-importance
 * sites (0.3 or under)", "low-stakes buildings, at most 0.35", "its importance to day-to-day operations must be low,
 * 0.35 or under", "criticality should be modest - 0.4 max", "buildings of low operational importance - nothing scored
 * above 0.4". The words alone ask for no level; a level held from above
 * right after them is the most criticality allowed. A level held from below ("0.6 or more") belongs to another score
 * and is left alone.
 */

/** What is about the business: "operations", "day-to-day operations", "the business". */
const TO_THE_BUSINESS = String.raw`(?:\s+(?:to|for)\s+(?:the\s+|our\s+)?(?:day[-\s]to[-\s]day\s+)?(?:operations|ops|the\s+business|business|company))?`;
/** Words that say what is sold matters little. */
const LOW_IMPORTANCE = String.raw`(?:(?:only\s+)?(?:low|lower|little|minor|limited)[-\s](?:(?:operational|business|strategic)\s+(?=importance|significance))?(?:importance|significance|criticality|critical|stakes)(?![a-z])(?:\s+${SITE_NOUN})?(?:\s+only)?|(?:its|their|the|whose)\s+(?:importance|criticality|operational\s+importance)${TO_THE_BUSINESS}\s+(?:must|should|has\s+to|have\s+to|needs?\s+to|is\s+to|ought\s+to)\s+be\s+(?:low|modest|minimal|small))`;
/** A level held from above: "0.35 or under", "at most 0.3", "0.4 max", "no more than 0.3", "up to 0.3" (`before`/`after`). */
export const LEVEL_FROM_ABOVE = String.raw`(?:(?:at\s+or\s+(?:under|below)|under|below|at\s+most|no\s+(?:more|higher)\s+than|up\s+to|max(?:imum)?(?:\s+of)?|<=?|\u2264)\s*(?<before>0?\.\d+)|(?<after>0?\.\d+)(?:\s+or\s+(?:less|lower|under|below)|\s+(?:max(?:imum)?|tops|at\s+most)(?![a-z])))(?![\d%x])`;

/**
 * The level said by what is refused above it: "nothing scored above 0.4", "no site rated over 0.35" (`refused`): what
 * scores above it is not sold, so the level is the most allowed.
 */
const NOTHING_ABOVE = String.raw`(?:nothing|none|no\s+${SITE_NOUN})\s+(?:(?:rated|scored|scoring|rating)\s+)?(?:above|over|more\s+than|higher\s+than|beyond)\s+(?<refused>0?\.\d+)(?![\d%x])`;

const LOW_IMPORTANCE_WITH_LEVEL = new RegExp(
  String.raw`\b${LOW_IMPORTANCE}[^\S\n]*(?:[(,:\u2014\u2013]|\s-)[^\S\n]*(?:(?:say|i\.e\.|so|meaning|that\s+is|at)[,\s]+)?(?:${LEVEL_FROM_ABOVE}|${NOTHING_ABOVE})(?:\s+on\s+(?:that|this|the)\s+(?:scale|score)(?![a-z]))?(?:[^\S\n]*\))?`,
  'g',
);

/** Reads the level given right after words that say what is sold matters little, claiming the words with it. */
export function readLowImportanceWithLevel(text: BriefText): FoundBound[] {
  return readScoreLevels(text, [LOW_IMPORTANCE_WITH_LEVEL], { valueGroups: ['before', 'after', 'refused'] });
}
