import type { BriefText } from './brief-text.js';
import { ORDER_WITHOUT_OBJECT } from './place-list-triggers.js';
import { COUNTED_PRONOUN_RULED_OUT, PRONOUN_RULED_OUT, RULE_OUT_PRONOUN } from './pronoun-exclusion-triggers.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { type ListItem, readList } from './read-place-list.js';

/*
 * The buildings the writer looks after, named one by one, then ruled out by a pronoun: "I look after the Baytown cold
 * storage and the Pasadena plant; both are full of specialised kit, keep them off the list", "I manage the Carrollton
 * and Chandler data centers. Neither can go". Read as the writer's territory, the buildings would say only who writes
 * and the pronoun would find no list; named as buildings and then ruled out, they are the ones to keep. Territory
 * named as markets or types ("I look after Georgia", "I manage the plants") is left to the writer readers, and so is
 * a list of buildings no pronoun rules out ("I run the Fontana Warehouse, and it is ready to go").
 */

/** The writer's charge: "I look after the", "I manage our", "I'm responsible for the", "I run". */
const LOOKED_AFTER =
  /\bi(?:\s+(?:look\s+after|manage|run|oversee|operate|handle)|(?:\s+am|['\u2019]m)\s+responsible\s+for)\s+(?:the\s+|our\s+|both\s+(?:the\s+)?)?/g;

/** "Neither can go", "none of them should be sold": a "neither" or "none" standing for the list, not sold. */
const NEITHER_GOES =
  /\b(?:neither|none)(?:\s+of\s+(?:them|those|these))?\s+(?:can|may|should|must|will|is\s+to|are\s+to)\s+(?:go|be\s+sold)\b/;

/**
 * A refusal just before the ruling ("don't exclude it", "no need to leave them out"), or a place in the sale just
 * after it ("keep it in the sale", "keep them on the list"): the buildings stay in the sale.
 */
const REFUSED_BEFORE =
  /\b(?:don['\u2019]?t|do\s+not|never|not|no\s+need\s+to|needn['\u2019]?t|shouldn['\u2019]?t|should\s+not|won['\u2019]?t)\s+(?:\w+\s+)?$/;
const KEPT_IN_AFTER = /^\s+(?:in|on|within)\s+(?:the\s+|our\s+)?(?:sale|scope|play|program(?:me)?|list|deal|mix|pool|package|perimeter)\b/;

/** The pronoun rulings that may stand for the writer's buildings, without the global flag, to find the first after them. */
const RULINGS: readonly RegExp[] = [RULE_OUT_PRONOUN, PRONOUN_RULED_OUT, COUNTED_PRONOUN_RULED_OUT, ORDER_WITHOUT_OBJECT].map(
  (pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')),
);

/** Whether a list item names a building: an asset id, or an asset named in words. */
const namesBuilding = (item: ListItem): boolean => item.assetId !== null || item.match?.item.kind === 'asset';

/** Where the sentence after the one holding `from` ends: the second sentence end after it, or the text's end. */
function nextSentenceEnd(lower: string, from: number): number {
  const ends = /[.!?](?=\s|$)|\n/g;
  ends.lastIndex = from;
  let end = lower.length;
  for (let count = 0; count < 2; count += 1) {
    const found = ends.exec(lower);
    if (found === null) return lower.length;
    end = found.index;
  }
  return end;
}

/** Whether any place, type or building is named in [start, end): then a pronoun after it may stand for that instead. */
function namesAnotherPlace(text: BriefText, start: number, end: number, vocabulary: PlaceVocabulary): boolean {
  for (let index = start; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !/[a-z0-9]/.test(text.lower[index] ?? '')) continue;
    const named = vocabulary.matchAt(text.lower, index, true, text.source) ?? vocabulary.matchAt(text.lower, index, false, text.source);
    if (named !== null) return true;
  }
  return false;
}

/**
 * Rules out the buildings the writer looks after when a pronoun in the same or the next sentence rules them out,
 * claiming the charge, the buildings and the ruling; run before the writer readers claim the charge as territory.
 */
export function readWriterBuildingsRuledOut(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(LOOKED_AFTER)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || list.compound || list.items.length === 0 || !list.items.every(namesBuilding)) continue;
    if (!text.isFree(match.index, list.end)) continue;
    const window = text.lower.slice(list.end, nextSentenceEnd(text.lower, list.end));
    const rulings = [NEITHER_GOES, ...RULINGS]
      .map((pattern) => pattern.exec(window))
      .filter((found): found is RegExpExecArray => found !== null);
    const ruling = rulings.sort((left, right) => left.index - right.index)[0];
    if (ruling === undefined) continue;
    const rulingStart = list.end + ruling.index;
    const rulingEnd = rulingStart + ruling[0].length;
    if (!text.isFree(rulingStart, rulingEnd) || namesAnotherPlace(text, list.end, rulingStart, vocabulary)) continue;
    const clauseStart = text.clauseAround(rulingStart).start;
    if (REFUSED_BEFORE.test(text.lower.slice(Math.max(list.end, clauseStart), rulingStart))) continue;
    if (KEPT_IN_AFTER.test(text.lower.slice(rulingEnd))) continue;
    text.claim(match.index, list.end);
    text.claim(rulingStart, rulingEnd);
    lists.exclusionEnds.push(rulingEnd);
    ruleOutList(lists, text, from, list.end, list);
  }
}
