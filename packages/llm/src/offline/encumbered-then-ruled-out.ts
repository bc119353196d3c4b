import type { BriefText } from './brief-text.js';

/**
 * Encumbered assets named as a class, then ruled out by a pronoun in the next sentence or the next item of a list:
 * "encumbered properties cannot be transferred without the mortgagee's consent. Please exclude them.", "(a) the
 * mortgaged sites would require lender consent; (b) Treasury therefore excludes all of them." The first sentence
 * says why; the verb after it is the instruction.
 */
const ENCUMBERED_THEN_RULED_OUT =
  /\b(?:mort?gaged|encumbered|pledged)\s+(?:assets?|sites?|properties|property|buildings?|real\s+estate)\b[^.;!?\n]{0,120}?[.;]\s+(?:\([a-z0-9]\)\s+)?(?:(?!not\b|never\b|no\b)[a-z]+\s+){0,3}?(?:exclud(?:e|es|ing)|leav(?:e|es|ing)\s+out|carv(?:e|es|ing)\s+out|rul(?:e|es|ing)\s+out|drop(?:s|ping)?|omit(?:s|ting)?)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?(?:them|those|these)(?:\s+(?:sites|assets|properties))?(?![a-z])/g;

/**
 * Encumbered assets as a class, labelled as ruled out in a terse summary: "Mortgaged sites: out (Ontario, Cicero)",
 * "Encumbered assets - excluded", "pledged properties: off-limits". The label's value is the instruction.
 */
const ENCUMBERED_LABELLED_OUT =
  /\b(?:mort?gaged|encumbered|pledged)\s+(?:assets?|sites?|properties|buildings?)[^\S\n]*(?::|[-\u2013\u2014])[^\S\n]*(?:out|excluded|off[-\s]limits|not\s+included)(?![a-z-])/g;

/**
 * True when the brief names encumbered assets as a class and rules them out by a pronoun right after, or labels them
 * out (see above).
 * Claims the words it read.
 */
export function readEncumberedThenRuledOut(text: BriefText): boolean {
  const lower = text.lower;
  // Most briefs name no encumbered class at all: skip the pattern unless both halves can be there.
  if (!/mort?gaged|encumbered|pledged/.test(lower)) return false;
  const patterns = /\b(?:them|those|these)\b/.test(lower)
    ? [ENCUMBERED_THEN_RULED_OUT, ENCUMBERED_LABELLED_OUT]
    : [ENCUMBERED_LABELLED_OUT];
  let found = false;
  for (const match of patterns.flatMap((pattern) => text.freeMatches(pattern))) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    found = true;
    text.claim(match.index, end);
  }
  return found;
}
