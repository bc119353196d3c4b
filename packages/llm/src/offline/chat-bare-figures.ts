import type { BriefText } from './brief-text.js';
import { namesLimit } from './bare-ask-and-floor-figures.js';
import type { FoundAmount } from './read-amounts.js';

/**
 * A bare figure of two to four digits, maybe with decimals, standing alone in a chat (group `figure`): not part of a
 * word, a price or a level. The forms of a chat's ask said as a bare figure (`bare-chat-asks.ts`,
 * `chat-ask-in-shorthand.ts`) are built on it.
 */
export const BARE_CHAT_FIGURE = String.raw`(?<![\w$.,])(?<figure>\d{2,4}(?:\.\d+)?)(?![\w%$-]|[.,]\d|[^\S\n]*(?:x\b|%|percent|years?\b|yrs?\b|bps\b))`;

/**
 * The ask, in millions, that a match of a chat's bare-figure form says: its figure, when still free, ten or more and
 * no year, and its clause names no limit it could be the level of ("leverage still 40?", "<kate> leverage 4.5, 40"),
 * unless the match itself names the figure the ask (`namedTheAsk`: "rerun the 120 ask").
 */
export function bareChatAsk(text: BriefText, match: RegExpExecArray, namedTheAsk = false): FoundAmount | undefined {
  const figure = match.groups?.['figure'] ?? '';
  const start = match.index + match[0].indexOf(figure, match[0].search(/\d/));
  const end = start + figure.length;
  const value = Number(figure);
  if (!text.isFree(start, end) || !(value >= 10) || /^(?:19|20)\d\d$/.test(figure)) return undefined;
  if (!namedTheAsk && namesLimit(text.lower.slice(text.clauseAround(start).start, start))) return undefined;
  return { value: value * 1e6, start, end };
}
