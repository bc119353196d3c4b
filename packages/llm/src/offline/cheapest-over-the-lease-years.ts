/**
 * The two objectives said by writers who measure the cost across the leases' years or in today's money, or the fit
 * above the ask, beside `least-cost-over-time-objectives.ts`: the way that "costs the least overall across the lease
 * years", the answer "cheapest over the whole lease period", the "cheapest-over-time option", what "keeps the lease cost
 * lowest in today's money", "cheapest overall over the leases" — `min_npv_cost` — and "the closest fit above $75M, not a
 * big overshoot" — `min_proceeds`. Read by `readObjective`; the cheapest building, or a cost low over a year, is no
 * objective.
 */

/** The leases' years named as a span: "the lease years", "the whole lease period", "the leases", "time". */
const LEASE_YEARS = String.raw`(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:lease\s+(?:years|period|periods|terms?|lives|life)|leases|time)`;

/**
 * The cheapest capital across the leases' years or in today's money: "costs the least overall across the lease years",
 * "cheapest over the whole lease period", "the cheapest-over-time option", "cheapest overall over the leases", "keeps the
 * lease cost lowest in today's money", "the lowest lease cost in today's dollars".
 */
export const NPV_COST_ACROSS_LEASE_YEARS = new RegExp(
  [
    String.raw`\bcosts?\s+(?:us\s+|the\s+company\s+)?(?:the\s+)?least(?:\s+(?:overall|in\s+total))?\s+(?:across|over)\s+${LEASE_YEARS}`,
    String.raw`\b(?:cheapest|least\s+(?:expensive|costly))(?:\s+(?:overall|in\s+total))?\s+(?:across|over)\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:lease\s+(?:years|period|periods)|leases)`,
    String.raw`\bcheapest[-\s]over[-\s]time\b`,
    String.raw`\b(?:lease|rent|total|overall)\s+costs?\s+(?:as\s+)?(?:lowest|smallest|cheapest|low\s+as\s+possible)\s+in\s+today'?s\s+(?:money|dollars|terms)`,
    String.raw`\b(?:lowest|smallest|cheapest)\s+(?:lease\s+|rent\s+|total\s+|overall\s+)?costs?\s+in\s+today'?s\s+(?:money|dollars|terms)`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/**
 * The fit just above the ask asked for: "the closest fit above $75M", "the nearest match over the target", "closest
 * possible above target", "nearest above the ask", "not a big overshoot", "no big overshoot". A fit of anything else
 * ("the closest fit for the tenant") is no objective.
 */
export const MIN_PROCEEDS_CLOSEST_FIT_ABOVE =
  /\b(?:closest|nearest|tightest)(?:\s+(?:possible\s+)?(?:fit|match)\s+(?:above|over)|\s+possible\s+(?:above|over)|\s+(?:above|over)(?=\s+(?:the\s+|our\s+)?(?:target|ask|goal)(?![a-z])|\s+(?:us\$|\$|usd\s*)\d))(?![a-z])|\b(?:not|no|rather\s+than|instead\s+of|without)\s+(?:a\s+|any\s+)?(?:big|large|huge|major|significant)\s+overshoot(?![a-z])/g;

/** Every form of the two patterns has one of these words: a brief with none skips them. */
export const LEASE_YEARS_OBJECTIVE_WORD = /least|cheapest|lowest|smallest|closest|nearest|tightest|overshoot/;
