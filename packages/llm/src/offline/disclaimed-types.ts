import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimWriterRoleTypes } from './writer-role-types.js';

/** Cheap words one of which every disclaimer holds, so that briefs without them skip the pattern. */
const DISCLAIMER_HINT = /\b(?:not\s+a|without\s+making|observation|restrict|limit|narrow|type\s+filter)/;
/**
 * Words saying that what a sentence tells restricts nothing: "that is an observation and not a restriction on
 * type", "it is not a reason to restrict by asset type", "Audit notes, without making it a condition, that ...", "but
 * don't restrict the asset types", "no asset-type filter".
 */
const DISCLAIMER =
  /\bnot\s+a\s+(?:restriction|reason\s+to\s+(?:restrict|limit|narrow)|condition|requirement|constraint|limit(?:ation)?)\b|\bwithout\s+making\s+(?:it|this|that)\s+a\s+(?:condition|requirement|restriction|constraint)\b|\b(?:is|was)\s+(?:only\s+|merely\s+|just\s+)?an\s+observation\b|\b(?:don['\u2019]?t|do\s+not|no\s+need\s+to|without\s+(?:having\s+to\s+)?)\s*(?:restrict(?:ing)?|limit(?:ing)?|narrow(?:ing)?)\s+(?:the\s+|by\s+)?(?:asset\s+|property\s+)?types?\b|\bno\s+(?:asset[-\s]|property[-\s])?type\s+(?:restrictions?|filters?|limits?)\b/g;

/**
 * Claims the asset types named in a sentence that disclaims restricting anything ("the retail parts stores and the
 * generic warehouses are the assets most likely to qualify, although that is an observation and not a restriction on
 * type"; "both metros have deep investor markets for logistics product; that is the rationale, and it is not a
 * reason to restrict by asset type"), so that no reader asks for them. Places are left to the other readers: a
 * sentence that disclaims a type filter may still say where to sell.
 */
export function claimDisclaimedTypes(text: BriefText, vocabulary: PlaceVocabulary): void {
  // "Plant controller.": a type's word naming who writes disclaims that type just as plainly, before any reader.
  claimWriterRoleTypes(text);
  if (!DISCLAIMER_HINT.test(text.lower)) return;
  for (const disclaimer of text.lower.matchAll(DISCLAIMER)) {
    const start = sentenceStartBefore(text, disclaimer.index);
    const end = sentenceEndAfter(text, disclaimer.index);
    for (let index = start; index < end; index += 1) {
      if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !text.isFree(index, index + 1)) continue;
      const match = vocabulary.matchAt(text.lower, index, false, text.source);
      if (match === null || match.item.kind !== 'type' || match.end > end || !text.isFree(match.start, match.end)) continue;
      text.claim(match.start, match.end);
      index = match.end - 1;
    }
  }
}
