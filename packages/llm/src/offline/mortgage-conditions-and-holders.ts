import type { BriefText } from './brief-text.js';
import { ENCUMBERED_SUBJECT } from './mortgage-exclusions.js';

/*
 * Mortgaged buildings ruled out in wordings the other mortgage readers leave unread: a condition that names the class
 * and a ruling on a pronoun that stands for it ("if a building has a mortgage on it, skip it", "if there are
 * buildings with loans on them, we can't sell those"); the class named by who holds the mortgage ("we shouldn't sell
 * any building a lender has a mortgage on", "exclude anything the bank holds a lien over"); and the class not to be
 * counted or put forward ("don't count anything mortgaged", "do not put forward the encumbered sites"). A condition
 * whose consequence is no ruling ("if a building has a mortgage on it, we need the lender's consent") rules nothing out.
 */

/** What secures a loan on a building, as a building is said to carry it: "a mortgage", "liens", "a bank loan", "debt". */
const LOAN_WORD = String.raw`(?:a\s+|an\s+|any\s+|some\s+|existing\s+|outstanding\s+)*(?:bank\s+)?(?:mort?gages?|liens?|encumbrances?|loans?|debt|secured\s+(?:debt|loans?))`;

/** One building or several, as a condition names them: "a building", "any of our sites", "the property". */
const BUILDING_NOUN = String.raw`(?:a|an|any|the|some|our)\s+(?:of\s+(?:our|the)\s+)?(?:buildings?|sites?|assets?|propert(?:y|ies)|facilit(?:y|ies)|locations?)`;

/**
 * The class said as a building that carries the loan: "a building has a mortgage on it", "any of our sites carry
 * liens", "the property is mortgaged", beside the named class ("buildings with loans on them", `ENCUMBERED_SUBJECT`).
 */
const CONDITION_SUBJECT = String.raw`(?:${BUILDING_NOUN}\s+(?:still\s+|already\s+|currently\s+)?(?:(?:has|have|carr(?:y|ies)|comes?\s+with)\s+${LOAN_WORD}(?:\s+(?:on|against|over|attached\s+to)\s+(?:it|them))?|(?:is|are)\s+(?:mort?gaged|encumbered|pledged))|${ENCUMBERED_SUBJECT})`;

/** A pronoun that stands for the class: "it", "them", "those", "that one", "any such building". */
const CLASS_PRONOUN = String.raw`(?:it|them|those|these|that\s+one|those\s+ones|any\s+such\s+(?:buildings?|sites?|assets?|propert(?:y|ies)))`;

/**
 * The ruling on the pronoun: "skip it", "leave them out", "we can't sell those", "it's out", "they are off the table".
 * A refusal in front of an order ("don't skip them") is no ruling, and is left unread.
 */
const RULING_ON_PRONOUN = String.raw`(?:(?:please\s+|just\s+|then\s+)?(?:skip|exclude|drop|omit|remove|avoid|ignore)\s+${CLASS_PRONOUN}|(?:please\s+|just\s+|then\s+)?(?:leave|keep|take|rule|strike|cut)\s+${CLASS_PRONOUN}\s+out|(?:we|you|i)\s+(?:can['\u2019]?t|cannot|can\s+not|shouldn['\u2019]?t|should\s+not|mustn['\u2019]?t|must\s+not|won['\u2019]?t|will\s+not|don['\u2019]?t|do\s+not)\s+(?:sell|touch|include|use|offer|divest)\s+${CLASS_PRONOUN}|(?:it|they|those)\s*(?:['\u2019]s|['\u2019]re|is|are)\s+(?:out|excluded|off\s+the\s+(?:table|list)|off[-\s]limits|not\s+for\s+sale))(?![a-z])`;

/**
 * "if a building has a mortgage on it, skip it", "If there are buildings with loans on them, we can't sell those",
 * "where a site carries a lien, leave it out": a condition naming the class, then a ruling on the pronoun for it in the
 * same sentence.
 */
const CONDITION_THEN_RULING = new RegExp(
  String.raw`\b(?:if|where|wherever|when|whenever)\s+(?:there\s+(?:are|is)\s+(?:any\s+)?|there['\u2019]s\s+(?:any\s+)?)?${CONDITION_SUBJECT}(?![a-z])[^\S\n]*,?[^\S\n]*(?:then\s+)?${RULING_ON_PRONOUN}`,
  'g',
);

/** Who holds a mortgage on a building: "a lender", "the bank", "our lenders", "any creditor". */
const HOLDER = String.raw`(?:a|an|the|our|any|some)\s+(?:lender|bank|creditor|mortgagee)s?`;

/**
 * The class named by who holds the loan: "any building a lender has a mortgage on", "anything the bank holds a lien
 * over", "the sites that our lenders have charges against".
 */
const HELD_CLASS = String.raw`(?:anything|everything|whatever|(?:any|every|all|the)\s+(?:of\s+the\s+)?(?:buildings?|sites?|assets?|propert(?:y|ies)|facilit(?:y|ies)))\s+(?:that\s+|which\s+)?${HOLDER}\s+(?:still\s+|currently\s+)?(?:has|have|holds?|keeps?)\s+(?:${LOAN_WORD}(?:\s+(?:charges?|claims?|security))?|(?:a\s+|any\s+)?(?:charges?|security\s+interests?|claims?))\s+(?:on|over|against)(?![a-z])`;

/**
 * "we shouldn't sell any building a lender has a mortgage on", "exclude anything the bank holds a lien over": the
 * class of the holder's buildings after a verb that rules it out.
 */
const HELD_CLASS_RULED_OUT = new RegExp(
  String.raw`\b(?:(?:don['\u2019]?t|do\s+not|never|shouldn['\u2019]?t|should\s+not|can['\u2019]?t|cannot|can\s+not|mustn['\u2019]?t|must\s+not|won['\u2019]?t|will\s+not)\s+(?:sell|touch|include|offer|use|pick)|exclud(?:e|es|ing)|skip(?:ping)?|avoid(?:ing)?|omit(?:ting)?|leav(?:e|ing)\s+out|rul(?:e|ing)\s+out)\s+${HELD_CLASS}`,
  'g',
);

/**
 * "don't count anything mortgaged", "do not put forward the encumbered sites", "never consider buildings with a lien":
 * the class not to be counted or put forward ("count on" is a reliance, not a choice, and is left unread).
 */
const NOT_COUNTED = new RegExp(
  String.raw`\b(?:don['\u2019]?t|do\s+not|never|please\s+don['\u2019]?t)\s+(?:count(?!\s+on\b)|consider|propose|put\s+(?:forward|in)|bring\s+in|throw\s+in|add)\s+(?:in\s+)?${ENCUMBERED_SUBJECT}(?![a-z])`,
  'g',
);

/** Reads whether the brief rules mortgaged buildings out in one of the wordings above, claiming the words it read. */
export function readMortgagedConditionsAndHolders(text: BriefText): boolean {
  let ruledOut = false;
  // Every pattern is read, so that each claims its words, whether or not an earlier one ruled them out.
  for (const pattern of [CONDITION_THEN_RULING, HELD_CLASS_RULED_OUT, NOT_COUNTED]) if (text.claimFreeMatches(pattern)) ruledOut = true;
  return ruledOut;
}
