import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
// The least overshoot and the cheapest capital said in a writer's own words, apart from `read-objective.ts`: selling
// as little over the figure as can be ("sell as little over the 82 as you possibly can"), landing as close above or as
// near to it as can be, the set that overshoots the figure the least, and the option that costs least in today's
// dollars against borrowing.

/**
 * The target's figure or a word for it, only looked at: the figure stays free for the amounts' reader, since a brief
 * may name its target nowhere else ("Can you find the set that overshoots $95M the least?"). A percentage is no target.
 */
const TARGET_MARK = String.raw`\s+(?:the\s+|that\s+|our\s+|this\s+)?(?:(?:us\$|\$|usd\s*)?\d[\d.,]*(?![\d.,]*\s*%)\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?|target|ask|number|figure|amount|goal|it|that)(?![a-z\d])`;

/**
 * The target's own figure, only looked at: "$50M", "75 million", "USD 80m"; a percentage or a multiple ("3.0x") is no
 * target.
 */
const FIGURE_MARK = String.raw`\s+(?:us\$|\$|usd\s*)?\d[\d,]*(?:\.\d+)?(?![\d.,]*\s*%)(?![\d.,])\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?(?![a-z\d])`;

/** How far the writer would have it go: "as you possibly can", "as we can", "as it can" (a resolution's management), "as possible". */
const AS_FAR_AS_CAN_BE = String.raw`\s+as\s+(?:(?:you|we|it|they|management)\s+(?:possibly\s+|reasonably\s+)?(?:can|could|(?:can\s+)?manage)|possible|possibly\s+possible)(?![a-z])`;

/**
 * The least overshoot in words: "sell as little over the 82 as you possibly can", "land as close above 75 as you can",
 * "come in as near to $85M as possible", "the set that overshoots $95M the least", the overshoot kept as small as can
 * be, the set that goes over by the least, and the one that lands closest above the target. Each is the least proceeds over the
 * target (`min_proceeds`); only the leading words are taken, the figure is left free. As little over a rent rise or a
 * budget ("keep rent growth as little over 2% as we can") is no objective.
 */
export const MIN_PROCEEDS_LEAST_OVERSHOOT = new RegExp(
  [
    // "as little over $45M as we can", "as little above the ask as possible"
    String.raw`\bas\s+little\s+(?:over|above|past|beyond)(?=${TARGET_MARK}${AS_FAR_AS_CAN_BE})`,
    // "as close above 75 as you can", "as near to $85M as possible", "as near above the target as we can", and "near"
    // as the preposition itself: "landing as near that figure as you can", "as near $85M as possible"
    String.raw`\bas\s+(?:close\s+(?:above|over|to)|near(?:\s+(?:above|over|to))?)(?=${TARGET_MARK}${AS_FAR_AS_CAN_BE})`,
    // "the set that overshoots $95M the least", "whichever mix overshoots the target least"
    String.raw`\bovershoots?(?=${TARGET_MARK}\s+(?:the\s+)?least(?![a-z]))`,
    // "keep the overshoot as small as you can", "hold any excess over the target to a minimum": the overshoot kept
    // small with no figure of its own ("keep the overshoot under 5%" is a bound, not the objective).
    String.raw`\b(?:keep|hold)\s+(?:the\s+|any\s+)?(?:overshoot|excess|overage)(?:\s+(?:over|above)${TARGET_MARK})?\s+(?:as\s+(?:small|low|little|tight)\s+as\s+(?:you|we|it|they)?\s*(?:possibly\s+)?(?:can|possible)|to\s+(?:a|the)\s+(?:minimum|bare\s+minimum))(?![a-z])`,
    // "the set that goes over by the least", "whichever mix comes in over the target by the smallest amount"
    String.raw`\b(?:goes|go|going|comes?\s+in|lands?|ends?\s+up)\s+over(?:${TARGET_MARK})?\s+by\s+the\s+(?:least|smallest(?:\s+(?:amount|margin))?)(?![a-z])`,
    // "overshoot it by as little as you possibly can", "overshoot $75M by as little as possible"
    String.raw`\bovershoot(?:s|ing)?(?=${TARGET_MARK}\s+by\s+as\s+little${AS_FAR_AS_CAN_BE})`,
    // "the set that clears $115M by the smallest margin", "whichever mix beats the target by the narrowest amount"
    String.raw`\b(?:clears?|clearing|beats?|exceeds?)(?=${TARGET_MARK}\s+by\s+the\s+(?:least|smallest|narrowest|slimmest|thinnest)(?:\s+(?:amount|margin))?(?![a-z]))`,
    // "the combination that lands closest above the target", "whichever comes in nearest over $66M"
    String.raw`\b(?:lands?|comes?\s+in|ends?\s+up|sits?)\s+(?:closest|nearest)\s+(?:above|over)(?=${TARGET_MARK})`,
    // "as close as possible to $50M", "as near as we can to $75M": the target's own figure as the mark, after the
    // reach. Only a figure: "as close as you can to the target" stays the strategy reader's (the exact run alone).
    String.raw`\bas\s+(?:close|near)${AS_FAR_AS_CAN_BE}\s+to(?=${FIGURE_MARK})`,
    // "the closest fit just above $80M", "the nearest match over the ask": the fit asked for from above.
    String.raw`\b(?:closest|nearest|tightest)\s+(?:possible\s+)?(?:fit|match)\s+(?:just\s+)?(?:above|over)(?=${TARGET_MARK})`,
    // "as small an overshoot as you can", "as little excess as possible": the overshoot itself kept least.
    // "as little excess over $100M as we can manage": the figure between is only looked at.
    String.raw`\bas\s+(?:small|little|low)\s+(?:an?\s+)?(?:overshoot|excess|overage)(?:${AS_FAR_AS_CAN_BE}|\s+(?:over|above|past|beyond)(?=${TARGET_MARK}${AS_FAR_AS_CAN_BE}))`,
    // "just over $100M, not more", "just above 90 and no more", "get just above $140M and no further": the figure cleared
    // by a little and never by a lot. A rent, a level or a bid that rose just above a figure tells of it.
    String.raw`(?<!\b(?:rent|rents|leverage|coverage|costs?|bids?|offers?|price|valuation)\b[^.;!?\n]{0,20}?)\bjust\s+(?:over|above)(?=${FIGURE_MARK}\s*[,;:-]?\s*(?:and\s+|but\s+)?(?:not|no)\s+(?:more|further|higher)(?!\s+than))`,
    // "clear $55M as tightly as possible", "hit the target as tight as we can": the ask met with as little to spare as
    // can be. Only the verb is taken, the figure left free; a limit kept tight ("keep leverage as tight as possible")
    // is no objective.
    String.raw`\b(?:clear|clears|clearing|hit|hits|hitting|meet|meets|meeting|reach|reaches|reaching|top|tops|topping)(?=${TARGET_MARK}\s+as\s+tight(?:ly)?${AS_FAR_AS_CAN_BE})`,
    // "with the tightest overshoot you can find", "the slimmest overshoot possible": the overshoot kept narrow.
    String.raw`\b(?:tightest|slimmest|narrowest|thinnest)\s+(?:possible\s+)?(?:overshoot|excess|overage)(?![a-z])`,
    // "goal: just_enough", "\"optimise\": \"min_overshoot\"": the objective as a settings value, in its underscored name.
    String.raw`(?<=\b(?:goal|objective|optimi[sz]e|optimi[sz]ation)["']?\s*[:=]\s*["']?)(?:just_enough|min_overshoot)\b`,
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
export const LEAST_OVERSHOOT_WORD =
  /as little|as close|as near|overshoot|cost|excess|overage|by the (?:least|smallest|narrowest|slimmest|thinnest)|closest|nearest|tightest|as small|as low|just_enough|not more|no more|no further|no higher|tight|slimmest|narrowest|thinnest/;
