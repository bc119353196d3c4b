import { CANNOT_LOSE, KEEP_OUT_VERB, NOT_WILLING, RULED_OUT, SELL_VERB } from './exclusion-words.js';

// A list already written ruled out by a pronoun after it: "exclude them", "neither of those is to be sold", "that one
// stays", "both are off the table". Kept apart from the triggers that open or close a list (`place-list-triggers.ts`),
// which read the list itself.

/** The pronouns a back-reference uses for a list already written ("that site" for its last item, like "it"). */
const PRONOUN_WORDS = String.raw`(?:them|those|these|both(?:\s+of\s+them)?|(?:either|any)\s+of\s+(?:them|those|these)|it|that\s+(?:site|one|asset|property|building|facility|location)|all\s+(?:of\s+)?(?:them|those|these|three|two|four)|(?:those|these)\s+(?:two|three|four|five|six)(?!\s+(?:years?|months?|weeks?|days?|percent|times|turns)\b)|them\s+all|the\s+lot)`;
/**
 * "so exclude them", "please hold those back", "leave that one alone", "leave those three alone": a pronoun (or a count
 * after "those") standing for the last list of the sentence. "Keep it to
 * non-core sites", "drop it to $40M" bound or resize the program, "keep it simple" says how ("keep it quick", "keep it modest"),
 * "keep it on IFRS 16" or "keep it at 15 years" by what standard or term, "keep it mortgage-free" or "keep it tax-neutral" in what state (not "keep it on the books", which keeps a
 * building), and "keep it there" keeps the sale in the place just named; none rules anything out.
 */
export const RULE_OUT_PRONOUN = new RegExp(
  String.raw`\b(?:(?:(?:are|is|am|'re|were)\s+not|aren't|isn't|not|never|${NOT_WILLING})\s+(?:going\s+to\s+)?(?:${SELL_VERB})\s+|(?:exclud(?:e|ing)|leav(?:e|ing)\s+out|skip|drop|remove|omit|avoid|spare|retain|keep|hold\s+back|carve\s+out|set\s+aside|take\s+out|ring[-\s]?fence|protect|${KEEP_OUT_VERB})\s+|(?:leav(?:e|ing)|hold(?:ing)?|set(?:ting)?|tak(?:e|ing)|keep(?:ing)?|carv(?:e|ing)|rul(?:e|ing)|strik(?:e|ing)|cross(?:ing)?)\s+(?=${PRONOUN_WORDS}\s+(?:out|back|aside|off|alone)\b)|${NOT_WILLING}\s+(?:giv(?:e|ing)|let(?:ting)?)\s+(?=${PRONOUN_WORDS}\s+(?:up|go)\b)|forget(?:\s+about)?\s+|(?:don['\u2019]?t|do\s+not|no\s+need\s+to)\s+bother\s+(?:with|about)\s+|${CANNOT_LOSE}\s+)(?<pronoun>${PRONOUN_WORDS})(?![a-z])(?!\s+(?:to|under|below|within|above|over|us\s+gaap|gaap|ifrs|simple|short|brief|clean|tidy|tight|lean|straightforward|there|at|on(?!\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:books|balance[-\s]?sheets?|hand))|quick|fast|small|modest|conservative|light|focused|moving|low|flat|realistic|sensible|easy|compliant|unencumbered|unlevered|[a-z]+-(?:free|neutral|friendly|efficient))\b)(?:\s+(?:out|back|aside|off|up|go|alone))?`,
  'g',
);
/**
 * "could the Cicero Main Plant be included? It will not be": a negated "be" that ends its clause repeats the
 * verb asked about before it (included, sold, offered), so it rules the pronoun's list out.
 */
const ELLIPTICAL_NOT = String.raw`(?:will|would|shall|can|could|should|is|are|must)\s+not\s+be(?=\s*(?:[.;,!?]|$))|(?:won't|wouldn't|can't|isn't|aren't|shouldn't)\s+be(?=\s*(?:[.;,!?]|$))`;
/**
 * "that one's not for sale", "this one is staying", "so that building has to stay": one building, the last named
 * before it, before a verb or its contraction; never "sit this one out", where the words are the sale's object.
 */
const THAT_ONE = String.raw`th(?:at|is)\s+(?:one|building|site|property|facility)(?='s\s|\s+(?:is|isn't|must|mustn't|should|shouldn't|will|won't|can|can't|cannot|stays|remains|has\s+to)\b)`;
/**
 * "they are excluded", "both must be retained", "those stay with us", "it will not be", and contracted: "it's off the
 * table", "that one's not for sale", "which means they're out of the SLB pool"; never a bare "it's out", which tells
 * what a limit does ("so it's out").
 */
export const PRONOUN_RULED_OUT = new RegExp(
  String.raw`\b(?<pronoun>they|these|those|both(?:\s+of\s+them)?|all\s+of\s+them|it|${THAT_ONE})(?:\s+|(?<=\bthey)(?='re\s)|(?='s\s+(?!out\b))|'s\s+(?=(?:not|never)\s))(?:${RULED_OUT}|${ELLIPTICAL_NOT})(?![a-z])`,
  'g',
);
/**
 * "Cicero, Pasadena and Kearny are our plants; all three are off the table", "none of them go", "neither of them goes":
 * a count of the list before, or a "none of them" that is not sold, standing for that list; and "Houston is where we
 * started; nothing there is to be sold", a "there" that stands for the places before it.
 */
export const COUNTED_PRONOUN_RULED_OUT = new RegExp(
  String.raw`\b(?:(?<pronoun>all\s+(?:two|three|four|five|six))\s+(?:${RULED_OUT})|(?:none|neither)\s+of\s+(?:them|those|these|the\s+(?:two|three|four|five|six))\s+(?:go(?:es)?|(?:can|will|should|may|must|is\s+to|are\s+to)\s+(?:go|be\s+sold)|(?:is|are|gets?)\s+(?:sold|going|for\s+sale))|nothing\s+there\s+(?:(?:is\s+to|(?:should|can|may|must|will|shall)(?:\s+ever)?)\s+be\s+sold|is\s+(?:sold|for\s+sale)|gets\s+sold|goes|(?:should|can|may|must|will)\s+go))(?![a-z])`,
  'g',
);
