import type { BriefText } from './brief-text.js';
import { lastListBefore, sentenceStartBefore } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * An order not to let what was just named "go", said softly or with a word after it that the order-without-object
 * reader does not allow: "the Cicero plant shouldn't go though (CHI-03)", "the Tempe Office won't go either", "the
 * Fontana Warehouse should not go, please", "the Kearny plant isn't going anywhere". Like "can't go", it stands for the
 * last list of its sentence. The order must end its clause (after a word like "though" and an id in brackets), so that
 * a level that should not go up ("leverage shouldn't go above 3.7x") is never read as a building kept.
 */

/**
 * "shouldn't go", "won't go", "should not go", "isn't going anywhere", "aren't going anywhere": the verb, then a word
 * that only colours it ("though", "either", "please", "anywhere"), then perhaps an id or a name in brackets.
 */
const SHOULD_NOT_GO =
  /\b(?:(?:shouldn['\u2019]?t|should\s+not|won['\u2019]?t|will\s+not|mustn['\u2019]?t|must\s+not|can['\u2019]?t|cannot|can\s+not)\s+go(?:\s+(?:though|either|anywhere|please|yet|now|at\s+all))?|(?:isn['\u2019]?t|aren['\u2019]?t|is\s+not|are\s+not)\s+going\s+anywhere)(?:[^\S\n]*\([^()\n]{1,40}\))?(?=[^\S\n]*(?:[.;,!]|$))/gm;

/**
 * A word that says the order is the writer's own, not a worry about a level or a plan going through: the words just
 * before the verb must not be a measure's name ("leverage", "the deal", "rent").
 */
const NOT_A_BUILDING_BEFORE =
  /\b(?:leverage|coverage|rent|the\s+(?:deal|sale|program(?:me)?|plan|transaction)|it|this|that|prices?|proceeds|share)\s*$/;

/**
 * Rules out the last list of the sentence before an order that it should not go ("the Cicero plant shouldn't go
 * though"), claiming the list and the order; a sentence with no list before the order is left to the other readers.
 */
export function readBuildingsThatShouldNotGo(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(SHOULD_NOT_GO)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const sentence = sentenceStartBefore(text, match.index);
    const clauseStart = Math.max(sentence, text.lower.lastIndexOf(';', match.index) + 1);
    if (NOT_A_BUILDING_BEFORE.test(text.lower.slice(clauseStart, match.index))) continue;
    const found = lastListBefore(text, clauseStart, match.index, vocabulary);
    if (found === null) continue;
    // Only the list's subject may stand between it and the order: "the Cicero plant shouldn't go", not "the Cicero
    // plant is fine but Chicago shouldn't go" (whose list is the one right before).
    if (
      !/^[^\S\n]*(?:(?:both|either|really|definitely|probably|certainly|simply|just)[^\S\n]+)?$/.test(
        text.lower.slice(found.list.end, match.index),
      )
    )
      continue;
    text.claim(found.start, found.list.end);
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, found.start, found.list.end, found.list);
  }
}
