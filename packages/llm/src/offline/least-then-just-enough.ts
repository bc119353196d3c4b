/**
 * The least to raise, then selling just enough over it: "raising not less than $85 million; sell just enough, not a
 * dollar more", "at least $120M - raise just enough". Every set chosen must reach the figure and the one chosen
 * overshoots it least, so the figure is the ask itself, not a floor below some other ask (read by `readAmounts` as it
 * reads the sets chosen among those reaching the figure, `CHOSEN_AMONG_AFTER`). Just enough of something else
 * ("at least $90M; keep just enough buildings in Dallas") leaves the figure a floor.
 */
const JUST_ENOUGH_AFTER =
  /^[^.!?\n]{0,20}?[;,:\u2013\u2014-]\s*(?:and\s+|so\s+|then\s+)?(?:sell|raise|selling|raising)\s+(?:only\s+)?just\s+enough(?:\s*[,.;:!\u2013\u2014-]|\s+to\s+(?:cover|clear|reach|hit|get\s+(?:us\s+)?there|meet)\b|\s+(?:and|but)\s+not\s+(?:a|one)\s+(?:dollar|cent|penny)\s+more\b|\s*$)/;

/** True when the words right after the figure ending at `end` ask to sell just enough over it. */
export function isJustEnoughAfter(lower: string, end: number): boolean {
  return JUST_ENOUGH_AFTER.test(lower.slice(end, end + 120));
}
