/**
 * The words around a bare figure (no currency mark or scale) that make it the floor once the ask is written in
 * millions: named the floor after it ("70 as the absolute minimum"), fine as a fallback ("80 would be OK if we can't
 * hit it", "if we can't hit 50, 40 is okay") or with a floor's words ending its clause ("160 at minimum"). Read by
 * `readBareFloor` in `bare-amounts.ts`; a floor word before the figure is `BARE_FLOOR` of `amount-context-wording.ts`.
 */
import { WORD_NUMBER } from './written-numbers.js';

/**
 * A bare figure named the floor after it once the ask is in millions: "eighty million, with seventy as the absolute
 * minimum", "ninety, and 75 is our floor". The figure is the floor in the ask's millions, ten or more.
 */
export const BARE_FLOOR_NAMED_AFTER = new RegExp(
  String.raw`(?<![\w$.,])(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})\s+(?:is|as|would\s+be|will\s+be)\s+(?:the|our)\s+(?:(?:absolute|bare|hard|very)\s+)?(?:floor|minimum|bottom\s+line|walk[-\s]?away|lowest|least)\b`,
  'g',
);

/** "150 is where I draw the line": the line drawn at a bare figure once the ask is in millions is the least taken. */
export const BARE_FLOOR_LINE_DRAWN = new RegExp(
  String.raw`(?<![\w$.,])(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})\s+(?<saidAfter>(?:is|'s)\s+where\s+(?:i|we|the\s+board|they)\s+draws?\s+the\s+line)\b`,
  'g',
);

/**
 * A bare figure said to be fine as a fallback once the ask is in millions: "ninety would be fine too if we can't get
 * there", "80 would be OK if we can't hit it", "fifty-five would be okay if that's all there is", "fifty would do at a
 * pinch". Its clause must name no limit (`isBareFloorSaid`).
 */
export const BARE_FLOOR_AS_FALLBACK = new RegExp(
  String.raw`(?<![\w$.,])(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})\s+(?<saidAfter>(?:would|could|will)\s+(?:still\s+|also\s+)?be\s+(?:fine|ok|okay|acceptable|enough)(?:\s+too|\s+as\s+well)?\s+if\s+(?:we\s+(?:can't|cannot|couldn't|can\s+not)\s+(?:get|make|reach|hit)(?:\s+(?:it|there|that|the\s+target))?|that(?:'s|\s+is)\s+all\s+(?:there\s+is|we\s+can\s+(?:get|do|raise)))|(?:would|could|will)\s+(?:still\s+|also\s+)?do\s+(?:at|in)\s+a\s+(?:pinch|push))`,
  'g',
);

/**
 * A bare figure with the words of a floor after it, ending its clause, once the ask is in millions: "175 mil, maybe
 * 160 at minimum", "ninety; 80 at the very least", "77 mil, 70 worst case", "180 million target, 150 floor". Its clause must name no limit (`isBareFloorSaid`).
 */
export const BARE_FLOOR_SAID_AFTER =
  /(?<![\w$.,])(?<figure>\d{2,4}(?:\.\d+)?)\s+(?<saidAfter>at\s+(?:a\s+|the\s+)?minimum|minimum|at\s+(?:the\s+)?(?:very\s+)?least|(?:in\s+the\s+)?worst[-\s]case|at\s+worst|(?:as\s+(?:the\s+|a\s+)?)?floor)(?=\s*(?:[.,;!?)\n]|$))/g;

/**
 * A fallback set after the condition it answers: "If we can't hit 50, 40 is okay", "if we don't get there, 45 would
 * be fine", and the figure alone ending its sentence ("If we can't get there, seventy-five."). The condition is a
 * shortfall on the ask (a figure, "it", "there" or "the target"); the bare figure after it is the floor. Its clause must name no limit (`isBareFloorSaid`).
 */
export const BARE_FLOOR_AFTER_SHORTFALL = new RegExp(
  String.raw`\bif\s+we\s+(?:can't|cannot|couldn't|can\s+not|don't|do\s+not)\s+(?:get|make|reach|hit)(?:\s+(?:\d{2,4}|it|there|that|the\s+target))?[^\S\n]*,[^\S\n]*(?:then\s+)?(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})\s*(?<saidAfter>(?:is|'s|would\s+be|will\s+be|would|will)\s+(?:still\s+|also\s+)?(?:fine|ok|okay|acceptable|enough|workable|do)\b|(?=[^\S\n]*(?:[.;!\n]|$)))`,
  'g',
);
