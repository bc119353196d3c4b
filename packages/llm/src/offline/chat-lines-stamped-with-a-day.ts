import { NAME, TIME } from './pasted-shapes.js';

/**
 * Chat lines stamped in shapes the plain time-and-name lines of `pasted-shapes.ts` do not cover: a day or a date before
 * the time ("Jun 3, 10:05 Sol: ...", "Tue 1:17 PM Zed: ...", "2024-06-03 09:12 Ana: ..."), a dash in place of the colon
 * after the stamp ("Ken 16:20 — ...", "09:40 Ana - ..."), and a line quoted from an earlier thread ("> Noor 4:02 PM:
 * ..."). The stamp only says who spoke and when; the line is read as "Name: message" like any other chat line.
 */

/** A month's name, in full or cut short: "Jun", "June", "Sept.". */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?`;

/**
 * A day or a date before a time: "Tue", "Tuesday", "Jun 3", "3 June", "06/03", "6/3/24", "2024-06-03", "yesterday",
 * with the comma that may follow it.
 */
const DAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?(?:[^\S\n]+${MONTH}[^\S\n]+\d{1,2}|[^\S\n]+\d{1,2}[^\S\n]+${MONTH})?|${MONTH}[^\S\n]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[^\S\n]+${MONTH}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2}|yesterday|today)(?:[^\S\n]*,)?`;

/**
 * A stamped chat line: a day before the time and the name (in either order), a quote mark before them, or neither,
 * then a colon or a dash. The plain "Name 10:05: ..." and "10:05 Name: ..." are read by `pasted-shapes.ts` before this.
 * Built on first use, as the time and the name come from that module, which calls this one.
 */
function stampedLine(): RegExp {
  const stamp = String.raw`(?:\(${TIME}\)|\[${TIME}\]|${TIME})`;
  return new RegExp(
    String.raw`^[^\S\n]*(?:${DAY}[^\S\n]+|>[^\S\n]*)?(?:${stamp}[^\S\n]+(?<after>${NAME})|(?<before>${NAME})[^\S\n]+${stamp})[^\S\n]*(?::|[-\u2013\u2014]{1,2})[^\S\n]+(?<message>\S.*)$`,
    'i',
  );
}
let STAMPED_LINE: RegExp | undefined;

/** The speaker's name and message of a stamped chat line, or undefined for any other line. */
export function chatLineStampedWithADay(line: string): { name: string; message: string } | undefined {
  STAMPED_LINE ??= stampedLine();
  const groups = STAMPED_LINE.exec(line)?.groups;
  if (groups === undefined) return undefined;
  const name = groups['after'] ?? groups['before'] ?? '';
  return { name, message: groups['message'] ?? '' };
}
