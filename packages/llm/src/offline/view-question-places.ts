import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A view of the program asked for as a question: "what would it look like if we sold only office buildings and
 * nothing in Georgia?", "how would the numbers look if we sold nothing in Texas?". The question asks for that run,
 * not a counterfactual beside another, so the places it leaves out are ruled out and those it keeps to are asked for.
 */

/** The question's opening up to its "if" and the selling verb: "what would it look like if we sold". */
const VIEW_QUESTION =
  /\b(?:what\s+(?:would|will|does|do|might|could)\s+(?:it|this|that|things|the\s+(?:program(?:me)?|deal|sale|numbers?|run|result))\s+look\s+like|how\s+(?:would|will|does|do|might|could)\s+(?:it|this|that|things|the\s+(?:program(?:me)?|deal|sale|numbers?|run|result))\s+look)\s+if\s+(?:we|you|the\s+company)\s+(?:only\s+)?(?:sold|sell|used|use|took|take|kept|keep)\b[^.;!?\n]*\?/g;
/** "nothing in", "none from", "no buildings in", "no sites out of": the words before a place the view leaves out. */
const NOTHING_IN = /\b(?:nothing|none|no\s+(?:sites?|buildings?|assets?|properties))\s+(?:in|from|out\s+of)\s+(?:the\s+)?/g;
/** "only in", "only from", "just in": the words before a place the view keeps to. */
const ONLY_IN = /\b(?:only|just|solely)\s+(?:in|from|out\s+of)\s+(?:the\s+)?/g;

/**
 * Reads the places of a view asked for as a question ("what would it look like if we sold ... nothing in Georgia?"):
 * a place after "nothing in" is ruled out, one after "only in" asked for.
 */
export function readViewQuestionPlaces(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  if (!text.lower.includes(' if ')) return;
  for (const question of text.freeMatches(VIEW_QUESTION)) {
    const end = question.index + question[0].length;
    const clause = text.lower.slice(question.index, end);
    for (const [pattern, excluded] of [
      [NOTHING_IN, true],
      [ONLY_IN, false],
    ] as const) {
      for (const match of clause.matchAll(pattern)) {
        const from = question.index + match.index + match[0].length;
        const list = readList(text, from, vocabulary, excluded);
        if (list === null || list.end > end || !text.isFree(from, list.end)) continue;
        if (excluded) ruleOutList(lists, text, from, list.end, list);
        else lists.included.push(...list.items);
        text.claim(question.index + match.index, list.end);
      }
    }
  }
}
