import { LOWER_BOUND, UPPER_BOUND } from './comparators.js';

/** Words that date a figure to now: "today", "currently". */
const DATED = String.raw`(?:today|currently|now|at\s+present)`;
/** Today's figure as a note writes it: "~2.4x", "about 3.0x", "2.6x". */
const TODAYS_FIGURE = String.raw`(?:[~\u2248][^\S\n]*)?(?:(?:about|around|approx(?:imately|\.)?|roughly|circa)[^\S\n]+)?\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times)?`;
/** "after the program", "post-deal": when the limit applies, before it. */
const AFTERWARDS = String.raw`(?:(?:after|post)(?:[-\s]+(?:the\s+)?(?:program(?:me)?|deal|transaction|sale|closing))?,?[^\S\n]+)`;

/**
 * The source of a pattern for a metric's level today followed, in the same or the next sentence, by the limit with
 * its subject left out: "FCCR today ~2.4x, must not fall below 2.0x", "FCCR is today 2.6x; keep >= 2.2x after",
 * "Net debt/EBITDA today about 3.0x (1,260 / 420). After the program must be not more than 2.75x", "net debt to
 * earnings today is 2.8x; we can go as high as 3.5x" (what "we" may go to is the ratio's). Terse notes
 * drop the "it" that a full sentence would put before the limit; today's figure, dated by its own words, is only
 * background. `metric`, `value` and `trailing` are the reader's own sources for the metric, the level and a bound
 * word after it; the comparator group gives the limit its direction.
 */
export function datedLevelThenLimit(metric: string, value: string, trailing: string): string {
  const level = String.raw`(?:${DATED}[^\S\n]+(?:(?:is|at)[^\S\n]+)?${TODAYS_FIGURE}|(?:(?:is|at)[^\S\n]+)?${TODAYS_FIGURE}[^\S\n]+${DATED})`;
  const hold = String.raw`(?:(?:must|should|shall|has\s+to|needs?\s+to|is\s+to)[^\S\n]+(?:stay|remain|be)[^\S\n]+|keep(?:[^\S\n]+it)?[^\S\n]+|stay[^\S\n]+|remain[^\S\n]+)?`;
  return String.raw`\b(?<metric>${metric})[^\S\n]+(?:(?:is|stands\s+at|sits\s+at)[^\S\n]+)?${level}(?:[^\S\n]*\([^()\n]{0,40}\))?[^\S\n]*[,;.][^\S\n]*${AFTERWARDS}?(?:(?:it|that|this|we)[^\S\n]+)?(?<comparator>${hold}(?:${UPPER_BOUND}|${LOWER_BOUND}))[^\S\n]*${value}${trailing}`;
}
