import type { BriefText } from './brief-text.js';

/*
 * A chat's question whether mortgaged buildings are in or out, answered "out" on the next line: "Sol: mortgaged in or
 * out?" then "Rae: out", "[10:07] Kim: encumbered sites - in or out?" then "[10:08] Lee: out, please". An answer of
 * "in" keeps them, and a line between the two makes no answer. The same class asked whether to include it, answered
 * "no": "Lee: include mortgaged?" then "Sam: no, leave them out", and asked whether to exclude it, answered "yes"
 * (answered "no, include them", it is kept). Asked whether it is in ("Can you confirm the mortgaged buildings are
 * in?"), a "no" on the next line rules it out.
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

/** The next line's speaker label, as for an answer "out": any words up to a colon, a time with them. */
const NEXT_SPEAKER = String.raw`[^\S\n]*\n[^\n]{0,40}?:[^\S\n]*`;
/** What may close an answer: "please", "thanks", and the line's end (a full stop or none). */
const ANSWER_CLOSE = String.raw`(?:[^\S\n]*,?[^\S\n]*(?:please|pls|thanks))?(?=[^\S\n]*(?:[.!]|\n|$))`;
/** "out", "leave them out", "exclude them": words after a refusal or an assent that say the same. */
const SAID_OUT = String.raw`(?:out|excluded?|(?:leave|keep)\s+(?:them|those|'em)\s+out|exclude\s+(?:them|those|'em))`;

/**
 * "include mortgaged?" (or "are we including the encumbered sites?", "mortgaged ones included?") answered "no", "nope"
 * or "no, leave them out" on the next line. A "no" that goes on to keep them ("no, include them") is no answer here.
 */
const INCLUDE_ASKED_ANSWERED_NO = new RegExp(
  String.raw`\b(?<question>(?:(?:are\s+we\s+|do\s+we\s+|should\s+we\s+)?(?:include|including|sell|selling|keep\s+in)\s+${CLASS_ASKED}|${CLASS_ASKED}\s+included)[^\S\n]*\?)${NEXT_SPEAKER}(?<answer>(?:no(?:pe)?|nah)(?:[^\S\n]*[,;\u2013\u2014-][^\S\n]*${SAID_OUT})?)${ANSWER_CLOSE}`,
  'g',
);

/** "exclude mortgaged?" (or "skip the encumbered sites?") answered "yes", "yep" or "yes, leave them out". */
const EXCLUDE_ASKED_ANSWERED_YES = new RegExp(
  String.raw`\b(?<question>(?:(?:are\s+we\s+|do\s+we\s+|should\s+we\s+)?(?:exclud(?:e|ing)|skip(?:ping)?|leav(?:e|ing)\s+out)\s+${CLASS_ASKED})[^\S\n]*\?)${NEXT_SPEAKER}(?<answer>(?:yes|yep|yeah|correct)(?:[^\S\n]*[,;\u2013\u2014-][^\S\n]*${SAID_OUT})?)${ANSWER_CLOSE}`,
  'g',
);

/**
 * "mortgaged ok?" (or "are encumbered sites fine?", "is mortgaged allowed?") answered "no", "nope" or "no, leave those
 * out" on the next line: asked whether the class may be sold, a "no" rules it out. A "no" that goes on ("no problem",
 * "no issue") is an assent, and the answer must close after "no" or after words that say out.
 */
const ALLOWED_ASKED_ANSWERED_NO = new RegExp(
  String.raw`\b(?<question>(?:(?:are|is)\s+)?${CLASS_ASKED}\s+(?:ok(?:ay)?|fine|allowed|acceptable|eligible|in\s+scope)[^\S\n]*\?)${NEXT_SPEAKER}(?<answer>(?:no(?:pe)?|nah)(?:[^\S\n]*[,;\u2013\u2014-][^\S\n]*${SAID_OUT})?)${ANSWER_CLOSE}`,
  'g',
);

/**
 * "Can you confirm the mortgaged buildings are in?" (or "are the encumbered sites included?") answered on the next
 * line, quoted or under a speaker's label or neither, "No - leave them out" or "no": asked whether the class is in, a
 * "no" rules it out.
 */
const IN_ASKED_ANSWERED_NO = new RegExp(
  String.raw`\b(?<question>(?:(?:are|is)\s+)?${CLASS_ASKED}\s+(?:(?:are|is)\s+)?(?:still\s+)?(?:in|included|in\s+scope|going\s+in)[^\S\n]*\?)[^\S\n]*\n(?:[^\S\n]*>?[^\S\n]*[^\n>]{0,40}?:)?[^\S\n]*(?<answer>(?:no(?:pe)?|nah)(?:[^\S\n]*[,;\u2013\u2014-][^\S\n]*${SAID_OUT})?)${ANSWER_CLOSE}`,
  'g',
);

/**
 * "exclude mortgaged?" answered "no, include them" (or "no, keep them in", or "no"): the class is kept, so the question
 * is claimed with its answer and rules nothing out, and no other reader takes the question's "exclude mortgaged".
 */
const EXCLUDE_ASKED_ANSWERED_NO = new RegExp(
  String.raw`\b(?<question>(?:(?:are\s+we\s+|do\s+we\s+|should\s+we\s+)?(?:exclud(?:e|ing)|skip(?:ping)?|leav(?:e|ing)\s+out)\s+${CLASS_ASKED})[^\S\n]*\?)${NEXT_SPEAKER}(?<answer>(?:no(?:pe)?|nah)(?:[^\S\n]*[,;\u2013\u2014-][^\S\n]*(?:include|keep|leave)\s+(?:them|those|'em)(?:\s+in)?)?)${ANSWER_CLOSE}`,
  'g',
);

/** Reads whether a chat's question whether mortgaged buildings are in or out is answered "out", claiming both. */
export function readMortgagedClassAskedInOrOut(text: BriefText): boolean {
  let ruledOut = false;
  for (const match of [
    ...text.freeMatches(CLASS_ASKED_IN_OR_OUT),
    ...text.freeMatches(INCLUDE_ASKED_ANSWERED_NO),
    ...text.freeMatches(EXCLUDE_ASKED_ANSWERED_YES),
    ...text.freeMatches(ALLOWED_ASKED_ANSWERED_NO),
    ...text.freeMatches(IN_ASKED_ANSWERED_NO),
  ]) {
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

/**
 * Claims a chat's question whether to exclude mortgaged buildings answered "no" ("exclude mortgaged?" / "no, include
 * them"), so that no reader takes the question's "exclude mortgaged" for the class ruled out. Read before every reader
 * of the mortgaged class.
 */
export function claimMortgagedExclusionAskedAndRefused(text: BriefText): void {
  for (const match of text.freeMatches(EXCLUDE_ASKED_ANSWERED_NO)) {
    const { question = '', answer = '' } = match.groups ?? {};
    const answerStart = match.index + match[0].length - answer.length;
    if (!text.isFree(match.index, match.index + question.length) || !text.isFree(answerStart, answerStart + answer.length)) continue;
    text.claim(match.index, match.index + question.length);
    text.claim(answerStart, answerStart + answer.length);
  }
}
