import { ESCALATOR_NOUN } from './economics-wording.js';

// An escalator asked about in a thread and answered on the next line by a figure alone, apart from `read-economics.ts`:
// "Greta: what's the escalator the buyers want? / Hal: 3% a year", "Ruth: what rent increase should we use? / Abe: 2%",
// "Nina: what escalator are we using / Paul: buyers want 2.5", "maria: rent escalator buyers want? / jon: 2.75%".

/**
 * The answering line's speaker, with a role in brackets or not ("Hal:", "Ben (COO office):"), up to its colon. A chat
 * export's time stamp, before the name ("[10:05] Priya (Board):") or after it ("Marta (FP&A) 3:12 PM:"), is part of it.
 */
const SPEAKER = String.raw`[^\S\n]*(?:\[[^\]\n]{1,20}\][^\S\n]*)?[a-z\u00c0-\u00ff]+(?:[^\S\n]*\([^)\n]{1,30}\))?(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:`;

/**
 * A chat export's header over a message: the speaker's name on a line of its own, then the time on the next ("Helena
 * Ross" / "9:35 AM"), as Teams and similar tools paste a conversation, a blank line or two above it.
 */
const NAME_AND_TIME_LINES = String.raw`(?:[^\S\n]*\n){0,2}[^\S\n]*[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]*(?:[^\S\n]+[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]*){0,3}[^\S\n]*\n[^\S\n]*\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?[^\S\n]*\n`;

/**
 * A question on the escalator (ending in "?", or opened by "what", "which" or "how much" when a chat line leaves the
 * mark off), answered on the next line (by its speaker, or with the speaker already dropped, or under a chat export's
 * name and time lines: "and escalators?" / "Helena Ross" / "9:35 AM" / "1.5%") with the figure alone: a percentage with or without its sign,
 * after at most a few words naming who wants it ("buyers want", "use", "say"), and at most "a year" or "annually"
 * after it. The figure in group 1 and the percent sign or word, when written, in group 2; only the answer is taken, so
 * that a figure in the question stays free for its own reader. A thread already folded into one line by
 * `chat-answers.ts` ("what is the escalator the buyers want: 3%", or with the question's line opening on the escalator,
 * "rent escalator buyers want: 2.75%") is read the same way. A question on anything else ("what's the tax? / 21%")
 * names no escalator and is left alone.
 */
export const ESCALATOR_ANSWERED_IN_THREAD = new RegExp(
  String.raw`(?<=(?:^|\n)[^\n]{0,60}?(?:\b(?:what|which|how\s+much)\b[^?\n]{0,40}\b${ESCALATOR_NOUN}\b[^?\n:]{0,40}(?:\??[^\S\n]*\n(?:${SPEAKER})?|:)|(?<=(?:^|\n)[^\S\n]*(?:(?:and|so|ok)[,\s]+)?(?:the\s+)?)${ESCALATOR_NOUN}\b(?![_=])[^\S\n]+[a-z][^?\n:;,.\d_=()]{0,40}:|\b${ESCALATOR_NOUN}\b[^?\n]{0,40}\?[^\n]{0,60}\n(?:${SPEAKER}|${NAME_AND_TIME_LINES})?)[^\S\n]*)` +
    String.raw`(?:(?:ok(?:ay)?|yes|yeah|sure|fine)[,.]?[^\S\n]+)?(?:(?:(?:the\s+)?(?:buyers?|investors?|they|we)(?:'d|\s+would)?\s+(?:want|wants|expect|expects|asked\s+for|need|needs|like|use)|use|assume|say|go\s+with|let'?s\s+(?:use|say)|about|around|probably)[^\S\n]+)?` +
    String.raw`(\d(?:\.\d{1,2})?)(?![\d.])[^\S\n]*(%|percent\b|per\s*cent\b)?(?:[^\S\n]*(?:a\s+year|per\s+year|each\s+year|annually|per\s+annum|yearly|p\.?a\.?))?(?=[^\S\n]*(?:[.,;!]|\n|$))`,
  'g',
);
