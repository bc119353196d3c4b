import type { BriefText } from './brief-text.js';
import { ASKED_WHAT_IS_RULED_OUT } from './exclusion-words.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A question what is ruled out that ends its line, often a quoted line of an earlier message ("> sizing $90M, which
 * markets to exclude?"), answered on the next line by the list alone ("Houston, Atlanta. Leverage max 5x."). The
 * answer names no speaker and says no "yes": what makes it the answer is that it opens the next line and is nothing
 * but a list. A list that goes on to ask for something ("Houston, Atlanta only") answers some other way, and a line
 * that opens with anything else ("Target $90M, Dallas ...") is no answer.
 */

/** The question, then the end of its line: "which markets to exclude?", "> any markets out?", "states off limits?". */
const ASKED_AT_LINE_END = new RegExp(String.raw`${ASKED_WHAT_IS_RULED_OUT}[^\S\n]*\n[^\S\n]*`, 'g');

/**
 * A chat's question whether anything is ruled out at all ("Pete: exclude anything?", "anything to leave out?", "any
 * exclusions?"), answered on the next line after the answerer's name ("Ola: Newark Regional Office and Edison
 * Warehouse"). The name is a single word (a time may follow it) so that a label line ("Target: $90M") is no answer:
 * what follows such a label is no list of places, and the list reader then finds none.
 */
const ASKED_ANYTHING_ANSWERED_BY_NAME =
  /\b(?:(?:exclude|excluding|skip|leave\s+out|keep\s+out|rule\s+out)\s+anything|anything\s+(?:to\s+)?(?:exclude|excluded|skip|leave\s+out|keep\s+out|off[-\s]limits|ruled\s+out)|any\s+exclusions)[^\S\n]*\?[^\S\n]*\n[^\S\n]*(?:[a-z][a-z'-]{0,15}(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*)?/g;
/** What must follow the list for it to be the whole answer: a full stop, a semicolon, the line's end. */
const ANSWER_END = /^[^\S\n]*(?:[.;!](?=\s|$)|\n|$)/;

/** Rules out a list that answers, on the next line and alone, a question what is ruled out that ends its line. */
export function readNextLineExclusionAnswers(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of [...text.freeMatches(ASKED_AT_LINE_END), ...text.freeMatches(ASKED_ANYTHING_ANSWERED_BY_NAME)]) {
    const start = match.index + match[0].length;
    const list = readList(text, start, vocabulary, true);
    if (list === null || list.items.length === 0 || !text.isFree(start, list.end)) continue;
    if (!ANSWER_END.test(text.lower.slice(list.end))) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, start, list.end, list);
  }
}
