import type { BriefText } from './brief-text.js';
import { claimJoinedTitleTypeWords } from './joined-title-type-words.js';

/*
 * A type word that is part of who writes, not what to sell: "Manufacturing VP. Criticality cap of 0.5", "Plant lead,
 * Kearny.", "Plant manager, Pasadena. Keep Dallas out", "Retail ops here", "VP Manufacturing:" at the head of a line,
 * and a sender's key such as "requested_by": "cfo-office". Claimed before any list is read, so that the type reader
 * takes no filter from a job title. A type word that asks for a type stays free: "Plants only", "Manufacturing sites
 * only", "the plant managers want the plants kept" (a team, read by its own reader, not a title at a line's head).
 */

/** The type words a job title is built on: "plant", "manufacturing", "retail", "warehouse", "lab", "DC". */
export const TITLE_TYPE = String.raw`(?:plant|manufacturing|factory|warehouse|warehousing|distribution|dc|logistics|store|retail|lab|laboratory|r&d|office|data\s+cent(?:er|re)|it)`;

/** The job a title names: "VP", "lead", "manager", "director", "ops", "controller". */
export const TITLE_JOB = String.raw`(?:s?vp|evp|vice\s+president|lead|manager|mgr|director|head|chief|controller|supervisor|superintendent|gm|ops|operations|engineer|admin|finance|team)`;

/**
 * A title at the head of the brief or of a line, the type first or the job first ("Manufacturing VP", "Plant lead",
 * "VP Manufacturing", "Head of Retail"), an optional "here", then a stop, a comma with the writer's place, or a colon:
 * what the title says is who writes. A type word followed by anything else ("Plant sale, $80M") is no title.
 */
const TITLE_AT_HEAD = new RegExp(
  String.raw`(?<=(?:^|\n)[^\S\n]*(?:(?:from|by|signed|regards|thanks|cheers)[,:]?\s+|[-\u2013\u2014]+\s*)?(?:(?:the|our|your|a)\s+)?(?:(?:senior|regional|group|site|global|local|deputy|assistant)\s+)?)(?:${TITLE_TYPE}\s+${TITLE_JOB}|${TITLE_JOB}(?:\s+of|,)?\s+${TITLE_TYPE}(?:\s+(?:operations|ops))?)(?:\s+here)?(?=[^\S\n]*(?:[.,:;(\n]|[-\u2013\u2014]\s|$))`,
  'g',
);

/** A sender written as a key's value or a handle: "cfo-office", "treasury_office", "finance-office". */
const OFFICE_HANDLE =
  /\b(?:ceo|cfo|coo|cto|cio|treasury|treasurer|finance|fp&a|fpa|tax|legal|controller|board|exec|executive|ir)[-_]office\b/g;

/** Claims the job titles and sender handles that carry a type word, so that no type is read from who writes. */
export function claimWriterRoleTypeWords(text: BriefText): void {
  // "Plant and DC ops, Dallas.": a title on two joined type words (`joined-title-type-words.ts`).
  claimJoinedTitleTypeWords(text);
  for (const pattern of [TITLE_AT_HEAD, OFFICE_HANDLE]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (text.isFree(match.index, end)) text.claim(match.index, end);
    }
  }
}
