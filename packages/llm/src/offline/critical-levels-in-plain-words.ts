import type { BriefText } from './brief-text.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A criticality limit said by someone who names the score after the level or in its adjective: "leave out every
 * building rated above 0.8 on criticality", "we'd keep anything over 0.5 on criticality", "nothing sold that rates
 * more critical than 0.65", "no site more critical than 0.6", "nothing more mission-critical than 0.4", "nothing more essential to running the business than 0.65". What is kept or refused lies above the level, so the
 * level is the most allowed. Levels the writer only describes ("sites above 0.8 on criticality are in Dallas") are not
 * refused and stay unread.
 */

/** A level on the score: a fraction, never a share, a multiple or an amount. */
const LEVEL = String.raw`(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x]|\.\d)`;
/** What keeps a building out of the sale: leaving it out, keeping or holding it, refusing to sell it. */
const KEPT_OUT = String.raw`(?:leav(?:e|es|ing)\s+out|left\s+out|rul(?:e|es|ing)\s+out|exclud(?:e|es|ed|ing)|keep(?:s|ing)?|kept|hold(?:s|ing)?(?:\s+on\s+to)?|retain(?:s|ed|ing)?|avoid(?:s|ed|ing)?|skip(?:s|ped|ping)?|(?:don'?t|do\s+not|won'?t|will\s+not|never)\s+sell|nothing|none|no)`;
/** A comparison from below, on the side kept out. */
const ABOVE = String.raw`(?:above|over|higher\s+than|more\s+than|greater\s+than|beyond|>)`;

/** Whom or what a building matters to, between the comparative and "than": "to us", "to our operations", "to running the business". */
const TO_WHOM = String.raw`(?:\s+to\s+(?:[a-z'\u2019]+\s+){0,3}?[a-z'\u2019]+)?`;

const PLAIN_LEVELS = [
  // "left out every building rated above 0.8 on criticality", "we'd keep anything over 0.5 on criticality": the score
  // named after its level, without a scale. No figure may stand between the verb and the level ("kept coverage above
  // 2.1x" is another limit's), and the score's name ends the clause ("above 0.5 on criticality reports" is no limit).
  // Only the level is claimed: the verb may rule out other things too ("leave out anything mortgaged and anything
  // scored above 0.65 on criticality"), left to their readers.
  String.raw`(?<=\b${KEPT_OUT}\b[^.;!?\n\d]{0,40}?)(?<![a-z])(?:(?:rated|scored|scoring|rating|that\s+(?:rates|scores))\s+)?${ABOVE}\s*${LEVEL}\s+on\s+(?:the\s+)?criticality(?=[^\S\n]*(?:[.,;:!?)\n-]|$|(?:and|but|please|so|too|as\s+well)\b))`,
  // "nothing sold that rates more critical than 0.65", "no site more critical than 0.6", "nothing more mission-critical
  // than 0.4": the comparative refused.
  // "Nothing more critical to us than 0.45", "nothing more essential to running the business than 0.65", "along with
  // anything else rated more critical to operations than 0.7": whom the building matters to may stand before "than",
  // and "along with anything else" adds the comparative to a building already left out.
  String.raw`\b(?:nothing(?:\s+else)?|none|no\s+${SITE_NOUN}|(?:don'?t|do\s+not|won'?t|never)\s+sell\s+any(?:thing|\s+${SITE_NOUN})?|along\s+with\s+any(?:thing|\s+${SITE_NOUN})\s+else)\b(?:\s+(?:sold|selected|included))?(?:\s+(?:that|which))?(?:\s+(?:rates?|rated|scores?|scored|scoring|is|are|that['\u2019]s))?\s+more\s+(?:(?:(?:mission|business|operationally)[-\s]?)?critical|essential|important)${TO_WHOM}\s+than\s+${LEVEL}`,
].map((source) => new RegExp(source, 'g'));

/** Reads the criticality limits written with the score named in plain words after the level. Claims what it reads. */
export function readCriticalLevelsInPlainWords(text: BriefText): FoundBound[] {
  if (!/critical|essential|important/.test(text.lower)) return [];
  return readScoreLevels(text, PLAIN_LEVELS);
}
