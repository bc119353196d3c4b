import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { WRITER_ROLE } from './writer-roles.js';

/*
 * Places that say where a message comes from or who wrote it, which ask for no market (and rule none out):
 * - the office, hub or desk it is sent from: "Hi from the Columbus hub!", "From the Dallas HQ: raise $75M", "Quick one
 *   from the Ontario DC:", "Greetings from our Newark plant.", a heading's "Call notes - from the Newark office";
 * - an opening that is only a team and its place: "Plant and DC ops, Dallas.", "Ops, Columbus hub.", "Hi - Real Estate,
 *   Newark.";
 * - a heading's place in brackets: "Controller's note (Phoenix):", "Broker's view from our side (Phoenix desk):";
 * - an author's line: "(Memo author: Dana Kim, Atlanta.)", "Row 4: Prepared by, R. Soto, Newark";
 * - a team named by its places: "SLB request - Atlanta & Columbus treasury pod";
 * - a greeting passed on: "Dana in Phoenix says hi", "Tom (Houston) sends his regards";
 * - where the writer works from: "I oversee the Southeast network from Atlanta", "we run the fleet out of Houston";
 * - a role beside its place: "FP&A Phoenix here", "HR in Dallas here.", "Controller (Inland Empire region) here.", a
 *   signature's "- Pat, FP&A Houston", "Lee from the operations team in Ontario".
 * None says where to sell. A clause that also asks about places ("sell", "only", "exclude") is left to the readers of asks.
 */

/** Words that make a clause an ask about places (or a sale), whatever else it says. */
export const ASK_WORDS =
  /\b(?:sell\w*|sale|sold|exclud\w*|includ\w*|only|except|skip\w*|avoid\w*|keep\w*|leave|leaving|spare|retain\w*|protect\w*|carve\w*|limit\w*|restrict\w*|confin\w*|focus\w*|prefer\w*|stick|no|not|don['\u2019]?t|never|nothing|none|off[-\s](?:the\s+table|limits)|drop\w*|remov\w*|proceeds|money|cash)\b/;

/** The place of work after a place: "hub", "HQ", "desk", "office", "DC", "plant" (anchored at the start). */
const WORKPLACE =
  /^(?:\s+[a-z&'\u2019]+)?\s+(?:hub|hq|headquarters|head\s+office|desk|pod|office|team|campus|dc|distribution\s+center|plant|site|facility|warehouse|branch)\b/;
/**
 * "Hi from the", "From our", "Quick one from the", "Greetings from", a first line's heading and a dash ("Call notes -
 * from the"): where a message comes from (anchored at the end).
 */
const FROM_OPENING =
  /(?:^|^[^\n$\d]{1,40}?\s[\u2013\u2014-]\s*|[\n.!?:;*]\s*|\b(?:hi|hello|hey|greetings)\b[\s,!.\u2013\u2014-]*|\b(?:quick\s+(?:one|note|question)|a\s+(?:quick\s+)?(?:note|line|word)|(?:an\s+)?update|writing|message|request|notes?)\s+)from\s+(?:the\s+|our\s+|your\s+)?$/;
/** The end of an opening after its place of work: ":", ".", "!", ",", a line break or a bracket. */
const OPENING_END = /^\s*(?:[:.!,\n(\u2013\u2014]|-\s|$)/;

/** A greeting and a team, then the place it sits in: "Plant and DC ops, ", "Hi - Real Estate, " (anchored at the end). */
const TEAM_THEN_PLACE = new RegExp(
  String.raw`(?:^|\n)\s*(?:(?:hi|hello|hey)\b[\s,!\u2013\u2014-]*)?(?:[a-z&]+(?:\s+(?:and|&)\s+|\s+)){0,3}(?:${WRITER_ROLE}|ops|operations|real\s+estate(?:\s+(?:team|group|desk|office))?|facilities|treasury|finance)\s*,\s*$`,
);
/** What may end such an opening after its place: a place of work, then a full stop, colon or line break. */
const TEAM_PLACE_END = /^(?:\s+(?:hub|hq|headquarters|desk|pod|office|team|campus|site|region))?\s*(?:[.:!\n]|$)/;

/**
 * A heading's place in brackets, with its place of work, then a colon, after a note's or a role's word: "Controller's
 * note (Phoenix):", "from our side (Phoenix desk):"; not "Scope (Dallas):", which places the sale.
 */
const BRACKET_OPEN = new RegExp(
  String.raw`\b(?:note|notes|view|views|memo|update|request|email|e-mail|message|comments?|thoughts|input|take|feedback|summary|side|${WRITER_ROLE})\s*\(\s*$`,
);
const BRACKET_CLOSE_COLON = /^(?:\s+(?:hub|hq|desk|pod|office|team|campus|site|region))?\s*\)\s*:/;

/**
 * An author's label and a name before the place: "Memo author: Dana Kim, ", "Prepared by, R. Soto, ", "signed off by
 * Treasurer, " (anchored at the end).
 */
const AUTHOR_LABEL =
  /(?:\b(?:author|owner|contact)\s*[:,|\u2013\u2014-]|\b(?:prepared|written|drafted|submitted|compiled|sent|signed(?:\s+off)?|approved)\s+by\s*[:,|\u2013\u2014-]?)\s*(?:[a-z][a-z.'-]*\s*){0,3}[,|(]\s*(?:[a-z&]+\s+){0,2}$/;

/** A team named by its places: "Atlanta & Columbus treasury pod", "the Dallas finance team" (anchored at the start). */
const PLACES_TEAM_AFTER =
  /^(?:\s*(?:&|and|,|\/)\s*[a-z][a-z ]{0,20}?)?\s+(?:treasury|finance|fp&a|ops|operations|accounting|real\s+estate|legal|tax|hr|facilities|it|leasing)\s+(?:pod|team|desk|group|squad|office|crew)\b/;

/** Someone somewhere who sends a greeting: "in Phoenix says hi", "(Houston) sends his regards" (the words after). */
const GREETING_AFTER =
  /^\s*\)?\s+(?:says|said|sends|sent)\s+(?:(?:his|her|their)\s+)?(?:hi|hello|hey|thanks|regards|best|greetings|love)\b/;
const GREETING_BEFORE = /\b[a-z]+\s+(?:(?:in|from|at)\s+(?:the\s+)?|\(\s*)$/;

/** Where the writer works from: "I oversee the Southeast network from", "we run the fleet out of" (anchored at the end). */
const WORKS_FROM =
  /\b(?:i|we)\s+(?:(?:oversee|run|manage|lead|cover|handle|look\s+after|work|operate|coordinate|support)\b(?:(?!\b(?:and|but|so|want|wants|need|needs|raise|sell)\b)[^.!?\n$\d;,]){0,50}|(?:am|['\u2019]m|are|['\u2019]re)\s+(?:based|working|sitting)\s+)\b(?:from|out\s+of)\s+(?:the\s+|our\s+)?$/;

/**
 * A role then its place, with no comma: "FP&A Phoenix here", "Morning - FP&A Dallas.", "HR here in Newark,", "HR in
 * Dallas here." (the words before, anchored at the end; then the words after).
 */
const ROLE_BEFORE_PLACE = new RegExp(
  String.raw`(?:^|[\n.!?]\s*|\b(?:hi|hello|hey|morning|good\s+(?:morning|afternoon|evening)|afternoon|evening)\b[\s,!\u2013\u2014-]*)(?:${WRITER_ROLE})(?:\s+here)?(?:\s+(?:in|at|from|out\s+of))?\s+$`,
);
const ROLE_PLACE_END = /^(?:\s+(?:region|office|site|team|hub|area))?(?:\s+here)?\s*(?:[.,:;!\n(]|$)/;
/** A role, then its place in brackets: "Controller (Inland Empire region) here." */
const ROLE_BRACKET_BEFORE = new RegExp(String.raw`\b(?:${WRITER_ROLE})\s*\(\s*$`);
const ROLE_BRACKET_AFTER = /^(?:\s+(?:region|office|site|team|hub|area|desk))?\s*\)/;
/** A signature's dash, name and role before the place: "- Pat, FP&A Houston (ext. 4412)" (anchored at the end). */
const SIGNED_ROLE_BEFORE = new RegExp(String.raw`(?:^|\s)[-\u2013\u2014]\s*[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*)?,\s*(?:${WRITER_ROLE})\s+$`);
const SIGNED_ROLE_AFTER = /^\s*(?:\(|[.!,]|\n|$)/;
/** The team the writer is from, then its place: "it's Lee from the operations team in " (anchored at the end). */
const FROM_TEAM_IN = /\bfrom\s+(?:the|our)\s+(?:[a-z&]+\s+){0,2}(?:team|office|group|desk|side|department)\s+(?:in|at)\s+$/;

/** Whether the clause round [start, end) holds an ask about places. */
function clauseAsks(text: BriefText, start: number, end: number): boolean {
  const from = sentenceStartBefore(text, start);
  const to = sentenceEndAfter(text, end);
  return ASK_WORDS.test(text.lower.slice(from, to));
}

/**
 * Claims each place that says where a message comes from or who wrote it — the office it is sent from, an opening that
 * is only a team and its place, a heading's or author's place, a team named by its places, a greeting passed on, where
 * the writer works from — so that it asks for and rules out nothing.
 */
export function claimMessageOriginPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(Math.max(0, place.start - 80), place.start);
    const after = text.lower.slice(place.end, place.end + 80);
    const workplace = WORKPLACE.exec(after);
    const lineStart = text.lower.lastIndexOf('\n', place.start - 1) + 1;
    const lineBefore = text.lower.slice(lineStart, place.start);
    const origin =
      // "Hi from the Columbus hub!": only the opening's words, never "proceeds from the Dallas DC".
      (workplace !== null &&
        FROM_OPENING.test(before) &&
        OPENING_END.test(after.slice(workplace[0].length)) &&
        !ASK_WORDS.test(lineBefore.slice(-40))) ||
      // "Plant and DC ops, Dallas.": the brief's opening, or a line of its own.
      (TEAM_THEN_PLACE.test(text.lower.slice(lineStart, place.start)) && TEAM_PLACE_END.test(after) && !ASK_WORDS.test(lineBefore)) ||
      (BRACKET_OPEN.test(before) && BRACKET_CLOSE_COLON.test(after) && !ASK_WORDS.test(lineBefore)) ||
      (AUTHOR_LABEL.test(lineBefore) && !ASK_WORDS.test(lineBefore)) ||
      (PLACES_TEAM_AFTER.test(after) && !clauseAsks(text, place.start, place.end)) ||
      (GREETING_BEFORE.test(before) && GREETING_AFTER.test(after)) ||
      (WORKS_FROM.test(before) && !clauseAsks(text, place.start, place.end)) ||
      (ROLE_BEFORE_PLACE.test(before) && ROLE_PLACE_END.test(after) && !clauseAsks(text, place.start, place.end)) ||
      (ROLE_BRACKET_BEFORE.test(before) && ROLE_BRACKET_AFTER.test(after)) ||
      (SIGNED_ROLE_BEFORE.test(before) && SIGNED_ROLE_AFTER.test(after)) ||
      (FROM_TEAM_IN.test(before) && !clauseAsks(text, place.start, place.end));
    if (origin) text.claim(place.start, place.end);
  }
}
