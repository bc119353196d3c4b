/**
 * The two objectives said in everyday words by writers who name neither proceeds nor a present value as a measure:
 * the mix that "sells the least it can while still getting over the target", "the minimum that clears the number", the
 * option that "lands just over the target and no further" — `min_proceeds` — and the answer that "costs the company the
 * least over time", leases that "cost us least over their life", "the cheapest long-term cost", "the lowest capital cost", the set "cheapest by NPV" — `min_npv_cost`.
 * Read by `readObjective`; the least critical building sold, or a cost that is lowest over a year, is no objective.
 */

/** The figure the sale must get over: "the number", "the target", "the ask". */
const THE_FIGURE = String.raw`(?:the\s+|our\s+|that\s+)?(?:number|target|ask|figure|amount|goal)`;

/**
 * The least sold that still reaches the figure: "sell the minimum that clears the number", "sells the least it can
 * while still getting over the target", "lands just over the target and no further".
 */
export const MIN_PROCEEDS_LEAST_THAT_CLEARS = new RegExp(
  [
    // The least sold, said with what it must still do: clear, reach or get over the figure.
    String.raw`\bsells?\s+(?:the\s+)?(?:minimum|least)(?:\s+(?:it|we|you)\s+can)?(?:\s+(?:amount|needed|necessary|possible))?\s*,?\s+(?:that|which|while(?:\s+still)?|and\s+still|to)\s+(?:still\s+)?(?:clears?|clearing|gets?\s+(?:over|to|past|above)|getting\s+(?:over|to|past|above)|reach(?:es|ing)?|hits?|hitting|covers?|covering)\s+${THE_FIGURE}`,
    // Landing just over the figure: "lands just over the target and no further", "comes in just above the ask".
    String.raw`\b(?:lands?|landing|comes?\s+in|coming\s+in|ends?\s+up)\s+just\s+(?:over|above|past)\s+${THE_FIGURE}`,
    // "try to land just over 158 rather than blow through it", "land just over it": the figure itself, or the target
    // as a pronoun, the landing asked for ("a bid lands just above it" tells of a bid). The figure is left unclaimed for
    // the amounts' reader.
    String.raw`\b(?:land|landing)\s+just\s+(?:over|above|past)(?=\s+(?:(?:us\$|\$)?\d|it\b|that\b))`,
  ].join('|'),
  'g',
);

/**
 * The cheapest capital over time: "costs the company the least over time", "costs the least over the years", "at the
 * cheapest long-term cost", "the lowest capital cost", "pick the cheapest by NPV".
 */
export const NPV_COST_LEAST_OVER_TIME = new RegExp(
  [
    // "costs us least in rent over the years": the rent named as what the cost is in is the same cost.
    String.raw`\bcosts?\s+(?:us\s+|the\s+company\s+|the\s+business\s+)?(?:the\s+)?least(?:\s+in\s+(?:rent|lease\s+costs?|(?:rent|lease)\s+payments))?\s+over\s+(?:time|the\s+years|the\s+long\s+(?:run|term))`,
    // "paying the least over the years for the leases": what is paid over the years, kept least.
    String.raw`\bpay(?:s|ing)?\s+(?:the\s+)?least\s+over\s+(?:time|the\s+years|the\s+long\s+(?:run|term))`,
    // "the program whose leases cost us least over their life", "leases costing the least over their full term": the
    // leases' own cost over the whole of their life is the present-value cost. A year or a stretch of it ("over the
    // first year", "over their first five years") is no life, so it reads nothing.
    String.raw`\bleases?\s+(?:that\s+|which\s+)?(?:costs?|costing)\s+(?:us\s+|the\s+company\s+|the\s+business\s+)?(?:the\s+)?least\s+(?:over|across|for)\s+(?:their|its|the)\s+(?:(?:whole|full|entire)\s+)?(?:lives|life(?:times?)?|terms?|duration)`,
    // "the cheapest lifetime cost": the lifetime of the leases is their long run.
    String.raw`\b(?:cheapest|lowest|least)\s+(?:long[-\s](?:run|term)|lifetime)\s+costs?`,
    String.raw`\b(?:lowest|cheapest)\s+(?:(?:all[-\s]in|overall|total)\s+)?cost\s+of\s+capital|\b(?:lowest|cheapest)\s+capital\s+costs?`,
    String.raw`\bcheapest\s+(?:by|on)\s+(?:n?pv|present[-\s]value)`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/** Every form of the two patterns has one of these words: a brief with none skips them. */
export const LEAST_OVER_TIME_WORD = /minimum|least|just (?:over|above|past)|cheapest|lowest/;
