import type { BriefText } from './brief-text.js';

/*
 * A chat's question whether mortgaged buildings are in or out, answered "out" on the next line: "Sol: mortgaged in or
 * out?" then "Rae: out", "[10:07] Kim: encumbered sites - in or out?" then "[10:08] Lee: out, please". An answer of
 * "in" keeps them, and a line between the two makes no answer.
 */

/** The class asked about, with or without its noun: "mortgaged", "encumbered sites", "the mortgaged ones". */
const CLASS_ASKED = String.raw`(?:the\s+|any\s+)?(?:mort?gaged|encumbered)(?:\s+(?:assets?|sites?|properties|buildings?|ones|stuff))?`;

/** The question: the class, "in or out" (or "included or excluded"), a question mark that ends the line. */
const IN_OR_OUT = String.raw`[^\S\n]*[,:\u2013\u2014-]?[^\S\n]*(?:in\s+or\s+out|out\s+or\s+in|included\s+or\s+(?:excluded|not)|excluded\s+or\s+(?:included|not))[^\S\n]*\?`;

/**
 * The next line's answer after its speaker's label (any words up to a colon, a time or a date with it: "Jun 3, 10:07
 * Rae:"): "out", "excluded", "out please", "keep them out".
 */
const ANSWERED_OUT = String.raw`[^\S\n]*\n[^\n]{0,40}?:[^\S\n]*(?<answer>(?:out|excluded?|(?:leave|keep)\s+(?:them|those|'em)\s+out)(?:[^\S\n]*,?[^\S\n]*(?:please|pls|thanks))?)(?=[^\S\n]*(?:[.!]|\n|$))`;

const CLASS_ASKED_IN_OR_OUT = new RegExp(String.raw`\b(?<question>${CLASS_ASKED}${IN_OR_OUT})${ANSWERED_OUT}`, 'g');

/** Reads whether a chat's question whether mortgaged buildings are in or out is answered "out", claiming both. */
export function readMortgagedClassAskedInOrOut(text: BriefText): boolean {
  let ruledOut = false;
  for (const match of text.freeMatches(CLASS_ASKED_IN_OR_OUT)) {
    const { question = '', answer = '' } = match.groups ?? {};
    const answerStart = match.index + match[0].length - answer.length;
    // The speaker's label between the lines may be claimed already as a chat's; the question and the answer are not.
    if (!text.isFree(match.index, match.index + question.length) || !text.isFree(answerStart, answerStart + answer.length)) continue;
    text.claim(match.index, match.index + question.length);
    text.claim(answerStart, answerStart + answer.length);
    ruledOut = true;
  }
  return ruledOut;
}
