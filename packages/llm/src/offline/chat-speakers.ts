/**
 * Who speaks on a line of a pasted chat, and when: a time at the start of the line ("[10:02]", "10:05 AM") and a
 * speaker's name before a colon ("Dana:", "J. Ortiz:", "A:"), with the role they speak in ("Tess (CFO):"). One
 * detector for every reader that needs to tell a chat line's label from what it says; each reader decides for itself
 * when a name before a colon counts as a speaker's.
 */

/** A time stamp opening a line, bracketed or bare, with seconds and am/pm optional. */
const LINE_TIME = /^[ \t>]*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*\]|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?=\s))\s*/i;

/**
 * The role a speaker speaks in, in brackets after their name: " (CFO)", " (Group Treasury)", " (VP, R/E)" is not one
 * (no commas), so that a bracket of prose before a colon is not taken for a role. A pattern's source, for readers that
 * build their own chat patterns around it; it matches in either case.
 */
export const SPEAKER_ROLE = String.raw`[^\S\n]+\([A-Za-z&/ .-]{1,24}\)`;

/**
 * A speaker's name opening a line (after any time): one capitalised word or initial, or two ("J. Ortiz", "Priya S"),
 * with any role, then a colon and a space or the end.
 */
const SPEAKER = new RegExp(
  String.raw`^([A-Z][a-z'-]{0,14}\.?|[A-Z]\.)(?:\s+(?:[A-Z][a-z'-]{0,14}\.?|[A-Z]\.))?(${SPEAKER_ROLE})?:(?=\s|$)`,
);

/**
 * A speaker's name of one word in either case opening a line ("Kim:", "sue:", "JP:"), with any role ("Tess (CFO):"),
 * for chats typed in lower case; a colon alone ends it.
 */
const ONE_WORD_SPEAKER = new RegExp(`^([A-Za-z][A-Za-z'-]{0,15})(${SPEAKER_ROLE})?:`);

/** The time and speaker opening one line of a chat. */
export interface ChatSpeaker {
  /** The length of the time stamp opening the line, with the space after it; 0 for none. */
  readonly time: number;
  /** The length of the speaker's label after the time, colon included; 0 for none. */
  readonly label: number;
  /** The first word of the speaker's name as written ("Dana", "J." of "J. Ortiz"); empty for none. */
  readonly name: string;
  /** The length of the role within the label, with the space before it (" (CFO)"); 0 for none. */
  readonly role: number;
}

/** The time stamp and the speaker's label opening `line` (each of length 0 when absent). */
export function chatSpeakerOf(line: string): ChatSpeaker {
  const time = LINE_TIME.exec(line)?.[0].length ?? 0;
  const speaker = SPEAKER.exec(line.slice(time));
  return { time, label: speaker?.[0].length ?? 0, name: speaker?.[1] ?? '', role: speaker?.[2]?.length ?? 0 };
}

/**
 * The speaker's label opening `line` when it is one word in either case, with any role ("sue:", "Tess (CFO):"), for
 * chats whose speakers are not capitalised; no time is read before it.
 */
export function oneWordChatSpeakerOf(line: string): ChatSpeaker {
  const speaker = ONE_WORD_SPEAKER.exec(line);
  return { time: 0, label: speaker?.[0].length ?? 0, name: speaker?.[1] ?? '', role: speaker?.[2]?.length ?? 0 };
}
