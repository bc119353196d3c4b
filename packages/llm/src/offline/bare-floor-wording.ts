/**
 * The words around a bare figure (no currency mark or scale) that make it the floor once the ask is written in
 * millions: named the floor after it ("70 as the absolute minimum"), fine as a fallback ("80 would be OK if we can't
 * hit it", "if we can't hit 50, 40 is okay") or with a floor's words ending its clause ("160 at minimum"). Read by
 * `readBareFloor` in `bare-amounts.ts`; a floor word before the figure is `BARE_FLOOR` of `amount-context-wording.ts`.
 */
import { FALLS_SHORT } from './fallback-floor-wording.js';
import { WORD_NUMBER } from './written-numbers.js';

/** Hundreds and tens spoken as one figure, "one-seventy", "one forty-five": read by `readBareFloor` as its groups. */
const SPOKEN_HUNDREDS_AND_TENS = String.raw`(?<hundreds>one|two|three|four|five|six|seven|eight|nine)[-\s](?<tens>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)`;

/**
 * A bare figure named the floor after it once the ask is in millions: "eighty million, with seventy as the absolute
 * minimum", "ninety, and 75 is our floor", "one hundred and ninety million, with one-seventy as the fallback" (hundreds and
 * tens spoken with a hyphen, as the ask is said aloud). The figure is the floor in the ask's millions, ten or more.
 */
export const BARE_FLOOR_NAMED_AFTER = new RegExp(
  String.raw`(?<![\w$.,])(?:${SPOKEN_HUNDREDS_AND_TENS}|(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER}))\s+(?:is|as|would\s+be|will\s+be)\s+(?:the|our)\s+(?:(?:absolute|bare|hard|very)\s+)?(?:floor|minimum|bottom\s+line|walk[-\s]?away|fall[-\s]?back|lowest|least)\b`,
  'g',
);

/**
 * A bare floor moved from one figure to another once the ask is in millions: "The floor was one hundred and fifty, now
 * it's one hundred and sixty", "floor was 80 - now 85". The figure it stands at now is the floor; the one it was is
 * claimed with it and read as nothing.
 */
export const BARE_FLOOR_MOVED_NOW = new RegExp(
  String.raw`\bfloor\s+(?:was|had\s+been|used\s+to\s+be)\s+(?:\d{2,4}(?:\.\d+)?|${WORD_NUMBER})[^\S\n]*[,;-]*[^\S\n]*(?:but\s+|and\s+)?now\s+(?:it'?s\s+|it\s+is\s+|at\s+)?(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})(?![\w%$-]|[.,]\d|\s*(?:x\b|times|%|percent|years?|[kmb]n?\b|mm\b|million|billion))`,
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
 * Any bare figure from one up said to work, once the ask is in millions: "85 mil, though anything from 70 up works",
 * "ninety, anything from 75 upwards would be fine". The least of the amounts found fine is the floor; a figure above the
 * ask is none (`readBareFloor`).
 */
export const BARE_FLOOR_ANYTHING_FROM_UP = new RegExp(
  String.raw`\banything[^\S\n]+from[^\S\n]+(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})[^\S\n]+(?:and[^\S\n]+)?(?:up|upwards|above|over)[^\S\n]+(?<saidAfter>works|(?:would|will|should)[^\S\n]+work|(?:would|will|is|should)[^\S\n]+(?:be[^\S\n]+)?(?:fine|ok|okay|acceptable|alright|workable|do))(?![a-z])`,
  'g',
);

/**
 * A chat line or a terse note's line that is only a bare figure named the minimum after it, once the ask is in
 * millions: "[09:45] Ana: 180 min" under "Ana: 205 target", "- 140 floor". Alone on its line the figure can only be the
 * least taken; "back in 15 min" inside a sentence is a time, not matched.
 */
export const BARE_FLOOR_LINE_NAMED_MIN =
  /(?<=(?:^|\n)[^\S\n]*(?:[-*>][^\S\n]*)?(?:\[[\d:]+\][^\S\n]*)?(?:[a-z][a-z.'-]{0,20}[^\S\n]*:[^\S\n]*)?)(?<figure>\d{2,4}(?:\.\d+)?)[^\S\n]+(?<saidAfter>min|minimum|floor)[^\S\n]*\.?(?=[^\S\n]*(?:\n|$))/g;

/**
 * What the company would take instead, after the shortfall with or without a comma: "If the market can't get us to 300
 * we'd take 220 and stop there", "if buyers won't get there, we'll accept 180".
 */
const TAKEN_INSTEAD = String.raw`(?:we|i|they)(?:'d|'ll|\s+would|\s+will|\s+could)\s+(?:(?:just|still|happily)\s+)?(?:take|accept|settle\s+for|live\s+with|go\s+(?:down\s+)?to)\s+`;
/**
 * A fallback set after the condition it answers: "If we can't hit 50, 40 is okay", "if we don't get there, 45 would
 * be fine", and the figure alone ending its sentence ("If we can't get there, seventy-five."). The condition is a
 * shortfall on the ask (a figure, "it", "there" or "the target"), or the ask said to be out of reach in the fallback
 * floors' words ("If 95 is out of reach, 80"); the bare figure after it, or after what the company would take
 * instead ("we'd take 220 and stop there"), is the floor. Its clause must name no limit (`isBareFloorSaid`).
 */
export const BARE_FLOOR_AFTER_SHORTFALL = new RegExp(
  String.raw`(?:\bif\s+we\s+(?:can't|cannot|couldn't|can\s+not|don't|do\s+not)\s+(?:get|make|reach|hit)(?:\s+(?:\d{2,4}|it|there|that|the\s+target))?|\b${FALLS_SHORT})(?:[^\S\n]*,[^\S\n]*(?:then\s+)?|[^\S\n]*,?[^\S\n]*(?:then\s+)?${TAKEN_INSTEAD})(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})\s*(?<saidAfter>(?:is|'s|would\s+be|will\s+be|would|will)\s+(?:still\s+|also\s+)?(?:fine|ok|okay|acceptable|enough|workable|do)\b|(?=[^\S\n]*(?:[.;!\n]|$))|(?=[^\S\n]*,?[^\S\n]*and\s+(?:stop|leave\s+it|call\s+it\s+(?:a\s+day|done))\b))`,
  'g',
);

/**
 * A bare figure the company might only reach, then said to be fine, once the ask is in millions: "if we only get to
 * 140, that's acceptable", "if we can only raise 95 that's OK", "if it only comes in at 60, that's fine too". The
 * condition ("if" and the figure reached) and the verdict after it ("that's fine") must both be there, so that a bare
 * figure merely reached ("if we get 30 bids") is no floor. Its clause must name no limit (`isBareFloorSaid`).
 */
export const BARE_FLOOR_IF_ONLY_REACHED =
  /\bif[^\S\n]+(?:we|it|they|the\s+(?:deal|raise|sale|program))[^\S\n]+(?:(?:can|could)[^\S\n]+)?(?:only[^\S\n]+)?(?:(?:can|could)[^\S\n]+)?(?:get|gets|raise|raises|reach|reaches|hit|hits|make|makes|land|lands|comes?[^\S\n]+in)(?:[^\S\n]+(?:to|at))?[^\S\n]+(?<figure>\d{2,4}(?:\.\d+)?)[^\S\n]*,?[^\S\n]*(?<saidAfter>that(?:'s|\s+is|\s+would\s+be)[^\S\n]+(?:still[^\S\n]+)?(?:fine|ok|okay|acceptable|alright|workable|enough)\b)/g;

/**
 * A floor labelled on a line of its own with a bare figure, as a settings list or a form writes it: "Floor: 120",
 * "floor usd m: 120", "Minimum = 85". A label gives no unit, so it is read only where the ask was itself a bare
 * labelled figure read in millions (`readBareFloor`): both lines then count in the same millions.
 */
export const LABELLED_BARE_FLOOR =
  /(?<=^|\n)[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:floor|minimum|min)(?:[\s_]+(?:usd|us\$|\$|m|mm|mn|millions?|amount|proceeds|\(\$?m\)|\(usd\s*m\)))*[^\S\n]*[:=][^\S\n]*(?<figure>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*(?:\n|$))/g;

/**
 * A floor asked about on a line of a chat and answered on the next with a bare figure alone, once the ask is in
 * millions: "Sam: and the minimum if buyers are thin?" then "Lena P: 170", or with the condition it holds under
 * ("[09:14] Dev: 80 if we have to trim") or going on to something else ("140. and net lev max 3.25x"); the speaker's label may carry the time and a role ("Tess (CFO) 9:42:") or
 * stand in angle brackets ("<raj> 150 if we have to trim"), and a chat pasted as a quote keeps its marks ("> Jo: the min?"
 * then "> Ed: 100"). A question that names a limit ("min
 * coverage?", "lowest rent cap?") is about that limit, never the floor.
 */
export const BARE_FLOOR_ANSWERED =
  /(?<=^|\n)(?![^\n?]*\b(?:rent|lev\w*|coverage|fccr|crit\w*|leas\w*|terms?|escalat\w*|tax|share|ebitda|debt|years?|cap|ratio)\b)[^\n?]{0,80}\b(?:floor|minimum|min|lowest|least|walk[-\s]?away|fall[-\s]?back)\b[^\n?]{0,60}\?[^\S\n]*\n[^\S\n]*(?:>[^\S\n]*)*(?:<[a-z][a-z.'-]{0,20}>[^\S\n]*|(?:\[\d{1,2}:\d{2}(?::\d{2})?\][^\S\n]*)?[a-z][a-z.'-]{0,20}(?:[^\S\n]+[a-z][a-z.'-]{0,20})?(?:[^\S\n]+\([a-z&/ .-]{1,24}\))?(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*)?(?<figure>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*[.!]?[^\S\n]*(?:\n|$)|[^\S\n]+if\b[^\n?]*(?:\n|$)|[^\S\n]*[.,;][^\S\n]+(?:and|also|plus)\b)/g;
