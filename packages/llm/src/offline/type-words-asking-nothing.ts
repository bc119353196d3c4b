import type { BriefText } from './brief-text.js';
import { claimTypeWordsInRemarks } from './type-words-in-remarks.js';
import { claimTypeWordsSetAside } from './type-words-set-aside.js';
import { claimWriterRoleTypeWords } from './writer-role-type-words.js';

/**
 * Claims the type words that say who writes or set a type aside, so that none is read as the types asked for: a job
 * title ("Manufacturing VP.", "cfo-office"), a remark ("families depend on these plants", an office move), a mailing
 * line ("Distribution: fpa@"), a thesis ("our logistics thesis") or a suggestion turned down. Run before the places and
 * types are read.
 */
export function claimTypeWordsAskingNothing(text: BriefText): void {
  claimWriterRoleTypeWords(text);
  claimTypeWordsInRemarks(text);
  claimTypeWordsSetAside(text);
}
