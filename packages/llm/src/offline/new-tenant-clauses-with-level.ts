import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * Leaseability said as who else could take a building, with the level that makes it exact: "only buildings an outside
 * tenant could take on easily, 0.7 or better", "buildings a new tenant could slip into easily (0.6 or higher)",
 * "buildings other companies would easily take (0.75 or more)", "buildings that would be easy to let to another
 * company (0.7 or better)", "sites that would re-let easily (0.6 floor)", "whatever we sell, the buyer should be able to
 * lease it to someone else without gutting it, 0.6 or better"; the score named as how easily a building is
 * let ("only buildings rated 0.8 or higher on how easily they could be leased to someone else"); and high leaseability
 * said in words ("high-leaseability sites only, 0.75 and up"), or as the letting adjective at its level ("buildings
 * re-lettable at 0.6 or more"); "a replacement tenant could move into easily - 0.55 minimum" names someone else too. The clause alone is too loose to read (a new tenant may
 * want many things); a level held from below right after it is the least leaseability allowed.
 */

/** What is sold: "buildings", "sites", "places", "ones". */
const SITES = `(?:buildings?|sites?|properties|property|assets?|facilities|facility|locations?|places|ones|stuff)`;
/**
 * What is sold or refused, in a clause naming who else would take it: the sites, or "anything" ("anything another company
 * would struggle to lease (keep it at 0.6 and up)"), or "nothing" a buyer would struggle to re-let ("nothing a buyer would
 * struggle to re-let, 0.6 is my minimum": the struggle to let again is what is refused). "Nothing" opens the clause
 * only before the buyer's struggle, so that "nothing mortgaged and only buildings someone else could lease (0.7+)"
 * leaves the mortgage to its reader.
 */
const SITES_OR_ANYTHING = `(?:${SITES}|anything|nothing(?=[^\\S\\n]+(?:that[^\\S\\n]+)?(?:an?|the|any)[^\\S\\n]+(?:buyer|landlord|investor|new[^\\S\\n]+owner)s?[^\\S\\n]+(?:would|could|might|will)[^\\S\\n]+struggle))`;
/**
 * Someone other than the company who would take a building on: "an outside tenant", "a new tenant", "other
 * companies", "another firm", "someone else", and "others" a building is let to ("would rent easily to others"). "The company" itself is not one: what it relies on is criticality.
 */
export const NEW_OCCUPIER = String.raw`(?:(?:an?|another|other|any|the\s+next)\s+(?:(?:new|outside|different|third[-\s]party|future|prospective|replacement|follow-?on|successor)\s+)?(?:tenants?|occupiers?|occupants?|operators?|compan(?:y|ies)|business(?:es)?|firms?|users?|lessees?)|(?:some|any)(?:one|body)\s+else|(?<=\bto\s+)others)(?![a-z])`;
/** Letting a building to someone else: "easy to let", "re-let easily", "lease up quickly". */
const LET_AGAIN = String.raw`(?:(?:easy|easily|simple|straightforward)\s+to\s+(?:re[-\s]?)?(?:let|lease|rent)|re[-\s]?(?:let|lease)\s+(?:easily|readily|quickly)|lease\s+up\s+(?:easily|readily|quickly))(?![a-z])`;
/**
 * Words of the clause that say it is about what the company needs, not what others would take; "another operator"
 * is someone else, not our operations. "Without" a refit or
 * major work is what the new tenant would not need ("someone else could lease without a big refit"), so it stays.
 */
const ABOUT_OUR_NEEDS = String.raw`(?:critical|essential|central|core|rel(?:y|ies|ied)|depend|need|without(?!\s+(?:an?\s+|any\s+|much\s+)?(?:[a-z]+\s+)?(?:refit|fit-?out|work|works|renovation|retrofit|changes|conversion|capex|spend|gutting|gut|stripping|rebuilding|alterations?)\b)|operat(?!ors?\b)|run)`;
/**
 * A level held from below: "0.7 or better", "at least 0.6", "0.75 and up", "0.6+", "(0.6 floor)", "0.6 at minimum", "0.6
 * is my minimum".
 */
export const LEVEL_FROM_BELOW = String.raw`(?:(?:at\s+least|no\s+(?:less|lower)\s+than|min(?:imum)?(?:\s+of)?|floor(?:\s+of)?|\u2265|>=?)\s*(?<before>0?\.\d+)|(?<after>0?\.\d+)(?:[^\S\n]*\+|\s+or\s+(?:better|more|higher|above|up)|\s+and\s+(?:up|above|higher|over)|\s+at\s+(?:least|(?:a\s+)?minimum)|\s+(?:floor|minimum|min)(?![a-z])|\s+is\s+(?:my|our|the)\s+(?:floor|minimum|min)(?![a-z])))(?![\d%x])`;
/** The level's scale after it: "on that score", "on the leaseability scale". */
const ON_THE_SCALE = String.raw`(?:\s+on\s+(?:that|this|the)(?:\s+[a-z-]+)?\s+(?:scale|score|measure|rating)(?![a-z]))?`;
/**
 * "at" with no mark before it, joining the level to the words that end on a verb or an adjective: "another tenant could
 * take on at 0.65 or better", "re-lettable at 0.6 or more". The level after it must still be held from below.
 */
const AT_LEVEL = String.raw`[^\S\n]+at[^\S\n]+(?=(?:0?\.\d+)(?:[^\S\n]*\+|\s+or\s+|\s+and\s+|\s+at\s+|\s+(?:floor|minimum|min)(?![a-z])))`;
/**
 * What joins the level to the words: a comma, a colon, a dash, an opening bracket, and "say", "i.e." or "scoring"; or
 * "at" alone (`AT_LEVEL`).
 */
const THEN_LEVEL = String.raw`(?:[^\S\n]*(?:,|:|\(|\s-|\u2013|\u2014)[^\S\n]*(?:(?:say|i\.e\.|so|at|meaning|scoring|scored|rated|rating|keep\s+(?:it|that|them)\s+(?:at|to))[,\s]+)?|${AT_LEVEL})${LEVEL_FROM_BELOW}${ON_THE_SCALE}(?:[^\S\n]*\))?`;

/**
 * What is sold said as whatever the company sells, its clause after a comma: "Whatever we sell, the buyer should be
 * able to lease it to someone else". The sale's own words say nothing of the buildings; the clause after them does.
 */
const WHATEVER_IS_SOLD = String.raw`\b(?:whatever|anything|everything)[^\S\n]+(?:we|you|the\s+company)[^\S\n]+(?:sell|sells|offer|put\s+up)[^\S\n]*,[^\S\n]*`;

const PATTERNS = [
  // "buildings an outside tenant could take on easily, 0.7 or better": the clause names someone else, or letting again;
  // "and that a new tenant would want (0.6 or better)" joins it to another limit on the same buildings. The clause
  // stays on its line: a list's line above ("No mortgaged buildings") is another item.
  new RegExp(
    String.raw`(?:\b(?:only[^\S\n]+)?${SITES_OR_ANYTHING}[^\S\n]+(?:(?:that|which)[^\S\n]+)?|\b(?:and|or)[^\S\n]+(?:that|which)[^\S\n]+|${WHATEVER_IS_SOLD})(?=[^.;:!?\n(),]{0,80}?(?:\b${NEW_OCCUPIER}|\b${LET_AGAIN}|\b(?:struggle|hard|difficult)\s+to\s+re[-\s]?(?:let|lease)\b))(?![^.;:!?\n(),]{0,80}?${ABOUT_OUR_NEEDS})[^.;:!?\n(),]{3,100}?${THEN_LEVEL}`,
    'g',
  ),
  // "sites that would re-let easily (0.6 floor)", "easy to re-let, 0.55 minimum": letting again with its level.
  new RegExp(String.raw`\b${LET_AGAIN}${THEN_LEVEL}`, 'g'),
  // "high-leaseability sites only, 0.75 and up", "highly re-lettable buildings - at least 0.6".
  new RegExp(
    String.raw`\b(?:only\s+)?high(?:ly)?[-\s](?:lease['\u2019-]?ability|leas(?:e)?able|re[-\s]?lettable|lettable|re[-\s]?leas(?:e)?able)(?:[^\S\n]+${SITES})?(?:[^\S\n]+only)?${THEN_LEVEL}`,
    'g',
  ),
  // "Buildings re-lettable at 0.6 or more", "only assets leasable at 0.7 or higher": the letting adjective with its level
  // after "at". The adjective alone would be read at the weak level (0.5).
  new RegExp(
    String.raw`\b(?:only\s+)?(?:${SITES}[^\S\n]+(?:(?:that|which)[^\S\n]+(?:are|is)[^\S\n]+)?)?(?:(?:easily|readily)[-\s])?(?:re[-\s]?lettable|lettable|re[-\s]?leas(?:e)?able|leas(?:e)?able)${AT_LEVEL}${LEVEL_FROM_BELOW}${ON_THE_SCALE}`,
    'g',
  ),
  // "rated 0.8 or higher on how easily they could be leased to someone else", "scores 0.6 or more for how easily it could
  // be leased": the score named as the ease of letting.
  new RegExp(
    String.raw`\b(?:rated|scored|scoring|scores?)\s+${LEVEL_FROM_BELOW}\s+(?:on|for|in)\s+how\s+(?:easily|easy|readily|quickly)\s+[^.;:!?\n]{0,40}?(?:re[-\s]?)?(?:let|leased?|rent(?:ed)?|taken\s+over|occupied)(?![a-z])`,
    'g',
  ),
];

/** Reads leaseability levels given right after words on who else could take a building, claiming the words with them. */
export function readNewTenantClausesWithLevel(text: BriefText): FoundBound[] {
  return readScoreLevels(text, PATTERNS, { valueGroups: ['before', 'after'], trimEnd: true });
}
