import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * More wording of the minimum-proceeds objective, beside `objective-wording.ts`: the smallest set that does the job
 * ("sell the smallest set that gets there", "the smallest program that works"), the smallest overshoot measured from
 * the target ("smallest overshoot above the target"), the smallest package reaching the target or said to be the
 * smallest possible ("the smallest package that gets them to $60M", "$155M in the smallest possible package", "$135M;
 * smallest package;"), the least sold above the target ("the minimum amount sold above the target", "overshoot the
 * $70M as little as possible"), the lowest possible proceeds past a figure ("the lowest possible proceeds over
 * $115M"), the excess kept smallest ("the smallest possible excess over the target"), the minimum sale that clears a
 * figure ("the minimum sale that clears $150M"), the fewest dollars past it ("fewest dollars above $85M") and the least
 * sold with the figure it must pass right after ("the minimum we can over $105M", "the smallest program over $55M"), the
 * least sold to reach a figure ("sell the least you need to get to $75M"), the proceeds as close above a figure as the
 * assets allow, the closest that can be got above the mark, no building sold beyond what reaches the figure, and the
 * least proceeds solved for ("solve for minimum proceeds above $100M").
 * Read by `readEconomics`.
 */

/** What is sold, counted as a whole: the set, package or program. */
const SALE_NOUN = '(?:package|set|program(?:me)?|sale|selection|combination|basket|portfolio|pool)';
/** What the sale is made of, when named: "of properties", "of sites". */
const MADE_OF = String.raw`(?:\s+of\s+(?:properties|assets|sites|buildings|stores|facilities))?`;
/** Who the sale gets to the target: "gets us to", "takes them past". */
const WHO = String.raw`(?:us|them|me|you|the\s+(?:client|company|seller|fund|group|business|issuer))`;
/** The target as a mark to reach, named by a word: "the size", "the target", "that number". */
const MARK = String.raw`(?:(?:the|our|their|that|this)\s+)?(?:target|ask|goal|size|number|figure|amount|requirement|mark|hurdle|bar)(?![a-z])`;
/** "not simply the smallest set", "rather than just the smallest program": the sale size turned down is no objective. */
const NOT_TURNED_DOWN = String.raw`(?<!\b(?:not|than|of)\s+(?:(?:simply|just|merely|only)\s+)?(?:the\s+)?)`;

/**
 * The minimum-proceeds objective in the forms above. The proceeds kept lowest must be followed by "over" and the
 * figure or target they must pass: "the lowest possible proceeds we'd accept are $90M" is a floor, and "the lowest
 * possible proceeds over the cycle" a description, never read here.
 */
export const MIN_PROCEEDS_LEAST_SALE = new RegExp(
  String.raw`\b(?:` +
    [
      // "the smallest set that gets there", "the smallest program that works", "the smallest package that does the job".
      String.raw`(?:the\s+)?smallest\s+${SALE_NOUN}\s+(?:that|which)\s+(?:gets\s+(?:us\s+)?there|works|does\s+(?:the\s+job|it)|will\s+do|is\s+enough|suffices)`,
      // "smallest overshoot above the target", "the smallest overshoot over our ask": the overshoot measured from the target.
      String.raw`(?:the\s+)?smallest\s+overshoot\s+(?:over|above|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number)`,
      // "the smallest package that gets them to $60M", "the smallest set that takes the client past the target": the
      // figure after it stays the target's, so it is only looked at.
      String.raw`(?:the\s+)?smallest\s+${SALE_NOUN}\s+(?:that|which)\s+(?:will\s+)?(?:gets?|takes?|brings?)\s+(?:${WHO}\s+)?(?:to|past|over|across|beyond)(?=\s+(?:us\$|\$|usd\s*|\d|${MARK}))`,
      // "the smallest program that clears the size", "smallest set clearing the target": the mark named, not its figure.
      // "the smallest package of properties that reaches the target": what the sale is made of may be named.
      // "the tightest package that still clears the ask": "still" before the verb, and the tightest or leanest sale as
      // the smallest one.
      String.raw`(?:the\s+)?(?:smallest|tightest|leanest)\s+${SALE_NOUN}${MADE_OF}\s+(?:(?:that|which)\s+(?:will\s+)?(?:still\s+)?(?:clears?|hits?|reaches|reach|meets?|covers?|exceeds?)|(?:still\s+)?(?:clearing|hitting|reaching|meeting|covering))\s+${MARK}`,
      // "the package be the smallest that clears the target", "pick the leanest one that still gets past $88M": the sale
      // named before its superlative, which stands alone or as "one"; the figure after it stays the target's.
      String.raw`(?<=\b${SALE_NOUN}\b[^.;!?\n]{0,40}?)(?:the\s+)?(?:smallest|tightest|leanest)(?:\s+one)?\s+(?:that|which)\s+(?:will\s+)?(?:still\s+)?(?:clears?|hits?|reaches|reach|meets?|covers?|exceeds?|gets?\s+(?:us\s+)?(?:past|over|to))(?=\s+(?:us\$|\$|usd\s*|\d|${MARK}))`,
      // "smallest sale over the line", "the smallest set of sites that gets us over the line": the target as the line.
      String.raw`(?:the\s+)?smallest\s+${SALE_NOUN}${MADE_OF}\s+(?:(?:that|which)\s+(?:will\s+)?(?:gets?|takes?|puts?)\s+(?:${WHO}\s+)?)?(?:over|across)\s+the\s+line`,
      // "$155M in the smallest possible package", "the smallest qualifying program", "the smallest set possible".
      String.raw`${NOT_TURNED_DOWN}(?:the\s+)?smallest\s+(?:(?:possible|qualifying|eligible|feasible|workable|compliant|valid|permissible)\s+)+${SALE_NOUN}|${NOT_TURNED_DOWN}(?:the\s+)?smallest\s+${SALE_NOUN}\s+possible`,
      // "$135M; smallest package; exclude Kearny": the smallest sale as a clause of its own.
      String.raw`(?<=(?:^|[,;:(\n\u2013\u2014])\s*)(?:the\s+)?smallest\s+${SALE_NOUN}(?=\s*(?:[.;,!)\n]|$))`,
      // "the minimum amount sold above the target", "the least sold over the ask": the excess sold kept smallest.
      String.raw`(?:the\s+)?(?:minimum|least|smallest|lowest)\s+(?:(?:dollar\s+)?amount\s+|value\s+)?(?:sold|raised|divested)\s+(?:above|over|beyond|past|in\s+excess\s+of)\s+(?:the\s+|our\s+)?(?:target|ask|goal|requirement|that|it|this)`,
      // "overshoot the $70M as little as possible", "overshoot that as little as we can": the target's figure or a
      // word for it between, the figure left to the amounts' reader.
      String.raw`(?<=overshoot(?:ing)?\s+(?:the\s+|our\s+)?(?:(?:us\$|\$|usd\s*)\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?|that|it|this|(?:that|this|the)\s+(?:figure|number|amount|size|mark|requirement))\s+(?:by\s+)?)as\s+little\s+as\s+(?:possible|we\s+can|you\s+can|they\s+can)`,
      // "the smallest possible excess over the target", "the least surplus above the ask": the excess is the overshoot.
      String.raw`(?:the\s+)?(?:smallest|least|lowest|minimum|minimal)(?:\s+possible)?\s+(?:excess|surplus)\s+(?:over|above|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number)`,
      // "the minimum sale that clears $150M", "the smallest package that hits $90M": the figure after it stays the target's.
      String.raw`(?:the\s+)?(?:smallest|minimum|minimal|tightest|leanest)\s+${SALE_NOUN}${MADE_OF}\s+(?:that|which)\s+(?:will\s+)?(?:still\s+)?(?:clears?|hits?|reaches|meets?|exceeds?)(?=\s+(?:us\$|\$|usd\s*|\d))`,
      // "sell the least you need to get to $75M", "sell only the least we must to reach the target": the least sold that
      // reaches the figure or the mark, the figure left to the amounts' reader.
      String.raw`sell\s+(?:only\s+)?the\s+(?:least|minimum)\s+(?:(?:you|we|they)\s+)?(?:need|have|must)\s+(?:to\s+)?(?:to\s+)?(?:get\s+(?:to|past|over)|reach|raise|hit|clear)(?=\s+(?:us\$|\$|usd\s*|\d|${MARK}))`,
      // "land as close above $77M as the assets allow": the proceeds nearest above the figure, as near as can be.
      String.raw`(?<=\bas\s+close\s+(?:above|over)\s+(?:(?:us\$|\$|usd\s*)?\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?|${MARK})\s+)as\s+(?:(?:the\s+)?(?:assets|portfolio|buildings|properties)\s+(?:allow|permit)|possible|(?:we|you|they)\s+can)`,
      // "solve for minimum proceeds above $100M", "optimise for the lowest proceeds over $60M": the least proceeds as what
      // is solved for, with the figure they must pass after.
      String.raw`(?<=\b(?:solve|optimi[sz]e|aim|look)\s+for\s+)(?:the\s+)?(?:minimum|lowest|least|smallest)\s+proceeds(?=\s+(?:over|above|beyond|past)\s+(?:us\$|\$|usd\s*|\d))`,
      // "fewest dollars above $85M", "the fewest extra dollars over the target": the dollars past the figure, fewest.
      String.raw`(?:the\s+)?(?:fewest|least)\s+(?:extra\s+|excess\s+)?dollars\s+(?:above|over|beyond|past)(?=\s+(?:us\$|\$|usd\s*|\d|(?:the\s+|our\s+)?(?:target|ask|goal)\b))`,
      // "the lowest possible proceeds over $115M": the figure after it stays the target's, so it is not taken.
      String.raw`(?:the\s+)?(?:least|lowest|fewest|smallest)\s+possible\s+proceeds(?=\s+(?:over|above|beyond|past)\s+(?:us\$|\$|usd\s*|\d|(?:the\s+|our\s+)?(?:target|ask|goal)\b))`,
      // "the closest we can get above that number", "the nearest we can land over the target": the proceeds nearest
      // above the mark.
      String.raw`(?:the\s+)?(?:closest|nearest)\s+(?:we|you|they)\s+can\s+(?:get|come|land)\s+(?:above|over)\s+${MARK}`,
      // "not sell a single building more than we need to reach $112M": no sale beyond what reaches the figure.
      String.raw`(?:not|never)\s+sell\s+(?:a\s+single|one|any)\s+(?:building|asset|property|site|store)\s+more\s+than\s+(?:we|you|they)\s+(?:need|must|have)(?=\s+to\s+(?:reach|get|hit|raise|clear)\b)`,
      // "Sell the minimum we can over $105M", "the smallest program over $55M", "minimum over $70M": the least sold, with
      // the figure it must pass right after; the figure stays the target's, so it is only looked at.
      String.raw`(?:the\s+)?(?:minimum|smallest|least|lowest|minimal)(?:\s+(?:amount|${SALE_NOUN}))?(?:\s+(?:we|you|they)\s+can(?:\s+(?:sell|raise|do|get\s+away\s+with))?|\s+possible)?(?=\s+(?:over|above|beyond|past)\s+(?:(?:us\$|\$|usd\s*)\d|\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z])))`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);
