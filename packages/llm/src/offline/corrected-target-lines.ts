import { CHAT_LINE_FIGURE, REFUSED_CHAT_FIGURE, chatFigureKey } from './chat-line-figures.js';

/** A figure of an earlier line, with its currency mark and scale. */
const EARLIER_FIGURE = new RegExp(String.raw`${CHAT_LINE_FIGURE}(?![\d.,])`, 'g');

/**
 * The ask corrected on a later line of notes, a chat or an email thread: "CFO (later): make it $135M", "Sam:
 * (edited) target 65M", "Email 2 (Tue): revise target to $126M", "Corrections from CFO: target should be $145M",
 * "Jo 9:20: correction, $150M on the target", "CFO (later): bump it to $230M", "Paulo 2:18 PM: ↳ not $80M - make it $86M". The line opens (after its speaker's or source's label) with words
 * that correct, so its figure replaces the ask of the lines before it. Read by `readAmounts`.
 */

/** A bullet, then a speaker's, time's or source's label ending in a colon: "CFO (later): ", "Jo 9:20: ". */
const LINE_LABEL = String.raw`^[^\S\n]*(?:[-*\u2022>][^\S\n]*)?(?:[^\n]{1,40}?:[^\S\n]+)?`;
/** The ask named as what is corrected: "target", "the amount". */
const ASK_NAME = String.raw`(?:the[^\S\n]+)?(?:target|ask|amount|raise|number|figure)`;
/** Words opening a line that correct the ask, up to its figure. */
const CORRECTING_OPENING = String.raw`(?:\(edited\)|edit(?:ed)?[^\S\n]*:)[^\S\n]*(?:${ASK_NAME}[^\S\n]*:?[^\S\n]*)?|corrections?(?:[^\S\n]+from[^\S\n]+[a-z .]{1,20}?)?[^\S\n]*[:,\u2014-][^\S\n]*(?:${ASK_NAME}[^\S\n]+(?:should[^\S\n]+(?:now[^\S\n]+)?(?:be|read)|is|to)[^\S\n]+)?|(?:(?:ok|okay|no|actually)[,.]?[^\S\n]+)?make[^\S\n]+(?:it|that)[^\S\n]+|(?:revise|change|update|amend|lower|cut|raise)[^\S\n]+${ASK_NAME}[^\S\n]+to[^\S\n]+|(?:bump|push|move|take|bring|raise|lower|cut|trim|drop)[^\S\n]+(?:it|that|this)[^\S\n]+(?:(?:up|down)[^\S\n]+)?to[^\S\n]+|${ASK_NAME}[^\S\n]+should[^\S\n]+(?:now[^\S\n]+)?(?:be|read)[^\S\n]+`;
/** A line from its start up to a figure, when the line opens by correcting the ask. */
const CORRECTING_LINE = new RegExp(`${LINE_LABEL}(?:${CORRECTING_OPENING})$`);
/**
 * A line from its start up to a figure, when the line opens (after any reply mark, "↳") by refusing a figure for it:
 * "not $80M - make it $86M", "not 80, $86M"; the figure after the refused one is the correction.
 */
const REFUSING_LINE = new RegExp(String.raw`${LINE_LABEL}(?:\u21b3[^\S\n]*)?${REFUSED_CHAT_FIGURE}$`);

/**
 * True when the amount at `start` (worth `value`) is the figure of a line that opens by correcting the ask, and an
 * earlier line holds `firstValue`, the ask it corrects. A line that does not name the ask ("make it $9M") may
 * correct any figure: only one near the earlier ask (from half to double it) is read as correcting the ask.
 */
export function isCorrectedOnLaterLine(lower: string, start: number, value: number, firstValue: number): boolean {
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !/\d/.test(lower.slice(0, lineStart))) return false;
  const opening = CORRECTING_LINE.exec(lower.slice(lineStart, start));
  if (opening === null) return false;
  const named = new RegExp(String.raw`\b${ASK_NAME}\b`).test(opening[0]);
  return named || (value >= firstValue / 2 && value <= firstValue * 2);
}

/**
 * True when the amount at `start` is the figure of a later line that opens by refusing a figure for it: "Paulo 2:18
 * PM: ↳ not $80M - make it $86M". `written` is the brief as written, lower-cased: the reading copy has the refused
 * figure and its words read as nothing already, and the line's opening is what tells the correction.
 */
export function isRefusedOnLaterLine(written: string, start: number): boolean {
  const lineStart = written.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !/\d/.test(written.slice(0, lineStart))) return false;
  const refusing = REFUSING_LINE.exec(written.slice(lineStart, start));
  if (refusing === null) return false;
  // "rent added max $9M" above "↳ not $9M - make it $10M": the figure refused is a cap's, so its correction is too.
  const refused = refusing.groups?.refused;
  return refused === undefined || !isCapFigureEarlier(written.slice(0, lineStart), refused);
}

/**
 * Words of a limit that is not the ask, just before a figure: "rent added max", "new rent cap", "cap on rent at", "rent
 * no more than". A figure after them is a limit's, never the amount to raise.
 */
const CAP_WORDS_BEFORE =
  /\b(?:rent|rents|cap|capped|ceiling|max(?:imum)?|limit|no\s+more\s+than|at\s+most|up\s+to)\b[^\S\n]*(?:(?:added|new|annual|a\s+year|per\s+year|of|at|on|is|to|=|:)[^\S\n]*){0,3}$/;

/** Whether `earlier` gives `figure` as a limit's figure, after words of a cap or of rent ("rent added max $9M"). */
function isCapFigureEarlier(earlier: string, figure: string): boolean {
  const key = chatFigureKey(figure);
  for (const match of earlier.matchAll(EARLIER_FIGURE)) {
    if (chatFigureKey(match[0]) !== key) continue;
    if (CAP_WORDS_BEFORE.test(earlier.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}
