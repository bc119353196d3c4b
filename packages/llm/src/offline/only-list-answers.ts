import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A question about what is ruled out, answered with what is in instead: "Kim: any types off limits?" then "Pat: just
 * DCs and warehouses in scope", "Q: anything excluded? A: only Texas and Ohio are in". The answer's "just" or "only",
 * with words after the list that put it in, makes its list the one asked for, not a list of what is ruled out ("just
 * Newark." alone names what is out); read before the answers that rule their lists out.
 */

/** The question about what is ruled out, ending its line: "any types off limits?", "anything excluded?". */
const RULED_OUT_QUESTION = String.raw`\b(?:off[-\s]?limits|excluded|ruled\s+out|out\s+of\s+scope|off\s+the\s+table|to\s+(?:exclude|skip|avoid|leave\s+out))[^\S\n]*\?[^\S\n]*`;

/** The next line's opening: a time, a speaker's name of one or two words ("Pat:", "A:", "Beth 1:07 PM:"). */
const ANSWER_LABEL = String.raw`\n[^\S\n]*(?:\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?[^\S\n]*)?@?[a-z][a-z.'-]{0,15}(?:[^\S\n]+[a-z][a-z.'-]{0,15})?(?:[^\S\n]+\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?)?[^\S\n]*:[^\S\n]*`;

/** The question, then an answer that opens with "just" or "only" (the answer may say "no" first: "no - only DCs"). */
const ANSWERED_WITH_ONLY = new RegExp(
  String.raw`${RULED_OUT_QUESTION}(?:${ANSWER_LABEL}|[^\S\n]*)(?:(?:no|nope|none)[^\S\n]*[,.;\u2013\u2014-]?[^\S\n]*)?(?:just|only)[^\S\n]+`,
  'g',
);

/** What may close the answer's list: "in scope", "only", "are in", "are fine". */
const IN_AFTER = /^[^\S\n]+(?:(?:are|is)[^\S\n]+)?(?:in[^\S\n]+scope|only|in|fine|ok(?:ay)?|allowed)(?![a-z])/;

/**
 * Reads the list of an answer that says what is in ("just DCs and warehouses in scope") after a question about what
 * is ruled out, as asked for; claims the words read.
 */
export function readOnlyListAnswers(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  if (!text.lower.includes('?')) return;
  for (const match of text.freeMatches(ANSWERED_WITH_ONLY)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || list.items.length === 0 || !text.isFree(from, list.end)) continue;
    // "any markets to exclude? just Newark." names what is out; only words that put the list in make it the one asked for.
    const closing = IN_AFTER.exec(text.lower.slice(list.end));
    if (closing === null) continue;
    const rest = text.lower.slice(list.end + closing[0].length);
    // The list must end the answer's sentence: "just DCs, but not the Fairburn hub" says more than what is in.
    if (!/^[^\S\n]*(?:[.!;](?:\s|$)|\n|$)/.test(rest)) continue;
    const end = list.end + closing[0].length;
    text.claim(match.index, end);
    lists.included.push(...list.items);
  }
}
