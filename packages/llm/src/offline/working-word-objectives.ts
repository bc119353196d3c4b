import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * More objectives in working words, beside `stated-objectives.ts`: the least the company would have to sell to reach
 * a figure, an overshoot kept to the least or minimal, the least sold past the target's figure, the tightest set that
 * gets past it, proceeds minimised with a reason after a colon, a refusal to sell more
 * than needed said as a wish, the minimum proceeds put right after the exact solver, and a present-value cost named in
 * one sentence and minimised by pronoun in the next. Read by `statedObjectives`.
 */

/** Words that show a figure follows: a currency sign or code, or a digit. */
const FIGURE_AHEAD = String.raw`(?:us\$|\$|usd|eur|gbp|\d)`;

/**
 * An amount of money: "$132M", "usd 85 mn", or a bare "85". A multiple, a share, a count of years or a longer word
 * after the digits makes it something else.
 */
const MONEY = String.raw`(?:us\$|\$|usd\s*)?\d[\d.,]*(?<![.,])(?![\d.,]*\d)\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?(?![a-z%\d])(?!\s*(?:x|%|percent|times|years?|yrs?)(?![a-z]))`;

/** Selling no more than needed, in the forms the other objective patterns miss. */
export const LEAST_SOLD_IN_WORKING_WORDS = new RegExp(
  String.raw`\b(?:` +
    [
      // "what's the least we'd have to sell to clear $135M?", "the least we need to sell to reach the target": the least
      // sold to reach a mark. "The least we'd accept is $120M" sells nothing and is a floor, never read here.
      String.raw`(?:the\s+)?least\s+(?:we|you|they|the\s+company)(?:['\u2019]d|\s+would|\s+will|\s+must)?\s+(?:have|need|needs|has)\s+to\s+(?:sell|divest|dispose\s+of)(?=\s+(?:to\s+(?:clear|reach|hit|get|cover|raise|meet|make|fund)|for\s+(?:the\s+)?(?:target|ask|goal)|in\s+order\s+to)\b|\s*(?:[?.;!]|$))`,
      // "the combination that overshoots it by the least", "overshooting the target by the smallest margin": the target
      // or a pronoun for it is what is overshot ("exceeds it by the least").
      String.raw`(?:overshoot|exceed)(?:s|ing)?\s+(?:it|that|this|(?:the\s+|our\s+)?(?:target|ask|goal|number|figure))\s+by\s+the\s+(?:least|smallest(?:\s+(?:amount|margin|possible\s+amount))?)`,
      // "overshoots $132M by the least": the target's figure, left to the amounts' reader, is what is overshot.
      String.raw`(?:overshoot|exceed)(?:s|ing)?(?=\s+${MONEY}\s+by\s+the\s+(?:least|smallest)(?![a-z]))`,
      // "minimal overshoot", "the smallest possible overshoot": the overshoot kept smallest is selling no more than needed.
      String.raw`(?:minimal|smallest)\s+(?:possible\s+)?overshoot`,
      // "sell the minimum over $105M", "the smallest amount over that": the least sold past the target's figure or a
      // pronoun for it, the figure left to the amounts' reader. A multiple, a share or a term after it ("the minimum over 1.5x") is a limit, never read here.
      String.raw`the\s+(?:exact\s+)?(?:smallest|least|lowest|minimum)\s+(?:(?:amount|sum)\s+)?(?:over|above|beyond|past)(?=\s+(?:(?:that|it|this)(?![a-z])|${MONEY}))`,
      // "the tightest set of assets that gets us just over $145M": the smallest package that reaches the target.
      String.raw`(?:the\s+)?tightest\s+(?:set|package|combination|selection|basket|bundle|mix)(?:\s+of\s+(?:assets|sites|properties|buildings))?\s+(?:that|which)\s+(?:gets|takes|brings)\s+us\s+(?:just\s+)?(?:over|past|above|to|there)`,
      // "Minimise proceeds: we do not want to sell more than we need": a reason, not a figure, after the colon.
      String.raw`minimi[sz]e\s+(?:the\s+)?proceeds\s*:(?!\s*${FIGURE_AHEAD})`,
      // "we do not want to sell more than we need", "we'd rather not sell more than necessary": the refusal said as a
      // wish. A count or share after "more than" ("more than two plants") is a limit, not the objective.
      String.raw`(?:do\s+not|don['\u2019]?t|would\s+rather\s+not|['\u2019]d\s+rather\s+not|prefer\s+not\s+to)\s+(?:want\s+to\s+)?sell\s+(?:any(?:thing)?\s+)?more\s+than\s+(?:we\s+(?:need|must|have\s+to)|(?:is\s+)?(?:necessary|needed|required))`,
      // "Exact, min proceeds, $115M", "exact; minimum proceeds": the objective right after the exact solver, as an item
      // of a terse list. "Exact, min proceeds $100M" puts a figure on it and is a floor.
      String.raw`(?<=\bexact(?:ly)?\s*[,;/]\s*)min(?:imum|imal)?\.?[-\s]proceeds(?=\s*(?:[.;,\n]|$))`,
      // "prioritise the smallest overshoot", "prioritizing minimal overshoot": the overshoot made the priority.
      String.raw`priorit(?:i[sz]e|i[sz]es|i[sz]ing)\s+(?:the\s+)?(?:smallest|least|lowest|minimal|minimum)\s+overshoot`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);

/** A present-value cost as the basis: "the present-value cost", "NPV cost", "net present value cost". */
const PV_COST = String.raw`(?:n?pv|present[-\s]value|net[-\s]present[-\s]value)[-\s]+cost`;

/**
 * The cheapest capital as a present-value cost named in one sentence and minimised by pronoun in the next ("Treasury's
 * preferred metric is the present-value cost of the leasebacks. Minimise it for a $190M raise"). A verb before the
 * order ("don't minimise it") or another subject minimised ("minimise rent") is not read.
 */
export const PV_COST_THEN_MINIMISE_IT = new RegExp(
  String.raw`\b${PV_COST}\b[^.;!?\n]{0,80}[.;:]\s*(?:please\s+)?minimi[sz]e\s+(?:it|that|this)(?![a-z])`,
  'g',
);
