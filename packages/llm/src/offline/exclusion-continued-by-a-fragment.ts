import type { BriefText } from './brief-text.js';
import { followsExclusion, sentenceStartBefore } from './list-positions.js';
import { isListFree } from './list-asides.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/**
 * A sentence of its own that only joins one more item to the exclusion before it: "Offices are off the table. And
 * retail.", "We don't want to sell labs. Or stores.", "Houston is out. Plus Phoenix." The joining word opens the
 * sentence, and the list after it ends it (perhaps with "too" or "as well"): nothing else in the fragment could ask
 * for the list, so it is ruled out like the one before.
 */
const FRAGMENT_JOINER = /(?<=(?:^|[.!;])[^\S\n]*|\n[^\S\n]*)(?:and|or|nor|plus|also)[^\S\n]+(?:(?:no|not|any)[^\S\n]+)?(?=[a-z])/g;

/** What must follow the fragment's list: the end of the sentence, perhaps after "too" or "as well". */
const FRAGMENT_END = /^[^\S\n]*(?:,?[^\S\n]*(?:too|as\s+well|either|also))?[^\S\n]*(?:[.!\n]|$)/;

/**
 * Rules out the list of a fragment that joins the exclusion of the sentence before: "Offices are off the table. And
 * retail." Read after "so is" (`readSoIs`), before bare mentions are read as asked for.
 */
export function readExclusionsContinuedByAFragment(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  // Cheap guard: every fragment opens with one of its joining words after a stop or a line break.
  if (!/(?:^|[.!;\n])\s*(?:and|or|nor|plus|also)\s/.test(text.lower)) return;
  for (const match of text.freeMatches(FRAGMENT_JOINER)) {
    const ownStart = sentenceStartBefore(text, match.index);
    if (ownStart === 0) continue;
    const previousStart = sentenceStartBefore(text, ownStart - 1);
    // An exclusion read as a list in the sentence before, or one another reader took ("Labs are off the table.").
    if (!lists.exclusionEnds.some((end) => end > previousStart && end <= match.index) && !followsExclusion(text, match.index)) continue;
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || !isListFree(text, match.index, list)) continue;
    const end = FRAGMENT_END.exec(text.lower.slice(list.end));
    if (end === null) continue;
    text.claim(match.index, list.end + end[0].trimEnd().length);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}
