import { FALLS_SHORT } from './fallback-floor-wording.js';

/**
 * A floor said as where to stop after the ask falls short, in wordings beside `fallback-floor-wording.ts`: a bare "if
 * not" or a deal that doesn't come together before the stop ("if not, stop at $72M", "if it doesn't all come together,
 * stop at $50M", "if the covenants stop us short, stop at $76M"), a floor's label with its condition before "is" ("the
 * bottom line if the market turns soft is $100M"), the least signed for ("the minimum we would sign for is $150M"), a
 * program "reducible to" a figure, and a figure gone down to when the ask is trimmed ("happy to go to $55M if we need to
 * trim"). Read by `readAmounts`.
 */

/** What is done then, before the figure: "stop at", "go down to", "settle for", "don't go below". */
const STOP = String.raw`(?:then\s+)?(?:(?:we|i|they)(?:'d|'ll|\s+would|\s+will|\s+can)?\s+)?(?:stop\s+at|go\s+(?:down\s+)?to|drop\s+to|come\s+down\s+to|settle\s+(?:at|for)|fall\s+back\s+to|(?:don'?t|do\s+not)\s+go\s+(?:below|under|lower\s+than)|not\s+below)`;

/**
 * The ask failing in words beside those of `FALLS_SHORT`: "if not", "if it doesn't (all) come together", "if the
 * covenants stop us short", "if the limits leave us short". Read only with the stop after it, since "if not, sell
 * Dallas" names no floor.
 */
const FAILS_TO_COME_TOGETHER = String.raw`\bif\s+(?:not|(?:it|this|that|things|the\s+(?:deal|program(?:me)?|sale|raise))\s+(?:doesn'?t|does\s+not|don'?t|won'?t|will\s+not)\s+(?:all\s+|quite\s+|fully\s+)?come\s+together|(?:the\s+)?(?:covenants?|limits?|constraints?|screens?|caps?)\s+(?:stop|leave|keep|hold)s?\s+us\s+(?:short|back))`;

/** Cues read on the words before the figure, back to the start of its sentence. */
const CUE_BEFORE = new RegExp(
  `(?:` +
    [
      // "if not, stop at", "if it doesn't all come together, stop at", "if the covenants stop us short, stop at".
      String.raw`${FAILS_TO_COME_TOGETHER}\s*[,;\u2014-]?\s*${STOP}`,
      // "the bottom line if the market turns soft is", "our floor should bids come in light would be".
      String.raw`\b(?:floor|minimum|bottom\s+line|fall[-\s]?back|walk[-\s]?away)\s+(?:if|should|when|in\s+case)\s+[a-z' ]{1,40}?\s+(?:is|would\s+be|will\s+be)`,
      // "the minimum we would sign for is", "the least the board will sign off on is".
      String.raw`\b(?:the|our)\s+(?:minimum|least|lowest)\s+(?:(?:we|i|they)|the\s+(?:board|committee|company))(?:'d|'ll|\s+would|\s+will|\s+could|\s+can)?\s+(?:sign\s+(?:for|off\s+on|up\s+to)|agree\s+to|go\s+ahead\s+(?:with|at))\s+(?:is|would\s+be|will\s+be)`,
      // "approved, reducible to", "may be reduced to", "can be scaled back to".
      String.raw`\breducible\s+to|\b(?:can|could|may|might)\s+be\s+(?:reduced|scaled\s+(?:back|down)|trimmed|cut\s+back)\s+to`,
    ].join('|') +
    String.raw`)\s*(?:as\s+(?:little|low)\s+as\s+)?$`,
);

/** A figure gone down to, before it: "happy to go to", "willing to come down to", "prepared to drop to". */
const GONE_DOWN_TO_BEFORE =
  /\b(?:happy|willing|prepared|ok(?:ay)?|fine|able|ready|content)\s+to\s+(?:go|come|drop|settle)\s+(?:down\s+)?(?:to|at|for)\s*$/;
/** The ask failing right after that figure: "$55M if we need to trim", "$55M should the market soften". */
const FALLS_SHORT_AFTER = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*${FALLS_SHORT}`);

/**
 * The stop cue before the amount at `amountStart` (ending at `amountEnd`), looked for back to the start of its line or
 * sentence, with its index counted from `clauseStart` as the other floor cues' are; null when there is none.
 */
export function stopShortFloorCue(lower: string, clauseStart: number, amountStart: number, amountEnd: number): RegExpExecArray | null {
  const lineStart = lower.lastIndexOf('\n', amountStart - 1) + 1;
  let windowStart = Math.max(lineStart, amountStart - 160);
  const sentenceEnd = Math.max(...[...lower.slice(windowStart, amountStart).matchAll(/[.!?]\s/g)].map((end) => end.index + 1), 0);
  windowStart += sentenceEnd;
  const before = lower.slice(windowStart, amountStart);
  const cue =
    CUE_BEFORE.exec(before) ?? (FALLS_SHORT_AFTER.test(lower.slice(amountEnd, amountEnd + 80)) ? GONE_DOWN_TO_BEFORE.exec(before) : null);
  if (cue === null) return null;
  cue.index += windowStart - clauseStart;
  return cue;
}
