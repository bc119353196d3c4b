import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';

/**
 * A limit the writer takes back as they type, with nothing in its place: "keep it so that one market doesn't make up
 * more than half the money... actually, since it's only one market, never mind that", "net leverage under 3.5x -
 * scratch that.", "FCCR at least 1.8x... forget it". A trailing-off (an ellipsis or a spaced dash), perhaps a
 * correcting word and a reason, then a verb that drops "that" or "it", ending its sentence. A correction that goes on
 * to give a new level ("forget that, make it 40%") is the revision readers' and is left alone.
 */
const TAKEN_BACK =
  /(?:\.{2,}|\u2026|\s[\u2013\u2014-]{1,2})\s*(?:(?:actually|wait|no|sorry|hmm|oh|on\s+second\s+thought)\s*[,:]?\s*)*(?:[^.;!?\n\d]{0,60}?,\s*)?(?:never\s*mind|forget|scratch|ignore|drop|disregard|skip)\s+(?:that|it|this)(?:\s+(?:one|part|bit|cap|limit))?(?=\s*(?:[.;!\n]|$))/g;

/**
 * The spans of a brief's limits taken back, each from the start of its sentence to the words that drop it: a level
 * read inside one is no limit.
 */
export function limitsTakenBackSpans(text: BriefText): { start: number; end: number }[] {
  if (!/never\s*mind|forget|scratch|ignore|drop|disregard|skip/.test(text.lower)) return [];
  return [...text.lower.matchAll(TAKEN_BACK)].map((match) => ({
    start: sentenceStartBefore(text, match.index),
    end: match.index + match[0].length,
  }));
}
