import type { BriefText } from './brief-text.js';
import { claimTypeWordsInRemarks } from './type-words-in-remarks.js';
import { claimTypeWordsSetAside } from './type-words-set-aside.js';
import { claimWriterRoleTypeWords } from './writer-role-type-words.js';
import { claimFoundingDaysTypeWords } from './founding-days-type-words.js';
import { claimReLettingRemarksOnTypes } from './re-letting-remarks-on-types.js';
import { claimTeamSignOffTypeWords } from './team-sign-off-type-words.js';
import { claimTypeLimitsAskedAndRefused } from './type-limits-asked-and-refused.js';
import { claimTypeSalesSaidToHurt } from './type-sales-said-to-hurt.js';
import { claimTypeWordsQualifyingListsAndMarkets } from './type-words-qualifying-lists-and-markets.js';
import { claimWorkplacesOfThePeopleNamed } from './workplaces-of-the-people-named.js';
import { claimWriterChargeDepartments } from './writer-charge-departments.js';
import { claimTypeWordsAsWhatBuildingsServe } from './type-words-as-what-buildings-serve.js';

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
  // "I'm in charge of distribution", "Thanks - Dallas retail finance": who writes.
  claimWriterChargeDepartments(text);
  claimTeamSignOffTypeWords(text);
  // "your DC list", "selling offices is a morale problem", "specialist plants don't re-let", "their offices", "When I
  // started we had one warehouse", "Retail only? No - any type": remarks and questions that ask for no type.
  claimTypeWordsQualifyingListsAndMarkets(text);
  claimTypeSalesSaidToHurt(text);
  claimReLettingRemarksOnTypes(text);
  claimWorkplacesOfThePeopleNamed(text);
  claimFoundingDaysTypeWords(text);
  claimTypeLimitsAskedAndRefused(text);
  // "those are the heart of manufacturing": the activity the buildings serve, no type asked for.
  claimTypeWordsAsWhatBuildingsServe(text);
}
