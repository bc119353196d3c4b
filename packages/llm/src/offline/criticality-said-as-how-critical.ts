import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A criticality limit said in words the readers of "criticality above 0.5" do not see:
 * - the score named as how critical or essential a building is: "keep anything over 0.45 on how critical it is" (what
 *   is kept is not sold, so the level is the most allowed), "leave alone anything scoring above 0.55 on the
 *   how-essential-is-it scale", "if a site scores above 0.6 on how critical it is, it stays ours";
 * - the level named the cutoff on the criticality scale: "leadership settled on a cutoff of 0.6 on the criticality
 *   scale", "0.45 on the criticality score is the cutoff". A cutoff on criticality is always a ceiling: what matters
 *   more to the business than the cutoff is what stays.
 * A level "on how critical it is" that nothing keeps or refuses ("sites at 0.5 on how critical they are sell well")
 * limits nothing.
 */

/** A level on the score: a fraction, never a share, a multiple or an amount. */
const LEVEL = String.raw`(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x]|\.\d)`;
/** A comparison from below, on the kept side: "above", "over", "more than", "higher than". */
const ABOVE = String.raw`(?:above|over|more\s+than|higher\s+than|greater\s+than|in\s+excess\s+of|beyond|>)`;
/** The score as how much the business needs the building: "how critical it is", "the how-essential-is-it scale". */
const HOW_CRITICAL = String.raw`(?:(?:the\s+)?how[-\s](?:critical|essential|important)[-\s](?:it[-\s]is|is[-\s]it|they[-\s]are|are[-\s]they)(?:\s+(?:scale|score|rating|measure))?|how\s+(?:critical|essential|important)\s+(?:it|they|a\s+(?:building|site))\s+(?:is|are))(?![a-z])`;
/** What is kept or refused: "anything", "any site", "whatever", "buildings". */
const THING = String.raw`(?:any(?:thing|one)?(?:\s+(?:site|building|asset|property|location))?|whatever|everything|(?:sites|buildings|assets|properties|locations))`;
/** How the thing carries its score, when said: "scoring", "scored", "rated", "that rates". */
const SCORED = String.raw`(?:(?:scor(?:ing|ed|es)|rat(?:ing|ed|es)|(?:that|which)\s+(?:scores?|rates?|is|are))\s+)?`;
/** Keeping or refusing before the thing: "keep", "hold on to", "leave alone", "exclude", "don't sell". */
const KEPT_BEFORE = String.raw`(?:keep|retain|hold\s+on\s+to|hold\s+onto|leave\s+alone|leave|exclude|remove|drop|skip|avoid|rule\s+out|screen\s+out|filter\s+out|(?:don'?t|do\s+not|never)\s+sell)`;
/** The criticality scale named by its word: "on the criticality scale", "on the criticality score". */
const ON_CRITICALITY_SCALE = String.raw`on\s+(?:the\s+|our\s+)?critical(?:ity)?\s+(?:scale|score|rating|measure)(?![a-z])`;
/**
 * What is said of the building kept: "it stays ours", "stays put", "we keep it", "is off the table", "can't go", "is not
 * sold".
 */
const STAYS = String.raw`(?:stays?(?:\s+(?:ours|put|with\s+us|in\s+the\s+portfolio))?|keep\s+it|hold\s+(?:on\s+to\s+)?it|is\s+(?:kept|off\s+the\s+table|not\s+for\s+sale|not\s+sold|excluded)|isn'?t\s+(?:sold|for\s+sale)|can'?t\s+go|(?:won'?t|will\s+not)\s+be\s+sold|remains?\s+ours)(?![a-z])`;
/** The level's name as the line drawn: "cutoff", "cut-off", "ceiling", "threshold", "limit". */
const CUTOFF = String.raw`(?:cut-?\s?off|ceiling|threshold|limit|line)`;

const PATTERNS = [
  // "Keep anything over 0.45 on how critical it is", "leave alone anything scoring above 0.55 on the how-essential-is-it
  // scale", "leave anything above 0.5 on how critical it is alone".
  new RegExp(
    String.raw`\b(?<lead>${KEPT_BEFORE})\s+${THING}\s+${SCORED}${ABOVE}\s*${LEVEL}\s+(?:on|for|in)\s+${HOW_CRITICAL}(?<alone>\s+alone\b)?`,
    'g',
  ),
  // "if a site scores above 0.6 on how critical it is, it stays ours", "any building rating over 0.5 on how essential it
  // is stays put": the building kept when it scores above the level, said as a condition or of what carries the
  // score. A level "on how critical it is" with nothing kept after it limits nothing.
  new RegExp(
    String.raw`\b(?:(?:if|when|where|once)\s+(?:a|any|the|an)\s+|any\s+)(?:site|building|asset|property|location|facility)\s+(?:scores?|scoring|rates?|rating|is|comes\s+in)\s+${ABOVE}\s*${LEVEL}\s+(?:on|for|in)\s+${HOW_CRITICAL}\s*,?\s*(?:then\s+)?(?:it\s+|we\s+)?${STAYS}`,
    'g',
  ),
  // "a cutoff of 0.6 on the criticality scale", "the ceiling at 0.5 on the criticality score".
  new RegExp(String.raw`\b${CUTOFF}\s+(?:of|at)\s+${LEVEL}\s+${ON_CRITICALITY_SCALE}`, 'g'),
  // "0.45 on the criticality score is the cutoff", "0.5 on the criticality scale as our ceiling".
  new RegExp(String.raw`\b${LEVEL}\s+${ON_CRITICALITY_SCALE}\s+(?:is|as|will\s+be|should\s+be)\s+(?:the|our|my)\s+${CUTOFF}(?![a-z])`, 'g'),
];

/** "Leave" keeps only with "alone" before or after: "leave alone anything", "leave anything ... alone". */
function keeps(match: RegExpExecArray): boolean {
  const lead = match.groups?.['lead'];
  return lead !== 'leave' || match.groups?.['alone'] !== undefined;
}

/** Reads criticality ceilings said as how critical a building is, or as a cutoff on the criticality scale. */
export function readCriticalitySaidAsHowCritical(text: BriefText): FoundBound[] {
  if (!/critical|essential|important/.test(text.lower)) return [];
  return readScoreLevels(text, PATTERNS, { accepts: keeps });
}
