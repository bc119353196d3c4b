import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * More wording of the sell-no-more-than-needed objective (`min_proceeds`), beside `objective-wording.ts`: proceeds
 * landing as near the target as they can ("as close to the target as possible", "the closest fit to that number"), the
 * sale no bigger than needed ("no more than needed", "no bigger than needed to hit it"), the overshoot refused beyond
 * need ("should not overshoot that requirement by more than necessary"), the smallest package clearing a figure ("the
 * smallest package that clears $100M", the figure left to the amounts' reader), and the objective named as the solution
 * or approach wanted ("the minimum proceeds solution", "Minimum proceeds approach.") or as a clause of its own in a list
 * ("retail only, minimum proceeds, 10-year leases"). Read by `readEconomics`.
 */
export const MIN_PROCEEDS_NEAR_TARGET = new RegExp(
  String.raw`\b(?:` +
    [
      // "as close to the target as possible", "land as close to that as you can", "close to target as possible" (the
      // first "as" dropped); "as close as you can to the target"
      // with no closing "as possible" is left to the strategy reader, which reads it as the exact strategy alone.
      String.raw`(?:as\s+)?close\s+to\s+(?:the\s+|our\s+|that\s+|this\s+)?(?:target|ask|number|figure|amount|goal|that|it)\s+as\s+(?:possible|you\s+can|we\s+can)`,
      // "land as close as possible above that", "as close as we can over $110M": as near the ask as can be, from above,
      // is the least proceeds that clear it. The figure after it stays the amounts' reader's.
      String.raw`as\s+close\s+as\s+(?:possible|you\s+can|we\s+can)\s+(?:above|over)`,
      // "closest to target", "the closest fit to that number", "nearest match to the ask".
      String.raw`(?:the\s+)?(?:closest|nearest|tightest)(?:\s+(?:possible\s+)?(?:fit|match))?\s+to\s+(?:the\s+|our\s+|that\s+|this\s+)?(?:target|ask|number|figure|amount|goal)`,
      // "a closest-to-target optimiser", "the nearest-to-ask set": the same words joined into one modifier.
      '(?:closest|nearest)-to-(?:the-)?(?:target|ask|number|goal)',
      // "no more than needed", "and no more than necessary", "no bigger than needed": the need as the sale's size.
      String.raw`no\s+(?:more|bigger|larger)\s+than\s+(?:we\s+|is\s+|you\s+|it\s+is\s+)?(?:really\s+|strictly\s+|actually\s+)?(?:need(?:ed|s)?|necessary|required)`,
      // "should not overshoot that requirement by more than necessary": only need may take proceeds past the target.
      String.raw`(?:(?:should|must|shall|will|would)\s+not|(?:should|must|wo)n'?t|never|not\s+to)\s+overshoot(?:\s+(?:the|that|this|our)\s+(?:target|ask|requirement|number|figure|amount|goal))?\s+by\s+more\s+than\s+(?:is\s+)?(?:necessary|needed|required)`,
      // "the smallest package that clears $100M": the figure after it stays the target's, so it is not taken.
      String.raw`(?:the\s+)?smallest\s+(?:package|set|program(?:me)?|sale|selection|combination|basket|portfolio)\s+(?:that|which)\s+(?:clears|hits|reaches|meets|covers|gets\s+(?:us\s+)?to)(?=\s+(?:us\$|\$|usd\s*)?\d)`,
      // "as close to $120m as possible", "closest fit to $125m", "closest to $195M": the target's own figure as the mark to land on, left to the amounts' reader.
      String.raw`(?:as\s+close|(?:the\s+)?(?:closest|nearest|tightest)(?:\s+(?:possible\s+)?(?:fit|match))?)\s+to(?=\s+(?:us\$|\$|usd\s*)\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z]))`,
      // "$100m, closest fit, IFRS 16": the fit asked for as a clause of its own.
      String.raw`(?<=[,;:]\s*)(?:the\s+)?(?:closest|nearest|tightest)\s+(?:fit|match)(?=\s*(?:[.;,!)\n]|$))`,
      // "with the least excess", "the smallest surplus": the excess itself kept smallest.
      String.raw`(?:the\s+)?(?:least|smallest|lowest|minimum)\s+(?:excess|surplus)(?!\s+(?:dollars|proceeds|cash|land|propert|capacity|space|asset))`,
      // "sell the minimum to reach $60m", "sell the least needed to hit it": selling only as far as the target.
      String.raw`sell(?:s|ing)?\s+(?:only\s+)?the\s+(?:bare\s+)?(?:minimum|least)\s+(?:(?:needed|required|necessary)\s+)?to\s+(?:reach|hit|get\s+to|clear|meet|cover)`,
      // "not a penny more if we can help it": the sale kept to the target to the cent; not in a sentence about rent or
      // a budget ("Max new rent $21M (signed off on that figure, not a dollar more)"), which caps that instead.
      String.raw`(?<!\b(?:rents?|budget|budgets|fees?|capex)\b[^.;!?\n]{0,80})not\s+(?:a|one)\s+(?:single\s+)?(?:penny|cent|dollar)\s+more(?!\s+than)`,
      // "the minimum proceeds solution", "Minimum proceeds approach.": the objective as the answer asked for; a
      // figure after it ("a minimum proceeds solution of $80M") would make it a floor.
      String.raw`(?:the\s+|a\s+)?min(?:imum|imal)?\.?[-\s]proceeds\s+(?:solution|approach|answer|outcome|result|selection|option|method|case)(?!\s*(?:[:=|($\d]|of\b|at\b))`,
    ].join('|') +
    ')(?![a-z])' +
    // "retail only, minimum proceeds, 10-year leases": the objective as a clause of a list, never a floor's label with
    // its figure ("Minimum proceeds, $40M", "minimum proceeds\n40,000,000").
    String.raw`|(?<=[,;]\s*)min(?:imum|imal)\s+proceeds(?=\s*(?:[.;!)]|$|,(?!\s*(?:us\$|\$|usd|eur|gbp|of\b|at\b|floor\b|\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|k)?(?![\d.%a-z-])))))`,
  'g',
);

/** Every form of `MIN_PROCEEDS_NEAR_TARGET` has one of these words: a brief with none skips it. */
export const NEAR_TARGET_WORD = /close|nearest|tightest|more|bigger than|larger than|overshoot|smallest|proceeds|excess|surplus|sell/;
