// The cheapest capital named by its discounting rather than by "NPV cost", apart from `read-objective.ts`: a present
// value fused with "cheapest" ("NPV-cheapest", "the PV-cheapest mix"), the least expensive choice counted on a
// discounted basis ("whatever is least expensive for us long term on a discounted basis"), and a cost over the leases in
// today's dollars that the writer asks to have lowest ("what it costs us over 20 years in today's dollars; pick whatever
// is lowest on that"). A cheap building, or a cost only reported, is no objective.

/** Discounting as the basis a cost is counted on: "on a discounted basis", "in discounted terms", "discounted back". */
const DISCOUNTED = String.raw`(?:on\s+an?\s+discounted(?:[-\s]cash[-\s]flow)?\s+basis|in\s+discounted\s+terms|discounted\s+back(?:\s+to\s+today)?)`;

/** The choice of the cheapest: "least expensive", "cheapest", "lowest-cost", "costs us the least". */
const CHEAPEST = String.raw`(?:least\s+expensive|cheapest|lowest[-\s]cost|costs?\s+(?:us\s+|the\s+company\s+)?(?:the\s+)?least)`;

/**
 * The cheapest capital by its discounting: "NPV-cheapest", "PV-cheapest", "NPV-lowest cost"; "whatever is least
 * expensive for us long term on a discounted basis", "the cheapest mix in discounted terms"; and "what it costs us over
 * 20 years in today's dollars. Pick whatever combo is lowest on that". Each is `min_npv_cost`.
 */
export const NPV_COST_BY_DISCOUNTING = new RegExp(
  [
    // "NPV-cheapest", "the PV-cheapest mix", "NPV-lowest cost": the present value fused to the superlative.
    String.raw`\bn?pv[-\s](?:cheapest|lowest[-\s]cost|least[-\s]expensive)(?![a-z])`,
    // "least expensive for us long term on a discounted basis": the superlative, then the discounting in the sentence.
    String.raw`\b(?:whatever|whichever|the)(?:\s+(?:one|option|set|mix|combination|combo|package))?\s+(?:(?:that|which)\s+)?(?:is\s+|comes\s+out\s+|works\s+out\s+)?(?:the\s+)?${CHEAPEST}(?=[^.;!?\n]{0,50}?${DISCOUNTED})`,
    // "what it costs us over 20 years in today's dollars. Pick whatever combo is lowest on that": the cost counted in
    // today's money over the leases, then a choice of the lowest on it in the next sentence or two.
    String.raw`\bwhat\s+(?:it|this|the\s+(?:deal|sale|leaseback))\s+costs?\s+(?:us\s+|the\s+company\s+)?over\s+(?:the\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years?\s+in\s+today['\u2019]?s\s+(?:dollars|money)(?=[^\n]{0,100}?\b(?:lowest|cheapest|smallest|minimi[sz]e)\s+(?:on|by|in)\s+(?:that|this|it)\b)`,
  ].join('|'),
  'g',
);

/** Every form above has one of these words: a brief with none skips them. */
export const DISCOUNTING_WORD = /pv|discounted|today/;
