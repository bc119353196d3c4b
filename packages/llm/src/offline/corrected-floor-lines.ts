import { CHAT_LINE_FIGURE, REFUSED_CHAT_FIGURE, chatFigureKey } from './chat-line-figures.js';

/**
 * A later line that refuses the floor's figure and gives another: "Wes: target $180M, floor $140M" then "↳ Ida: not
 * $140M - make it $150M". The figure refused is the floor's, so the one after it corrects the floor, not the ask
 * (`corrected-target-lines.ts` reads a refused figure that is the ask's). Read by `readAmounts` on the brief as written.
 */

/** A line up to the figure, when it opens by refusing a figure: "↳ Ida: not $140M - make it ". */
const REFUSING_OPENING = new RegExp(
  String.raw`^[^\S\n]*(?:\u21b3[^\S\n]*)?(?:[a-z][a-z .'-]{0,30}:[^\S\n]*)?(?:\u21b3[^\S\n]*)?${REFUSED_CHAT_FIGURE}(?:us\$|\$)?$`,
);

/**
 * The floor asked for in a chat and answered on the next line: "Ben: floor?" then "Aisha: $120M", "Pat: floor?" then
 * "Kim: 80 if we have to trim". The answer's figure is the floor's, so a later line refusing it corrects the floor.
 */
const FLOOR_QUESTION_ANSWERED = new RegExp(
  String.raw`\b(?:floor|minimum|min|walk[-\s]?away)[^\S\n]*\?[^\S\n]*\n[^\S\n]*(?:[a-z][a-z .'-]{0,30}:[^\S\n]*)?(?:\u21b3[^\S\n]*)?(?<figure>${CHAT_LINE_FIGURE})(?![\d.%x])`,
  'g',
);

/** A figure an earlier line calls the floor: "floor $140M", "Floor: $140M", "$140M floor". */
const FLOOR_FIGURE = new RegExp(
  String.raw`\b(?:floor|minimum|walk[-\s]?away)\b[^\S\n]*(?:[:=]|of|at|is)?[^\S\n]*(?<figure>${CHAT_LINE_FIGURE})|(?<before>${CHAT_LINE_FIGURE})[^\S\n]+(?:floor|minimum|walk[-\s]?away)\b`,
  'g',
);

/**
 * Whether the amount at `start` in `written` (the brief as written, lower-cased) is on a later line that refuses the
 * figure an earlier line calls the floor ("floor $140M", "Floor: $140M", "$140M floor") or gives in answer to a floor
 * question ("floor?" then "$120M"): that amount is the floor.
 */
export function correctsTheFloor(written: string, start: number): boolean {
  const lineStart = written.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return false;
  const refused = REFUSING_OPENING.exec(written.slice(lineStart, start))?.groups?.refused;
  if (refused === undefined) return false;
  const key = chatFigureKey(refused);
  const earlier = written.slice(0, lineStart);
  for (const match of earlier.matchAll(FLOOR_FIGURE)) {
    const figure = match.groups?.figure ?? match.groups?.before;
    if (figure !== undefined && chatFigureKey(figure) === key) return true;
  }
  for (const match of earlier.matchAll(FLOOR_QUESTION_ANSWERED)) {
    const figure = match.groups?.figure;
    if (figure !== undefined && chatFigureKey(figure) === key) return true;
  }
  return false;
}
