import type { BriefText } from './brief-text.js';
import { EASILY_LEASABLE_PATTERNS, LEASABLE_PATTERN, SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * Words for a building easy to let again followed by the level that makes them exact: "sites that would re-let
 * easily, 0.65 or better", "easy-to-lease only (at least 0.7)", "buildings a new tenant could take over quickly -
 * 0.6+ on that score", "easy to re-let too, 0.55 or more"; and the comparative "nothing less leasable than 0.4". The
 * words alone are read at their own level (0.7, or 0.5 for "leasable"); a level read from below right after them
 * replaces it, since it says where "easy" begins.
 */

/**
 * A floor word before the level: "at least", "no less than", "minimum", "set that bar at", and what is refused below it
 * ("so nothing below 0.65 on that score"), which says the same floor.
 */
const FLOOR_BEFORE = String.raw`(?:set\s+(?:that|the|this)\s+(?:bar|floor|threshold|cut[-\s]?off|line)\s+at|at\s+least|no\s+(?:less|lower)\s+than|min(?:imum)?(?:\s+of)?|\u2265|>=?|nothing\s+(?:below|under|lower\s+than|less\s+than))`;
/** A floor word after the level: "or better", "+", "and above", "minimum", "at minimum". */
const FLOOR_AFTER = String.raw`(?:[^\S\n]*\+|\s+or\s+(?:better|more|higher|above)|\s+and\s+(?:up|above|higher|over)|\s+at\s+least|\s+(?:at\s+(?:a\s+)?)?min(?:imum)?(?![a-z]))`;
/**
 * The level right after the words (or after "if we left", which only says when a tenant would move in): a comma, a
 * dash, a colon, a semicolon or an opening bracket, an optional "too", "say" ("I'd say") or "we'd want", and
 * "a score of", and the level with a floor word on either side (a bare level might be a share or a multiple), and
 * the scale it is on ("on that re-letting number").
 */
const LEVEL_AFTER_WORDS = new RegExp(
  String.raw`^(?:[^\S\n]+(?:too|also|as\s+well|(?:if|once|when)\s+we\s+(?:left|moved(?:\s+out)?|went|leave|move\s+out)))?[^\S\n]*(?:[,:;(\u2014\u2013]|\s-)[^\S\n]*(?:(?:(?:i['\u2019]d|i\s+would|we['\u2019]d|we\s+would)\s+(?:say|want|need|like)|(?:we|i)\s+(?:want|need)|say|i\.e\.|so|meaning|that\s+is)[,\s]+)?(?:(?:a\s+)?scor(?:e|ing)(?:\s+of)?\s+)?(?:${FLOOR_BEFORE}\s*(?<before>0?\.\d+)(?:${FLOOR_AFTER})?|(?<after>0?\.\d+)${FLOOR_AFTER})(?![\d%x])(?:\s+on\s+(?:that|this|the)(?:(?:\s+(?:re[-\s]?let(?:ting)?|re[-\s]?leasing|lease['\u2019-]?ability|letting))?\s+(?:scale|score|measure|number|rating))?(?![a-z]))?(?:[^\S\n]*\))?`,
);

/**
 * "nothing less leasable than 0.4", "no sites less re-lettable than 0.55": the comparative refused, its level the least;
 * also after another comparative refused ("stay away from anything more critical than 0.6 or less re-lettable than
 * 0.65"), where the refusal before the first carries to the second.
 */
const NOTHING_LESS_LEASABLE = new RegExp(
  String.raw`(?:\b(?:nothing|none|no\s+${SITE_NOUN})\s+|(?<=\b(?:nothing|none|anything|no\s+${SITE_NOUN})\s+more\s+[a-z-]+\s+than\s+0?\.\d+\s*,?\s+(?:or|nor)\s+))(?:(?:rated|scored|that(?:'s|\s+is))\s+)?less\s+(?:re[-\s]?)?(?:leas(?:e)?able|lettable)\s+than\s+(?<value>0?\.\d+)(?![\d%x])`,
  'g',
);

/**
 * "easy-to-lease sites", "simple to rent out": the plain verb, which alone is too loose to read ("easy to lease a
 * car"), only with a level after it.
 */
const EASY_TO_LEASE = new RegExp(
  String.raw`\b(?:only\s+)?(?:easy|simple|straightforward)[-\s]to[-\s](?:re[-\s]?)?(?:lease|let|rent)(?:[-\s](?:out|up))?(?![a-z])(?:\s+${SITE_NOUN})?(?:\s+only)?`,
  'g',
);

/**
 * Reads the level given right after easy-to-let words, and the refused comparative "nothing less leasable than 0.4".
 * Read before the words alone, which are then claimed with their level.
 */
export function readLeasableWordsWithLevel(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  for (const pattern of [...EASILY_LEASABLE_PATTERNS, EASY_TO_LEASE, LEASABLE_PATTERN]) {
    for (const match of text.freeMatches(pattern)) {
      const start = match.index;
      const wordsEnd = start + match[0].trimEnd().length;
      const level = LEVEL_AFTER_WORDS.exec(text.lower.slice(wordsEnd));
      if (level === null) continue;
      const end = wordsEnd + level[0].length;
      if (!text.isFree(start, end)) continue;
      const value = Number(level.groups?.['before'] ?? level.groups?.['after']);
      if (!(value > 0 && value <= 1)) continue;
      found.push({ value, start, end });
      text.claim(start, end);
    }
  }
  found.push(...readScoreLevels(text, [NOTHING_LESS_LEASABLE]));
  return found;
}
