/**
 * The search and the objective said in a sponsor's own words, beside `every-combination-wording.ts` and
 * `least-cost-over-time-objectives.ts`: the exact search asked for as the provably optimal one ("run the provably
 * optimal solver", "Method: exhaustive / proven optimal", "with every combination checked"), greedy distrusted ("I don't
 * trust greedy"), the full search waived ("no need to run the exhaustive version", "don't bother proving it's the
 * optimal set"), the least sold that still gets over a money figure ("sell the minimum that gets us over $100M", "the
 * smallest amount of property that still meets the proceeds figure", "lands just over the $100M and no further"), and
 * the cheapest set for the company over the lease years ("least expensive for the company over the full lease period",
 * "the one that's cheapest for the company over time"). Read by `readStrategy` and `readObjective`.
 */

/** "optimal", with the l scanned as a one ("optima1"). */
const OPTIMAL = 'optima[l1]';

/** Waiving what follows: "no need to", "don't bother to", "skip". */
const WAIVE = String.raw`(?:no\s+need\s+(?:to|for)|(?:don'?t|do\s+not|needn'?t|need\s+not)(?:\s+bother(?:\s+(?:to|with))?)?|skip(?:ping)?|without)`;

/**
 * The full search waived, for `greedy`: "no need to run the exhaustive version", "skip the exact solve", "don't bother
 * proving it's the optimal set".
 */
export const FULL_SEARCH_NOT_NEEDED = new RegExp(
  [
    String.raw`\b${WAIVE}\s+(?:(?:run(?:ning)?|us(?:e|ing)|do(?:ing)?|wait(?:ing)?\s+for)\s+)?(?:the\s+|an?\s+)?(?:exhaustive|exact|full|optimal|complete)\s+(?:version|search|solve|solver|run|method|pass|model|optimi[sz]ation|optimi[sz]er)`,
    String.raw`\b${WAIVE}\s+(?:prov(?:e|ing)|check(?:ing)?|confirm(?:ing)?|show(?:ing)?)\s+(?:that\s+)?(?:(?:it'?s|it\s+is|this\s+is|that\s+it'?s)\s+)?(?:the\s+)?(?:${OPTIMAL}|best|optimum)(?:\s+(?:set|mix|answer|one|solution))?`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/**
 * The exact search asked for as the provably optimal one, or with greedy distrusted: "run the provably optimal
 * solver", "a proven optimum", "Method: exhaustive", "Strategy | best", "I don't trust greedy", "the best one possible,
 * with every combination checked".
 */
export const PROVEN_OPTIMUM_ASKED = new RegExp(
  [
    String.raw`(?<!\b${WAIVE}\s+(?:(?:run(?:ning)?|us(?:e|ing))\s+)?(?:the\s+|an?\s+)?)\b(?:provably|proven(?:ly)?)\s+(?:${OPTIMAL}|optimum|best)`,
    String.raw`\b(?:i|we)\s+(?:don'?t|do\s+not|wouldn'?t|would\s+not)\s+trust\s+(?:a\s+|the\s+)?greedy`,
    String.raw`\b(?:method|strategy|search|solver|mode|approach)\s*[:=]\s*(?:an?\s+|the\s+)?(?:exhaustive|exact)`,
    // "Strategy | best", "method: optimal", "Search mode = best possible": a setting's value naming the best set, as a
    // table cell or a labelled line of its own. Only the value alone: "Strategy: best to wait" says something else.
    String.raw`\b(?:method|strategy|search|solver|mode|approach)[^\S\n]*[:=|\t][^\S\n]*(?:the\s+)?(?:best(?:[-\s]possible)?|optimal|optimum)(?=[^\S\n]*(?:[|,;.]|\n|$))`,
    String.raw`\b(?:with\s+)?(?:every|each|all(?:\s+the)?)\s+(?:possible\s+)?(?:combinations?|combos?)\s+(?:checked|tried|tested|considered|compared|looked\s+at|covered|evaluated)`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/** Words that every strategy form above has: a brief with none skips them. */
export const PROVEN_SEARCH_WORD = /prov|exhaustive|trust|combination|combo|method|strategy|solver|mode|approach|exact|optimal/;

/**
 * A money figure, or the proceeds named: "$100M", "the $100M", "the proceeds figure", "our number". It is looked at
 * ahead of the match, since the amount reader has claimed the figure already.
 */
const FIGURE = String.raw`(?:the\s+|our\s+)?(?:\$|us\$|usd\b|proceeds|number|target|ask|figure|amount|goal)`;

/**
 * The least sold that still gets over a figure, for `min_proceeds`: "sell the minimum that gets us over $100M", "sell
 * the smallest amount of property that still meets the proceeds figure", "the group of buildings that lands just over
 * the $100M and no further".
 */
export const LEAST_SOLD_OVER_FIGURE = new RegExp(
  [
    String.raw`\bsell(?:s|ing)?\s+(?:the\s+)?(?:minimum|least|smallest)(?:\s+(?:amount|quantity|value|number))?(?:\s+of\s+(?:property|properties|real\s+estate|buildings|sites|assets))?\s*,?\s+(?:that|which)\s+(?:still\s+)?(?:gets?\s+(?:us\s+)?(?:over|to|past|above)|clears?|meets?|reach(?:es)?|hits?|covers?)(?=\s+${FIGURE})`,
    String.raw`\b(?:lands?|landing|comes?\s+in|coming\s+in|ends?\s+up)\s+just\s+(?:over|above|past)(?=\s+(?:the\s+|our\s+)?(?:\$|us\$|usd\b))`,
  ].join('|'),
  'g',
);

/**
 * The cheapest set for the company over the lease years, for `min_npv_cost`: "whichever mix is least expensive for
 * the company over the full lease period", "the one that's cheapest for the company over time". A cost for one year
 * ("cheapest for the company this year") is no objective.
 */
export const CHEAPEST_FOR_THE_COMPANY_OVER_THE_LEASE =
  /\b(?:least\s+expensive|cheapest|lowest[-\s]cost|least\s+costly)\s+for\s+(?:the\s+(?:company|business|client|group)|us)(?=\s+over\s+(?:time|the\s+(?:full\s+|whole\s+|entire\s+)?(?:lease\s+(?:period|term|life)|leases?|term|years|life\s+of\s+the\s+leases?))(?![a-z]))/g;

/** Words that every objective form above has: a brief with none skips them. */
export const LEAST_SOLD_OR_CHEAPEST_WORD = /minimum|least|smallest|just\s+(?:over|above|past)|cheapest|lowest/;
