/**
 * The cheapest capital said as what is cheapest over the leases' whole life or in the long run, beside
 * `sale-size-objective-wording.ts`: the set "that is cheapest over the lease terms", "the lowest real cost over the life
 * of the leases", the buildings that "make this cheapest compared with a bank loan, over the whole life of the leases",
 * "whatever costs us least in the long run", whatever gets there "most cheaply on an NPV basis", paying "as little as
 * possible over the life of these leases" and "the best we can do in terms of long-run cost" — all
 * `min_npv_cost`. Read by `readObjective`; the cheapest building, or a cost that is low over a year or a quarter, is no
 * objective.
 */

/**
 * The leases' whole life: "over the leases", "over the lease terms", "over the whole life of the leases", "across the life
 * of the leases" (across a span is over it).
 */
const OVER_THE_LEASE_LIVES = String.raw`(?:over|across)\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:lease\s+(?:terms?|lives|life)|leases|(?:lives?|life|terms?|years)\s+of\s+(?:the|these|those|our)\s+(?:new\s+)?(?:leases?|leasebacks?))`;

/** A comparison said between the cheapest and what it is cheapest over: "compared with simply taking a bank loan,". */
const AGAINST_BORROWING = String.raw`(?:\s*,?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to|rather\s+than)\s+[a-z' ]{1,40}?\s*,?)?`;

/**
 * The cheapest capital over the leases' life or the long run: "cheapest over the lease terms", "the lowest real cost
 * over the life of the leases", "make the capital cheapest over the leases", "costs us least in the long run", "the true
 * long-run cost", "most cheaply on an NPV basis".
 */
export const NPV_COST_OVER_LEASE_LIVES = new RegExp(
  String.raw`\b(?:` +
    [
      // "cheapest to carry over the lease life": what it costs to hold the leases, the same cost over their life.
      String.raw`(?:cheapest|least\s+(?:expensive|costly)|lowest(?:\s+(?:real|true|total|overall|all[-\s]in|net))?\s+cost|most\s+cheaply)(?:\s+to\s+(?:carry|hold|run|service|keep|own))?${AGAINST_BORROWING}\s+${OVER_THE_LEASE_LIVES}`,
      // "the cheapest-over-lease-life objective", "a cheapest-across-the-leases run": the same words joined into one modifier.
      'cheapest-(?:over|across)-(?:the-)?(?:lease-(?:life|lives|terms?)|leases?|life-of-(?:the-)?leases?)',
      String.raw`(?:costs?|costing)\s+(?:us\s+|the\s+company\s+)?(?:the\s+)?least\s+in\s+the\s+long\s+(?:run|term)`,
      String.raw`(?:cheapest|least\s+(?:expensive|costly)|lowest[-\s]cost)\s+in\s+the\s+long\s+(?:run|term)`,
      String.raw`(?:true|real|lowest|total)\s+long[-\s](?:run|term)\s+cost(?![-\s]+of\s+(?:the\s+)?(?:buildings?|maintenance|repairs?))`,
      String.raw`(?:most\s+cheaply|cheapest)\s+(?:on|in)\s+(?:an?\s+)?(?:n?pv|present[-\s]value|net[-\s]present[-\s]value)(?:\s+(?:basis|terms))?`,
      // "pay as little as possible over the life of these leases": what is paid over the leases' life, kept least.
      String.raw`pay(?:ing)?\s+as\s+little\s+as\s+(?:possible|we\s+can|we\s+possibly\s+can)\s+${OVER_THE_LEASE_LIVES}`,
      // "pay the least rent over the life of the leases", "adding as little rent cost as possible over the lease life",
      // "paying the least for the space over the years", "the cheapest total lease cost over time": the rent kept least,
      // counted over the leases' life or the years. Both the rent and the span must follow in the same clause, so that
      // rent least in one year ("cost us least in rent last quarter") is no objective.
      String.raw`(?:the\s+least|as\s+little|the\s+lowest|cheapest)\s+(?:[a-z'-]+\s+){0,5}?(?:(?:in\s+)?rent|lease\s+costs?|for\s+the\s+space)(?:\s+costs?)?(?:\s+[a-z']+){0,4}?\s+(?:${OVER_THE_LEASE_LIVES}|over\s+(?:the\s+)?(?:years|time))`,
      // "the lowest present value of all the rent we'll pay", "as cheaply as we can in terms of the total rent we'll pay":
      // the rent to be paid, least in today's money or in total.
      String.raw`(?:lowest|least|smallest)\s+(?:present[-\s]value|npv)\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?(?:rents?|lease\s+(?:costs?|payments))`,
      String.raw`as\s+cheaply\s+as\s+(?:possible|we\s+can|you\s+can)\s+in\s+terms\s+of\s+(?:the\s+)?(?:total\s+)?(?:rents?|lease\s+costs?)(?=\s+(?:we|that\s+we)(?:'ll|\s+will|\s+would|'d)\s+pay)`,
      // "what's the best we can do for $90M in terms of long-run cost", "the best you can get on lifetime cost": the best asked for, measured by the cost over the
      // years. Only the measure is taken, so that a figure between them stays the amounts' reader's.
      String.raw`(?<=\bbest\b[^.;?!\n]{0,50}?)(?:in\s+terms\s+of|on)\s+(?:the\s+|our\s+)?(?:long[-\s](?:run|term)|lifetime|npv|present[-\s]value)\s+costs?`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);

/** Every form of `NPV_COST_OVER_LEASE_LIVES` has one of these words: a brief with none skips it. */
export const LONG_RUN_COST_WORD = /cheap|least|lowest|long[-\s](?:run|term)|as little|in terms of|lifetime/;
