import { MILLION_SCALE, WORD_NUMBER } from './written-numbers.js';
import { PV_MEASURE } from './objective-wording.js';

// The objectives in everyday words that the older patterns miss, apart from `read-economics.ts`: selling just enough
// and not a dollar more, the fewest dollars over the ask, the present value of the leases kept as low as it can go,
// and the objective named by its shortest form ("objective npv cost").

/**
 * Selling just enough to cover the ask ("the plan that sells just enough to cover $130M", "raise just enough to clear
 * the target") or not a dollar over it ("not a dollar more than it has to", "sell the fewest dollars over that as
 * possible"): the least proceeds over the target. Just enough of anything else ("just enough buildings to keep the
 * lights on") is no objective, since it is the sale that must cover, clear or reach; nor is not a cent more than a
 * figure of rent ("not a cent more than $11M of extra annual rent"), which caps the rent.
 */
export const MIN_PROCEEDS_JUST_ENOUGH = new RegExp(
  String.raw`\b(?:sells?|selling|raises?|raising)\s+(?:only\s+)?just\s+enough\s+to\s+(?:cover|clear|reach|hit|get\s+(?:us\s+)?to|meet)(?![a-z])` +
    // "wants just enough to hit one hundred and five million", "just enough to get past $75M": no verb of selling
    // before it, so the mark reached must follow at once, a figure or the target's word.
    String.raw`|\bjust\s+enough\s+to\s+(?:cover|clear|reach|hit|meet|top|get\s+(?:us\s+)?(?:to|past|over|above|across))(?=\s+(?:(?:us\$|usd|\$)\s*\d|\d|${WORD_NUMBER}\s+(?:million|billion)|(?:the\s+|our\s+|that\s+)?(?:target|ask|goal|number|figure)(?![a-z])))` +
    // "$60M — just enough and no more —", "just enough, no more": the sale kept to what reaches the ask, said alone.
    String.raw`|\bjust\s+enough(?:\s*,\s*|\s+and\s+|\s*[-\u2013\u2014]+\s*)(?:not\s+a\s+(?:dollar|cent)\s+more|no\s+more)(?![a-z])` +
    String.raw`|\bnot\s+(?:a|one)\s+(?:single\s+)?(?:dollar|cent|penny)\s+(?:more|over|above)(?=\s+(?:than|the|it|that|what)\b)(?!\s+than\s+(?:us\$|usd|\$)?\s*\d[\d.,]*\s*(?:${MILLION_SCALE}|k)?\s+(?:of|in)\s+(?:(?:new|added|additional|incremental|extra|annual|yearly)\s+)*rent\b)|\b(?:fewest|fewer|least)\s+(?:extra\s+)?dollars\s+(?:over|above|past|beyond)\s+(?:that|it|the\s+(?:target|ask|number))(?![a-z])`,
  'g',
);

/** Kept as low as it goes: "as low as it can go", "as small as possible", "to a minimum", "at its lowest". */
const AS_LOW_AS_IT_GOES = String.raw`(?:as\s+(?:low|small|little)\s+as\s+(?:it\s+can\s+go|possible|we\s+can|you\s+can)|to\s+(?:a|the)\s+minimum|at\s+(?:its|the)\s+lowest)(?![a-z])`;
/** What the company pays for the leases: "the rent", "what we pay in rent", "our rent bill", "the lease payments". */
const RENT_WE_PAY = String.raw`(?:(?:the|our)\s+)?(?:what\s+we(?:'ll|\s+will)?\s+pay\s+(?:in|as|for)\s+rent|rent(?:al)?(?:\s+(?:bill|costs?|payments?|outlay))?|lease\s+(?:payments?|costs?|bill))`;

/**
 * The present value of what the leases cost kept as low as it can go: "keep the present-value cost of the leases,
 * compared with borrowing instead, as low as it can go", "hold the PV cost to a minimum", the present value of the rent
 * kept small ("keep the present value of the rent we'll pay as small as possible"), the rent kept low counted in present
 * value ("keep what we pay in rent as low as possible in present-value terms"), and as little present-value cost as can
 * be ("with as little present-value rent cost as possible"). The cheapest capital, read as the `min_npv_cost` objective;
 * a present value merely reported ("the PV cost came to $4M"), and the rent kept low with no present value named, are no
 * such ask.
 */
export const PRESENT_VALUE_COST_KEPT_LOW = new RegExp(
  String.raw`\b(?:keep|hold|push|get|bring)\s+(?:the\s+|our\s+)?(?:${PV_MEASURE}\s+(?:cost(?:\s+of\s+(?:the\s+)?(?:leases?|leasebacks?|sale|deal|program))?|of\s+${RENT_WE_PAY}))[^.;!?\n]{0,60}?\s${AS_LOW_AS_IT_GOES}` +
    String.raw`|\b(?:keep|hold|push|get|bring)\s+${RENT_WE_PAY}[^.;!?\n]{0,40}?\s${AS_LOW_AS_IT_GOES}\s+(?:in|on)\s+(?:an?\s+)?${PV_MEASURE}\s+(?:terms|basis)` +
    String.raw`|\bas\s+(?:little|low|small)\s+(?:an?\s+)?${PV_MEASURE}\s+(?:(?:rent(?:al)?|lease)\s+)?(?:cost|costs|spend|bill)\s+as\s+(?:possible|we\s+can|you\s+can)(?![a-z])`,
  'g',
);

/**
 * The objective named by the shortest form of the present-value cost after its label ("objective npv cost",
 * "obj: pv cost", "objective = npv"), with its lowest and what it is the value of in a setting's value ("objective:
 * lowest_pv_rent_cost"): the cheapest capital.
 */
export const OBJECTIVE_NPV_SHORT =
  /\bobj(?:ective)?\s*[:=]?\s*(?:(?:min(?:imi[sz]e|imum)?|lowest|least|cheapest)[\s_-]+)?n?pv(?:[\s_-]+(?:of[\s_-]+)?(?:rent|lease|leases))?(?:[\s_-]+cost)?(?![a-z?])(?!\s*\?)/g;

/** Every form above has one of these words: a brief with none skips them. */
export const JUST_ENOUGH_OBJECTIVE_WORD = /just enough|dollar|cent|penny|present|pv|obj/;
