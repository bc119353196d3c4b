// The least overshoot and the cheapest capital said in a writer's own words, apart from `read-objective.ts`: selling
// as little over the figure as can be ("sell as little over the 82 as you possibly can"), landing as close above or as
// near to it as can be, the set that overshoots the figure the least, and the option that costs least in today's
// dollars against borrowing.

/**
 * The target's figure or a word for it, only looked at: the figure stays free for the amounts' reader, since a brief
 * may name its target nowhere else ("Can you find the set that overshoots $95M the least?"). A percentage is no target.
 */
const TARGET_MARK = String.raw`\s+(?:the\s+|that\s+|our\s+|this\s+)?(?:(?:us\$|\$|usd\s*)?\d[\d.,]*(?![\d.,]*\s*%)\s*(?:m|mm|mn|million|bn|billion)?|target|ask|number|figure|amount|goal|it|that)(?![a-z\d])`;

/** How far the writer would have it go: "as you possibly can", "as we can", "as possible". */
const AS_FAR_AS_CAN_BE = String.raw`\s+as\s+(?:(?:you|we)\s+(?:possibly\s+|reasonably\s+)?can|possible|possibly\s+possible)(?![a-z])`;

/**
 * The least overshoot in words: "sell as little over the 82 as you possibly can", "land as close above 75 as you can",
 * "come in as near to $85M as possible", "the set that overshoots $95M the least". Each is the least proceeds over the
 * target (`min_proceeds`); only the leading words are taken, the figure is left free. As little over a rent rise or a
 * budget ("keep rent growth as little over 2% as we can") is no objective.
 */
export const MIN_PROCEEDS_LEAST_OVERSHOOT = new RegExp(
  [
    // "as little over $45M as we can", "as little above the ask as possible"
    String.raw`\bas\s+little\s+(?:over|above|past|beyond)(?=${TARGET_MARK}${AS_FAR_AS_CAN_BE})`,
    // "as close above 75 as you can", "as near to $85M as possible", "as near above the target as we can"
    String.raw`\bas\s+(?:close|near)\s+(?:above|over|to)(?=${TARGET_MARK}${AS_FAR_AS_CAN_BE})`,
    // "the set that overshoots $95M the least", "whichever mix overshoots the target least"
    String.raw`\bovershoots?(?=${TARGET_MARK}\s+(?:the\s+)?least(?![a-z]))`,
  ].join('|'),
  'g',
);

/** Today's money as the basis a cost is counted on: "in today's dollars", "in present-value terms". */
const TODAYS_MONEY = String.raw`(?:in|on)\s+(?:an?\s+)?(?:today['\u2019]?s\s+(?:money|dollars|terms)|present[-\s]value(?:\s+(?:terms|basis))?|n?pv\s+(?:terms|basis))`;

/** Borrowing as what the cost is weighed against: "compared to borrowing", "versus taking on debt". */
const AGAINST_BORROWING = String.raw`(?:compared\s+(?:to|with)|versus|vs\.?|against|relative\s+to|rather\s+than|instead\s+of)\s+(?:just\s+)?(?:borrowing|(?:taking\s+on\s+|raising\s+)?(?:debt|a\s+loan|loans))`;

/**
 * The option that costs least in today's dollars against borrowing: "the option that costs least in today's dollars
 * versus borrowing", "the one where the leasebacks cost us least compared to borrowing, in today's dollars". The
 * cheapest capital (`min_npv_cost`); both the basis and the borrowing must be in the sentence, since a site that costs
 * least to run, even in today's dollars, is no objective.
 */
export const NPV_COST_LEAST_AGAINST_BORROWING = new RegExp(
  String.raw`\bcosts?\s+(?:us\s+|the\s+company\s+)?(?:the\s+)?least(?![a-z])` +
    String.raw`(?=[^.;!?\n]{0,80}?${TODAYS_MONEY})(?=[^.;!?\n]{0,80}?${AGAINST_BORROWING})`,
  'g',
);

/** Every form above has one of these words: a brief with none skips them. */
export const LEAST_OVERSHOOT_WORD = /as little|as close|as near|overshoot|cost/;
