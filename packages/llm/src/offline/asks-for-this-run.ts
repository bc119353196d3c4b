/**
 * The ask named for the run at hand, set against other figures: "the ask for this first run is $185M" after an
 * authority of up to $300M, "This one: $71M" after last year's deal, "this time it's $90M". Looked for right before
 * the amount by `isDeclaredAsk`, which puts such an amount before those only mentioned. A figure for another run
 * ("the ask for the next round is $60M, later") is not this one's: only this run, the current one or the first.
 */
const ASK_FOR_THIS_RUN =
  /(?:\b(?:the|our|my)\s+(?:ask|target|number|figure)\s+for\s+(?:this|the\s+(?:current|present|first|initial))\s+(?:(?:first|initial|current|present|opening)\s+)?(?:run|round|tranche|phase|pass|cut|exercise)\s*(?::|is\b|[-\u2013\u2014])|(?:^|[.;!?\n]\s*)this\s+(?:one|time)\s*(?::|[-\u2013\u2014]|,?\s+(?:it['\u2019]?s|is|we\s+(?:need|want)))|\bfor\s+this\s+one\s*,?\s*(?:it['\u2019]?s|is|we\s+(?:need|want)))\s*(?:(?:about|around|roughly)\s+)?$/;

/** True when the words right before an amount (ending at `start` in `lower`) name it the ask for the run at hand. */
export function isAskForThisRun(lower: string, start: number): boolean {
  return ASK_FOR_THIS_RUN.test(lower.slice(Math.max(0, start - 80), start));
}
