import { lineStartsOf, type TextEdit } from './restated-brief.js';

/**
 * Chat lines that give the speaker's name before the time: "> Noor 4:02 PM: new rent ceiling?", "Eli 16:03: $7M", as
 * some chat tools copy them. The chat readers know a time before the name ("4:02 PM Noor:"), so each such line is
 * restated in that order and read as the chat it is. Only when two lines of the brief or more are written so: one
 * line alone ("Call at 4 PM: Dallas 3:30") is no chat.
 */

/** A name of one or two capitalised words, then a time, then a colon: "Noor 4:02 PM:", "Eli Brandt 16:03:". */
const SPEAKER_THEN_TIME =
  /^(?<lead>[ \t>]*)(?<name>[A-Z][a-z'-]{0,14}(?:[^\S\n]+[A-Z][a-z'-]{0,14})?)[^\S\n]+(?<time>\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]*[ap]\.?m\.?)?):(?=[^\S\n]|$)/i;

/** The edits putting each chat line's time before its speaker; none when fewer than two lines are written so. */
export function speakerBeforeTimeRestatements(brief: string): TextEdit[] {
  if (!/\d:\d\d/.test(brief)) return [];
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  const edits = lines.flatMap((line, index): TextEdit[] => {
    const match = SPEAKER_THEN_TIME.exec(line);
    if (match === null || !/^[A-Z]/.test(match.groups?.['name'] ?? '')) return [];
    const { lead = '', name = '', time = '' } = match.groups ?? {};
    const start = starts[index] ?? 0;
    return [{ start, end: start + match[0].length, text: `${lead}${time} ${name}:` }];
  });
  return edits.length >= 2 ? edits : [];
}
