import type { BriefText } from './brief-text.js';
import { LET_GO } from './mortgage-let-go-wording.js';

/*
 * Mortgaged buildings named by what is still owed on them, then ruled out: "Don't sell anything we still owe a bank
 * on", "skip any site we owe money on", "leave out the buildings the company still owes its lenders against". A
 * refusal before a verb that lets the class go ("don't skip anything we owe a bank on") rules nothing out.
 */

/** The class, by the debt still owed on it: "anything we still owe a bank on", "any site we owe money against". */
const OWED_ON = String.raw`(?:anything|everything|whatever|(?:any|all|every|the)\s+(?:of\s+the\s+)?(?:assets?|sites?|propert(?:y|ies)|buildings?|facilit(?:y|ies)|ones))\s+(?:that\s+|which\s+)?(?:we|the\s+company)\s+(?:still\s+|currently\s+)?owes?\s+(?:(?:a|the|our|its|any)\s+)?(?:banks?|lenders?|creditors?|money|debt)\s+(?:on|against|for)(?![a-z])`;

/** The order: a sale refused ("don't sell", "we can't include") or a verb that lets the class go ("skip", "exclude"). */
const RULED_OUT_OWED = new RegExp(
  String.raw`\b(?:(?:don['\u2019]?t|do\s+not|never|shouldn['\u2019]?t|should\s+not|can['\u2019]?t|cannot|mustn['\u2019]?t|must\s+not|won['\u2019]?t|will\s+not)\s+(?:sell|touch|include|offer|use|divest)|(?<!\b(?:don['\u2019]?t|do\s+not|never|not)\s+)${LET_GO})\s+${OWED_ON}`,
  'g',
);

/** Reads whether the brief rules out the buildings debt is still owed on, claiming the words it read. */
export function readDebtStillOwedOnBuildings(text: BriefText): boolean {
  return text.claimFreeMatches(RULED_OUT_OWED);
}
