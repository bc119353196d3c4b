/**
 * More wording of the two selection objectives, beside `objective-wording.ts` and `least-sale-wording.ts`: the smallest
 * sale that reaches a figure ("the smallest possible sale that hits $45M", "smallest program to reach $70M"), the set
 * that oversells least ("the optimal set that overshoots it least", "fewest dollars over the line"), the objective
 * written as a label of the selection ("a min-proceeds optimal programme") — all `min_proceeds` — and the cheapest
 * capital as what costs least over the leases or in present value ("the option that costs us least over the whole
 * lease", "least-expensive-capital version", "lowest cost over the lease life") — `min_npv_cost`. Read by
 * `readEconomics`.
 */

/** What is sold, counted as a whole: the sale, set, package or program. */
const SALE_NOUN = '(?:sale|set|package|program(?:me)?|selection|combination|basket|portfolio|disposal)';

/** Reaching a figure or the target: "hits", "gets us", "to reach", "clearing". */
const REACHING = String.raw`(?:(?:that|which)\s+(?:hits|reaches|clears|covers|meets|gets\s+(?:us\s+)?(?:to\s+)?)|to\s+(?:reach|hit|clear|cover|get\s+(?:us\s+)?(?:to\s+)?)|(?:hitting|reaching|clearing|covering|getting\s+(?:us\s+)?(?:to\s+)?))`;

/**
 * Selling no more than needed: the smallest sale named with the figure or target it reaches ("Smallest possible sale
 * that hits $45M", "Sell the smallest set that gets us $140M", "Smallest possible program clearing $100M", "the
 * smallest sale that clears it"), or reached "with the smallest possible sale"; the set that oversells or overshoots
 * least, the target named or not ("the set that overshoots it least", "optimal set that oversells least"); the fewest
 * dollars past the line or mark; and the objective written as a label of the selection ("the minimum-proceeds optimal
 * selection", "a min-proceeds optimal programme"). The smallest sale told of as a past fact ("the smallest sale last
 * year was $20M") and minimum proceeds with a figure (a floor) are not read here.
 */
export const MIN_PROCEEDS_SALE_SIZE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:the\s+)?smallest\s+(?:possible\s+)?${SALE_NOUN}\s+${REACHING}(?=\s*(?:us\$|\$|usd|eur|gbp|\d|(?:the\s+|our\s+)?(?:target|ask|number|goal|figure)\b|it\b|that\b))`,
      String.raw`(?<=\b(?:with|via|through|by)\s+)the\s+smallest\s+possible\s+${SALE_NOUN}`,
      String.raw`(?:overs(?:hoot|ell)(?:s|ing)?)\s+(?:it|that|the\s+(?:target|ask|number|line))\s+(?:the\s+)?least`,
      String.raw`overs(?:ells|elling)\s+(?:the\s+)?least`,
      String.raw`(?:the\s+)?fewest\s+dollars\s+(?:over|above|past|beyond)\s+the\s+(?:line|mark|bar|threshold)`,
      String.raw`min(?:imum)?[-\s]proceeds[-\s]+(?:optimal|exact|optimi[sz]ed)(?:\s+(?:${SALE_NOUN}|solve|run|programme))?`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);

/** Every form of `MIN_PROCEEDS_SALE_SIZE` has one of these words: a brief with none skips it. */
export const SALE_SIZE_OBJECTIVE_WORD = /smallest|oversell|overshoot|fewest|proceeds/;

/** Over the leases' whole life: "over the whole lease", "over the lease life", "over the life of the leases". */
const OVER_THE_LEASES = String.raw`over\s+the\s+(?:whole\s+|full\s+|entire\s+)?(?:lease(?:\s+(?:life|term))?|leases|life\s+of\s+the\s+leases?|term)`;

/** The present-value basis: "in present-value terms", "in NPV terms", "on a PV basis", "discounted back". */
const PV_BASIS = String.raw`(?:(?:in|on)\s+(?:an?\s+)?(?:n?pv|present[-\s]value|net[-\s]present[-\s]value)(?:\s+(?:terms|basis))?)`;

/**
 * The cheapest capital: what costs least over the leases or in present value ("the option that costs us least over the
 * whole lease", "the package that costs us least in present-value terms", "the program to cost as little as possible over
 * the lease life"), the least-expensive capital hyphenated as
 * one modifier ("the least-expensive-capital version"), and the lowest cost over the lease life ("Lowest cost over the
 * lease life"). What costs least to run or to sell is no objective.
 */
export const CHEAPEST_OVER_THE_LEASES = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`cost(?:s|ing)?\s+(?:us\s+)?(?:(?:the\s+)?least|as\s+little\s+as\s+(?:possible|we\s+can))\s+(?:${OVER_THE_LEASES}|${PV_BASIS})`,
      String.raw`(?:the\s+)?least-(?:expensive|costly)-(?:capital|funding|financing|money)(?:[-\s]+(?:version|option|route|set|structure|plan|solution))?`,
      String.raw`(?:the\s+)?lowest\s+(?:total\s+|overall\s+|all[-\s]in\s+)?cost\s+${OVER_THE_LEASES}`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);

/** Every form of `CHEAPEST_OVER_THE_LEASES` has one of these words: a brief without it skips the pattern. */
export const CHEAPEST_OVER_THE_LEASES_WORD = /least|lowest|little/;

/**
 * The minimum-proceeds objective turned down beside the one chosen ("not smallest proceeds", "rather than the least
 * proceeds"): claimed and read as nothing, so that the objective asked for decides.
 */
export const MIN_PROCEEDS_TURNED_DOWN =
  /\b(?:not|rather\s+than|instead\s+of)\s+(?:simply\s+|just\s+)?(?:the\s+)?(?:smallest|least|lowest|minimum|min)[-\s]proceeds(?![a-z])/g;

/**
 * The least overshoot turned down beside the objective chosen, in words other than "proceeds": "rather than the
 * smallest overshoot", "instead of whichever lands closest to the target", "not just the set nearest above the ask",
 * "rather than the tightest fit to $236M" (the figure after it is left to the amounts' reader).
 * Claimed and read as nothing, so that the objective asked for decides.
 */
export const OVERSHOOT_TURNED_DOWN =
  /\b(?:not|rather\s+than|instead\s+of)\s+(?:simply\s+|just\s+|merely\s+)?(?:the\s+)?(?:(?:smallest|least|lowest|minimum|minimal)\s+(?:overshoot|excess)|(?:whichever|whatever|the\s+(?:one|set|mix|option|combination|package))\s+(?:(?:that|which)\s+)?(?:(?:lands|comes\s+in|gets|is|falls|sits)\s+)?(?:closest|nearest)\s+(?:to|above|over)\s+(?:the\s+)?(?:target|ask|figure|number|goal|amount)|(?:tightest|closest|snuggest)\s+fit(?=\s+(?:to|with|around|against)\s+(?:the\s+|our\s+)?(?:target|ask|figure|number|goal|amount|(?:us\$|\$|usd\s*)?\d)))(?![a-z])/g;

/** Every form of `OVERSHOOT_TURNED_DOWN` has one of these words: a brief with none skips it. */
export const OVERSHOOT_TURNED_DOWN_WORD = /rather than|instead of|\bnot\b/;

/**
 * The cheapest-capital objective turned down beside the one chosen ("the minimum amount sold above the target (not
 * the cheapest capital)", "rather than the lowest-cost option"): claimed and read as nothing, so that the objective
 * asked for decides.
 */
export const NPV_COST_TURNED_DOWN =
  /\b(?:not|rather\s+than|instead\s+of)\s+(?:simply\s+|just\s+|merely\s+)?(?:the\s+)?(?:cheapest|lowest[-\s]cost|least[-\s](?:expensive|costly))(?:[-\s](?:capital|funding|financing|money|option|route|solution|cost|set|package|program(?:me)?)|\s+(?:in|on)\s+(?:an?\s+)?(?:npv|present[-\s]value)(?:\s+(?:terms|basis))?)?(?![a-z])/g;
