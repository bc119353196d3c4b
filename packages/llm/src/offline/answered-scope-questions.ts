import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * Questions of a Q&A about one asset or place, answered so that it is out: "Q: Is the Riverside cross-dock
 * included? A: No", "Q: What about the Tolleson DC? A: Excluded.", "Q: Is the Naperville store excluded? A: Yes".
 * The thing asked about sits in the question, before the answer, where no other reader looks for a list.
 */

/** Who answers, before the answer: "A:", "A (CFO):", "CFO:". */
const ANSWER_LABEL = String.raw`(?:[a-z]+\s*(?:\([^)]*\)\s*)?:\s*)?`;
/** The end of the question, answered by a word that rules it out. */
const ANSWERED_OUT = String.raw`\s*\?\s*["']?\s*${ANSWER_LABEL}(?:excluded|(?:it'?s|it\s+is|they'?re|they\s+are)\s+(?:excluded|out)|out)(?=\s*(?:[.,;!\n]|$))`;

/**
 * Questions whose answer rules the thing asked about out: whether it is in ("included? A: No", "in scope? No -"),
 * whether it is out ("excluded? A: Yes"), and any question answered "Excluded." ("What about the Tolleson DC?").
 */
const SCOPE_QUESTIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:included|in\s+scope|in\s+the\s+(?:programme|program|sale|perimeter)|(?:being\s+)?(?:offered|marketed)|for\s+sale)\s*\?\s*["']?\s*${ANSWER_LABEL}(?:no\b|(?:it'?s|it\s+is|they'?re|they\s+are)\s+excluded\b)`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:excluded|out\s+of\s+scope|off\s+the\s+list)\s*\?\s*["']?\s*${ANSWER_LABEL}(?:yes|yep|yeah|correct|it\s+is)\b`,
    'g',
  ),
  new RegExp(ANSWERED_OUT, 'g'),
];

/**
 * The start of the question, from its line's start or its label ("Q:", "Q (Mr Haddad):"): "Is the", "Are the",
 * "What about the", "And the". A question that asks why ("Why is the research lab included?") is not one.
 */
const QUESTION_OPENING =
  /(?:^|\n|[.!?]\s+)[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:q\s*(?:\([^)]*\)\s*)?[:.]\s*)?(?:(?:is|are)\s+|(?:what|how)\s+about\s+|and\s+)$/;

/** Whether what sits between the end of a list and the question's key words is only space or a modifier of the list. */
const LIST_TO_QUESTION = /^\s*$/;

/** "Q: Is the Riverside cross-dock included? A: No": the asset or place asked about and ruled out by the answer. */
export function readAnsweredScopeQuestions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const pattern of SCOPE_QUESTIONS) {
    for (const match of text.freeMatches(pattern)) {
      const lineStart = text.lower.lastIndexOf('\n', match.index - 1) + 1;
      const before = text.lower.slice(lineStart, match.index);
      // The list starts right after the question's opening words; try each candidate opening on the line.
      const openings = [...before.matchAll(/\b(?:is|are|about|and)\s+/g)];
      for (const opening of openings.reverse()) {
        const start = lineStart + (opening.index ?? 0) + opening[0].length;
        if (!QUESTION_OPENING.test(text.lower.slice(lineStart, start))) continue;
        const list = readList(text, start, vocabulary, true);
        if (list === null || list.end > match.index || !LIST_TO_QUESTION.test(text.lower.slice(list.end, match.index))) continue;
        if (!text.isFree(start, list.end)) continue;
        const end = match.index + match[0].length;
        text.claim(start, end);
        lists.exclusionEnds.push(end);
        ruleOutList(lists, text, start, list.end, list);
        break;
      }
    }
  }
  readAnsweredListQuestions(text, vocabulary, lists);
}

/**
 * A question of a chat or a Q&A that asks which places are out, at the end of its line: "Ana: which markets are
 * out?", "Q: What sites are off limits?", "any markets to exclude?".
 */
const WHICH_ARE_OUT =
  /\b(?:(?:which|what)\s+(?:markets?|metros?|states|cities|places|locations|regions|sites?|buildings?|assets?|properties)\s+(?:are|is)\s+(?:we\s+)?(?:out|excluded|ruled\s+out|off[-\s]limits|off\s+the\s+table|out\s+of\s+scope|not\s+for\s+sale|kept\s+out)|any\s+(?:markets?|metros?|states|sites?|buildings?|assets?)\s+(?:out|excluded|to\s+exclude|off[-\s]limits|to\s+leave\s+out))[^\S\n]*\?[^\S\n]*\n/g;

/** The answer's opening on the next line: a speaker's name and colon ("Raj:", "A:"), then an optional "just", "only". */
const ANSWER_OPENING = /^[^\S\n]*(?:[a-z][a-z .'-]{0,30}(?:\([^)\n]*\))?:[^\S\n]*)?(?:(?:just|only|both)[^\S\n]+)?/;

/**
 * "Ana: which markets are out?" then "Raj: Chicago and Denver": the places that open the answer's line are ruled out
 * (a place the portfolio does not hold is dropped as any other). An answer that opens with anything else ("Raj: none",
 * "Raj: not sure, ask Dallas") rules nothing out.
 */
function readAnsweredListQuestions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(WHICH_ARE_OUT)) {
    const answerLine = match.index + match[0].length;
    const opening = ANSWER_OPENING.exec(text.lower.slice(answerLine));
    const start = answerLine + (opening?.[0].length ?? 0);
    const list = readList(text, start, vocabulary, true);
    if (list === null || !text.isFree(start, list.end)) continue;
    // The list must stand alone on its line, or be followed by more names joined to it ("Chicago and Denver").
    if (!/^(?:[^\S\n]*(?:,|and|&)?[^\S\n]*[A-Z][\w .'-]*)?[^\S\n]*[.!]?[^\S\n]*(?:\n|$)/.test(text.source.slice(list.end))) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, start, list.end, list);
  }
}
