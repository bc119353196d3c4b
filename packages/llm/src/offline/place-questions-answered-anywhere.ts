import type { BriefText } from './brief-text.js';

/*
 * A question that would keep the sale to places, answered "no, anywhere": "Dana: and keep it to the Midwest?\nMarcus:
 * no, anywhere is fine", "Only Texas? Nope - any market works.", "Should we stick to Ohio?\n- No, everywhere is open."
 * The answer takes the question back, so its places ask for nothing; an answer that names places of its own ("no,
 * Georgia only") is left to the readers of asks. So does a question that would rule places out answered on the next
 * line with no limit on places at all: "Should we leave Texas alone?\nCFO: ... No geographic limit."
 */

/** A question: from the start of its line (past a speaker's label) or sentence to its question mark. */
const QUESTION = /(?:^|[.!?]\s+)(?:[^\S\n]*[a-z][a-z .'-]{0,30}(?:\([^()\n]{0,30}\))?:)?(?<asked>[^?\n.!]{3,120})\?/gm;
/** An answer of "no" that opens the sale to every place: "no, anywhere is fine", "nope - any market works". */
const ANSWERED_ANYWHERE =
  /^\s*(?:[a-z][a-z .'-]{0,30}(?:\([^()\n]{0,30}\))?:\s*|[-*\u2022]\s*)?(?:no|nope|nah)\b[\s,.;:\u2013\u2014-]*(?:(?:we|i)\s+(?:can|could)\s+(?:sell\s+)?|it\s+can\s+be\s+)?(?:anywhere|everywhere|any\s+(?:market|place|region|location)s?|all\s+(?:markets|regions|locations)|wherever)\b(?![^\n]*\b(?:but|except|only|not)\b)/;
/** Words in the question that would keep the sale to places: "keep it to", "only", "limit to", "stick to". */
const KEEPS_TO =
  /\b(?:keep\w*\s+(?:it|things|the\s+sale|everything)\s+(?:to|in|within)|only|just|limit\w*\s+(?:it\s+)?to|restrict\w*\s+(?:it\s+)?to|stick\s+(?:to|with))\b/;

/** Words in the question that would rule places out: "leave Texas alone", "exclude", "drop", "keep Ohio out". */
const RULES_OUT =
  /\b(?:exclud\w*|leave\s+(?:[a-z]+\s+){1,3}(?:alone|out)|leave\s+out|drop|skip|avoid|rule\s+out|carve\s+out|keep\s+(?:[a-z]+\s+){1,3}out)\b/;
/**
 * An answer, on the rest of the question's line or the next line, that sets no limit on places: "No geographic limit",
 * "no market restrictions", "no geographical exclusions".
 */
const NO_PLACE_LIMIT =
  /^[^\n]*(?:\n[^\n]*)?\bno\s+(?:geographic(?:al)?|geography|market|regional|location)\s+(?:limits?|limitations?|restrictions?|exclusions?|constraints?|filters?)\b/;

/**
 * Claims each question that would keep the sale to places when the answer after it is "no, anywhere", and each that
 * would rule places out when the answer sets no limit on places.
 */
export function claimPlaceQuestionsAnsweredAnywhere(text: BriefText): void {
  for (const match of text.freeMatches(QUESTION)) {
    const asked = match.groups?.['asked'] ?? '';
    const end = match.index + match[0].length;
    const after = text.lower.slice(end, end + 400);
    const anywhere = KEEPS_TO.test(asked) && ANSWERED_ANYWHERE.test(after);
    if (!anywhere && !(RULES_OUT.test(asked) && NO_PLACE_LIMIT.test(after))) continue;
    // The whole question, whatever a reader of speakers or figures has claimed in it already.
    text.claim(end - asked.length - 1, end);
  }
}
