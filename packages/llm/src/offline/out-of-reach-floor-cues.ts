import { FALLS_SHORT } from './fallback-floor-wording.js';

/**
 * A floor said as the figure taken once the ask is out of reach, in wordings beside `fallback-floor-wording.ts` and
 * `stop-short-floor-cues.ts`: the condition with no subject ("if out of reach, $125M", "if impossible, $118M"), a bare
 * "if we really can't", the ask that "doesn't work" ("but if it doesn't work, $180M"), the worst case ("at worst,
 * $110M"), the condition before a colon ("If we can't get there: $22M") or in a label's brackets ("Stop at (if short)
 * $170M"), the stop said before the figure and the condition after it ("Stop at $100M if you have to trim"), the least
 * signed for without "the" ("Minimum we would sign for is $85M"), and the figure called where the trimming stops ("$110M
 * is where we'd stop trimming", "$100M is as low as I'd go"). Read by `readAmounts`.
 */

/** What is done then, before the figure: "stop at", "go down to", "settle for". */
const STOP = String.raw`(?:(?:then\s+)?(?:(?:we|i|they)(?:'d|'ll|\s+would|\s+will|\s+can)?\s+)?(?:stop\s+at|go\s+(?:down\s+)?to|drop\s+to|come\s+down\s+to|settle\s+(?:at|for)|fall\s+back\s+to|take|accept)\s*)?`;

/** The ask said to be out of reach with no subject: "out of reach", "impossible", "not doable". */
const OUT_OF_REACH = String.raw`(?:out\s+of\s+reach|impossible|unreachable|unrealistic|infeasible|unachievable|not\s+(?:possible|doable|feasible|achievable|reachable|realistic))`;

/** Cues read on the words before the figure, back to the start of its sentence or line. */
const CUE_BEFORE = new RegExp(
  `(?:` +
    [
      // "if out of reach, ", "if impossible, ", "if it's out of reach - ", "if that proves impossible: ".
      String.raw`\bif\s+(?:(?:it|that|this)(?:'s|\s+is|\s+proves|\s+turns\s+out)\s+)?${OUT_OF_REACH}\s*[,;:\u2014\u2013-]\s*${STOP}`,
      // "if we really can't, ": the ask's failure said with its verb left out; the stop comes after the comma.
      String.raw`\bif\s+(?:we|you|they|it)\s+(?:really\s+|truly\s+|just\s+|simply\s+)?(?:can'?t|cannot|can\s+not)\s*[,;:\u2014\u2013-]\s*${STOP}`,
      // "but if it doesn't work, ", "if that won't work out: ".
      String.raw`\bif\s+(?:it|that|this|the\s+(?:target|ask|plan|full\s+amount))\s+(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+work(?:\s+out)?\s*[,;:\u2014\u2013-]?\s*${STOP}`,
      // "and, at worst, ", "worst case: ", "in the worst case ".
      String.raw`\b(?:at\s+(?:the\s+)?(?:very\s+)?worst|(?:in\s+(?:the|a)\s+)?worst[-\s]case(?:\s+scenario)?)\s*[,;:\u2014\u2013-]?\s*${STOP}`,
      // "If we can't get there: ": the falling-short condition as a label opening its line or sentence; "Volume in case the
      // market is weak: " labels something else.
      String.raw`(?:^|[.;!?\n])\s*(?:(?:and|but|or|so)\s+)?${FALLS_SHORT}\s*:\s*`,
      // "Stop at (if short)	", "Floor (if we can't get there): ".
      String.raw`(?:^|\n)[^\S\n]*(?:stop\s+at|floor|minimum|fall[-\s]?back|walk[-\s]?away)[^\S\n]*\((?:if|when|should|in\s+case)\s[^)\n]{1,40}\)[^\S\n]*[:=\t]?\s*`,
      // "Minimum we would sign for is ", "least the board would go ahead at is ", with no article before it.
      String.raw`(?:^|[.;:!?\n])\s*(?:minimum|least|lowest)\s+(?:we|i|they|the\s+(?:board|committee|company))(?:'d|'ll|\s+would|\s+will|\s+could|\s+can)?\s+(?:sign\s+(?:for|off\s+on|up\s+to)|agree\s+to|go\s+ahead\s+(?:with|at)|accept|take)(?:\s+(?:is|would\s+be|will\s+be)|\s*:)\s*`,
      // "proceeds of not less than ", "proceeds no lower than ".
      String.raw`\bproceeds\s+(?:of\s+)?(?:not|no)\s+(?:less|lower)\s+than\s*`,
    ].join('|') +
    String.raw`)(?:as\s+(?:little|low)\s+as\s+)?$`,
);

/** A figure of something other than proceeds, after it: "of rent", "in rent", "a year", "per year". */
const OTHER_FIGURE_AFTER = /^[^\S\n]*(?:of|in|per|a\s+year|annually|each\s+year)\b/;

/** The stop said before the figure, the condition after it: "Stop at $100M if you have to trim". */
const STOP_BEFORE = /\b(?:stop\s+at|come\s+down\s+to|go\s+down\s+to|drop\s+to|settle\s+(?:at|for))\s*$/;
/** The ask failing right after the figure: "$100M if you have to trim", "$100M should the market soften". */
const FALLS_SHORT_AFTER = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*${FALLS_SHORT}`);

/**
 * The out-of-reach cue before the amount at `amountStart` (ending at `amountEnd`), looked for back to the start of its
 * line or sentence, with its index counted from `clauseStart` as the other floor cues' are; null when there is none.
 */
export function outOfReachFloorCue(lower: string, clauseStart: number, amountStart: number, amountEnd: number): RegExpExecArray | null {
  const lineStart = lower.lastIndexOf('\n', amountStart - 1) + 1;
  // The line's own break is kept, so that a label's cue may open the line.
  let windowStart = Math.max(lineStart > 0 ? lineStart - 1 : 0, amountStart - 160);
  const sentenceEnd = Math.max(...[...lower.slice(windowStart, amountStart).matchAll(/[.!?]\s/g)].map((end) => end.index + 1), 0);
  windowStart += sentenceEnd;
  const before = lower.slice(windowStart, amountStart);
  // "$20M of rent is the reason": a figure of something else after the condition is no floor.
  if (OTHER_FIGURE_AFTER.test(lower.slice(amountEnd, amountEnd + 30))) return null;
  const cue = CUE_BEFORE.exec(before) ?? (FALLS_SHORT_AFTER.test(lower.slice(amountEnd, amountEnd + 80)) ? STOP_BEFORE.exec(before) : null);
  if (cue === null) return null;
  cue.index += windowStart - clauseStart;
  return cue;
}

/**
 * The figure called where the trimming stops, after it: "is where we'd stop trimming", "is as low as I'd go", "is the
 * lowest we'd go". Read on the clause's words after the figure.
 */
export const STOP_POINT_AFTER =
  /^[^\S\n]*(?:is|would\s+be|'s)\s+(?:where\s+(?:we|i|they)(?:'d|\s+would|'ll|\s+will)?\s+stop(?:\s+(?:trimming|cutting|going\s+(?:down|lower)))?|(?:as\s+low\s+as|the\s+lowest)\s+(?:we|i|they)(?:'d|\s+would|'ll|\s+will|\s+can|\s+could)?\s+(?:go|accept|take))(?![a-z])/;
