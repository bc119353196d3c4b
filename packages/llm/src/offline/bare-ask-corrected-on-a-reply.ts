import type { BriefText } from './brief-text.js';

/**
 * A bare ask in millions corrected on a later reply line, bare too: "amount?" / "115" then "↳ not 115 - make it 105",
 * "no - make that 95", "not 140, 130". The money readers replace a corrected amount written as money; this is the same
 * for a chat that gives its ask without a mark, read by `readAmounts` once a bare reader has read the ask. The reply
 * must open its line (after its speaker or reply arrow) with the refusal, so that "not 115 buildings" in running text
 * corrects nothing.
 */

/** An amount read as the ask, as the amount readers hold it. */
interface AskRead {
  value: number;
  start: number;
  end: number;
}

/**
 * The refusal opening a reply line, then the new figure ending it: "¤ not 115 - make it 105" (the arrow read as "¤"),
 * "sam: no - make that 95", "not 140, 130", "[10:02] cfo: actually make it 142". Where the refused figure was already blanked (with its "not", after a reply
 * arrow), only spaces stand between.
 */
const CORRECTING_REPLY =
  /(?<=^|\n)[^\S\n]*(?:\[[\d:]{3,8}\][^\S\n]*)?(?:[a-z][a-z.'-]{0,20}[^\S\n]*:[^\S\n]*)?(?:\u00a4[^\S\n]*)?(?:(?:not|no)\b|(?:actually|sorry|correction)\b(?=[^\S\n,]*,?[^\S\n]*make[^\S\n]+(?:it|that)\b)|(?<=\u00a4[^\S\n]*))[^\S\n]*(?:(?<refused>\d{2,4}(?:\.\d+)?)[^\S\n]*)?(?:[-,;:\u2013\u2014][^\S\n]*)?(?:(?:make[^\S\n]+(?:it|that)|it'?s|use|go[^\S\n]+with)[^\S\n]+)?(?<figure>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*[.!]?[^\S\n]*(?:\n|$))/g;

/**
 * Replaces a bare ask (the one amount in `targets`, written with no mark) with the figure a later reply line corrects
 * it to, when the reply refuses that figure or the refused figure was blanked.
 */
export function correctBareAskOnReply(text: BriefText, targets: AskRead[]): void {
  const [ask] = targets;
  if (ask === undefined || targets.length !== 1 || !/^\d{2,4}(?:\.\d+)?$/.test(text.lower.slice(ask.start, ask.end))) return;
  for (const match of text.lower.matchAll(CORRECTING_REPLY)) {
    if (match.index < ask.end) continue;
    const refused = match.groups?.['refused'];
    const figure = match.groups?.['figure'] ?? '';
    // The reply refuses the ask's own figure, or (blanked by the readers of replaced figures) leaves a gap for it, or
    // says what to make it instead ("no - make that 85").
    const instead = /[^\S\n]{4,}\d|\b(?:make[^\S\n]+(?:it|that)|use|go[^\S\n]+with)[^\S\n]+\d/.test(match[0]);
    if (refused === undefined ? !instead : Number(refused) * 1e6 !== ask.value) continue;
    const value = Number(figure) * 1e6;
    if (!(value >= 10e6) || value === ask.value) continue;
    const start = match.index + match[0].length - figure.length;
    targets[0] = { value, start, end: start + figure.length };
    text.claim(match.index, match.index + match[0].length);
    return;
  }
}
