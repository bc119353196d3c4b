import type { BriefText } from './brief-text.js';
import { TITLE_JOB, TITLE_TYPE } from './writer-role-type-words.js';

/*
 * A team signing off at the end of a line, with its place before the type word: "Thanks - Dallas retail finance",
 * "Regards, Ohio plant ops", "- Phoenix warehouse team". The sign-off says who writes, not what to sell.
 */

/** The sign-off: a closing word, a dash, or both. */
const SIGN_OFF = String.raw`(?:(?:thanks|thank\s+you|regards|cheers|best|from)[,!]?[^\S\n]*(?:[\u2013\u2014-]+[^\S\n]*)?|(?:^|\n)[^\S\n]*[\u2013\u2014-]+[^\S\n]*)`;

/** The team's place and its type and job, ending the line: "dallas retail finance", "the ohio plant team". */
const TEAM_SIGNING_OFF = new RegExp(
  String.raw`(?<=${SIGN_OFF}(?:the\s+|our\s+)?(?:[a-z]+[^\S\n]+){0,2})${TITLE_TYPE}[^\S\n]+${TITLE_JOB}(?=[^\S\n]*[.!]?[^\S\n]*(?:\n|$))`,
  'g',
);

/** Claims a team's type word in a sign-off, so that no type is read from who writes. */
export function claimTeamSignOffTypeWords(text: BriefText): void {
  text.claimFreeMatches(TEAM_SIGNING_OFF);
}
