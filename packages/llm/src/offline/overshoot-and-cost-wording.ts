import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
import { PV_MEASURE } from './objective-wording.js';
/**
 * More wording of the two selection objectives, beside `objective-wording.ts` and `near-target-wording.ts`: the least
 * sold past the target in shorthand and hyphenated forms (`min_proceeds`), and the cheapest cost named with its
 * present-value basis or as the cost of capital (`min_npv_cost`). Read by `readEconomics`.
 */

/**
 * Selling no more than needed, in the forms the other objective patterns miss: the overshoot hyphenated into one
 * modifier ("least-overshoot exact", "a minimum-overshoot run"); the minimal or smallest overshoot asked for in the same
 * clause as the exact solver ("minimal overshoot — exact solve please", "exact, smallest overshoot"); "sells the least we can"; the smallest sale past the target ("smallest sale over
 * target"); and "as little as possible" shortened to "as poss" ("sell as little as poss over that", "sell as little
 * above target as poss").
 */
export const MIN_PROCEEDS_SHORTHAND = new RegExp(
  String.raw`\b(?:` +
    [
      // "least-overshoot exact", "a min-overshoot run": the hyphenated modifier, never part of a longer compound.
      '(?<!-)(?:least|lowest|minimum|minimal|min|smallest)-overshoot(?!-)',
      // "minimal overshoot — exact solve please", "minimal overshoot with the exact solver": the exact solver named
      // right after, within the clause.
      String.raw`(?:minimal|smallest)\s+overshoot(?=[^.;!?\n]{0,30}?\bexact(?:ly)?\b)`,
      // "exact solve, minimal overshoot", "exact with the smallest overshoot": the exact solver named right before.
      String.raw`(?<=\bexact(?:ly)?\b[^.;!?\n]{0,30}?)(?:minimal|smallest)\s+overshoot`,
      // "sells the least we can to clear the number", "sold the least possible".
      String.raw`(?:sells|sold)\s+the\s+least\s+(?:we\s+can|possible|we\s+(?:have|need)\s+to)`,
      // "sell the least you can to clear $65M", "sell the least, greedy is fine? no": the least sold, with nothing after
      // it that makes it a kind of asset ("sell the least critical sites" is a filter, not an objective).
      String.raw`sell(?:ing)?\s+the\s+least(?:\s+(?:we|you|they)\s+can|\s+possible)?(?=\s*(?:[.,;:!?)\n\u2013\u2014]|$|(?:to|and|that|while|over|above|beyond|past)\s))`,
      // "sell the minimum over target": the minimum only with the target it passes ("sell the minimum, $40M" is a floor).
      String.raw`sell(?:ing)?\s+the\s+minimum(?=\s+(?:over|above|beyond|past)\s)`,
      // "keep the answer to the minimum over target", "hold the sale at the minimum above the ask": what is sold kept to
      // the least past the target. The target must be named, so that "keep costs to the minimum" is no objective.
      String.raw`(?:keep|hold)\s+(?:the\s+)?(?:answer|result|sale|total|proceeds|raise|package)\s+(?:to|at)\s+the\s+minimum\s+(?:over|above|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number)`,
      // "the least possible sold to reach $115M", "as little as possible sold": the least put before the selling.
      String.raw`(?:the\s+)?(?:least|as\s+little\s+as)\s+(?:possible|we\s+can)\s+(?:be\s+)?(?:sold|divested)`,
      // "an exact solve that sells as little as possible beyond the target", "sold as little as we could".
      String.raw`(?:sells|sold)\s+as\s+little\s+as\s+(?:possible|we\s+can|we\s+could|necessary)`,
      // "the smallest overshoot possible over it", "the smallest possible overshoot above the target": the overshoot
      // measured from the target. "With the smallest overshoot possible" alone is a wish, not the objective.
      String.raw`smallest\s+(?:possible\s+overshoot|overshoot\s+possible)\s+(?:over|above|beyond|past|on)\s+(?:it|that|this|(?:the\s+|our\s+)?(?:target|ask|goal|number))`,
      // "smallest sale over target", "the least raise above the ask".
      String.raw`(?:the\s+)?(?:smallest|least|lowest|minimum)\s+(?:sale|raise|disposal|package)\s+(?:over|above|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number)`,
      // "minimise how much we sell beyond that", "minimize what we raise over the target": the sale past the target
      // made as small as it can be.
      String.raw`minimi[sz]e\s+(?:how\s+much|what)\s+(?:we|you)\s+(?:sell|raise|divest)\s+(?:over|above|beyond|past)\s+(?:it|that|this|(?:the\s+|our\s+)?(?:target|ask|goal|number))`,
      // "minimize how far we go over", "minimising how much we end up above the target": going past the target is the
      // overshoot, so "over" alone means past the target.
      String.raw`minimi[sz](?:e|ing)\s+how\s+(?:much|far)\s+(?:we|you)\s+(?:go|end\s+up|come\s+in|land)\s+(?:over|above|beyond|past)(?:\s+(?:it|that|this|(?:the\s+|our\s+)?(?:target|ask|goal|number)))?`,
      // "tightest fit over target", "the tightest fit above the ask": the sale that overshoots the target least.
      String.raw`tightest\s+fit\s+(?:over|above|beyond|past)\s+(?:it|that|this|(?:the\s+|our\s+)?(?:target|ask|goal|number))`,
      // "sell as little as poss over that", "sell as little above target as poss": "possible" shortened.
      String.raw`(?:sell|raise|divest)(?:ing)?\s+as\s+little\s+(?:(?:above|over|beyond|past)\s+(?:(?:the\s+|our\s+)?(?:target|ask|goal|number)|that|it|this)\s+)?as\s+poss(?![a-z])`,
      // "bring in $105 million and not overshoot more than it has to": no more sold past the target than needed.
      String.raw`(?:not|never|n't|without)\s+overshoot(?:ing)?\s+(?:by\s+)?(?:any\s+)?more\s+than\s+(?:it|we|you|they)\s+(?:has|have|need|needs)\s+to`,
      // "how little above $100M we can land", "how little over the target we can get": the least past it. The figure
      // after it is left to the amount reader.
      String.raw`how\s+little\s+(?:above|over|past|beyond)(?=\s+(?:(?:us)?\$?\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?|(?:the\s+|our\s+)?(?:target|ask|goal|number)|it|that)\s+(?:we|you)\s+(?:can|could)\s+(?:land|get|come\s+in|end\s+up|go|stop))`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);

/** The PV basis a cost is counted on: "in NPV terms", "on a present-value basis", "in PV". */
const PV_BASIS = String.raw`(?:in|on)\s+(?:an?\s+)?${PV_MEASURE}(?:\s+(?:terms|basis))?`;

/**
 * The cheapest capital, with "cheapest" put before the cost itself: the cheapest cost counted in present value ("at the
 * cheapest cost in NPV terms", "cheapest costs on a present-value basis") or the cheapest cost of capital or funds
 * ("the cheapest-cost-of-capital program", "cheapest cost of funds"), or the cheapest all-in cost with its NPV basis in
 * brackets ("the cheapest all-in cost (NPV vs borrowing)"). A cheapest cost of anything else ("the cheapest
 * cost to lease") is no objective.
 */
export const CHEAPEST_COST = new RegExp(
  String.raw`\bcheapest[-\s]+(?:(?:all[-\s]in|overall|total|lease|rent)[-\s]+)?(?:costs?\s+${PV_BASIS}|cost\s*\(\s*(?:n?pv|present[-\s]value)\b|cost[-\s]+of[-\s]+(?:the[-\s]+)?(?:capital|funds|funding|financing|money))(?![a-z])`,
  'g',
);

/**
 * The cheapest capital as the present value of the leases or their rent made lowest: "minimise the present value of
 * lease cost", "minimising the PV of rent", "with the lowest PV of lease payments", "the smallest NPV of the
 * leasebacks" (`min_npv_cost`). The cheapest of that present value is the same aim, and so is its note-taker's "min"
 * ("at the cheapest PV of rent", "Min PV of rent"), with the cost named before what it is the cost of ("the cheapest
 * PV cost of rent"), hyphenated into one word too ("a lowest-PV-of-rent solution"). Any other present value made lowest
 * ("the lowest PV of the sale proceeds") is not.
 */
export const PV_OF_THE_LEASES_LOWEST = new RegExp(
  String.raw`\b(?:minimi[sz](?:e|es|ed|ing)\s+(?:the\s+|our\s+)?|(?:the\s+)?(?:lowest|least|minimum|smallest|minimal|cheapest|min(?![a-z.]))(?:[-\s]+possible)?[-\s]+)${PV_MEASURE}(?:[-\s]+costs?)?[-\s]+of[-\s]+(?:the[-\s]+|our[-\s]+)?(?:lease|leases|leaseback|leasebacks|rent|rents|rental)(?:\s+(?:cost|costs|payments?|bill|obligations?))?(?![a-z])`,
  'g',
);

/**
 * The cheapest capital as what is sold chosen by its cost to lease back: "Sell what's cheapest to lease back", "pick the
 * assets that are cheapest to rent back" (`min_npv_cost`). Only as an instruction that chooses: a question ("Which
 * assets are cheapest to lease back?") asks for nothing.
 */
export const CHEAPEST_TO_LEASE_BACK =
  /\b(?:sell|pick|choose|select|take|use)\s+(?:what(?:'s|\s+is|ever(?:'s|\s+is))|the\s+(?:ones?|assets?|sites?|buildings?|properties)\s+(?:that|which)\s+(?:are|is)|the\s+(?:ones?|assets?|sites?|buildings?|properties))\s+(?:the\s+)?cheapest\s+to\s+(?:lease|rent)\s+back(?![a-z])/g;

/**
 * The cheapest capital as the cheapest rent or lease cost over the leases' whole life: "cheapest in rent over the life
 * of the leases", "cheapest long-run lease cost", "the cheapest rent cost over time", "the cheapest over the lease term",
 * "whatever is cheapest in lease cost over the whole term" (`min_npv_cost`). A cost over one year ("cheapest rent this year") is no objective.
 */
export const CHEAPEST_OVER_THE_LEASES =
  /\bcheapest\s+(?:(?:long[-\s]run|long[-\s]term|lifetime|whole[-\s]life|life[-\s]of[-\s](?:the[-\s])?leases?)\s+(?:lease|rent|rental|leasing)\s+costs?|(?:in\s+)?(?:(?:lease|rent|rental)(?:\s+costs?)?\s+)?over\s+(?:the\s+)?(?:(?:full\s+|whole\s+|entire\s+)?life\s+of\s+the\s+leases?|(?:(?:whole|full|entire)\s+)?(?:lease\s+)?(?:term|life)|long\s+run|long\s+term|time))(?![a-z])/g;

/** What is kept cheapest when the cheapest is the aim: the cost, in total or all in, or the stream of rent paid. */
const COST_KEPT_CHEAPEST = String.raw`(?:(?:total|overall|all[-\s]in|lifetime|combined)\s+)?(?:cost|costs|rent(?:al)?\s+(?:stream|bill|outlay)|lease\s+(?:stream|bill|outlay))`;

/**
 * The cheapest capital as the aim the ask is met at, with nothing after it to say what else it is the cheapest of: "at
 * the cheapest total cost", "for the cheapest overall cost", and the cheapest cost or rent stream as a clause of its own
 * ("Cheapest cost.", "$95M, cheapest rent stream please", "$60M - lowest total cost"). A cheapest cost told of ("Dallas
 * had the cheapest total cost last year"), asked about ("which site has the cheapest rent?") or of something named after
 * it ("the cheapest cost to lease", "cheapest cost per foot") is no objective.
 */
export const CHEAPEST_COST_AS_THE_AIM = new RegExp(
  String.raw`\b(?:at|for)\s+(?:the\s+)?(?:very\s+)?(?:cheapest|lowest)(?:\s+possible)?\s+${COST_KEPT_CHEAPEST}(?!\s+(?:to|of|per|for|in|on|at)\b)(?=[^\S\n]*(?:[,;.!)]|\n|$|(?:and|with|while|from|using|out)\b))` +
    String.raw`|(?<=(?:^|[,;:.!?\n(|]|[^\S\n][-\u2013\u2014])[^\S\n]{0,3})(?:the\s+)?(?:cheapest|lowest)(?:\s+possible)?\s+${COST_KEPT_CHEAPEST}(?=[^\S\n]*(?:,?[^\S\n]*please\b|[,;.!)]|\n|$))`,
  'g',
);

/** The cheapest-capital forms of this file, each read as `min_npv_cost` under `SHORTHAND_OBJECTIVE_WORD`. */
export const CHEAPEST_COST_FORMS: readonly RegExp[] = [
  CHEAPEST_COST,
  PV_OF_THE_LEASES_LOWEST,
  CHEAPEST_TO_LEASE_BACK,
  CHEAPEST_OVER_THE_LEASES,
  CHEAPEST_COST_AS_THE_AIM,
];

/** Every form of `MIN_PROCEEDS_SHORTHAND` and `CHEAPEST_COST_FORMS` has one of these words: a brief with none skips them. */
export const SHORTHAND_OBJECTIVE_WORD = /overshoot|least|smallest|lowest|minimum|little|cheapest|minim|tightest|\bmin\b/;

/**
 * The cheapest capital asked for as the solve that is best on cost ("whatever is optimal on cost", "optimised for
 * cost", "best on NPV cost"): `min_npv_cost`. Cost measured against something else ("optimal on cost per square foot")
 * and a cost named as a cap are not.
 */
export const OPTIMAL_ON_COST =
  /\b(?:optimal|optimi[sz]ed|optimum|best)\s+(?:on|for)\s+(?:npv\s+|lease\s+|total\s+)?cost(?![-\s]*(?:per|of\s+sale|to\s+sell|cap|ceiling|limit)\b)(?![a-z])/g;

/** Every form of `OPTIMAL_ON_COST` has one of these words: a brief with none skips it. */
export const OPTIMAL_ON_COST_WORD = /optim|best/;

/**
 * The cheapest capital written as a terse label with "min" put last ("Objective NPV cost min.", "objective: PV cost
 * minimum", "NPV cost min, IFRS"): `min_npv_cost`. Every match holds "npv" or "pv"; a minimum with a figure after it
 * ("NPV cost min $5M") is a bound, not the objective.
 */
export const NPV_COST_MIN_LAST =
  /\b(?:(?:objective|goal)\s*[:=-]?\s*)?(?:n?pv)[-\s]+costs?[-\s]+min(?:imum|imal|imi[sz]ed)?(?![a-z])(?!\.?\s*(?:of\b|at\b|\$|usd\b|\d))/g;
