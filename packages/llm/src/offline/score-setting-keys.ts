import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * Score limits as the keys of pasted settings, a sheet's column names or a chat's question, with their level after a
 * separator: "criticality_ceiling,0.5", "MaxCrit: 0.6", "MinLease: 0.6", "min_lease | 0.7", "lease_min=0.7", "re-let floor: 0.55",
 * "leaseability_floor = 0.65". A key joins the score's name, or its short form, to a word that says which way it is
 * held; with a fraction after it, "min lease" can only be the score (a lease term is in years).
 */

/** A key for the most criticality allowed: "max crit", "MaxCrit", "max_criticality", "criticality_ceiling", "crit cap". */
const CRITICALITY_KEY = String.raw`(?:max(?:imum)?[\s_-]?crit(?:icality)?|crit(?:icality)?[\s_-](?:ceiling|cap|max(?:imum)?|limit))(?:[\s_-]?(?:score|level))?`;
/**
 * A key for the least leaseability allowed: "min lease", "MinLease", "min_leaseability", "leaseability_floor", "re-let
 * floor", "re-letting minimum", and "lease_min" turned about (a fraction is no term, so the score's short form).
 */
const LEASEABILITY_KEY = String.raw`(?:min(?:imum)?[\s_-]?(?:lease?(?:ability)?|leasability|re-?let(?:ting)?)|(?:lease?ability|leasability|lease|re-?let(?:ting)?|re-?leasing)[\s_-](?:floor|min(?:imum)?))(?:[\s_-]?(?:score|level))?`;
/** The separator between a key and its value: a colon, an equals sign, a comma, a pipe or a tab. */
const SEPARATOR = String.raw`[^\S\n]*(?:[:=,|\t]|\?:)[^\S\n]*`;
const LEVEL = String.raw`(?<value>0?\.\d+)(?![\d%x])(?![^\S\n]*(?:years?|yrs?)\b)`;

const CRITICALITY_KEY_LEVEL = new RegExp(`(?<![a-z])(?:${CRITICALITY_KEY})${SEPARATOR}${LEVEL}`, 'g');
const LEASEABILITY_KEY_LEVEL = new RegExp(`(?<![a-z])(?:${LEASEABILITY_KEY})${SEPARATOR}${LEVEL}`, 'g');

/** Reads the score limits given as settings keys and their levels, claiming each key with its level. */
export function readScoreSettingKeys(text: BriefText): { maxCriticality: FoundBound[]; minLeaseability: FoundBound[] } {
  const maxCriticality = readScoreLevels(text, [CRITICALITY_KEY_LEVEL]);
  return { maxCriticality, minLeaseability: readScoreLevels(text, [LEASEABILITY_KEY_LEVEL]) };
}
