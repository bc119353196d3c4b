import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * A floor said as where to stop when the ask falls short: "if we can't get there, $90M", "if it has to come down, not
 * below 95M", "if we must trim, stop at $80M", "Floor if market softens: $120M". The condition names the ask
 * failing, so the figure after it is the least taken, never a second ask. Read by `readAmounts`.
 */

/**
 * The ask, the company or the buyers, the subject of falling short: "we", "it", "the target", "the market" ("if the
 * market can't get us to 300"), "the buyers", or the ask's own figure ("if $25M
 * can't be done", "if 95 is out of reach").
 */
const SUBJECT = String.raw`(?:we|they|you|i|it|that|this|buyers|bidders|the\s+(?:market|buyers|bidders|bids|ask|target|amount|raise|number|deal|program(?:me)?|full\s+amount|headline|pool|portfolio|assets|buildings|properties)|(?:us\$|\$)?\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?)`;
/**
 * The ask said to be out of reach, in the passive or as a state: "can't be done", "is out of reach", "isn't doable",
 * "is too much to get from those".
 */
const UNREACHABLE = String.raw`(?:(?:can't|cannot|can\s+not|won't|couldn't)\s+be\s+(?:done|reached|met|hit|raised|achieved|filled|had)(?:\s+that\s+way|\s+in\s+full)?(?:\s+(?:within|under|given|inside)\s+(?:these|those|the|our|its)\s+(?:limits|constraints|covenants|screens|terms))?|(?:is|are|'s|proves?|turns\s+out)\s+(?:to\s+be\s+)?(?:out\s+of\s+reach|unreachable|unrealistic|impossible|infeasible|unattainable|unachievable|not\s+(?:reachable|achievable|doable|possible|realistic|feasible)|too\s+(?:much|high|big|ambitious|steep)(?:\s+to\s+(?:get|raise|find|ask\s+for)(?:\s+from\s+(?:those|these|them|there|it|that))?)?(?![a-z])|(?:a\s+|too\s+(?:much\s+)?(?:of\s+a\s+)?)stretch)|(?:isn'?t|aren'?t)\s+(?:reachable|achievable|doable|possible|realistic|feasible))`;
/**
 * Reaching the ask: "get there", "make it", "hit the target", "raise the full amount", "get to 85", also within the
 * limits ("get there within the limits").
 */
const REACH = String.raw`(?:get|make|reach|hit|raise|achieve|do|fill|land)(?:\s+(?:(?:us\s+)?there|it|that|this|all\s+of\s+it|the\s+(?:target|ask|amount|number|full\s+amount|whole\s+amount|headline)|(?:us\s+)?(?:to\s+)?(?:us\$|\$)?\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?))?(?:\s+(?:within|under|given|inside)\s+(?:these|those|the|our|its)\s+(?:limits|constraints|covenants|screens|terms))?`;
/** Cutting the ask back: "trim", "come down", "scale back", "go lower". */
const CUT = String.raw`(?:trim|cut|come\s+down|go\s+down|scale\s+(?:back|down)|go\s+lower|shrink|reduce|downsize|size\s+down)(?:\s+(?:it|the\s+(?:ask|target|amount|program(?:me)?|deal)))?`;
/**
 * A weak market, the other reason an ask falls short: "the market softens", "demand is thin", "bids come in light",
 * "the market won't take $240M", "the market's thin".
 */
const WEAK_MARKET = String.raw`(?:the\s+)?(?:market|markets|demand|buyers?|bids|pricing|appetite)(?:'s\s+(?:weak|weaker|soft|softer|thin|light|lighter|poor)|\s+(?:softens?|soften|weakens?|turns?|sours?|cools?|dries\s+up|dry\s+up|(?:is|are|comes?\s+in|turns?\s+out)\s+(?:weak|weaker|soft|softer|thin|light|lighter|poor)|(?:won'?t|will\s+not|can'?t|cannot|doesn'?t|does\s+not|don'?t)\s+(?:take|absorb|bear|support)\s+(?:it|that|all\s+of\s+it|the\s+(?:full\s+)?amount|(?:us\$|\$)?\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?)))`;
/** The limits standing in the ask's way: "the covenants bite", "the limits bind", "the screens get in the way". */
const LIMITS_BITE = String.raw`(?:the\s+)?(?:covenants?|limits?|constraints?|screens?|caps?)\s+(?:bites?|binds?|get\s+in\s+the\s+way|gets\s+in\s+the\s+way)`;
/** Money or the market said to be tight: "if it's tight", "if things get tight", "should the market be tight". */
const TIGHT = String.raw`(?:it|things|money|the\s+market|funding)(?:'s|\s+is|\s+gets|\s+are|\s+get|\s+turns\s+out)\s+(?:too\s+|very\s+|really\s+)?tight(?:er)?(?![a-z])`;
/** The condition of falling short, after "if", "should", "in case", "where"; also read before a bare floor (`bare-floor-wording.ts`). */
export const FALLS_SHORT = String.raw`(?:if|should|in\s+case|where|when)\s+(?:${SUBJECT}(?:\s+|(?='))${UNREACHABLE}|${SUBJECT}\s+(?:(?:truly|really|simply|just|absolutely)\s+)?(?:can't|cant|cannot|can\s+not|couldn't|don't|doesn't|won't|fail\s+to|fails\s+to|are\s+unable\s+to|is\s+unable\s+to)\s+${REACH}|${SUBJECT}\s+(?:fall|falls|come|comes|end\s+up|ends\s+up)\s+(?:up\s+)?short(?![a-z])|${SUBJECT}\s+(?:has|have|needs?|must)\s+to\s+${CUT}|${SUBJECT}\s+(?:must|should|need\s+to|are\s+forced\s+to)\s+${CUT}|${WEAK_MARKET}|${LIMITS_BITE}|${TIGHT})`;
/** What the company does then, before the figure: "stop at", "not below", "we'd settle for", "go to". */
const THEN_STOP = String.raw`(?:then\s+)?(?:(?:we|i|they|management|the\s+(?:company|board|client|team))(?:'d|'ll|\s+would|\s+will|\s+can|\s+could|\s+may|\s+might)?\s+)?(?:stop\s+at|go\s+(?:down\s+)?to|drop\s+to|come\s+down\s+to|settle\s+(?:at|for)|fall\s+back\s+(?:to|on)|take|accept|live\s+with|floor\s+(?:at|of)|not\s+(?:go\s+)?below|no\s+lower\s+than|no\s+less\s+than|not\s+less\s+than|not\s+under|down\s+to)`;

/**
 * A last resort named before what is done then: "if we must, stop at $75M", "if need be, go to $60M", "if it comes to
 * it we'd stop at $100M". Read only with
 * the stop that follows it, since "if we must, sell Dallas" names no floor.
 */
const LAST_RESORT = String.raw`\b(?:if|when)\s+(?:we\s+(?:really\s+)?(?:must|have\s+to)|(?:it\s+)?need\s+be|pushed|push\s+comes\s+to\s+shove|it\s+comes\s+to\s+(?:it|that|the\s+crunch))`;

/**
 * A last resort set straight before the figure, with no verb of stopping: "Target $180M; if we must, $155M", "$90M,
 * or if need be $75M", "at a pinch, $60M". The figure itself is what is done then, so it is the floor; the cue must end
 * right at the figure (only a comma, colon or dash between), so that "if we must, sell Dallas for $40M" names none.
 */
const LAST_RESORT_BESIDE_FIGURE = String.raw`(?:${LAST_RESORT}|\b(?:at|in)\s+a\s+pinch)[^\S\n]*[,:\u2013\u2014-]?[^\S\n]*(?:then[^\S\n]+)?`;

/**
 * The words before a figure that make it the floor because the ask fell short: the condition, then what is done
 * ("if we can't get there, ", "if it has to come down, not below "), or a floor's label with its condition before
 * the colon ("Floor if market softens: "). A condition before a colon labels only what its label names: "Volume in case
 * the market is weak: USD 160 mio" names no floor.
 */
export const FALLBACK_FLOOR_BEFORE = new RegExp(
  String.raw`(?:\b${FALLS_SHORT}\s*[,;\u2014-]?\s*(?:${THEN_STOP}\s*)?|${LAST_RESORT}\s*[,;\u2014-]?\s*${THEN_STOP}\s*|${LAST_RESORT_BESIDE_FIGURE}|\b(?:floor|minimum|fall[-\s]?back|walk[-\s]?away)\s+(?:if|should|when)\s+[a-z' ]{1,40}?\s*:\s*)$`,
);

/**
 * The ask reached only in part, the figure inside the condition: "if we can only get $35M", "if we only get to $30M",
 * "if it only comes in at $80M". A floor only when acceptance follows (ACCEPTED_THEN): "if we can only get $35M, the
 * deal is off" is no floor.
 */
const ONLY_REACHED =
  /\b(?:if|should|where|when)\s+(?:we|you|they|it|i)\s+(?:can\s+|could\s+)?only\s+(?:gets?|reach(?:es)?|raises?|makes?|manages?|lands?|comes?\s+in|fetch(?:es)?)(?:\s+(?:to|at|up\s+to))?\s*$/;
/** Acceptance after a figure reached only in part: "$35M, that's fine too", "$30M thats acceptable", "$80M we'd take it". */
const ACCEPTED_THEN =
  /^[$\w.,]*(?:[^\S\n]*(?:mm|mn|m|million|bn|billion|dollars))?[^\S\n]*[,;\u2013\u2014-]?[^\S\n]*(?:then\s+)?(?:that'?s|thats|that\s+is|it'?s|its|that\s+would\s+be|(?:we|i)(?:'d|\s+would|'ll|\s+will|\s+can)\s+(?:still\s+)?(?:take|accept|live\s+with|do))\s*(?:still\s+)?(?:acceptable|fine|ok(?:ay)?|alright|all\s+right|workable|it|that|them)?\b/;

/** A condition ending on its verb of reaching, the figure next its object: "if we can't reach ", "if we can't get ". */
const REACHED_FIGURE_NEXT = /\b(?:get|make|reach|hit|raise|achieve|fill|land)\s*$/;

/**
 * The fallback cue before the amount at `amountStart`, looked for back to the start of its line or sentence (the
 * condition is its own clause: "if we can't get there, $90M"), with its index counted from `clauseStart` as the
 * other floor cues' are (negative when the cue opens an earlier clause); null when there is none.
 */
export function fallbackFloorCue(lower: string, clauseStart: number, amountStart: number): RegExpExecArray | null {
  const lineStart = lower.lastIndexOf('\n', amountStart - 1) + 1;
  let windowStart = Math.max(lineStart, amountStart - 160);
  // Back to the sentence only: a condition in an earlier sentence is about something else.
  const sentenceEnd = Math.max(...[...lower.slice(windowStart, amountStart).matchAll(/[.!?]\s/g)].map((end) => end.index + 1), 0);
  windowStart += sentenceEnd;
  const fallback = FALLBACK_FLOOR_BEFORE.exec(lower.slice(windowStart, amountStart));
  // "if we can't reach $115M": the figure is what the condition fails to reach, the ask, not the floor after it.
  if (fallback !== null && REACHED_FIGURE_NEXT.test(fallback[0])) return null;
  const cue =
    fallback ??
    (ACCEPTED_THEN.test(lower.slice(amountStart, amountStart + 60)) ? ONLY_REACHED.exec(lower.slice(windowStart, amountStart)) : null);
  if (cue === null) return null;
  cue.index += windowStart - clauseStart;
  return cue;
}

/** A figure that states a fallback rather than the ask: "$120M as the floor", "$150M at minimum", "$90M would do". */
export const FALLBACK_AFTER =
  /^\s*(?:(?:as|is)\s+(?:the\s+|a\s+|our\s+)?(?:floor|minimum|fallback|bottom\s+line)|at\s+(?:least|minimum|a\s+minimum)|(?:would|could|will|is)\s+(?:still\s+)?(?:do|be\s+(?:acceptable|fine|ok(?:ay)?)|acceptable|fine))\b/;
/**
 * Words before a figure that make it a fallback rather than the figure replacing a discussed one: "floor", "at least",
 * "down to", "not below" ("they said raise 110M but if it has to come down, not below 95M"). "revised down to $130M"
 * and "talked me down to $210M" move the figure itself: only "down to" without a verb of revising names a fallback.
 */
export const FALLBACK_BEFORE =
  /\b(?:floor|minimum|min|at\s+least|no\s+less\s+than|(?<!(?:revised|revise|cut|brought|bring|taken|lowered|reduced|trimmed|came|come|(?:talked|argued|persuaded|pushed)\s+(?:me|us|him|her|them))\s+)down\s+to|not\s+below|no\s+lower\s+than|fallback|acceptable)\b[^.!?;\n]{0,15}$/;

/** A fallback's condition opening the next clause or sentence: "Should that prove impossible, ...", "; if it can't be done". */
const FALLBACK_FOLLOWS = new RegExp(String.raw`^[^\S\n]*[.;,!\u2014-]*\s*(?:but\s+|and\s+)?${FALLS_SHORT}`);

/**
 * Whether a fallback's condition follows right after the clause that ends at `clauseEnd` ("I'm comfortable at $170M
 * provided debt stays under 3.3x. Should that prove impossible, I'd accept $140M."): the figure it falls back from is
 * the ask, even where its own clause talks of debt or earnings.
 */
export function fallbackFollows(lower: string, clauseEnd: number): boolean {
  return FALLBACK_FOLLOWS.test(lower.slice(clauseEnd, clauseEnd + 160));
}
