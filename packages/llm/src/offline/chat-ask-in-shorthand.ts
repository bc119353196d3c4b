import type { BriefText } from './brief-text.js';
import { BARE_CHAT_FIGURE as FIGURE, bareChatAsk } from './chat-bare-figures.js';
import type { FoundAmount } from './read-amounts.js';

/**
 * The ask said in a chat's shorthand as a bare figure, in millions, beside `bare-chat-asks.ts`: the ask asked about as
 * it stands ("target still 80?"), the figure put before the ask's name ("yes, 9mm cap, 140 target"), the figure to
 * reach ("just enough to hit 120"), the figure a message opens by naming the run it is for ("for the 130 run - cheapest
 * capital", "for 110, cheapest capital please"), and the ask and the floor asked together and answered as a pair
 * ("target / floor?" then "120 / 100"), and the figure named as the ask it is ("rerun the 120 ask with that"). Read only when no amount was read otherwise, so that a figure with its money
 * marks always wins.
 */

/** What may close the figure's item: the end of the message or a stop, a comma, a question mark. */
const ITEM_CLOSES = String.raw`(?=[^\S\n]*(?:$|\n|[.,;!?]))`;

/**
 * The ask as a chat says it in shorthand, each form matching its bare figure in the group `figure`. A figure said to be
 * anything else ("term still 15?", "15 cap") is not matched: only the ask's own names and the words of reaching it are.
 */
export const CHAT_ASKS_IN_SHORTHAND: readonly string[] = [
  // "target still 80?", "ask now 95.": the ask named as it stands, asked about or restated.
  String.raw`\b(?:target|ask|raise|number)[^\S\n]+(?:still|now|stays\s+at|remains)[^\S\n]+${FIGURE}${ITEM_CLOSES}`,
  // "yes, 9mm cap, 140 target": the figure before the ask's name, closing its item. A floor named after its own figure
  // next ("30 target, 40 floor") makes a pair, read with its floor by `bare-amounts.ts` or not at all.
  String.raw`${FIGURE}[^\S\n]+(?:target|ask|raise)(?![^\S\n]*[,;][^\S\n]*\d{2,4}(?:\.\d+)?[^\S\n]+(?:floor|min(?:imum)?)\b)${ITEM_CLOSES}`,
  // "just enough to hit 120, not a dollar more", "sell enough to reach 95.": the figure the sale is to reach.
  String.raw`\b(?:enough|needs?|want|wants)[^\S\n]+to[^\S\n]+(?:hit|reach|get\s+to|clear)[^\S\n]+${FIGURE}${ITEM_CLOSES}`,
  // "zara: for the 130 run - cheapest capital", "Zed: for 110, cheapest capital please": a message that opens on the run
  // its figure is for.
  String.raw`(?<=(?:^|\n|[:>])[^\S\n]*)for[^\S\n]+(?:the[^\S\n]+)?${FIGURE}(?=[^\S\n]+(?:run|case|scenario|version)\b|[^\S\n]*,)`,
];

/** `CHAT_ASKS_IN_SHORTHAND` compiled once, so that the text's matches of each are found once. */
const CHAT_ASK_FORMS: readonly RegExp[] = CHAT_ASKS_IN_SHORTHAND.map((form) => new RegExp(form, 'g'));

/**
 * The figure named as the ask it is, to run again: "rerun the 120 ask with that", "redo the 95 target please". Named the
 * ask, it is the ask even where its clause names a limit first ("lease-adj cap is 4.8x now - rerun the 120 ask").
 */
const FIGURE_NAMED_THE_ASK = new RegExp(
  String.raw`\bthe[^\S\n]+${FIGURE}[^\S\n]+(?:ask|target)(?=[^\S\n]+(?:with|again|please|pls|instead)\b|[^\S\n]*(?:$|\n|[.,;!?]))`,
  'g',
);

/**
 * The ask and the floor asked together in a chat and answered as a pair on the next message: "Sid: target / floor?" then
 * "Ama: 120 / 100". The floor must be below the ask.
 */
const ASK_AND_FLOOR_ANSWERED_AS_A_PAIR =
  /\b(?:target|ask|raise)[^\S\n]*(?:\/|and|&)[^\S\n]*(?:floor|min(?:imum)?)[^\S\n]*\?[^\S\n]*\n[^\S\n]*(?:(?:<[a-z0-9_.-]{1,24}>|[a-z][a-z.'-]{1,20}:)[^\S\n]*)?(?<ask>\d{2,4}(?:\.\d+)?)[^\S\n]*(?:\/|and|&)[^\S\n]*(?<floor>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*(?:$|\n|[.,;!]))/g;

/**
 * Reads the ask and the floor asked together and answered as a pair of bare figures (`ASK_AND_FLOOR_ANSWERED_AS_A_PAIR`)
 * into `targets` and `floors`, in millions. True when it read them.
 */
export function readAskAndFloorAnsweredAsAPair(text: BriefText, targets: FoundAmount[], floors: FoundAmount[]): boolean {
  if (!text.lower.includes('?')) return false;
  for (const match of text.freeMatches(ASK_AND_FLOOR_ANSWERED_AS_A_PAIR)) {
    const end = match.index + match[0].length;
    const ask = Number(match.groups?.['ask']);
    const floor = Number(match.groups?.['floor']);
    if (!text.isFree(match.index, end) || !(floor >= 10 && floor < ask)) continue;
    const floorStart = end - (match.groups?.['floor'] ?? '').length;
    const askStart = match.index + match[0].lastIndexOf(match.groups?.['ask'] ?? '', floorStart - match.index);
    targets.push({ value: ask * 1e6, start: askStart, end: askStart + (match.groups?.['ask'] ?? '').length });
    floors.push({ value: floor * 1e6, start: floorStart, end });
    text.claim(match.index, end);
    return true;
  }
  return false;
}

/**
 * Reads the ask said in a chat's shorthand (`CHAT_ASKS_IN_SHORTHAND`) into `targets`, in millions: the first one, ten or
 * more and no year, unless its clause names a limit it could be the level of ("leverage still 40?").
 */
export function readChatAskInShorthand(text: BriefText, targets: FoundAmount[]): void {
  if (!/target|ask|raise|number|hit|reach|clear|get to|for /.test(text.lower)) return;
  const named = text.freeMatches(FIGURE_NAMED_THE_ASK);
  for (const match of [...CHAT_ASK_FORMS.flatMap((pattern) => text.freeMatches(pattern)), ...named].sort(
    (left, right) => left.index - right.index,
  )) {
    const ask = bareChatAsk(text, match, named.includes(match));
    if (ask === undefined) continue;
    targets.push(ask);
    text.claim(match.index, match.index + match[0].length);
    return;
  }
}
