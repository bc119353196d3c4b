import type { BriefText } from './brief-text.js';
import { namesLimit } from './bare-ask-and-floor-figures.js';
import { BARE_CHAT_FIGURE as FIGURE, bareChatAsk } from './chat-bare-figures.js';
import type { FoundAmount } from './read-amounts.js';
import { CHAT_ASK_NAMED_BEFORE_ITS_FIGURE } from './chat-ask-named-before-its-figure.js';
import { CHAT_ASK_AGREED_AS_A_BARE_FIGURE } from './chat-ask-agreed-as-a-bare-figure.js';

/**
 * The ask said in a chat as a bare figure, in millions, beside `readBareAsk` of `bare-amounts.ts`: the figure said to be
 * the ask with a verb between ("<rita> target is 125", "the number's 90"), the figure said to be for the ask ("ok so 105
 * for the ask"), a figure opening a chat message before its first comma ("<kate> 145, lease-adj ≤ 5.3x"), and a figure
 * asked about and refused for another on the next message ("Jon: 200?" then "Mei: No - 220, and ..."). Read only
 * when no amount was read otherwise, so that a figure with its money marks always wins.
 */

/**
 * The three ways a chat says its ask as a bare figure: "target is 125", "105 for the ask", "<kate> 145,". A figure said
 * to be anything else ("the term is 20", "share is 35") is not matched: only the ask's own names are.
 */
const BARE_CHAT_ASKS: readonly RegExp[] = [
  // "target is 125", "the ask's 90", "number = 140": the ask named, then the figure closing its message or clause.
  String.raw`\b(?:target|ask|number|amount|raise|size)(?:\s+(?:is|=|will\s+be|should\s+be)|'s)\s+(?:now\s+|about\s+|around\s+)?${FIGURE}(?=[^\S\n]*(?:$|\n|[.,;!]))`,
  // "ok so 105 for the ask", "140 as the target".
  String.raw`${FIGURE}[^\S\n]+(?:for|as)[^\S\n]+the[^\S\n]+(?:ask|target|raise|number|amount)\b`,
  // "<kate> 145, lease-adj ≤ 5.3x", "[09:13] <dev> 90", "Kate: 145,": a message that opens on the figure, alone or
  // before a comma; a chat log's handles are read as "Kate:" once restated.
  String.raw`(?:^|\n)[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?(?:<[a-z0-9_.-]{1,24}>|(?<speaker>[a-z][a-z.'-]{1,20}):)[^\S\n]*${FIGURE}(?=[^\S\n]*(?:,|$|\n))`,
  CHAT_ASK_NAMED_BEFORE_ITS_FIGURE,
  CHAT_ASK_AGREED_AS_A_BARE_FIGURE,
  // "Jon: 200?" then "Mei: No - 220, and ...": a figure asked about, refused and replaced on the next message. The
  // question on the line before makes it a chat, whether or not the replier speaks again.
  String.raw`(?<=(?:^|\n)[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?(?!(?:tax|term|floor|min|max|cap|rent|share|fccr|leverage|crit\w*|lease\w*)\b)[a-z][a-z.'-]{1,20}:[^\S\n]*\d{2,4}\?[^\S\n]*\n)[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?[a-z][a-z.'-]{1,20}:[^\S\n]*(?:no|nope)\b[^\S\n]*[-,:\u2013\u2014]?[^\S\n]*${FIGURE}(?=[^\S\n]*(?:[,.;!]|$|\n))`,
].map((form) => new RegExp(form, 'g'));

/** Labels of settings, never a speaker's name: "floor", "min", "term", "tax", "note". */
const SETTING_LABEL =
  /^(?:floor|min(?:imum)?|max(?:imum)?|fallback|stop|cap|limit|term|tenor|tax|rent|share|leverage|coverage|fccr|criticality|leaseability|escalator|note|re|subject|item|step|row|q|a|year|fy|page|section)$/;

/** Whether `name` is a chat speaker's: no setting's label, and opening at least two lines of the brief ("Kate: ..."). */
function isChatSpeaker(lower: string, name: string): boolean {
  if (SETTING_LABEL.test(name) || namesLimit(name)) return false;
  const opened = lower.split('\n').filter((line) =>
    line
      .trimStart()
      .replace(/^\[[\d:]+\][^\S\n]*/, '')
      .startsWith(`${name}:`),
  );
  return opened.length >= 2;
}

/**
 * Reads the ask said in a chat as a bare figure (`BARE_CHAT_ASKS`) into `targets`, in millions: the first one, ten or
 * more and no year, unless its clause names a limit it could be the level of ("<kate> leverage 4.5, 40").
 */
export function readBareChatAsk(text: BriefText, targets: FoundAmount[]): void {
  if (!/target|ask|number|amount|raise|size|<|:/.test(text.lower)) return;
  for (const match of BARE_CHAT_ASKS.flatMap((pattern) => text.freeMatches(pattern)).sort((left, right) => left.index - right.index)) {
    const ask = bareChatAsk(text, match);
    if (ask === undefined) continue;
    // "Floor: 100", "Term: 20": a setting's label is no speaker; a speaker speaks on another line too.
    const speaker = match.groups?.['speaker'];
    if (speaker !== undefined && !isChatSpeaker(text.lower, speaker)) continue;
    targets.push(ask);
    text.claim(match.index, match.index + match[0].length);
    return;
  }
}
