// The words that take back a figure put up for discussion ("nothing is decided", "forget it", "let's discuss
// later") or put another in its place ("but", "settled on"), read by `discussedSpans` in `superseded-figures.ts`.

/**
 * Words that disown a figure up for discussion: "nothing is decided", "we're not doing that", "that is not happening",
 * no longer relevant ("we'd looked at a 3.5x test last year but that's not relevant now"), a condition not met ("if we get the amendment we could go to 4x - we haven't, so..."), a question left for later
 * ("Should we cap rent at $7m? Let's discuss - don't apply it yet", "hold off on that"),
 * "the proposal I floated ($90M) is dead", "was scrapped", and a question taken back: "Could we also cap it at 50%?
 * Eh, forget it", "just curious, not a requirement", "what if we went to 4x leverage? just asking", or put off: "What if we tried a 30% cap? Let's discuss
 * separately", "leave that for now", and a question nobody committed to: "asked whether FCCR could be held at 2.5x;
 * management did not commit", "nobody agreed", "Treasury will come back on it", and a decision against it: "we
 * considered a 20% market-share cap but decided against it", "... but chose not to" (in the figure's own sentence:
 * a decision in a later one is about something else), and one found needless or left open: "considered limiting market
 * share to 30% but concluded it was unnecessary", "considered capping it but have not reached a decision; leave it out for now",
 * "discussed a rent cap; Treasury will return to it", and one still under review ("discussed a possible 21% tax rate,
 * but the final rate is under review").
 */
export const DISOWNING =
  /\b(?:(?:is|are|remains?|stays?)\s+(?:still\s+)?under\s+(?:review|discussion|consideration)|(?:did\s+not|didn't|(?:has|have)\s+not|hasn't|haven't)\s+(?:commit(?:ted)?|agree(?:d)?)(?:\s+to\s+(?:it|that|this))?|(?:nobody|no\s+one)\s+agreed|(?:will|to|must)\s+come\s+back\s+(?:on|to|about)\s+(?:it|that|this)|nothing(?:'s|\s+is|\s+has\s+been)\s+(?:yet\s+)?decided|not\s+(?:yet\s+)?decided|not\s+doing\s+(?:that|this|it)|(?:not|never)\s+(?:happening|going\s+to\s+happen)|(?:not|no\s+longer)\s+relevant|irrelevant\s+now|(?:is|was|'s|has\s+been)\s+(?:now\s+)?(?:dead|scrapped|withdrawn|shelved|abandoned|superseded|rejected|cut)|(?:rejected|overruled|vetoed|dropped|declined)\s+(?:it|that|this|the\s+idea)|(?<=^[^.!?;\n]*)(?:decided|chose|opted|voted)\s+(?:against(?:\s+(?:it|that|this|the\s+idea))?|not\s+to(?:\s+(?:adopt|impose|apply|set|use|add)\s+(?:it|that|this|one))?(?=\s*[-,;.!)]|\s*$))|forget\s+(?:about\s+)?(?:it|that)|never\s*mind|scratch\s+that|leave\s+(?:that|it|this)\s+(?:for\s+now|aside)|just\s+(?:curious|asking|wondering)|not\s+what\s+(?:the\s+[a-z]+|they|we|he|she)\s+wants?|not\s+an?\s+(?:(?:board|formal|firm|binding)\s+)?(?:requirement|constraint|instruction|directive|hard\s+(?:rule|limit))|(?:a|my)\s+personal\s+(?:view|opinion|preference)|(?:let's|we(?:'ll|\s+will|\s+can)|to\s+be)\s+(?:discuss(?:ed)?|revisit(?:ed)?|talk\s+about)\s+(?:(?:it|that|this)\s+)?(?:separately|later|offline|another\s+time)|(?:let's|we(?:'ll|\s+will|\s+should))\s+(?:discuss|revisit|talk)(?=\s*(?:[-.;,!]|$))|(?:don't|do\s+not|not\s+to)\s+(?:apply|use|model|include|add|put\s+in|bake\s+in)\s+(?:it|that|this|the\s+[a-z]+)(?:\s+(?:in|into)\s+(?:the\s+)?(?:model|run))?\s+yet|hold\s+off\s+on\s+(?:it|that|this)|(?:concluded|decided|found|agreed)\s+(?:that\s+)?(?:it|that|this|one|such\s+a\s+(?:cap|limit))\s+(?:(?:was|is|would\s+be)\s+(?:unnecessary|unneeded|not\s+(?:needed|necessary|required))|(?:wasn't|isn't)\s+(?:needed|necessary|required))|(?:(?:has|have)\s+not|haven't|hasn't)\s+(?:yet\s+)?(?:reached|made|taken)\s+a\s+decision|no\s+decision\s+(?:has\s+been|was|is)\s+(?:yet\s+)?(?:reached|made|taken)|leave\s+(?:it|that|this)\s+out\s+for\s+now|(?:will|to|may)\s+return\s+to\s+(?:it|that|this)|(?:we|they)\s+(?:haven't|have\s+not|didn't|did\s+not|don't|do\s+not)(?:\s+(?:got(?:ten)?|get|have|had)\s+(?:it|that|one))?(?=\s*[-,;.!]))\b/;

/**
 * The words of `DISOWNING` after a figure up for discussion, in the figure's own sentence or the next; past that they
 * disown something else ("Lowest we could live with is $68M. The buildings should all be in Texas. A competitor sold a
 * Denver DC for $55M; not relevant to us." disowns the competitor's sale, not the floor or the places between).
 */
export function disowningNear(after: string): RegExpExecArray | null {
  const found = DISOWNING.exec(after);
  if (found === null) return null;
  // A title's full stop ("Mr. Grant's proposal") ends no sentence.
  const ends = [...after.slice(0, found.index).matchAll(/(?<!\b(?:mr|ms|mrs|dr|st|vs|no|e\.g|i\.e))[.!?](?=\s)/g)];
  if (ends.length > 1) return null;
  // In the next sentence, words that follow a figure of their own disown that figure: "... at or below $8 million.
  // Last quarter's call asked about our 3.0x leverage; not relevant here." leaves the rent cap standing.
  const lastEnd = ends[0];
  if (lastEnd !== undefined && /\d/.test(after.slice(lastEnd.index + 1, found.index))) return null;
  // "leaseability of 0.65 or better. I'm in Atlanta this week for the review, but that's not relevant to the sale": in
  // the next sentence, "but that" after a clause of its own points back to that clause, not to the figure before.
  if (lastEnd !== undefined && OWN_CLAUSE_DISOWNED.test(after.slice(0, found.index))) return null;
  return found;
}

/** The next sentence's own clause, then "but that's" (or "though it is") just before the disowning words. */
const OWN_CLAUSE_DISOWNED =
  /[.!?]\s+(?:[^\s.!?]+\s+){3,}[^\s.!?]*,?\s+(?:but|though|although)\s+(?:that|this|it)(?:['\u2019]s|\s+is|\s+was)?\s*$/;

/** Words that replace a figure up for discussion: "but", "settled on", "after debate", "let's do", "no - use". */
// "management proposed $175M; the board reduced it to $160M", "Compromise: $110m target", "Originally we asked for
// $150m; we're now asking for $170m".
export const REPLACING =
  /\b(?:but|however|instead|now|settled|decided|agreed|landed|fixed|consensus|compromise|after\s+(?:debate|discussion)|let's\s+(?:do|go)|going\s+with|(?:reduced|cut|lowered|trimmed|raised|increased|revised|changed|moved)\s+(?:it|that|this|the\s+[a-z]+)\s+(?:down\s+|up\s+)?to)\b/;
