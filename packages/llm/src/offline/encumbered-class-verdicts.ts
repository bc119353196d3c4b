import type { BriefText } from './brief-text.js';

/*
 * The buildings that carry a loan, named by what they carry and then given a verdict that keeps them out of the sale:
 * "Leave any building with a mortgage alone", "we'd like anything with a mortgage skipped", "No buildings with loans
 * still against them", "keep the Pasadena plant out of it, and any buildings that carry mortgage debt too".
 */

/** What a building may carry that secures a loan: "a mortgage", "mortgage debt", "a lien", "a bank loan", "loans". */
const LOAN_CARRIED = String.raw`(?:a\s+|an\s+|any\s+|some\s+)?(?:bank\s+|lender['\u2019]?s?\s+)?(?:mort?gages?(?:\s+(?:debt|loans?|financing))?|liens?|encumbrances?|loans?|debt|borrowings?)`;

/** Where the loan sits: "against it", "still on them", "sitting on it". */
const LOAN_ON = String.raw`(?:\s+(?:still\s+)?(?:sitting\s+)?(?:on|against)\s+(?:it|them))?`;

/** A building as what carries the loan: "building with a mortgage", "buildings that carry mortgage debt". */
const CARRIER = String.raw`(?:thing|one|buildings?|sites?|assets?|propert(?:y|ies)|facilit(?:y|ies)|boxes)\s+(?:with|carrying|having|that\s+(?:still\s+)?(?:has|have|carry|carries))\s+${LOAN_CARRIED}${LOAN_ON}`;

/** The whole class of buildings carrying a loan: "any building with a mortgage", "anything with a loan against it". */
const ENCUMBERED_CLASS = String.raw`(?:(?:any|all|every|each)\s+${CARRIER}|anything\s+(?:with|carrying|having|that\s+(?:still\s+)?(?:has|carries))\s+${LOAN_CARRIED}${LOAN_ON})`;

/**
 * "Leave any building with a mortgage alone", "keep anything with a lien on it aside": the class, then a word that
 * leaves it untouched.
 */
const LEFT_ALONE = new RegExp(
  String.raw`\b(?:leav(?:e|es|ing)|keep(?:s|ing)?)\s+${ENCUMBERED_CLASS}\s+(?:alone|aside|untouched|out)\b`,
  'g',
);

/**
 * "we'd like anything with a mortgage skipped", "I want any site with a lien excluded": the class, then the past
 * participle of a verb that rules it out, as the object of a wish.
 */
const WISHED_RULED_OUT = new RegExp(
  String.raw`(?<=\b(?:like|want|prefer|need|have|get)\b[^.;!?\n]{0,60}?)\b${ENCUMBERED_CLASS}\s+(?:skipped|excluded|left\s+(?:out|alone)|kept\s+out|taken\s+out|dropped|omitted|avoided)\b`,
  'g',
);

/** "No buildings with loans still against them", "no sites carrying a mortgage": the class refused outright. */
const NONE_OF_CLASS = new RegExp(String.raw`\bno\s+${CARRIER}`, 'g');

/**
 * "keep my Pasadena plant out of it, and any buildings that carry mortgage debt too": the class added to a building
 * kept out before it. Only the class is claimed, so that the building before is still read.
 */
const ADDED_TO_KEPT_OUT = new RegExp(
  String.raw`(?<=\b(?:keep|leave)\s+[^.;!?\n]{1,60}?\s+out\b[^.;!?\n]{0,20}?,?\s+and\s+)${ENCUMBERED_CLASS}(?=\s+(?:too|as\s+well)\b)`,
  'g',
);

/**
 * True when the brief keeps the buildings carrying a loan out of the sale in one of the ways above ("Leave any
 * building with a mortgage alone"). Claims the words it read.
 */
export function readEncumberedClassVerdicts(text: BriefText): boolean {
  let ruledOut = false;
  // Every pattern is read, so that each claims its words, whether or not an earlier one ruled them out.
  for (const pattern of [LEFT_ALONE, WISHED_RULED_OUT, NONE_OF_CLASS, ADDED_TO_KEPT_OUT])
    if (text.claimFreeMatches(pattern)) ruledOut = true;
  return ruledOut;
}
