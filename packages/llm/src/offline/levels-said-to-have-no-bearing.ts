/**
 * Covenant levels said to have no bearing on this program, by the remark right after them: "(they mentioned another
 * client's covenant is 4.5x net leverage — no bearing on us)", "Our other client's covenant is 4.5x - irrelevant
 * here", "the revolver's old 4.0x test, which doesn't apply to us", "the bond covenant of 2.0x coverage is not relevant
 * for this". `read-covenants.ts` reads none of the levels of the clause the remark closes as a limit.
 *
 * Only the clause right before the remark is disowned, back to the previous stop, bracket, semicolon or comma: in "Keep
 * net leverage under 3.5x, the 4.0x covenant is irrelevant here" the 3.5x still reads. A remark about something else
 * ("irrelevant to the lenders", "no bearing on the choice of buildings") disowns nothing here.
 */

/**
 * The remark: "no bearing on us", "irrelevant here", "not relevant to us", "doesn't apply to us", "not applicable here",
 * "nothing to do with us", "beside the point", and a level the writer asks not to be held to: "I had 3.4x net leverage
 * in my head but honestly don't constrain it", "3.4x leverage, it's not binding".
 */
const NO_BEARING =
  /\b(?:(?:has|have|with|of)\s+)?no\s+bearing\s+on\s+(?:us|this(?:\s+(?:one|deal|program(?:me)?|sale|run))?|our\s+(?:deal|program(?:me)?|sale|case|limits?|covenants?))\b|\b(?:(?:is|are|was|were|'s)\s+)?(?:irrelevant|not\s+relevant|beside\s+the\s+point|not\s+applicable)(?:\s+(?:here|to\s+us|for\s+us|to\s+this(?:\s+(?:one|deal|program(?:me)?|sale))?|for\s+this(?:\s+(?:one|deal|program(?:me)?|sale))?))?(?=\s*(?:[.;,!?)\n]|$|[-\u2013\u2014]))|\b(?:(?:which|that|it)\s+)?(?:doesn['\u2019]t|does\s+not|don['\u2019]t|do\s+not)\s+apply\s+(?:to\s+us|here|to\s+this)\b|\b(?:has|have)\s+nothing\s+to\s+do\s+with\s+(?:us|this)\b|\b(?:don['\u2019]t|do\s+not)\s+(?:constrain|bind|limit|cap)\s+(?:(?:on|by|with)\s+)?(?:it|that|this|them)(?=\s*(?:[.;,!?)\n]|$|[-\u2013\u2014]))|\b(?:it|that|this)(?:['\u2019]s|\s+is)\s+not\s+binding\b/g;

/**
 * The words between a clause and its remark: a dash, a comma, a colon, or nothing, and a "but" or a softening word
 * before the remark ("3.3x net leverage, but honestly don't constrain it").
 */
const SEPARATOR_BEFORE = /\s*(?:[-\u2013\u2014,:;]{1,2})?\s*(?:(?:but|so)\s+)?(?:(?:honestly|please|just|really)\s+)?$/;

/** The spans of the lower-cased text whose covenant levels a remark says have no bearing on the program. */
export function levelsWithNoBearingSpans(lower: string): { start: number; end: number }[] {
  if (!/bearing|relevant|beside\s+the\s+point|applicable|apply|nothing\s+to\s+do|constrain|bind|limit|\bcap\b/.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const remark of lower.matchAll(NO_BEARING)) {
    const before = lower.slice(0, remark.index);
    const clauseEnd = before.length - (SEPARATOR_BEFORE.exec(before)?.[0].length ?? 0);
    // Back to the previous stop (a decimal point is none), bracket, semicolon, comma or line break.
    let start = 0;
    for (const stop of before.slice(0, clauseEnd).matchAll(/[.!?](?!\d)|[;(,\n]/g)) start = stop.index + 1;
    spans.push({ start, end: remark.index + remark[0].length });
  }
  return spans;
}
