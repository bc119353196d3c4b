import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A building named at the head of its sentence, then a verdict that it is not sold, then the reason: "McDonough
 * warehouse stays - it's our overflow", "Rickenbacker can't go - it's the hub", "the Fairburn hub is not going
 * anywhere", "the Pasadena plant can't be part of this (union agreement)". The building is ruled out, and its kind
 * word ("warehouse", "plant") asks for no type of the sale.
 */

/**
 * The verdict after the building, ending its clause (a stop, a comma, a bracket, a spaced dash before the reason, or
 * the end of a chat's line, which ends its message):
 * "stays", "can't go", "won't go", "is not going anywhere", "can't be part of this", "needs to stay", "should stay".
 */
const VERDICT =
  /\s+(?:stays|(?:can['\u2019]?t|cannot|can\s+not|won['\u2019]?t)\s+(?:go|be\s+part\s+of\s+(?:this|it|the\s+(?:sale|program(?:me)?|deal)))|(?:is|are)\s+not\s+going\s+anywhere|(?:isn['\u2019]t|aren['\u2019]t)\s+going\s+anywhere|(?:needs?|has|have)\s+to\s+stay|(?:should|must)\s+(?:stay|remain))(?=[^\S\n]*\n|\s*(?:[.;,!(]|[-\u2013\u2014]\s|$))/g;

/**
 * "My store, the Mesa Parts Store, should stay": the writer's own building by its kind, then its name between commas.
 * The name is the subject; the kind word only says whose it is.
 */
const OWN_KIND_OPENING = /^(?:my|our)\s+(?:store|building|site|plant|warehouse|office|lab|dc|hub|facility|property)\s*,\s*/;

/** The end of the sentence before the verdict's subject: a stop, a question mark, a semicolon or a line break. */
const SENTENCE_END = /[.!?;\n]/;

/** Where the sentence holding `position` begins, after its leading spaces. */
function sentenceStart(lower: string, position: number): number {
  let start = position;
  while (start > 0 && !SENTENCE_END.test(lower[start - 1] ?? '')) start -= 1;
  while (start < position && /\s/.test(lower[start] ?? '')) start += 1;
  return start;
}

/** A line's end, then a next line that opens in lower case: the sentence wraps on ("stays\nin the model"). */
const LINE_CARRIED_ON = /^[^\S\n]*\n[^\S\n]*[a-z]/;

/**
 * Rules out the buildings that open a sentence and are said to stay ("McDonough warehouse stays - it's our overflow",
 * "Rickenbacker can't go"), claiming the words, so that no reader reads the kind word as a type asked for. Only a
 * sentence that is nothing but the buildings before the verdict is read: "the sale of Texas stays" is left alone.
 */
export function readStayingBuildings(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(VERDICT)) {
    const start = sentenceStart(text.lower, match.index);
    if (start >= match.index) continue;
    const own = OWN_KIND_OPENING.exec(text.lower.slice(start, match.index));
    const list = readList(text, start + (own?.[0].length ?? 0), vocabulary, true);
    if (list === null || list.items.length === 0) continue;
    // The name set off by commas after "my store, " closes with its comma.
    const between = text.lower.slice(list.end, match.index).trim();
    if (list.end !== match.index && between !== '' && !(own !== null && between === ',')) continue;
    // Only buildings stay by this verdict: "Texas stays" may be a scope, left to the place readers.
    if (list.items.some((item) => item.assetId === null && item.match?.item.kind !== 'asset')) continue;
    const end = match.index + match[0].length;
    // At a line's end, the next line must open a new message, not carry the sentence on in lower case.
    if (LINE_CARRIED_ON.test(text.source.slice(end))) continue;
    if (!text.isFree(start, end)) continue;
    text.claim(start, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, start, list.end, list);
  }
}
