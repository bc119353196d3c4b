import type { BriefText } from './brief-text.js';

/**
 * An exclusion said to be unneeded: "I sit in the Dublin Research Lab most days, but that's not a reason to exclude
 * it", "I work at the Tempe Office, but no need to keep it out", "there's no call to drop Houston". The verb of
 * exclusion is there, but denied: what follows it, a pronoun or a list, is ruled out by nobody.
 */
const EXCLUSION_UNNEEDED =
  /\b(?:not|no)\s+(?:a\s+|any\s+)?(?:reason|need|call|grounds)\s+to\s+(?:exclude|drop|skip|remove|rule\s+out|keep\b[^.;,!?\n]{0,20}?\bout|leave\b[^.;,!?\n]{0,20}?\bout|hold\s+back)[^.;,!?\n]{0,30}/g;

/** Claims each exclusion said to be unneeded, with the words it would have ruled out, so that no reader rules them out. */
export function claimExclusionsSaidUnneeded(text: BriefText): void {
  // Cheap guard: every such phrase says "reason", "need", "call" or "grounds" before "to".
  if (!/\b(?:reason|need|call|grounds)\s+to\s/.test(text.lower)) return;
  for (const match of text.freeMatches(EXCLUSION_UNNEEDED)) text.claim(match.index, match.index + match[0].length);
}
