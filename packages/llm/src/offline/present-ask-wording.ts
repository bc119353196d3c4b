/**
 * The ask said as what stands now, after a figure from before: "This time the number is $130M", "This year it's
 * $140M", "the committee now wants $220M", "the board has since cut it to $230M", "then corrected it this morning: the
 * number is $105M", "sorry, correction from my boss: $100M", "Corrected number is $145M", "I'm cutting it to $150M",
 * "It's $95M now". Read by `readAmounts`: such
 * a figure is the ask whatever past deal or earlier draft its sentence tells of, and goes before the figures it
 * replaces.
 */

/** Words right before the amount that say it is the ask as it stands now. */
const PRESENT_ASK_BEFORE = new RegExp(
  `(?:` +
    [
      // "This time the number is", "this year it's", "this round we want".
      String.raw`\bthis\s+(?:time|year|round)\b,?\s+(?:the\s+(?:number|ask|target|figure)\s+is|it'?s|it\s+is|we\s+(?:want|need)|(?:we'?re|we\s+are)\s+(?:after|asking\s+for|going\s+for))`,
      // "the committee now wants", "the board now asks for", "we now need".
      String.raw`\b(?:the\s+[a-z]+|we|they|management|leadership)\s+now\s+(?:wants?|needs?|asks?\s+for|targets?|proposes?|says)`,
      // "the board has since cut it to", "has since raised it to".
      String.raw`\bhas\s+since\s+(?:cut|raised|lowered|reduced|trimmed|moved|changed|revised|increased|brought)\s+(?:it|that|the\s+(?:number|target|ask|figure))\s+(?:down\s+|up\s+)?to`,
      // "I'm cutting it to", "we've raised it to", "we're bumping the target up to": the writer moving the ask now.
      String.raw`\b(?:i|we)(?:['\u2019](?:m|re|ve|ll)|\s+(?:am|are|have|will))?\s+(?:now\s+)?(?:cut(?:ting)?|rais(?:e|ed|ing)|lower(?:ed|ing)?|reduc(?:e|ed|ing)|trim(?:med|ming)?|bump(?:ed|ing)?|increas(?:e|ed|ing)|revis(?:e|ed|ing)|tak(?:e|ing)|bring(?:ing)?|brought|mov(?:e|ed|ing))\s+(?:it|that|this|the\s+(?:number|target|ask|figure))\s+(?:down\s+|up\s+|back\s+)?to`,
      // "then corrected it this morning: the number is", "corrected it: ".
      String.raw`\bcorrected\s+(?:it|that|this|the\s+(?:number|figure|target))\b[^.;!?\n$]{0,30}?:\s*(?:the\s+(?:number|figure|target|ask)\s+is\s*)?`,
      // "sorry, correction from my boss:", "correction:".
      String.raw`\bcorrection(?:\s+from\s+[a-z' ]{1,30}?)?\s*[:\u2014-]`,
      // "Corrected number is", "the revised figure is".
      String.raw`\b(?:corrected|revised|updated|amended)\s+(?:number|figure|target|ask|amount)\s*(?:is|:|=)`,
    ].join('|') +
    String.raw`)\s*(?:(?:about|around|roughly)\s+)?$`,
);

/** "It's $95 million now", "the number is $95M now": the figure said to be what it is now, around the amount. */
const IT_IS_BEFORE = /\b(?:it['\u2019]?s|it\s+is|the\s+(?:number|ask|target|figure)\s+is)\s*$/;
const NOW_AFTER = /^[^\S\n]+now\b/;

/**
 * True when the words right before the amount at `start` in `lower` say it is the ask as it stands now, or, given its
 * `end`, the words around it do ("We were going to ask for $80M, but the number went up. It's $95M now.").
 */
export function isPresentAsk(lower: string, start: number, end?: number): boolean {
  if (end !== undefined && NOW_AFTER.test(lower.slice(end, end + 8)) && IT_IS_BEFORE.test(lower.slice(Math.max(0, start - 30), start)))
    return true;
  return PRESENT_ASK_BEFORE.test(lower.slice(Math.max(0, start - 100), start));
}

/**
 * "For the Q4 liquidity bridge the number is $155M": an amount called "the number", with nothing between the article and
 * the noun, is the ask, whatever talk of liquidity or rent its clause holds ("the EBITDA number is" names another).
 */
const THE_NUMBER_IS = /\bthe\s+(?:number|figure)\s+(?:is|will\s+be|we\s+need\s+is)\s*$/;

/** True when the amount at `start` in `lower` is called "the number" right before it. */
export function isCalledTheNumber(lower: string, start: number): boolean {
  return THE_NUMBER_IS.test(lower.slice(Math.max(0, start - 60), start));
}
