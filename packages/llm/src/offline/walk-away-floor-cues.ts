/**
 * A floor said as the point where the company walks away or the range bottoms out, in wordings beside
 * `out-of-reach-floor-cues.ts`: the walk-away named after the figure ("$125M is the number, $100M the walk-away"), the
 * range's bottom ("bottom of the range $100M"), a hard stop ("with a hard stop at $95M"), the offers walked away from
 * ("we'd walk away from anything under $75M"), the least accepted with its article ("The minimum we will accept is
 * $275 million"), a lower landing said before the stop ("if you have to come in lower, stop at $200M"), the buyers'
 * or market's failure said before the stop ("If the buyers can't get us all the way there, we'd stop at $90M", "If the
 * market can't support it, the committee accepts stopping at $80M"), and the buyers who "don't bite" after the figure
 * ("or $75M if the buyers don't bite"). Read by `readAmounts`.
 */

/** What is done then, before the figure: "stop at", "we'd stop at", "the committee accepts stopping at", "settle for". */
const STOP = String.raw`(?:then\s+)?(?:(?:we|i|they|the\s+(?:board|committee|company|client))(?:'d|'ll|\s+would|\s+will|\s+can)?\s+)?(?:stop(?:s|ping)?\s+at|accepts?\s+stopping\s+at|(?:go|come)\s+(?:down\s+)?to|drop\s+to|settle\s+(?:at|for)|fall\s+back\s+to|take|accept)`;

/** "can't", "cannot", "won't", "doesn't", "don't": the failure in a condition. */
const FAILS = String.raw`(?:can'?t|cannot|can\s+not|won'?t|will\s+not|don'?t|doesn'?t|do\s+not|does\s+not)`;

/** Cues read on the words before the figure, back to the start of its sentence or line. */
const CUE_BEFORE = new RegExp(
  `(?:` +
    [
      // "bottom of the range $100M", "the bottom of our range is ", "bottom end of the range: ".
      String.raw`\bbottom(?:\s+end)?\s+of\s+(?:the|our|my)\s+range\s*(?:is|would\s+be|[:,=\u2014\u2013-])?\s*`,
      // "with a hard stop at ", "hard stop: ": a stop that is called hard is the least taken.
      String.raw`\bhard\s+stop(?:\s+(?:at|of)|\s*[:=])\s*`,
      // "we'd walk away from anything under ", "walk away from any offer below ".
      String.raw`\bwalk(?:s|ing)?\s+away\s+from\s+(?:anything|any\s+(?:offer|deal|bid|package|price|sale))\s+(?:under|below|less\s+than|lower\s+than|short\s+of)\s*`,
      // "The minimum we will accept is ", "the least the board would accept is ": with its article, which the
      // out-of-reach cue leaves out; "wi1l" is "will" from a scanned page. "Minimum I'd walk away with is ", "the
      // least we'd settle for is ": what the writer leaves with, with or without the article.
      String.raw`\bthe\s+(?:minimum|least|lowest)\s+(?:(?:amount|figure|number)\s+)?(?:we|i|they|the\s+(?:board|committee|company|client))(?:'d|'ll|\s+would|\s+w[i1][l1][l1]|\s+could|\s+can)?\s+(?:accept|take|sign\s+(?:for|off\s+on)|agree\s+to)\s+(?:is|would\s+be|will\s+be)\s*:?\s*`,
      String.raw`(?:(?:^|[.;:,\n])\s*|\bthe\s+)(?:minimum|least|lowest)\s+(?:(?:amount|figure|number)\s+)?(?:we|i|they|the\s+(?:board|committee|company|client))(?:'d|'ll|\s+would|\s+will|\s+could|\s+can)?\s+(?:walk\s+away\s+with|settle\s+for|live\s+with|leave\s+with)\s+(?:is|would\s+be|will\s+be)\s*:?\s*`,
      // "if you have to come in lower, stop at ", "if we need to go lower, take ".
      String.raw`\bif\s+(?:we|you|they|it)\s+(?:have|has|need|needs)\s+to\s+(?:come\s+in|go|land|settle|end\s+up)\s+(?:lower|below|under|short|less)(?:\s+than\s+(?:that|this|it))?\s*[,;:\u2014\u2013-]\s*${STOP}\s*`,
      // "If the buyers can't get us all the way there, we'd stop at ", "If the market can't support it, the committee
      // accepts stopping at ": the failure of buyers or market, then the stop.
      String.raw`\bif\s+(?:the\s+)?(?:buyers?|market|investors?|bidders?|bids?|pricing|demand)\s+${FAILS}\s+[^,.;:\n]{2,50}[,;:\u2014\u2013-]\s*${STOP}\s*`,
    ].join('|') +
    ')$',
);

/** A figure of something other than proceeds, after it: "of rent", "in rent", "a year", "per year". */
const OTHER_FIGURE_AFTER = /^[^\S\n]*(?:of|in|per|a\s+year|annually|each\s+year)\b/;

/**
 * The walk-away cue before the amount at `amountStart` (ending at `amountEnd`), looked for back to the start of its line
 * or sentence, with its index counted from `clauseStart` as the other floor cues' are; null when there is none.
 */
export function walkAwayFloorCue(lower: string, clauseStart: number, amountStart: number, amountEnd: number): RegExpExecArray | null {
  const lineStart = lower.lastIndexOf('\n', amountStart - 1) + 1;
  let windowStart = Math.max(lineStart, amountStart - 200);
  const sentenceEnd = Math.max(...[...lower.slice(windowStart, amountStart).matchAll(/[.!?]\s/g)].map((end) => end.index + 1), 0);
  windowStart += sentenceEnd;
  // "$7M of rent": a figure of something else is no floor.
  if (OTHER_FIGURE_AFTER.test(lower.slice(amountEnd, amountEnd + 30))) return null;
  const cue = CUE_BEFORE.exec(lower.slice(windowStart, amountStart));
  if (cue === null) return null;
  cue.index += windowStart - clauseStart;
  return cue;
}

/**
 * The walk-away named after the figure, read on the clause's words after it: "$100M the walk-away", "$90M is our walk-away
 * number", "$75M if the buyers don't bite", "$60M should the market not bite". Read only beside a target.
 */
export const WALK_AWAY_AFTER = new RegExp(
  String.raw`^[^\S\n]*,?[^\S\n]*(?:` +
    [
      String.raw`(?:is\s+|as\s+|would\s+be\s+)?(?:the|our|my)\s+walk[-\s]?away(?:\s+(?:number|point|figure|price|level|amount))?`,
      String.raw`(?:if|should|in\s+case|when)\s+(?:the\s+)?(?:buyers?|market|investors?|bidders?)\s+(?:${FAILS}|not)\s+bite`,
    ].join('|') +
    ')(?![a-z-])',
);
