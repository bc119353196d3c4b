import { readAnsweredScopeQuestions } from './answered-scope-questions.js';
import type { BriefText } from './brief-text.js';
import { ANSWER_WITHOUT_YES, ANSWER_YES, ASKED_WHAT_IS_RULED_OUT, SELL_VERB } from './exclusion-words.js';
import { sentenceEndAfter } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';
import { readNextLineExclusionAnswers } from './next-line-exclusion-answers.js';
import { readChatExclusionQuestions } from './chat-exclusion-questions.js';

/*
 * Lists ruled out by the answer to a question: a question whether something will be sold answered "no", and a
 * question what is off limits answered with the lists themselves.
 */

/**
 * A question whether something will be sold: "Will you touch the Chandler data centre?", "whether we'd include
 * Kearny Legacy Plant", "Would the company sell its headquarters?". The list follows.
 */
const ASKED_TO_SELL = new RegExp(
  String.raw`\b(?:will|would|could|can|should|shall|do|does|whether|if)\s+(?:you|we|they|the\s+(?:company|group|board|business)|management)(?:'d|'ll|\s+(?:would|will|might|could))?\s+(?:(?:be\s+)?(?:willing|able|looking|planning|prepared)\s+to\s+|(?:want|wish|need|plan|intend)\s+to\s+)?(?:${SELL_VERB})(?=\s)`,
  'g',
);
/**
 * The answer "no" right after the question: "? No", "? A (CFO): No -", "...Plant: we will not", "? We won't".
 * Only a few characters of the question may follow the list (", then", "at all").
 */
const ANSWERED_NO =
  /^[^.;!?:\n]{0,20}[?:]\s*["']?\s*(?:[a-z]+\s*(?:\([^)]*\)\s*)?:\s*)?(?:no\b|nope\b|never\b|not\s+at\s+all|absolutely\s+not|(?:we|they|it|the\s+company)\s+(?:will\s+not|won't|would\s+not|wouldn't|shall\s+not|do\s+not|don't|does\s+not|doesn't)\b)/;

/** "The Carrollton data center? Also no.": the next thing asked about straight after a refusal, and refused in turn. */
const ASKED_NEXT = /^[\s.]*(?:(?:and|what\s+about|how\s+about)\s+)?/;
const ANSWERED_NO_AGAIN = /^\s*\?\s*(?:(?:also|again|likewise|same\s+answer)[\s,:-]*)?(?:no\b|nope\b|not\s+(?:that|it)\s+either\b)/;

/** "Anything off limits?": a question what is ruled out, whose answer follows. */
const ASKED_RULED_OUT = new RegExp(ASKED_WHAT_IS_RULED_OUT, 'g');
/**
 * A heading or label that says what may not be sold, its value after it: "What can't be sold. The Cicero plant",
 * "What we can't sell: the Fairburn hub". Read like the answer to a question what is off limits.
 */
const CANNOT_BE_SOLD_LABEL =
  /\bwhat\s+(?:(?:we|you|the\s+company)\s+)?(?:can(?:'|\u2019|no)?t|cannot|must\s+not|mustn't|won't|will\s+not|may\s+not|should\s+not|shouldn't)\s+(?:be\s+)?(?:sell|sold|touch|touched|include|included|divest|divested)\s*[:.](?!\d)/g;
/** A sentence on the same line that carries an answer on: ". and", ". Also", ". plus". */
const RUNS_ON = /^[.!][^\S\n]*(?:and|also|plus)\s/;
/** "A: Yes, ...": an answer that says yes before naming what is ruled out. */
const ANSWERED_YES = new RegExp(`^${ANSWER_YES}`);
/** "Anything off limits? A: The Tempe office": an answer that names what is ruled out without saying yes. */
const ANSWERED_WITH_A_LIST = new RegExp(`^${ANSWER_WITHOUT_YES}`);
/**
 * "- Anything off limits? The Las Colinas headquarters, and anything in Phoenix.": in a list of questions, the
 * answer written on the question's own line, without a speaker (an answer of no is not one).
 */
const ANSWERED_ON_ITS_LINE = /^[^\S\n]+(?!no\b|none\b|nothing\b|nope\b|not\b|n\/a\b)(?=[a-z0-9])/;

/**
 * "Will you touch the Chandler data centre? No": a list asked about and refused is ruled out, as is one asked about
 * as in or out of the program and answered that it is out.
 */
export function readRefusedQuestions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(ASKED_TO_SELL)) {
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    const answer = ANSWERED_NO.exec(text.lower.slice(list.end));
    if (answer === null) continue;
    text.claim(match.index, list.end + answer[0].length);
    lists.exclusionEnds.push(list.end + answer[0].length);
    ruleOutList(lists, text, match.index, list.end, list);
    // Follow-up questions refused the same way are read while they last.
    for (let from = list.end + answer[0].length; ; ) {
      const next = ASKED_NEXT.exec(text.lower.slice(from));
      const start = from + (next?.[0].length ?? 0);
      const following = readList(text, start, vocabulary, true);
      if (following === null || !text.isFree(start, following.end)) break;
      const again = ANSWERED_NO_AGAIN.exec(text.lower.slice(following.end));
      if (again === null) break;
      text.claim(start, following.end + again[0].length);
      lists.exclusionEnds.push(following.end + again[0].length);
      ruleOutList(lists, text, start, following.end, following);
      from = following.end + again[0].length;
    }
  } // "Q: Is the Riverside cross-dock included? A: No": a question whether a thing is in the program, answered that it is out.
  readAnsweredScopeQuestions(text, vocabulary, lists);
  readChatQuestionsAnsweredKept(text, vocabulary, lists);
}

/**
 * A chat line that asks about a thing alone, by name and a question mark, after its speaker: "Tomas: Edison
 * Warehouse?", "Lee: and the Tempe Office?", "Ana: what about Phoenix?". The list follows.
 */
const CHAT_QUESTION_OPENING =
  /^[^\S\n]*@?[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?[^\S\n]*(?:\([^()\n]*\)[^\S\n]*)?:[^\S\n]*(?:(?:and|what\s+about|how\s+about)\s+)?(?:the\s+)?/gm;
/**
 * The question mark that closes the line, then the next speaker's answer that keeps the thing: "keep it", "hold on to
 * them", "it stays", "not for sale", "leave it out", "exclude it", "off limits" (a bare "no" says nothing of which way).
 */
const ANSWERED_KEPT =
  /^[^\S\n]*\?[^\S\n]*\n[^\S\n]*@?[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?[^\S\n]*(?:\([^()\n]*\)[^\S\n]*)?:[^\S\n]*(?:(?:no|nope)[^\S\n]*[,.\u2013\u2014-][^\S\n]*)?(?:(?:keep|retain|hold(?:\s+on\s*to)?)\s+(?:it|them|that|those|both)(?!\s+(?:in|on)\b)|(?:it|that|they)\s+(?:stays?|remains?)(?!\s+in\b)|(?:(?:it['\u2019]?s|that['\u2019]?s|they['\u2019]?re)\s+)?not\s+for\s+sale|(?:leave|keep|take)\s+(?:it|them)\s+out|(?:exclude|skip|drop)\s+(?:it|them)|(?:it['\u2019]?s\s+)?off[-\s]?limits)\b/;

/**
 * "Tomas: Edison Warehouse?" then "Sara: keep it - it's our overflow site": a thing asked about alone on a chat line
 * and kept by the next line's answer is ruled out.
 */
function readChatQuestionsAnsweredKept(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  if (!text.lower.includes('?')) return;
  for (const opening of text.lower.matchAll(CHAT_QUESTION_OPENING)) {
    const start = opening.index + opening[0].length;
    const list = readList(text, start, vocabulary, true);
    if (list === null || !text.isFree(start, list.end)) continue;
    const answer = ANSWERED_KEPT.exec(text.lower.slice(list.end));
    if (answer === null) continue;
    const end = list.end + answer[0].length;
    text.claim(start, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, start, list.end, list);
  }
}

/**
 * "Any assets off-limits? A: Yes, anything mission-critical, and every manufacturing plant": every list in the
 * sentence that answers yes, or that answers with the list itself ("A: The Tempe office"), is ruled out.
 */
export function readRuledOutAnswers(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  // "> which markets to exclude?" then "Houston, Atlanta." on the next line: the list alone answers.
  readNextLineExclusionAnswers(text, vocabulary, lists);
  // "Hana: ok what are we excluding" then "Joel: Cicero Main Plant": a chat's question without its mark, answered.
  readChatExclusionQuestions(text, vocabulary, lists);
  const asked = text.freeMatches(ASKED_RULED_OUT).map((match) => ({ match, label: false }));
  const labelled = text.freeMatches(CANNOT_BE_SOLD_LABEL).map((match) => ({ match, label: true }));
  for (const { match, label } of [...asked, ...labelled].sort((left, right) => left.match.index - right.match.index)) {
    const answerStart = match.index + match[0].length;
    const answer = label
      ? /^\s*/.exec(text.lower.slice(answerStart))
      : (ANSWERED_YES.exec(text.lower.slice(answerStart)) ??
        ANSWERED_WITH_A_LIST.exec(text.lower.slice(answerStart)) ??
        ANSWERED_ON_ITS_LINE.exec(text.lower.slice(answerStart)));
    if (answer === null) continue;
    let end = sentenceEndAfter(text, answerStart + answer[0].length);
    // "the Cicero plant obviously. and the Newark sortation hub": an answer that runs on after its full stop on the
    // same line, with "and", "also" or "plus", names more of what is ruled out.
    for (let more = RUNS_ON.exec(text.lower.slice(end)); more !== null; more = RUNS_ON.exec(text.lower.slice(end)))
      end = sentenceEndAfter(text, end + more[0].length);
    for (let start = answerStart + answer[0].length; start < end; start += 1) {
      if (/[a-z0-9]/.test(text.lower[start - 1] ?? '') || !/[a-z0-9]/.test(text.lower[start] ?? '') || text.isClaimed(start)) continue;
      const list = readList(text, start, vocabulary, true);
      if (list === null || list.end > end || !text.isFree(start, list.end)) continue;
      text.claim(start, list.end);
      lists.exclusionEnds.push(list.end);
      ruleOutList(lists, text, start, list.end, list);
      start = list.end - 1;
    }
  }
}

/** The words of a question about one thing alone, before it: "And the plants?", "What about Phoenix?". */
const ASKED_ABOUT_BEFORE =
  /(?:^|[.!?:;\n'"\u2018\u201c(]\s*|\s[\u2013\u2014-]\s*)(?:and|so|what\s+about|how\s+about)\s+(?:the\s+|our\s+)?$/;
/** "A member asked about Phoenix": a question reported, the thing right after it; what was answered is read on its own. */
const REPORTED_QUESTION_BEFORE = /\b(?:asked|enquired|inquired|queried)\s+about\s+(?:the\s+|our\s+)?$/;
/** The question mark that ends it, right after the thing. */
const ASKED_ABOUT_AFTER = /^\s*\?/;

/**
 * Whether the place or type from `start` to `end` is all a question is about ("Partner: 'And the plants?'", "What
 * about Phoenix?"): asking about it asks for nothing; the answer says what is done with it, and is read on its own.
 */
export function isAskedAbout(text: BriefText, start: number, end: number): boolean {
  return (
    (ASKED_ABOUT_AFTER.test(text.lower.slice(end, end + 4)) && ASKED_ABOUT_BEFORE.test(text.lower.slice(Math.max(0, start - 30), start))) ||
    REPORTED_QUESTION_BEFORE.test(text.lower.slice(Math.max(0, start - 30), start))
  );
}
