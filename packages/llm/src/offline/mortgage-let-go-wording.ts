import type { BriefText } from './brief-text.js';
import { ENCUMBERED_SUBJECT } from './mortgage-exclusions.js';

/*
 * Mortgaged buildings let go in everyday words the mortgage reader's patterns leave unread: the class named by what
 * the company did to it ("skip anything we've borrowed against", "leave out the buildings we have taken loans on"),
 * and verbs that drop a class in speech or in a plan's description ("Forget anything with a mortgage", "a plan which
 * leaves out encumbered assets"). A refusal before the verb turns it round ("don't forget the mortgaged sites", "we
 * never skip encumbered assets") and is no ruling.
 */

/**
 * The class named by the borrowing against it: "anything we've borrowed against", "any building we have taken a loan
 * on", "the sites the company has mortgaged", "whatever we pledged to the bank".
 */
const BORROWED_AGAINST = String.raw`(?:anything|everything|whatever|(?:any|all|every|the)\s+(?:of\s+the\s+)?(?:assets?|sites?|propert(?:y|ies)|buildings?|facilit(?:y|ies)|ones))\s+(?:that\s+|which\s+)?(?:we|we['\u2019]ve|we\s+have|we\s+had|we['\u2019]d|the\s+company\s+(?:has|had)|the\s+company)\s+(?:already\s+|ever\s+|since\s+)?(?:(?:borrowed|raised\s+(?:debt|money|loans?|financing)|taken\s+(?:out\s+)?(?:a\s+|any\s+)?(?:loans?|debt|mortgages?)|drawn\s+(?:a\s+|any\s+)?(?:loans?|debt))\s+(?:against|on)(?:\s+(?:it|them))?|mort?gaged|pledged(?:\s+to\s+(?:the\s+|a\s+|our\s+)?(?:banks?|lenders?))?)(?![a-z])`;

/**
 * Verbs that drop what follows from the sale, beside the ones the mortgage reader knows: "forget (about)", "skip",
 * "leave out" in every person ("which leaves out"), "exclude", "drop", "omit", "set aside".
 */
export const LET_GO = String.raw`(?:forget(?:s|ting)?(?:\s+about)?|skip(?:s|ping)?|leav(?:e|es|ing)\s+out|exclud(?:e|es|ing)|drop(?:s|ping)?|omit(?:s|ting)?|set(?:s|ting)?\s+aside|rul(?:e|es|ing)\s+out)`;

/** The verb, then the class: "Forget anything with a mortgage", "skip anything we've borrowed against". */
const LET_GO_CLASS = new RegExp(String.raw`\b${LET_GO}\s+(?:${BORROWED_AGAINST}|${ENCUMBERED_SUBJECT})`, 'g');

/**
 * A refusal or a doubt just before the verb: "don't forget", "never skip", "no need to exclude", "without leaving
 * out", "we wouldn't drop". With it, the class stays in the sale.
 */
const REFUSED_BEFORE =
  /\b(?:don['\u2019]?t|do\s+not|doesn['\u2019]?t|does\s+not|never|not|no\s+need\s+to|needn['\u2019]?t|without|won['\u2019]?t|wouldn['\u2019]?t|shouldn['\u2019]?t|can['\u2019]?t|cannot)\s+(?:\w+\s+)?$/;

/**
 * Reads whether the brief lets mortgaged buildings go in everyday words, claiming the words that say so (and the words
 * of a refusal, so that no later reader takes them for a ruling).
 */
export function readMortgagesLetGo(text: BriefText): boolean {
  let excluded = false;
  for (const match of text.freeMatches(LET_GO_CLASS)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const clauseStart = text.clauseAround(match.index).start;
    text.claim(match.index, end);
    if (REFUSED_BEFORE.test(text.lower.slice(clauseStart, match.index))) continue;
    excluded = true;
  }
  return excluded;
}
