/**
 * A floor given once and then set again on a later line of a thread or notes: "Ana: ask $150M, floor $130M" then
 * "Ben: ↳ floor should be $125M per CFO", or "floor $90M" then "Kim: the floor is now $85M". The later line restates
 * the floor as a correction (a reply mark before it, or words that set it anew), so its figure replaces the floors of
 * the lines before it, lower or higher: without this, the highest of the floors given would be kept. Read by
 * `readAmounts` once every floor is read.
 */

/** A floor figure as `readAmounts` holds it: its value and where it stands in the brief. */
interface FloorRead {
  value: number;
  start: number;
  end: number;
}

/**
 * A line's opening, up to the floor's figure, that sets the floor anew: an optional speaker's or time's label, then a
 * reply mark ("↳") or a word that corrects ("correction:", "actually", "update:"), then the floor named with a verb of
 * setting it again ("floor should be", "the floor is now", "make the floor", "change the floor to", "floor moves to").
 */
const FLOOR_SET_ANEW = new RegExp(
  String.raw`^[^\S\n]*(?:[-*\u2022>][^\S\n]*)?(?:[^\n]{1,40}?:[^\S\n]+)?` +
    String.raw`(?:(?:\u21b3|correction[^\S\n]*[:,\u2013\u2014-]|actually[,]?|update[^\S\n]*[:,\u2013\u2014-]|sorry[,]?|ok(?:ay)?[,]?|no[,]?)[^\S\n]*)+` +
    String.raw`(?:(?:make|change|move|set|lower|raise|drop|bump)[^\S\n]+(?:the[^\S\n]+)?(?:floor|minimum)[^\S\n]+(?:to[^\S\n]+)?` +
    String.raw`|(?:the[^\S\n]+)?(?:floor|minimum)[^\S\n]+(?:should[^\S\n]+(?:now[^\S\n]+)?be|is[^\S\n]+now|now|moves[^\S\n]+to|goes[^\S\n]+to|drops[^\S\n]+to|changes[^\S\n]+to|to[^\S\n]+be)[^\S\n]+)` +
    String.raw`(?:us\$|usd[^\S\n]*|\$)?$`,
);

/**
 * The floors left once a later line sets the floor anew: the floors read before that line are dropped, since the
 * line replaces them. `written` is the brief as written, lower-cased (the reply mark is part of the line's opening).
 * With no such line, the floors are returned as they are.
 */
export function floorsAfterLaterRestatement<Floor extends FloorRead>(written: string, floors: readonly Floor[]): Floor[] {
  let restatedLineStart = -1;
  for (const floor of floors) {
    const lineStart = written.lastIndexOf('\n', floor.start - 1) + 1;
    // Only a later line corrects: the first line has nothing before it to replace.
    if (lineStart === 0) continue;
    if (FLOOR_SET_ANEW.test(written.slice(lineStart, floor.start))) restatedLineStart = Math.max(restatedLineStart, lineStart);
  }
  if (restatedLineStart < 0) return [...floors];
  return floors.filter((floor) => floor.start >= restatedLineStart);
}
