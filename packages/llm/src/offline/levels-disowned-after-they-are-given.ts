/**
 * Covenant levels given and then disowned in the same sentence, after them: "The 2021 transaction at 3.9x
 * lease-adjusted is not our benchmark", "the old deal's 2.2x coverage isn't a guide for this one", and a clause closed
 * by a label that makes it reference only: "Last year's 10-K disclosed an FCCR of 4.3x; for reference only", "the
 * revolver tests net leverage at 4.0x - context only". `read-covenants.ts` reads none of their levels as a limit.
 *
 * Only the writer's words that refuse the level as a yardstick count: a limit "in line with our benchmark" or a
 * sentence that says only "benchmark" is left alone, and the sentence before or after keeps its own limit.
 */

/** What a level is refused as: "benchmark", "guide", "yardstick", "reference point", "anchor", "target", "starting point". */
const YARDSTICK = String.raw`(?:benchmark|guide|yardstick|reference(?:\s+point)?|anchor|target|starting\s+point|precedent|template|model)`;

/**
 * "... is not our benchmark", "... isn't the guide here", "... was no precedent": from the start of the sentence (a
 * decimal point does not end it) to the refusing words.
 */
const NOT_OUR_YARDSTICK = new RegExp(
  String.raw`(?<=^|[.;!?\n]\s*)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*?\b(?:is|are|was|were)(?:\s+not|n['\u2019]t|\s+no)\s+(?:(?:our|the|a|an|any)\s+)?(?:(?:relevant|useful|good)\s+)?${YARDSTICK}\b`,
  'g',
);

/**
 * "...; for reference only", "..., background only", "... - context only": a clause, then a label after a separator
 * that makes what came before it reference only, from the start of its sentence to the label.
 */
const REFERENCE_ONLY_TAIL =
  /(?<=^|[.;!?\n]\s*)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*[;,\u2013\u2014(]\s*(?:(?:for|as)\s+)?(?:background|context|reference|information)\s+only\b|(?<=^|[.;!?\n]\s*)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*\s-{1,2}\s+(?:(?:for|as)\s+)?(?:background|context|reference|information)\s+only\b/g;

/** The spans of the lower-cased text whose covenant levels are disowned after they are given. */
export function levelsDisownedAfterSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (/\b(?:is|are|was|were)(?:\s+not|n['\u2019]t|\s+no)\s/.test(lower)) {
    for (const match of lower.matchAll(NOT_OUR_YARDSTICK)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (/\bonly\b/.test(lower)) {
    for (const match of lower.matchAll(REFERENCE_ONLY_TAIL)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
