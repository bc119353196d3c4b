import type { BriefText } from './brief-text.js';

/*
 * A job title built on two type words joined by "and", "&" or a slash, at the head of the brief or of a line: "Plant
 * and DC ops, Dallas.", "Warehouse & logistics lead here:", "Retail/office manager, Phoenix". Like a title on one type
 * word ("Plant lead, Kearny", `writer-role-type-words.ts`), it says who writes, not what to sell. Two types followed
 * by anything but a stop, a comma or a colon ("Plants and DCs only", "Plant and DC sale, $80M") ask for the types and
 * are left to the type reader.
 */

/** The type words a title is built on: "plant", "DC", "warehouse", "logistics", "retail", "office", "lab". */
const TITLE_TYPE = String.raw`(?:plant|manufacturing|factory|warehouse|warehousing|distribution|dc|logistics|store|retail|lab|laboratory|r&d|office|data\s+cent(?:er|re))`;

/** The job after the two type words: "ops", "operations", "lead", "manager", "director", "VP", "team". */
const TITLE_JOB = '(?:ops|operations|lead|manager|mgr|director|head|vp|supervisor|controller|gm|team|engineer|planner)';

/** The title at the head of the brief or a line, then a stop, a comma, a colon or a spaced dash. */
const JOINED_TITLE = new RegExp(
  String.raw`(?<=(?:^|\n)[^\S\n]*(?:(?:the|our|a)\s+)?(?:(?:senior|regional|group|site|deputy|assistant)\s+)?)${TITLE_TYPE}[^\S\n]*(?:and|&|\/|\+)[^\S\n]*${TITLE_TYPE}[^\S\n]+${TITLE_JOB}(?:[^\S\n]+here)?(?=[^\S\n]*(?:[.,:;(\n]|[-\u2013\u2014]\s|$))`,
  'g',
);

/** Claims job titles built on two joined type words, so that no type is read from who writes. */
export function claimJoinedTitleTypeWords(text: BriefText): void {
  for (const match of text.freeMatches(JOINED_TITLE)) {
    const end = match.index + match[0].length;
    if (text.isFree(match.index, end)) text.claim(match.index, end);
  }
}
