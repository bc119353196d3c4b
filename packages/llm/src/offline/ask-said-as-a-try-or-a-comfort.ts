/**
 * The ask said as what to try for, what someone is comfortable with, or whose number it is, in a clause that also caps
 * rent or debt: "Could we try for $70M without adding more than $5.5 million a year in new rent?", "we're comfortable
 * with $250M as long as the added rent stays under $14.5M", "The company number is $118M and net debt should end up
 * under 3.65x". The cap's words (rent, debt) would make the figure background, so these words name it the ask. Read by
 * `readAmounts`; a floor cue before the figure ("comfortable with $80M if we can't get $100M") is read first.
 */

/** Words right before the amount that ask for it. */
const ASK_BEFORE = new RegExp(
  `(?:` +
    [
      // "try for", "trying to get", "we'd try to raise", "push for", "hoping for", "go after".
      String.raw`\b(?:try|trying|tries|tried|push|pushing|hope|hoping|hoped|reach|reaching|go|going)\s+(?:for|after|to\s+(?:get|raise|reach|hit|land|bring\s+in|do))`,
      // "we're comfortable with", "the board is happy with", "I'm fine at".
      String.raw`\b(?:(?:we|they|i)(?:'re|'m|\s+are|\s+am)|(?:the\s+)?(?:board|committee|cfo|ceo|treasurer|management|company)(?:'s|\s+is|\s+are))\s+(?:(?:quite|very|perfectly|fully|all)\s+)?(?:comfortable|happy|fine|ok(?:ay)?|good)\s+(?:with|at|doing|going\s+(?:to|for))`,
      // "The company number is", "the group's figure is", "treasury's number:".
      String.raw`\bthe\s+(?:company|group|corporate|board|treasury|house|official|working|program(?:me)?|deal)(?:'s)?\s+(?:number|figure|ask)\s*(?:is|will\s+be|:)`,
    ].join('|') +
    String.raw`)\s*(?:(?:about|around|roughly|approximately)\s+)?$`,
);

/** True when the words right before the amount at `start` in `lower` ask for it as the program's. */
export function isAskSaidAsATryOrAComfort(lower: string, start: number): boolean {
  return ASK_BEFORE.test(lower.slice(Math.max(0, start - 80), start));
}
