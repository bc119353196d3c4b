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
 * "Encumbered assets - excluded", "pledged properties: off-limits", "Mortgaged assets: do not sell", "Mortgaged: keep
 * out". The label's value is the instruction; a bare "no" is not read, as it may say there are none.
 */
const ENCUMBERED_LABELLED_OUT =
  /\b(?:mort?gaged|encumbered|pledged)(?:\s+(?:assets?|sites?|properties|buildings?))?[^\S\n]*(?::|[-\u2013\u2014])[^\S\n]*(?:out|excluded?|off[-\s]limits|not\s+included|not\s+for\s+sale|(?:do\s+not|don['\u2019]?t|never)\s+(?:sell|include|touch)|(?:keep|leave|hold)\s+(?:them\s+)?(?:out|back))(?![a-z-])/g;

/** What encumbered assets are called in a question: "the mortgaged buildings", "any encumbered sites". */
const ENCUMBERED_ASKED = String.raw`(?:(?:the|any|our|all(?:\s+the)?)\s+)?(?:mort?gaged|encumbered|pledged)\s+(?:assets?|sites?|properties|buildings?|ones)`;

/**
 * A question whether to keep the encumbered class in the sale, answered no: "should we keep the mortgaged buildings
 * in?" / "Abe (CFO): no, leave them all out", "Include encumbered sites? - No." A question whether to exclude them,
 * answered no, keeps them, and is not read.
 */
const KEPT_IN_ASKED_ANSWERED_NO = new RegExp(
  String.raw`\b(?:(?:keep|leave)\s+${ENCUMBERED_ASKED}\s+in|(?:include|sell)\s+${ENCUMBERED_ASKED})(?:\s+(?:in\s+)?(?:the\s+)?(?:sale|deal|pool|program(?:me)?|mix))?\s*\?\s*(?:[-\u2013\u2014][^\S\n]*)?(?:[a-z][a-z .()'-]{0,40}:\s*)?(?:no(?:pe)?|(?:leave|keep|take)\s+(?:them|those)\s+(?:all\s+)?out|exclude\s+(?:them|those))(?![a-z])`,
  'g',
);

/** What encumbered assets are called here, a bracket that glosses the adjective allowed: "any encumbered (mortgaged) property". */
const ENCUMBERED_CLASS = String.raw`(?:(?:any|all|the|our)\s+(?:other\s+)?)?(?:mort?gaged|encumbered|pledged)(?:\s*\([^()\n]{1,30}\))?\s+(?:assets?|sites?|properties|property|buildings?|facilit(?:y|ies)|real\s+estate|ones)(?![a-z'\u2019])`;

/**
 * A label that says what is left out, its value (or its value's last item) the encumbered class: "Exclusions: any
 * encumbered (mortgaged) property", "Excluded properties: all mortgaged properties", "Excluded sites: the Tempe office
 * and all pledged sites". The label's noun may name what is excluded; the value is the instruction. Only the class
 * is claimed, so that the value's other items are still read.
 */
const EXCLUDED_LABEL_THEN_CLASS = new RegExp(
  String.raw`(?<=\b(?:exclusions?|excluded(?:\s+(?:assets?|propert(?:y|ies)|sites?|buildings?))?|not\s+(?:for\s+sale|included))[^\S\n]*:[^\S\n]*(?:[^.;:!?\n]{0,80}?(?:,|;|\band\b|\bplus\b)\s+)?)${ENCUMBERED_CLASS}`,
  'g',
);

/**
 * Keeping well away from the encumbered class: "don't go near mortgaged properties", "never go anywhere near
 * encumbered sites", "we shouldn't get near any mortgaged buildings".
 */
const NOT_NEAR_CLASS = new RegExp(
  String.raw`\b(?:don'?t|do\s+not|never|won'?t|shouldn'?t|should\s+not|mustn'?t|must\s+not|let'?s\s+not)\s+(?:go|come|get|venture)\s+(?:anywhere\s+)?near\s+${ENCUMBERED_CLASS}`,
  'g',
);

/**
 * True when the brief names encumbered assets as a class and rules them out by a pronoun right after, labels them
 * out (see above), gives them as the value of a label of what is excluded, says not to go near them, or answers no
 * to keeping them in.
 * Claims the words it read.
 */
export function readEncumberedThenRuledOut(text: BriefText): boolean {
  const lower = text.lower;
  // Most briefs name no encumbered class at all: skip the pattern unless both halves can be there.
  if (!/mort?gaged|encumbered|pledged/.test(lower)) return false;
  const patterns = /\b(?:them|those|these)\b/.test(lower)
    ? [ENCUMBERED_THEN_RULED_OUT, ENCUMBERED_LABELLED_OUT, EXCLUDED_LABEL_THEN_CLASS, NOT_NEAR_CLASS, KEPT_IN_ASKED_ANSWERED_NO]
    : [ENCUMBERED_LABELLED_OUT, EXCLUDED_LABEL_THEN_CLASS, NOT_NEAR_CLASS, KEPT_IN_ASKED_ANSWERED_NO];
  let found = false;
  for (const match of patterns.flatMap((pattern) => text.freeMatches(pattern))) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    found = true;
    text.claim(match.index, end);
  }
  return found;
}
