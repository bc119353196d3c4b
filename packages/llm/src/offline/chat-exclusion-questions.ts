import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A chat line that asks what is left out, in the words people type ("ok what are we excluding", "excluding
 * anything?", "anything off limits", "what's out?"), with or without its question mark, answered by the next speaker's
 * line that is nothing but a list ("Joel 9:02: Cicero Main Plant and Kearny Legacy Plant"). The other answered-question
 * readers need a question mark and the question's own words ("which markets to exclude?"); a chat often drops both.
 * An answer that is no list ("nothing", "none for now", "$92M") or goes on past its list ("Houston only") is left to
 * the other readers.
 */

/**
 * A chat line's opening: a time, a speaker's name of one or two words (a handle's "@" before it), a time after the
 * name, then the colon.
 */
const CHAT_LABEL = String.raw`[^\S\n]*(?:\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?[^\S\n]*)?@?[a-z][a-z.'-]{0,15}(?:[^\S\n]+[a-z][a-z.'-]{0,15})?(?:[^\S\n]+\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?)?[^\S\n]*:[^\S\n]*`;

/** Words that open a chat line before its question: "ok", "so", "and", "quick one -". */
const OPENING = String.raw`(?:(?:ok(?:ay)?|so|and|right|also|quick\s+one|last\s+thing)[^\S\n]*[,\u2013\u2014-]?[^\S\n]+)*`;

/**
 * The question what is left out: "what are we excluding", "what do we leave out", "what's out", "what is off the
 * table", "excluding anything", "are we excluding anything", "anything off limits", "any buildings off limits", "any
 * exclusions", the shorthand
 * "anything out?" and "which buildings can't go?" (what may not be sold is what is left out).
 */
const LEFT_OUT_ASKED = String.raw`(?:what\s+(?:are|do|will|should|shall|would)\s+we\s+(?:be\s+)?(?:excluding|exclude|leav(?:e|ing)\s+out|keep(?:ing)?\s+out|hold(?:ing)?\s+back|tak(?:e|ing)\s+out)|what(?:['\u2019]s|\s+is|\s+are|\s+gets)\s+(?:being\s+)?(?:excluded|out|off[-\s]limits|off\s+the\s+table|ruled\s+out|kept\s+out)|(?:are\s+we\s+|is\s+there\s+|we['\u2019]re\s+)?(?:excluding|leaving\s+out|keeping\s+out)\s+(?:anything|any(?:\s+(?:sites?|buildings?|assets?|properties|markets?))?)|(?:any(?:thing|\s+(?:sites?|buildings?|assets?|properties))?|are\s+there\s+any)\s+(?:exclusions|excluded|to\s+exclude|off[-\s]limits|off\s+the\s+table|we['\u2019]re\s+excluding|we\s+are\s+excluding|ruled\s+out)|any(?:thing|\s+(?:sites?|buildings?|assets?|properties))\s+out|which\s+(?:ones|sites?|buildings?|assets?|properties)\s+(?:can['\u2019]?t|cannot|can\s+not|mustn['\u2019]?t|must\s+not|shouldn['\u2019]?t|should\s+not)\s+(?:go|be\s+sold))`;

/** The question on its own chat line, then the next chat line's opening: what follows is the answer. */
const ASKED_THEN_ANSWER = new RegExp(
  String.raw`^(?:${CHAT_LABEL})?(?<question>${OPENING}${LEFT_OUT_ASKED}[^\S\n]*\??)[^\S\n]*\n${CHAT_LABEL}`,
  'gm',
);

/** What must follow the list for it to be the whole answer: a full stop, a semicolon, the line's end. */
const ANSWER_END = /^[^\S\n]*(?:[.;!](?=\s|$)|\n|$)/;

/** Rules out a list that answers, alone on the next chat line, a chat line asking what is left out. */
export function readChatExclusionQuestions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  if (!text.lower.includes(':')) return;
  for (const match of text.freeMatches(ASKED_THEN_ANSWER)) {
    const start = match.index + match[0].length;
    const list = readList(text, start, vocabulary, true);
    if (list === null || list.items.length === 0 || !text.isFree(start, list.end)) continue;
    if (!ANSWER_END.test(text.lower.slice(list.end))) continue;
    // The speakers' names and times are another reader's to claim: only the question and the answer are claimed.
    const question = (match.groups?.['question'] ?? '').trimEnd();
    const questionEnd = match.index + match[0].slice(0, match[0].indexOf('\n')).trimEnd().length;
    text.claim(questionEnd - question.length, questionEnd);
    text.claim(start, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, start, list.end, list);
  }
}
