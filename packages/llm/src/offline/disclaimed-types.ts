import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimRunNameTypes } from './run-name-types.js';
import { claimTypeFigureFacts } from './type-figure-facts.js';
import { claimWriterRoleTypes } from './writer-role-types.js';

/** Cheap words one of which every disclaimer holds, so that briefs without them skip the pattern. */
const DISCLAIMER_HINT =
  /\b(?:not\s+a|without\s+making|observation|restrict|limit|narrow|type\s+filter|not\s+ours|unrelated|none\s+of|n['\u2019]t\s+change)/;
/**
 * Words saying that what a sentence tells restricts nothing: "that is an observation and not a restriction on
 * type", "it is not a reason to restrict by asset type", "Audit notes, without making it a condition, that ...", "but
 * don't restrict the asset types", "no asset-type filter".
 */
const DISCLAIMER =
  /\bnot\s+a\s+(?:restriction|reason\s+to\s+(?:restrict|limit|narrow)|condition|requirement|constraint|limit(?:ation)?)\b|\bwithout\s+making\s+(?:it|this|that)\s+a\s+(?:condition|requirement|restriction|constraint)\b|\b(?:is|was)\s+(?:only\s+|merely\s+|just\s+)?an\s+observation\b|\b(?:don['\u2019]?t|do\s+not|no\s+need\s+to|without\s+(?:having\s+to\s+)?)\s*(?:restrict(?:ing)?|limit(?:ing)?|narrow(?:ing)?)\s+(?:the\s+|by\s+)?(?:asset\s+|property\s+)?types?\b|\bno\s+(?:asset[-\s]|property[-\s])?type\s+(?:restrictions?|filters?|limits?)\b/g;

/**
 * Words that disown what a sentence tells as someone else's or beside the point: "that's their situation, not ours",
 * "their numbers, not ours", "the old plant sale - unrelated", "(unrelated)", "which is unrelated to this".
 */
const DISOWNED =
  /\b(?:their|theirs|another\s+(?:company|client|seller)['\u2019]s|someone\s+else['\u2019]s)\b[^.;!?\n]{0,30}?,?\s+not\s+ours\b|(?:\s[-\u2013\u2014]\s*|\(\s*|\b(?:is|was|are|were|that['\u2019]?s|it['\u2019]?s|which\s+is)\s+)(?:completely\s+|totally\s+|entirely\s+|quite\s+)?unrelated\b/g;
/**
 * A sentence that opens by saying what was told before it changes nothing: "None of that changes our plan", "That
 * doesn't change the ask", "None of this affects the brief". What it disowns is the sentence before.
 */
const NOTHING_CHANGED =
  /(?:^|[.!?\n]\s*)(?:none\s+of\s+(?:that|this|it|those)|(?:that|this|it|those)\s+(?:doesn['\u2019]?t|does\s+not|don['\u2019]?t|do\s+not))\s+(?:changes?|affects?|alters?|moves?|drives?)\s+(?:our|the|this)\s+(?:plan|ask|number|target|brief|program(?:me)?|approach|mandate|request)\b/g;

/**
 * Claims the asset types named in a sentence that disclaims restricting anything ("the retail parts stores and the
 * generic warehouses are the assets most likely to qualify, although that is an observation and not a restriction on
 * type"; "both metros have deep investor markets for logistics product; that is the rationale, and it is not a
 * reason to restrict by asset type"), or disowns what it tells ("a portfolio of 22 DCs; that's their situation, not
 * ours", "the old plant sale - unrelated", "... None of that changes our plan"), so that no reader asks for them.
 * Places are left to the other readers: a sentence that disclaims a type filter may still say where to sell.
 */
export function claimDisclaimedTypes(text: BriefText, vocabulary: PlaceVocabulary): void {
  // "Plant controller.": a type's word naming who writes disclaims that type just as plainly, before any reader.
  claimWriterRoleTypes(text);
  // "the gains on the older DCs are substantial", "warehouse cap rates around 5.8%": what a figure measures.
  claimTypeFigureFacts(text, vocabulary);
  // "run: dc-test": a run's name labels it.
  claimRunNameTypes(text, vocabulary);
  if (!DISCLAIMER_HINT.test(text.lower)) return;
  for (const disclaimer of text.lower.matchAll(DISCLAIMER))
    claimTypesBetween(text, vocabulary, sentenceStartBefore(text, disclaimer.index), sentenceEndAfter(text, disclaimer.index));
  // What is disowned comes before the words that disown it: "The instruction is unrelated: raise $60M from the
  // warehouses" disowns nothing after it.
  for (const disowned of text.lower.matchAll(DISOWNED))
    claimTypesBetween(text, vocabulary, sentenceStartBefore(text, disowned.index), disowned.index + disowned[0].length);
  // "... and DCs around 5.5%. None of that changes our plan.": the sentence before is disowned, with the words saying so.
  for (const disowning of text.lower.matchAll(NOTHING_CHANGED)) {
    const own = disowning.index + disowning[0].search(/[a-z]/);
    let before = sentenceStartBefore(text, own) - 1;
    while (before > 0 && /[\s.!?]/.test(text.source[before - 1] ?? '')) before -= 1;
    claimTypesBetween(text, vocabulary, before > 0 ? sentenceStartBefore(text, before) : 0, sentenceEndAfter(text, own));
  }
}

/** Claims every type word free between `start` and `end`. */
function claimTypesBetween(text: BriefText, vocabulary: PlaceVocabulary, start: number, end: number): void {
  for (let index = start; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !text.isFree(index, index + 1)) continue;
    const match = vocabulary.matchAt(text.lower, index, false, text.source);
    if (match === null || match.item.kind !== 'type' || match.end > end || !text.isFree(match.start, match.end)) continue;
    text.claim(match.start, match.end);
    index = match.end - 1;
  }
}
