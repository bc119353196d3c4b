import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';
import { claimTypeChoicesTakenBack } from './type-choices-taken-back.js';

/*
 * A clause the writer takes back as they type: "from the data center or lab side... no wait, DCs and warehouses
 * only", "Only manufacturing is off... actually just exclude those two". What stands before the trailing-off and the
 * correcting word was never meant, so the places and types in it ask for nothing; what follows is read as usual.
 */

/** A trailing-off (an ellipsis or a spaced dash) and the word that takes the clause before it back. */
const TAKEN_BACK =
  /(?:\.{2,}|\u2026|\s[\u2013\u2014-]{1,2})\s*(?:no\s+wait|wait|actually|sorry|scratch\s+that|on\s+second\s+thought)\b[,:]?/g;
/** A correction that adds to the clause rather than replacing it: "... actually Houston too". */
const ADDED_TO = /\b(?:too|also|as\s+well|in\s+addition)\b/;
/** A correction that points back at what was named: "... actually, just exclude those two stores". */
const POINTS_BACK = /\b(?:those|these|them|both|the\s+same)\b/;

/** True when [start, end) names one of the portfolio's buildings. */
function namesBuilding(text: BriefText, start: number, end: number, vocabulary: PlaceVocabulary): boolean {
  for (let index = start; index < end; index += 1) {
    if (vocabulary.matchAt(text.lower, index, true, text.source)?.item.kind === 'asset') return true;
  }
  return false;
}

/**
 * Claims each clause taken back by a trailing-off and a correcting word, from the start of its sentence to the
 * correcting word, so no reader after this one reads a place or type there as asked for or ruled out.
 */
export function claimRetractedClauses(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.lower.matchAll(TAKEN_BACK)) {
    const end = match.index + match[0].length;
    const rest = text.lower.slice(end, sentenceEndAfter(text, end));
    // Nothing after the correcting word, or only an addition: the clause before still stands.
    if (rest.trim() === '' || ADDED_TO.test(rest)) continue;
    const start = sentenceStartBefore(text, match.index);
    // "the Plano and Marietta stores... actually, exclude those two": the buildings named are what the correction
    // points back at, so the clause still says which they are.
    if (POINTS_BACK.test(rest) && namesBuilding(text, start, match.index, vocabulary)) continue;
    text.claim(start, end);
  }
}

/**
 * A correction that puts another type or place in the place of what was just named: "Prefer offices and labs.
 * Actually make that offices only", "$50M from retail. make that offices.", "DCs, change that to warehouses".
 */
const CORRECTED_TO = /\b(?:(?:actually|sorry|no|wait)[,\s]+)?(?:make\s+(?:that|it)|change\s+(?:that|it)\s+to)\s+(?:just\s+)?(?:the\s+)?/g;

/** Whether a vocabulary item is a type (else a place or a building), the kind a correction replaces. */
const isType = (kind: string | undefined): boolean => kind === 'type';

/**
 * Claims the types (or places) a correction replaces: those of the same kind as the correction's first item, in the
 * clause before it, or in the sentence before when the correction opens its own. The correction is read as usual;
 * the rest of the corrected clause ("$50M from retail") stays free.
 */
export function claimCorrectedMentions(text: BriefText, vocabulary: PlaceVocabulary): void {
  // "plants... no, make that offices", "scratch the warehouses-only idea" (`type-choices-taken-back.ts`).
  claimTypeChoicesTakenBack(text, vocabulary);
  for (const match of text.freeMatches(CORRECTED_TO)) {
    const from = match.index + match[0].length;
    const first = vocabulary.matchAt(text.lower, from, false, text.source);
    if (first === null || first.start !== from) continue;
    const sentence = sentenceStartBefore(text, match.index);
    const opens = text.lower.slice(sentence, match.index).trim() === '';
    const start = opens ? sentenceStartBefore(text, Math.max(0, sentence - 1)) : sentence;
    for (let index = start; index < match.index; index += 1) {
      const found = vocabulary.matchAt(text.lower, index, false, text.source);
      if (found === null || found.start !== index || found.end > match.index) continue;
      if (isType(found.item.kind) !== isType(first.item.kind) || !text.isFree(found.start, found.end)) continue;
      text.claim(found.start, found.end);
      index = found.end - 1;
    }
  }
}

/**
 * A type ruled out, then narrowed to one building: "Offices off the table - well, not the type, just the Las Colinas
 * HQ", "No plants, I mean not the category, only Cicero".
 */
const NOT_THE_TYPE = /\bnot\s+(?:the\s+(?:whole\s+)?|all\s+(?:the\s+)?)?(?:type|category|asset\s+class|class)\b[,;:\s-]+(?:just|only)\s+/g;

/**
 * Reads a type ruled out and then narrowed to buildings: the types in the sentence before the narrowing are claimed,
 * and the buildings after "just" are ruled out in their place.
 */
export function readTypesNarrowedToBuildings(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(NOT_THE_TYPE)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || !text.isFree(from, list.end)) continue;
    if (!list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset')) continue;
    for (let index = sentenceStartBefore(text, match.index); index < match.index; index += 1) {
      const found = vocabulary.matchAt(text.lower, index, false, text.source);
      if (found === null || found.start !== index || found.end > match.index || found.item.kind !== 'type') continue;
      if (text.isFree(found.start, found.end)) text.claim(found.start, found.end);
      index = found.end - 1;
    }
    text.claim(match.index, list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}

/**
 * A question the writer answers "no" as they type, and then replaces: "data centers excluded? no wait - just
 * warehouses", "$95M from plants? probably not - make it warehouses only", "from labs? no, too critical. Just offices".
 * The answer stands alone before a stop or a dash ("? No amount yet, just capacity" answers something else), and a
 * replacement ("just", "only", "make it", "instead") must follow, so that a bare answer is left to the readers.
 */
const ANSWERED_NO =
  /\?\s*(?:no(?:pe)?(?:\s+wait)?|probably\s+not|maybe\s+not|actually\s+no|on\s+second\s+thought)(?=\s*[,.;:!\u2013\u2014-])(?=[^?\n]{0,40}?\b(?:just|only|make\s+(?:it|that)|instead)\b)/g;
/** Where the question's clause starts: a sentence's end, a comma or semicolon, or a line break. */
const CLAUSE_START = /[.!?;,\n][^.!?;,\n]*$/;

/**
 * Claims the types and places named in a question answered "no" and replaced, from the start of its clause to the
 * question mark; the rest of the clause (an amount, a strategy) stays free, and the replacement is read as usual.
 */
export function claimQuestionsAnsweredNo(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.lower.matchAll(ANSWERED_NO)) {
    const before = text.lower.slice(0, match.index);
    const clause = CLAUSE_START.exec(before);
    const start = clause === null ? 0 : clause.index + 1;
    for (let index = start; index < match.index; index += 1) {
      const found = vocabulary.matchAt(text.lower, index, false, text.source);
      if (found === null || found.start !== index || found.end > match.index || !text.isFree(found.start, found.end)) continue;
      text.claim(found.start, found.end);
      index = found.end - 1;
    }
  }
}
