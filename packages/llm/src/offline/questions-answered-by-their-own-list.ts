import type { BriefText } from './brief-text.js';

/**
 * A chat's question whether to include or sell something, answered on the next line with "no" and a list of its own:
 * "Kim: Can we include data centers?" then "Lee: No, no data centers and no labs." The answer says what is out; the
 * question, which names what it asks about as if it were asked for, asks for nothing itself.
 */
const QUESTION_ANSWERED_BY_A_LIST =
  /(?<=(?:^|\n)[^\n?]*?)\b(?:can|could|should|shall|do|may)\s+(?:we|i|you)\s+(?:include|add|sell|use|keep|put\s+in)\b[^?\n]{1,60}\?[^\S\n]*(?=\n[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?(?:[a-z][a-z.'-]{0,20}[^\S\n]*:[^\S\n]*)?(?:no|nope)\b[^\n]*?\bno\s+[a-z])/g;

/** Claims a question answered "no" with a list of its own, so that only the answer's list is read. */
export function claimQuestionsAnsweredByTheirOwnList(text: BriefText): void {
  // Cheap guard: the question ends its line and the answer opens with "no".
  if (!/\?[^\S\n]*\n[^\n]*\bno\b/.test(text.lower)) return;
  // The question from its verb on: a chat's speaker before it may be claimed already.
  for (const match of text.freeMatches(QUESTION_ANSWERED_BY_A_LIST)) text.claim(match.index, match.index + match[0].length);
}
