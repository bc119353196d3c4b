/**
 * "Net leverage covenant is 4.0x. Use 3.2x, not the covenant.": a multiple the writer asks the run to use, with the
 * covenant disowned after it. The words "not the covenant" set the covenant's level aside, never the level asked for in
 * their own sentence, so a span that opens with that ask is no figure taken back. A minute or a transcript may put who
 * said it and a quote before the ask ('CFO: "Use 3.2x, not the covenant."'), and the ask may close the sentence that
 * gave the covenant's level ("the covenant is 4.0x, but use 3.4x, not the covenant"): that span is no figure taken back
 * either, since it holds the ratio's name the ask needs; both levels are read, and the caller keeps the tighter, the
 * level asked for, as with a working level set against the covenant (`levels-used-in-place-of-the-covenant.ts`).
 */

type Span = { start: number; end: number };

/** The ask to use a multiple, at a span's start: "use 3.2x", "please use 1.9x", "run with 3.5 times", "apply 4.25x". */
const ASKED_TO_USE =
  /^\s*(?:[a-z][a-z.&/ ]{0,24}:[^\S\n]*)?["'\u201c\u2018]?\s*(?:(?:so|then|just|instead|but|please)[\s,]+)*(?:use|using|run\s+(?:it\s+)?(?:with|at)|go\s+with|apply|model)\s+\d+(?:\.\d+)?\s*(?:x\b|\u00d7|times\b)[^.;!?\n]{0,20}?,?\s*(?:and\s+)?not\s+(?:the|our|a)\s+(?:covenant|limit)\b/;

/**
 * ", but use 3.4x, not the covenant": the same ask closing a clause that gave the covenant's level, after a comma, a
 * semicolon or a dash and a word that turns from it.
 */
const ASKED_TO_USE_AFTER_THE_COVENANT =
  /(?:,|;|[^\S\n][-\u2013\u2014])[^\S\n]*(?:(?:but|so|and|then|instead|though)[\s,]+)+(?:please[^\S\n]+)?(?:use|run\s+(?:it\s+)?(?:with|at|to)|go\s+with|apply|model)\s+\d+(?:\.\d+)?\s*(?:x\b|\u00d7|times\b)[^.;!?\n]{0,20}?,?\s*(?:and\s+)?not\s+(?:the|our|a)\s+(?:covenant|limit)\b/;

/**
 * The spans left once a span that holds a multiple asked to be used, with the covenant disowned after it, is dropped,
 * whether the ask opens the span or closes the covenant's own clause.
 */
export function keepLevelsAskedToUse(lower: string, spans: readonly Span[]): Span[] {
  if (!lower.includes('not the covenant') && !lower.includes('not our covenant') && !lower.includes('not the limit')) return [...spans];
  return spans.filter((span) => {
    const words = lower.slice(span.start, span.end);
    return !ASKED_TO_USE.test(words) && !ASKED_TO_USE_AFTER_THE_COVENANT.test(words);
  });
}
