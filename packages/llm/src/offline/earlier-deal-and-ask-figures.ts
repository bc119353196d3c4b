/**
 * Figures that belong to an earlier deal or an earlier ask, beside `dated-past-deals.ts`: what a prior program raised,
 * with its year and place in brackets ("Our prior SLB (2021, Phoenix) came in at $60M"), and an ask said to have been
 * the figure earlier, before the one that replaced it ("We were asked for $150M earlier, but after talking to the board
 * it's $135M"). Read by `readAmounts`, which leaves such a figure unread so the ask as it stands now is the one read.
 */

/**
 * An earlier deal: "our prior SLB", "the previous program", "the first sale-leaseback", "our 2021 deal", and in a
 * chat's shorthand with no article, "last SLB we did".
 */
const EARLIER_DEAL = String.raw`\b(?:(?:our|the|that|a|an)\s+)?(?:prior|previous|earlier|last|first|old|(?:19|20)\d\d)\s+(?:sale[-\s]?lease[-\s]?back|slb|deal|program(?:me)?|transaction|raise|round)s?\b`;

/**
 * The earlier deal's figure, up to the amount: "our prior SLB (2021, Phoenix) came in at ", "the previous program
 * raised about ", with a bracketed aside between the deal and its verb.
 */
const EARLIER_DEAL_FIGURE = new RegExp(
  String.raw`${EARLIER_DEAL}(?:[^\S\n]*\([^)\n]{0,40}\))?[^.;\n()]{0,40}?\b(?:raised|brought\s+in|fetched|generated|realised|realized|delivered|yielded|closed\s+at|came\s+in\s+at|was|totall?ed|netted)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under))\s+)?$`,
);

/**
 * An earlier run's figure in brackets after it, the run not to be repeated: "don't re-run the last scenario ($180M)",
 * "no need to redo the previous case (USD 150m)". The brief's own ask follows; an earlier run asked for again ("re-run
 * the last scenario ($180M)") keeps its figure.
 */
const EARLIER_RUN_BRACKET =
  /\b(?:don['\u2019]?t|do\s+not|no\s+need\s+to|not\s+to|never)\s+(?:re-?run|redo|re-do|repeat|rerun)\s+(?:the|our|that)\s+(?:prior|previous|earlier|last|old)\s+(?:scenario|run|case|model\s+run|pass)\s*\(\s*(?:(?:about|around|roughly|some)\s+)?$/;

/**
 * An ask said to have been the figure earlier, then replaced: "$150M earlier, but", "$90M at first; now", "$200M
 * originally, but the board". Read on the words right after the figure.
 */
const EARLIER_ASK_AFTER =
  /^[^\S\n]*(?:earlier|before|previously|originally|initially|at\s+first|last\s+week|last\s+month)\b[^.;\n]{0,20}?(?:,\s*|\s+|;\s*)(?:but|now|then|however)\b/;

/** Words before the amount that make it an ask asked for earlier: "we were asked for ", "the board wanted ". */
const ASKED_EARLIER_BEFORE =
  /\b(?:were|was)\s+(?:asked|told)\s+(?:for|to\s+(?:raise|find|get))\s*$|\b(?:wanted|had\s+asked\s+for|had\s+planned)\s*$/;

/**
 * Whether the amount between `amountStart` and `amountEnd` in `lower` is an earlier deal's or an earlier ask's: the
 * deal's figure back to the start of its sentence or line, or an ask asked for earlier and replaced after it.
 */
export function isEarlierDealOrAskFigure(lower: string, amountStart: number, amountEnd: number): boolean {
  const lineStart = lower.lastIndexOf('\n', amountStart - 1) + 1;
  let windowStart = Math.max(lineStart, amountStart - 160);
  const sentenceEnd = Math.max(...[...lower.slice(windowStart, amountStart).matchAll(/[.!?]\s/g)].map((end) => end.index + 1), 0);
  windowStart += sentenceEnd;
  const before = lower.slice(windowStart, amountStart);
  if (EARLIER_DEAL_FIGURE.test(before) || EARLIER_RUN_BRACKET.test(before)) return true;
  return ASKED_EARLIER_BEFORE.test(before) && EARLIER_ASK_AFTER.test(lower.slice(amountEnd, amountEnd + 60));
}
