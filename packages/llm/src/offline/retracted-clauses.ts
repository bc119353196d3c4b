import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

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
