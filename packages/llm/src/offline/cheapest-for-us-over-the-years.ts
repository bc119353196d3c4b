import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * The two objectives said by writers who talk of their own cost over the years and of the set that just gets over the
 * ask, beside `cheapest-over-the-lease-years.ts`: the combination "cheapest for us in the long run", the set "that ends
 * up costing us least over the years", "cheapest over the life of the deal", what "costs us the least in today's money",
 * the way "that's cheapest when you add it all up", "the lowest lifetime (NPV) cost" — `min_npv_cost` — and the
 * combination "that just clears it", the set "that lands just over $90M and no further", "minimum proceeds above the
 * amount" — `min_proceeds`. An option left unticked on a form ("[ ] cheapest NPV") is no choice. Read by `readObjective`.
 */

/** The one chosen, between "cheapest" and the span: "one", "set", "option", "combination", "mix". */
const CHOSEN = String.raw`(?:\s+(?:one|set|option|combination|mix|way|route|answer))?`;

/** Whose cost: "for us", "for the company", "to us". */
const FOR_US = String.raw`(?:\s+(?:for|to)\s+(?:us|the\s+company|the\s+business|the\s+group))?`;

/**
 * Cheapest, in the words writers use of their own cost: "cheapest", "least costly", "costing us (the) least", with what
 * the cost is paid in when said ("costs us least in rent", "cheapest in lease payments").
 */
const CHEAPEST = String.raw`(?:(?:cheapest|least\s+(?:expensive|costly)|(?:costs?|costing)\s+(?:us\s+|the\s+company\s+)?(?:the\s+)?least)(?:\s+in\s+(?:rent|rents|rental\s+costs?|lease\s+(?:costs?|payments)))?)`;

/**
 * The span the cost is counted over, or how it is counted: "in the long run", "over the years", "over the life of the
 * deal", "over the lease life", "over the term", "over those 15 years" (the leases' years counted), "in today's money", "when you add it
 * all up". A cost over one year is no such span.
 */
const SPAN = String.raw`(?:in|over)\s+the\s+long\s+(?:run|term|haul)|over\s+the\s+years|over\s+(?:the|those|these)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years|over\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:life|lifetime|lives|term|years)\s+of\s+(?:the|those|these|our|its|their)\s+(?:deal|leases?|program(?:me)?|transaction|sale)|over\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?lease\s+(?:life|lives|term)|over\s+the\s+(?:whole\s+|full\s+|entire\s+)?term(?!\s+of\b)|in\s+today'?s\s+(?:money|dollars|terms)|when\s+(?:you|we)\s+add\s+(?:it\s+)?(?:all\s+)?up|all\s+added\s+up`;

/**
 * A choice among sets before "cheapest", in the same sentence: "choose the combination that's", "pick whichever set
 * ends up", "the one that's", "done in the way that's". "Leasing is cheapest for us in the long run" chooses no set.
 */
const CHOICE_BEFORE = String.raw`(?<=\b(?:sets?|combinations?|mix(?:es)?|options?|one|whichever|whatever|way|pick|choose|chosen|select(?:ed)?|go\s+with|take)\b[^.;!?\n]{0,40}?)`;

/**
 * The cheapest capital by the company's cost over the years: "cheapest for us in the long run", "the cheapest one for us
 * over the long run", "ends up costing us least over the years", "cheapest over the life of the deal", "costs us the
 * least in today's money", "cheapest for us when you add it all up over the years", "the lowest lifetime (NPV) cost", "the
 * whole thing to cost us as little as possible over the years".
 */
export const NPV_COST_FOR_US_OVER_THE_YEARS = new RegExp(
  [
    String.raw`${CHOICE_BEFORE}\b${CHEAPEST}${CHOSEN}${FOR_US}\s+(?:${SPAN})`,
    String.raw`\blowest\s+(?:lifetime|whole[-\s]life|life[-\s]?cycle|all[-\s]in)\s+(?:\(?(?:npv|present[-\s]value)\)?\s+)?cost`,
    // "least costly over the lease (NPV)": cheapest with the measure named in brackets after it, which says the cost is
    // counted over the years whether or not a choice is named before it.
    String.raw`\b${CHEAPEST}${FOR_US}(?:\s+(?:${SPAN}|over\s+(?:the\s+)?(?:leases?|term)))?\s*\(\s*(?:npv|present[-\s]value)\s*\)`,
    // "it should be found as cheaply as possible over the life of the leases": the money raised at the least cost the
    // company can manage over a span of years. Cheaply said of one year's rent is no such wish.
    // "cheap as possible over the term": "as" before it dropped in a note, and "cheap" for "cheaply".
    String.raw`(?:\bas\s+)?\bcheap(?:ly)?\s+as\s+(?:possible|we\s+can|it\s+can\s+be(?:\s+done)?)\s+(?:${SPAN})`,
    // "I'd like the whole thing to cost us as little as possible over the years": the deal as a whole, costing the
    // company as little as it can over a span of years. A rent that costs little in one year is no such wish.
    String.raw`\b(?:the\s+(?:whole\s+thing|whole\s+deal|deal|sale|program(?:me)?|transaction|leaseback|package)|it\s+all)\s+(?:to\s+|should\s+|must\s+|would\s+)?cost(?:s|ing)?\s+(?:us|the\s+company|the\s+business)\s+as\s+little\s+as\s+(?:possible|we\s+can|it\s+can)\s+(?:${SPAN})`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/** What the set must get over: the ask by name, a pronoun for it, or its figure. */
const THE_ASK = String.raw`(?:it|that|(?:the\s+|our\s+)?(?:number|target|ask|figure|amount|goal)|(?:us\$|usd\s*|\$)\s*\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?)`;

/**
 * The set that just gets over the ask: "the combination that just clears it", "the one that lands just over $190M and
 * no further", "the combination that lands just above it", "land just over $110M", "minimum proceeds above the amount".
 * Only the words before the ask are matched, so that its figure is left to the amount readers. A rent, a level or a
 * buyer's bid that lands over a figure ("rent lands just over $5M a year", "the top bid lands just
 * above it") is no objective.
 */
export const MIN_PROCEEDS_JUST_CLEARS = new RegExp(
  String.raw`(?<!\b(?:rent|leverage|coverage|costs?|bids?|offers?|price|valuation|appraisal)(?:\s+(?:only|probably|likely|already))?\s+)\b(?:(?:just|barely)\s+(?:clears?|clearing|covers?|covering|tops?|topping)|(?:lands?|landing)\s+just\s+(?:over|above|past))(?=\s+${THE_ASK}(?![\d.,]*\s*(?:a\s+year|per\s+year|annually|x\b|of\s+(?:new\s+|added\s+)?rent)))` +
    String.raw`|\b(?:minimum|least|smallest|lowest)\s+proceeds\s+(?:above|over)\s+(?:the\s+)?(?:amount|target|ask|number|figure)(?![a-z])`,
  'g',
);

/**
 * An option left unticked on a form beside one ticked on its line: "[ ] cheapest NPV", up to the next box or the line's
 * end. A line of boxes none of them ticked is a checklist of what is asked, left to its own reader.
 */
export const UNTICKED_OPTION =
  /(?<=\[[^\S\n]?[x\u2713\u2714][^\S\n]?\][^\n]*)\[[^\S\n]?\][^[\n]*|\[[^\S\n]?\][^[\n]*(?=[^\n]*\[[^\S\n]?[x\u2713\u2714][^\S\n]?\])/g;

/**
 * The same on a form of round buttons: "( ) Max proceeds (•) Minimum NPV cost ( ) Minimum overshoot", an empty
 * button beside a filled one ("(•)", "(x)", "(*)") on its line, up to the next button or the line's end.
 */
export const UNTICKED_ROUND_OPTION =
  /(?<=\([^\S\n]?[x*\u2022\u25cf\u25c9][^\S\n]?\)[^\n]*)\([^\S\n]?\)[^(\n]*|\([^\S\n]?\)[^(\n]*(?=[^\n]*\([^\S\n]?[x*\u2022\u25cf\u25c9][^\S\n]?\))/g;

/** Every form of the patterns above has one of these words: a brief with none skips them. */
export const FOR_US_OVER_THE_YEARS_WORD = /cheap|least|lowest|minimum|smallest|clear|cover|top|land|little|\[ ?\]|\( ?\)/;
