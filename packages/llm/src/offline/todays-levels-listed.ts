/**
 * Today's covenant levels listed with no limit in their sentence, which are levels seen, never the limits to run with:
 * a sentence labelled as today's ("Today: net 3.1x, lease-adj 3.7x, FCCR 2.6x", "Currently - net leverage 2.9x") and
 * one that says where the company stands ("we're at 3.0x net leverage and roughly 3.6x lease-adjusted", "we are
 * currently at 2.8x FCCR"). A sentence that also holds a limit's words ("we're at 3.2x and must stay under 3.5x") is
 * left to the readers of limits, which tell today's level from the limit after it.
 */

/** A sentence labelled as today's levels: "Today:", "Currently -", "Current levels:", "Right now:". */
const LABELLED_TODAY =
  /(?<=^|[.;!?\n][^\S\n]*)(?:today|currently|right\s+now|as\s+of\s+today|current(?:\s+(?:levels?|position|state|metrics))?)[^\S\n]*(?:[:\u2013\u2014]|-\s)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*/g;

/** Where the company stands, a figure straight after: "we're at 3.0x", "we are currently at roughly 2.8x". */
const WHERE_WE_STAND =
  /\bwe(?:['\u2019]re|\s+are)\s+(?:currently\s+|now\s+|today\s+)?(?:at|sitting\s+at|running\s+at)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?\d[^.;!?\n]*(?:\.\d[^.;!?\n]*)*/g;

/** Words of a limit, or a comparison sign: with any of them the sentence holds more than today's levels. */
const LIMIT_WORDS =
  /[\u2264\u2265<>]|\b(?:under|below|above|over|max(?:imum)?|min(?:imum)?|at\s+(?:most|least)|no\s+(?:more|higher|greater|less|lower)|not\s+(?:to\s+)?(?:exceed|go|be|more|less)|caps?|limits?|ceiling|floor|covenant|keep|stay|need|must|should|want|exceed|allow|target|after|post)\b/;

/** The spans of today's levels listed with no limit, in the lower-cased text. */
export function todaysLevelsListedSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Every shape names today or where "we" are.
  if (!lower.includes('we') && !lower.includes('today') && !lower.includes('current') && !lower.includes('now')) return spans;
  for (const pattern of [LABELLED_TODAY, WHERE_WE_STAND])
    for (const match of lower.matchAll(pattern))
      if (!LIMIT_WORDS.test(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}
