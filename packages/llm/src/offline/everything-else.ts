import type { BriefText } from './brief-text.js';
import { lastListBefore, sentenceStartBefore } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * "Labs and data centers are too specialised. Everything else is fair game.": what is named just before "everything
 * else" is set apart from what may be sold, and so is ruled out.
 */

/** "everything else is fair game", "anything else is fine", "all else is on the table". */
const EVERYTHING_ELSE =
  /\b(?:everything|anything|all)\s+else\s+(?:is|'s)\s+(?:fair\s+game|fine|ok(?:ay)?|on\s+the\s+table|available|in\s+(?:scope|play))\b/g;
/** An allow-list in the words before, which "everything else" would contradict. */
const ONLY = /\bonly\b/;

/**
 * Rules out the last list written before "everything else is fair game", in its sentence or the one before, when
 * no reader has read it yet and no "only" makes it an allow-list.
 */
export function readEverythingElse(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(EVERYTHING_ELSE)) {
    const ownStart = sentenceStartBefore(text, match.index);
    const from = text.lower.slice(ownStart, match.index).trim() === '' && ownStart > 0 ? sentenceStartBefore(text, ownStart - 1) : ownStart;
    if (ONLY.test(text.lower.slice(from, match.index))) continue;
    const found = lastListBefore(text, from, match.index, vocabulary);
    if (found === null || !text.isFree(found.start, found.list.end)) continue;
    const end = match.index + match[0].length;
    text.claim(found.start, found.list.end);
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, found.start, found.list.end, found.list);
  }
}
