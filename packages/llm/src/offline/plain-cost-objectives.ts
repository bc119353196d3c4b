/**
 * The cheapest capital said in plain words by a writer who does not name a present value as a measure: what the sale
 * costs "in today's money" minimised ("Minimise what this costs us in today's money"), and whatever is cheapest overall
 * against borrowing picked on a present-value basis ("Pick whatever is cheapest overall compared with borrowing, in
 * present value terms"), the cheapest "in today's-dollar cost", and the cost of the money raised asked to be as low as
 * can be in present-value terms. Read by `statedObjectives`; the cheapest building or a cost reported in today's money is no
 * objective.
 */

/** Today's money or a present value as the basis a cost is counted on: "in today's money", "in present value terms". */
const TODAYS_MONEY = String.raw`(?:in|on)\s+(?:an?\s+)?(?:today['\u2019]?s\s+(?:money|dollars|terms)|present[-\s]value(?:\s+(?:terms|basis))?|n?pv\s+(?:terms|basis))`;

/** The cheapest capital in plain words. */
export const CHEAPEST_IN_TODAYS_MONEY = new RegExp(
  [
    // "minimise what this costs us in today's money", "keep down what the deal costs the company in present value terms"
    String.raw`\b(?:minimi[sz]e|keep\s+down|hold\s+down|reduce)\s+what\s+(?:this|it|the\s+(?:deal|sale|program(?:me)?|transaction|leaseback))\s+(?:will\s+|would\s+)?costs?\s+(?:(?:us|the\s+company|[a-z]+)\s+)?${TODAYS_MONEY}`,
    // "pick whatever is cheapest overall compared with borrowing, in present value terms": the choice of the cheapest,
    // with the basis in the same sentence.
    String.raw`\b(?:pick|choose|select|take|go\s+(?:with|for)|find)\s+(?:whatever|whichever(?:\s+(?:set|mix|option|package))?)\s+(?:is|comes\s+out|works\s+out)\s+(?:the\s+)?(?:cheapest|least\s+expensive|lowest[-\s]cost)\b[^.;!?\n]{0,60}?${TODAYS_MONEY}`,
    // "cheapest in today's-dollar cost", "lowest-cost in today's dollars": the superlative with today's money as basis.
    String.raw`\b(?:cheapest|least\s+expensive|lowest[-\s]cost)\s+(?:in|on)\s+(?:a\s+)?today['\u2019]?s[-\s](?:dollars?|money)(?:[-\s](?:cost|terms|basis))?(?![a-z])`,
    // "the cost of this money, in present-value terms, should be as low as we can make it": the cost of the money raised,
    // on a present-value basis, asked to be lowest.
    String.raw`\b(?:the\s+)?cost\s+of\s+(?:this|the|that|our)\s+(?:money|capital|funding|financing|raise)\s*,?\s*${TODAYS_MONEY}\s*,?\s+(?:should|must|needs?\s+to|has\s+to)\s+be\s+(?:as\s+low\s+as\s+(?:possible|(?:we|you|they)\s+can(?:\s+make\s+it)?)|(?:kept\s+)?(?:as\s+low\s+as\s+possible|minimal|minimi[sz]ed))`,
  ].join('|'),
  'g',
);
