/**
 * Who speaks on a line of a pasted chat, and when: a time at the start of the line ("[10:02]", "10:05 AM") and a
 * speaker's name before a colon ("Dana:", "J. Ortiz:", "A:"). One detector for every reader that needs to tell a chat
 * line's label from what it says; each reader decides for itself when a name before a colon counts as a speaker's.
 */

/** A time stamp opening a line, bracketed or bare, with seconds and am/pm optional. */
const LINE_TIME = /^[ \t>]*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*\]|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?=\s))\s*/i;

/**
 * A speaker's name opening a line (after any time): one capitalised word or initial, or two ("J. Ortiz", "Priya S"),
 * then a colon and a space or the end.
 */
const SPEAKER = /^([A-Z][a-z'-]{0,14}\.?|[A-Z]\.)(?:\s+(?:[A-Z][a-z'-]{0,14}\.?|[A-Z]\.))?:(?=\s|$)/;

/** The time and speaker opening one line of a chat. */
export interface ChatSpeaker {
  /** The length of the time stamp opening the line, with the space after it; 0 for none. */
  readonly time: number;
  /** The length of the speaker's label after the time, colon included; 0 for none. */
  readonly label: number;
  /** The first word of the speaker's name as written ("Dana", "J." of "J. Ortiz"); empty for none. */
  readonly name: string;
}

/** The time stamp and the speaker's label opening `line` (each of length 0 when absent). */
export function chatSpeakerOf(line: string): ChatSpeaker {
  const time = LINE_TIME.exec(line)?.[0].length ?? 0;
  const speaker = SPEAKER.exec(line.slice(time));
  return { time, label: speaker?.[0].length ?? 0, name: speaker?.[1] ?? '' };
}
