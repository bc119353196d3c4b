/**
 * An amount called the ask by the words right after it: "Sales: $300M is the ask.", "$120M is our target", "$95M is
 * the number we need". Whatever label or talk of sales, rent or debt comes before it, the amount so named is the ask.
 */

/**
 * "is the ask", "is our target", "remains the goal", "will be the number": a verb of being, an article or "our" /
 * "my", and a word for the ask. "is the ask's floor" or "is the target's 80%" name something else and are left alone.
 */
const CALLED_THE_ASK_AFTER =
  /^[^\S\n]+(?:is|remains|will\s+be|stays)[^\S\n]+(?:the|our|my|their)[^\S\n]+(?:(?:new|real|actual|headline|current)[^\S\n]+)?(?:ask|target|goal|number|figure)\b(?!['\u2019]s|[^\S\n]+(?:floor|minimum|for\s+(?:ebitda|rent|debt|sales|revenue)))/;

/** Whether the amount ending at `end` in `lower` is called the ask by the words after it ("$300M is the ask"). */
export function isCalledTheAskAfter(lower: string, end: number): boolean {
  return CALLED_THE_ASK_AFTER.test(lower.slice(end, end + 60));
}
