/**
 * "Net leverage covenant is 4.0x. Use 3.2x, not the covenant.": a multiple the writer asks the run to use, with the
 * covenant disowned after it. The words "not the covenant" set the covenant's level aside, never the level asked for in
 * their own sentence, so a span that opens with that ask is no figure taken back.
 */

type Span = { start: number; end: number };

/** The ask to use a multiple, at a span's start: "use 3.2x", "please use 1.9x", "run with 3.5 times", "apply 4.25x". */
const ASKED_TO_USE =
  /^\s*(?:(?:so|then|just|instead|but|please)[\s,]+)*(?:use|using|run\s+(?:it\s+)?(?:with|at)|go\s+with|apply|model)\s+\d+(?:\.\d+)?\s*(?:x\b|\u00d7|times\b)[^.;!?\n]{0,20}?,?\s*(?:and\s+)?not\s+(?:the|our|a)\s+(?:covenant|limit)\b/;

/** The spans left once a span that holds a multiple asked to be used, with the covenant disowned after it, is dropped. */
export function keepLevelsAskedToUse(lower: string, spans: readonly Span[]): Span[] {
  if (!lower.includes('not the covenant') && !lower.includes('not our covenant') && !lower.includes('not the limit')) return [...spans];
  return spans.filter((span) => !ASKED_TO_USE.test(lower.slice(span.start, span.end)));
}
