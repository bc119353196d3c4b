// The cheapest capital said as a low lease cost over the leases' years that matters most, apart from the superlatives
// of `objective-wording.ts`: "Low lease cost over the whole term is what matters most", "our priority is low rent cost
// over the life of the leases". Read by `readObjective`.

/** The leases' years a cost is counted over: "the whole term", "the life of the leases", "the lease term". */
const OVER_THE_LEASES = String.raw`over\s+(?:the\s+)?(?:(?:whole|full|entire)\s+)?(?:(?:lease\s+)?(?:term|life|lives|years)(?:\s+of\s+the\s+leases?)?|long\s+run)`;

/** The low cost itself: "low lease cost", "lower rent costs", "minimal leasing cost", counted over the leases' years. */
const LOW_LEASE_COST = String.raw`(?:low|lower|minimal|minimum)\s+(?:lease|leasing|rent|rental)\s+costs?\s+${OVER_THE_LEASES}`;

/**
 * A low lease cost over the leases' years named as what matters most, after it ("Low lease cost over the whole term is
 * what matters most", "lower rent cost over the life of the leases is the priority") or before it ("our priority is low
 * lease cost over the term", "focus on low rent cost over the whole term"): `min_npv_cost`. A low cost merely reported
 * ("low lease cost over the term helped last year") names no priority, so it is not read.
 */
export const NPV_COST_LOW_AS_WHAT_MATTERS = new RegExp(
  String.raw`\b${LOW_LEASE_COST}(?=\s+(?:(?:is|are)\s+(?:what\s+(?:matters|counts)|the\s+(?:priority|goal|aim|focus|objective|main\s+thing)|(?:our|my)\s+(?:priority|goal|aim|focus|objective))|matters?\s+most|counts?\s+most|comes\s+first)(?![a-z]))` +
    String.raw`|(?<=\b(?:(?:our|my|the)\s+(?:priority|goal|aim|focus|objective)\s+is|prioriti[sz]e|focus\s+on|optimi[sz]e\s+for|go\s+for|aim\s+for)\s+)${LOW_LEASE_COST}(?![a-z])`,
  'g',
);

/** Every form of `NPV_COST_LOW_AS_WHAT_MATTERS` has this word: a brief without it skips it. */
export const LOW_LEASE_COST_WORD = /\b(?:low|lower|minimal|minimum)\s+(?:lease|leasing|rent|rental)\s+cost/;
