/**
 * The objective said as the sale held to what is needed, or as the option cheapest over the years, beside
 * `just-enough-objective-wording.ts` and `least-overshoot-objective-wording.ts`: selling only as much as is needed
 * ("sell only as much as we need over that"), only just enough with nothing after it to cover ("sell only just
 * enough?"), just enough proceeds and nothing over, the overshoot made as small as it can be ("make the overshoot as
 * small as possible"), and the option chosen because it costs least over the years ("the program that's cheapest over
 * the years", "the option that costs the company least, in today's money, over the years of rent"). Read by
 * `readObjective`. Also a sale denied to go past what is needed ("I don't want to sell a dollar more than we need",
 * "sells no more than it must"), and the cheapest over the years as a list item of its own.
 */

/**
 * The sale held to what is needed, read as the least proceeds over the ask: "sell only as much as we need", "sell only
 * what's required", "sell only just enough", "just enough proceeds and nothing over", "make the overshoot as small as
 * possible". Just enough of something else ("just enough buildings to keep the lights on") is no objective, nor an
 * overshoot given a figure of its own ("keep the overshoot under 5%").
 */
export const MIN_PROCEEDS_ONLY_WHAT_IS_NEEDED = new RegExp(
  [
    // "sell only as much as we need", "sell only what is required", "raise only as much as we have to".
    String.raw`\b(?:sell(?:s|ing)?|rais(?:e|es|ing))\s+only\s+(?:as\s+much\s+as|what)(?:\s+we|\s+is|'s|\s+you)?\s+(?:need(?:ed|s)?|required|necessary|have\s+to)(?![a-z])`,
    // "sell only just enough?", "sell just enough and no more": with nothing after it that it is enough for.
    String.raw`\b(?:sell(?:s|ing)?|rais(?:e|es|ing))\s+(?:only\s+)?just\s+enough(?=\s*(?:[?.!;,)\n]|$|and\s+(?:no|not|nothing)\b))`,
    // "just enough proceeds and nothing over", "just enough money, not a dollar more".
    String.raw`\bjust\s+enough\s+(?:proceeds|money|cash)\s*(?:,\s*|\s+and\s+|\s+with\s+)(?:nothing|no(?:thing)?\s+more|not\s+a\s+dollar)(?:\s+(?:over|more|above|extra|beyond))?(?![a-z])`,
    // "I don't want to sell a dollar more than we need", "a plan that sells no more than it must", "don't sell more
    // than that by any more than you must": a sale denied to go past what is needed. The denial ("don't", "no") is
    // needed, and so is the need after "than": "sell no more than two buildings" or "more than $5M" is a count or a cap.
    // "sell no more than it takes to get to $50M" (the figure after it left free) and "don't raise much more than that;"
    // (the target said just before, the clause ending on it) deny the same.
    String.raw`(?:\b(?:don'?t|do\s+not|doesn'?t|does\s+not|never|not|won'?t|without)\s+(?:(?:want|need|wish|like|mean)\s+to\s+|to\s+)?(?:sell(?:ing)?|rais(?:e|ing))\s+(?:a\s+(?:single\s+)?(?:dollar|cent|penny|building|thing)\s+|any(?:thing)?\s+|(?:much|far|a\s+lot|a\s+great\s+deal)\s+)?more|\b(?:sell(?:s|ing)?|rais(?:e|es|ing))\s+no(?:thing)?\s+more)\s+than\s+(?:(?:we|you|it|they)\s+(?:really\s+|strictly\s+|absolutely\s+)?(?:need(?:s|ed)?|must|have\s+to|has\s+to)|(?:is|are)\s+(?:needed|required|necessary)|needed|necessary|required|it\s+(?:takes|will\s+take)|(?:that|it|the\s+(?:target|ask|figure|amount))\s+by\s+(?:any\s+)?more\s+than\s+(?:we|you|it)\s+(?:must|need\s+to|have\s+to|has\s+to)|(?:that|this|the\s+(?:target|ask|goal))(?=\s*(?:[;.!,:\u2014\u2013]|\s-\s|$)))(?![a-z])`,
    // "make the overshoot as small as possible", "get any excess as low as you can": the overshoot kept small by a verb
    // the older wording leaves out ("keep"/"hold" are read there).
    String.raw`\b(?:make|get|leave|bring)\s+(?:the\s+|any\s+|our\s+)?(?:overshoot|excess|overage)\s+as\s+(?:small|little|low|tight)\s+as\s+(?:possible|(?:you|we|it)\s+(?:possibly\s+)?can)(?![a-z])`,
  ].join('|'),
  'g',
);

/** The chosen thing: "the option", "the program that", "whichever mix". */
const CHOSEN = String.raw`\b(?:option|program(?:me)?|plan|set|mix|package|combination|selection|structure|one)`;

/**
 * The option chosen because it costs least over the years, read as the cheapest capital: "the program that's cheapest
 * over the years", "the option that costs the company least, in today's money, over the years of rent", "the plan
 * which comes out least expensive over the life of the leases". Something cheap now, or cheap to run ("Tulsa is the
 * cheapest site to run"), is no such ask: the chosen option and the years are both needed.
 */
export const NPV_COST_CHEAPEST_OVER_THE_YEARS = new RegExp(
  // "$139M, cheapest over the years, no metro above 31%": the wish as an item of its own in a list, with no chosen
  // thing before it, between breaks; "Tulsa was the cheapest site over the years" has a site between, and is no item.
  // A sentence of its own ("$12M. Cheapest over the term.") and a numbered item ("2) cheapest over the years") are
  // items too, and the lease term is a span of years like the leases' life.
  String.raw`(?:^|[,;:\n\u2022\u2014\u2013]|(?<![\d.])\.|(?<![\d.])\d{1,2}[.)])[^\S\n]*(?:the\s+)?(?:cheapest|least\s+(?:costly|expensive))\s+over\s+(?:the\s+)?(?:years|long\s+(?:run|term)|(?:full\s+)?life\s+of\s+the\s+leases|(?:full\s+|whole\s+)?(?:lease\s+)?term|leases)(?=[^\S\n]*(?:[,;.\n]|$|\d{1,2}[.)]\s))|` +
    String.raw`${CHOSEN}\s+(?:that|which)(?:'s|\s+is|\s+comes\s+out|\s+works\s+out|\s+ends\s+up)?\s+(?:(?:the\s+)?cheapest|(?:the\s+)?least\s+(?:costly|expensive)|costs?\s+(?:(?:the\s+company|us|the\s+business|the\s+group)\s+)?(?:the\s+)?least)(?:\s+for\s+(?:us|the\s+company|the\s+business))?\s*,?(?:\s*in\s+today'?s\s+(?:money|dollars|terms)\s*,?)?\s+over\s+(?:the\s+)?(?:years|long\s+(?:run|term)|(?:full\s+)?(?:life|lives|term)|leases?)(?![a-z])`,
  'g',
);

/** Every form above has one of these words: a brief with none skips them. */
export const ONLY_WHAT_IS_NEEDED_WORD = /only|just enough|overshoot|excess|overage|cheapest|least|more than/;
