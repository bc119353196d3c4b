/**
 * An aside in brackets that speaks of an earlier period with its own subject and verb ("Raise $80M (last year was
 * US GAAP)", "$120M (the prior program was smaller)"): it says nothing of the amount before it, so the words that
 * make a clause past are not looked for inside it. So is an aside about another figure ("$250M (the $275M in last
 * week's deck predates the dividend decision)", "$60M (we discussed $75M last week but the acquisition got smaller)"): its past
 * words date that figure. An aside with no verb ("$40M (last year)") still dates the amount. A clause may end inside
 * the aside, at a comma of its own ("$70m (last year we did $130 mil, different program)"): the aside then runs to the
 * clause's end. An aside that dates the decision on the amount ("$240M (board approved last week)", "$95M (CFO signed
 * off yesterday)") says when the ask was set, not that it is a past program's. An aside on an earlier stage of the
 * program, with its own verb ("$185M for phase two (phase one closed at $64M in 2023 and is not part of this)", "(wave 1
 * raised $88M)"), dates that stage's figure, not the amount before it.
 */
const PAST_ASIDE =
  /\(\s*(?:the\s+)?(?:last|prior|previous|earlier)\s+(?:year|quarter|round|time|program(?:me)?|deal|transaction|period|cycle|report(?:ing)?)(?:'s)?\s+(?:[a-z0-9]+\s+){0,3}?(?:was|were|used|had|did|went|came|closed)\b[^()]*(?:\)|$)|\(\s*(?:(?:we|i|they)\s+(?:discussed|talked\s+about|said|mentioned|had|considered|looked\s+at)|the|our|that)\s+(?:us\$|\$|usd\s*)\d[^()]{0,60}?\b(?:last|prior|previous|earlier)\s+(?:week|month|year|quarter|round|time|draft|deck|version)\b[^()]*\)|\(\s*(?:(?:the\s+)?(?:board|committee|ic|cfo|ceo|treasurer|exco|management|lenders?)\s+)?(?:approved|agreed|signed\s+(?:it\s+)?off|confirmed|ratified|decided)(?:\s+(?:it|this|that))?\s+(?:last\s+(?:week|month|night)|yesterday|this\s+(?:morning|week|month)|on\s+(?:mon|tues|wednes|thurs|fri)day|at\s+(?:the\s+|last\s+week's\s+)?(?:ic|board|committee|meeting))\b[^()]*(?:\)|$)|\(\s*(?:the\s+)?(?:(?:phase|tranche|wave|stage|leg)\s+(?:one|two|three|[1-3]|i{1,3}|a)|(?:first|earlier|previous|prior|initial)\s+(?:phase|tranche|wave|stage|leg))\s+(?:[a-z0-9]+\s+){0,2}?(?:was|were|closed|raised|did|went|came|sold|fetched|brought\s+in|is\s+(?:done|closed|complete))\b[^()]*(?:\)|$)/g;

/** `clause` with every past aside written as spaces, the same length. */
export function withoutPastAsides(clause: string): string {
  if (!clause.includes('(')) return clause;
  // An aside left open that opens its clause is all the clause holds: its figure is the past one, still dated.
  return clause.replace(PAST_ASIDE, (aside: string, offset: number) =>
    aside.endsWith(')') || clause.slice(0, offset).trim() !== '' ? ' '.repeat(aside.length) : aside,
  );
}

/**
 * A sentence that opens on a past occasion, set off by commas, and says what was done then up to the amount: "Last
 * time, in 2022, we raised $60M", "Two years ago, the company sold four stores for $30M". The occasion is named before
 * the clause the amount stands in, so the clause alone reads as this program's.
 */
const PAST_OCCASION_OPENING =
  /(?:^|[.!?;\n])[^\S\n]*(?:(?:last\s+(?:time|year|round|cycle)|the\s+last\s+time|in\s+(?:fy\s*)?(?:19|20)\d\d|back\s+in\s+(?:19|20)\d\d|(?:a|one|two|three|four|five|\d+)\s+years?\s+ago)[^\S\n]*,[^\S\n]*)+(?:we|they|the\s+(?:company|group|parent|business)|it)\s+(?:raised|sold|did|closed|got|took|realised|realized|fetched|brought\s+in|generated)\b[^.!?;\n\d$]{0,40}$/;

/** True when the amount at `start` is what a past occasion yielded, named at the opening of its sentence. */
export function isPastOccasionFigure(lower: string, start: number): boolean {
  return PAST_OCCASION_OPENING.test(lower.slice(Math.max(0, start - 160), start));
}
