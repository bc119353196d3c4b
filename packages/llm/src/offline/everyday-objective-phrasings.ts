/**
 * Objectives said in everyday phrasings that name neither objective: the cheapest option counted against borrowing or
 * in today's money ("cheapest in today's dollars versus borrowing", "the cheapest (NPV) way"), the lowest long-run
 * cost, what the capital costs over the lease term minimised; and the least sold over the ask ("sell the smallest
 * amount that clears $72M", "overshoot as little as you can", "no more than the minimum needed above $220M", "the
 * least possible over it", "the smallest set of assets needed to reach $128M"). Read by `statedObjectives`.
 */

/** What the cheapest is counted against: borrowing instead, today's money, a present value. */
const COST_BASIS = String.raw`(?:(?:versus|vs\.?|compared\s+(?:with|to)|against|relative\s+to)\s+(?:simply\s+|just\s+|plain\s+)?borrowing|today['\u2019]?s\s+(?:dollars|money|terms)|present[-\s]value|\(\s*n?pv\s*\))`;

/**
 * The cheapest capital in everyday words: the cheapest with its basis in the same sentence, either order, but never the
 * cheapest building or market ("the cheapest building in today's dollars is Reno" describes a building).
 */
export const CHEAPEST_AGAINST_BORROWING = new RegExp(
  [
    String.raw`\b(?:cheapest|least[-\s]expensive|lowest[-\s]cost)\b(?![-\s](?:buildings?|assets?|sites?|propert(?:y|ies)|markets?|metros?|cit(?:y|ies)|warehouses?|offices?|plants?|labs?|stores?)\b)(?=[^.;!?\n]{0,60}?${COST_BASIS})`,
    // Borrowing named first: "versus borrowing, pick the cheapest". Only the choice is claimed, never a figure between.
    String.raw`(?<=\b(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+borrowing\b[^.;!?\n]{0,30}?)\b(?:pick|choose|take|select)\s+(?:the\s+)?cheapest\b`,
    // "at the lowest long-run cost", "the lowest long-term cost", "cheapest over the long run"
    String.raw`\b(?:lowest|least|smallest|minimum)\s+long[-\s](?:run|term)\s+cost\b|\bcheapest\s+(?:over\s+)?(?:in\s+)?the\s+long\s+(?:run|term)\b`,
    // "minimize what this capital costs the company over the lease term"
    String.raw`\bminimi[sz]e\s+what\s+(?:this|the|it|our)\s*(?:capital|money|funding|financing|deal|sale|program(?:me)?|transaction|leaseback)?\s+(?:will\s+|would\s+)?costs?\s+(?:(?:us|the\s+company|[a-z]+)\s+)?over\s+the\s+(?:lease\s+(?:term|life)|life\s+of\s+the\s+leases|long\s+(?:run|term))\b`,
  ].join('|'),
  'g',
);

/** The least sold over the ask in everyday words. */
export const LEAST_OVER_IN_EVERYDAY_WORDS = new RegExp(
  [
    // "sell the smallest amount that clears $72M", "raise the least amount needed to reach the ask"
    String.raw`\b(?:sell|raise|take)\s+the\s+(?:smallest|least|lowest|minimum)\s+(?:amount|total)\s+(?:that|which|needed\s+to|required\s+to|to)\s+(?:clears?|reach(?:es)?|covers?|tops?|exceeds?|gets?\s+(?:us\s+)?(?:to|over|past))\b`,
    // "overshoot as little as you can", "overshoot by as little as possible"
    String.raw`\bovershoot(?:ing)?\s+(?:by\s+)?as\s+little\s+as\s+(?:possible|you\s+can|we\s+can|it\s+can)\b|\bas\s+little\s+overshoot\s+as\s+(?:possible|you\s+can|we\s+can)\b`,
    // "no more than the minimum needed above $220M"
    String.raw`\bno\s+more\s+than\s+the\s+minimum\s+(?:needed|required|necessary)\s+(?:above|over|to\s+(?:reach|clear|hit))\b`,
    // "the least possible over it", "the minimum possible above the target"
    String.raw`\b(?:the\s+)?(?:least|minimum|smallest\s+amount)\s+possible\s+(?:over|above|past)\s+(?:it|the\s+(?:target|ask|number|figure)|(?=\$\s*\d))`,
    // "sell the min over target"
    String.raw`\b(?:sell|raise)\s+the\s+min(?:imum)?\s+over\s+(?:the\s+)?(?:target|ask|it)\b`,
    // "the smallest set of assets needed to reach $128,000,000"
    String.raw`\bsmallest\s+(?:set|group|number|package)\s+of\s+(?:assets|buildings|properties|sites)\s+(?:needed|required|necessary)\s+to\s+(?:reach|hit|raise|clear|meet)\b`,
  ].join('|'),
  'g',
);
