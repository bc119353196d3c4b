import { PAST_DEAL_TERM } from './past-deal-economics.js';
import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

/**
 * Scores and lease economics said in words the field readers do not know, restated in the words they do: a lease term
 * switched to a new length ("switch the lease term to 10 yrs": lease term 10 years), a term written as the shorthand
 * "LT" ("LT 15": lease term 15 years), a tax rate put on the taxable gain ("Assume 21% on the taxable gain": a 21% tax
 * rate on the gain), an escalator proposal the writer says was refused ("the buyer's 2.75% bumps were rejected": the
 * refused rate is dropped, so the one asked for stands), assets kept out by a score ("keep out assets whose criticality
 * is over 0.65": exclude them), and a level on a named score's scale ("0.7 or better on that leaseability scale you
 * use": leaseability 0.7 or better). Read by `readBrief` with the other restatements, before any field reader.
 */

/** A blank that stays on its line. */
const S = String.raw`[^\S\n]`;

/** A whole number of years, 1 to 50, as its unit is written: "10 yrs", "15-year", "20 years", "12y". */
const YEARS_UNIT = String.raw`(?:years?|yrs?|y)\b`;

/**
 * A lease term switched to a new length: "switch the lease term to 10 yrs", "change the term from 15 to 12 years",
 * "move lease terms to 20 years", "bump the leaseback term up to 18 yrs". Restated "lease term N years". A change
 * refused before the verb ("don't change the lease term to 10 years") is left as written.
 */
const TERM_CHANGED_TO = new RegExp(
  String.raw`(?<!\b(?:don['\u2019]?t|do${S}+not|never|not|won['\u2019]?t|shouldn['\u2019]?t)${S}+)\b(?:switch|change|move|set|update|bump|extend|cut|shorten|lengthen|take|reset|drop|push|bring|shift|revise|adjust)(?:e?s|e?d|ing)?${S}+(?:the${S}+|our${S}+|all${S}+)?(?:lease(?:back)?${S}*)?(?:terms?|tenors?)(?:${S}+(?:from${S}+\d{1,2}(?:${S}*-?${S}*${YEARS_UNIT})?))?(?:${S}+(?:up|down|back))?${S}+to${S}+(?<years>\d{1,2})${S}*-?${S}*${YEARS_UNIT}`,
  'gi',
);

/**
 * A lease term written as the shorthand "LT" in capitals: "LT 15", "LT: 20", "LT=12y", "LT 10 yrs". Restated "lease
 * term N years". A ratio, share, amount or count after it ("LT 3.5x", "LT 15%", "LT 20m", "LT 12 sites") is no
 * term, "LTV" is another word, and lower-case "lt" is left alone (it is also "less than").
 */
const LT_SHORTHAND = new RegExp(
  String.raw`\bLT${S}*[:=]?${S}*(?<years>\d{1,2})(?:${S}*-?${S}*${YEARS_UNIT})?(?![\d]|\.\d|${S}*(?:%|x\b|times\b|m\b|mm\b|mn\b|bn\b|k\b|million|billion|percent|pct|\$|(?:sites?|assets?|buildings?|properties|markets?|deals?|days?|months?|weeks?|bps|basis)\b))`,
  'g',
);

/** A percentage: "21%", "24 pct", "25 percent". */
const RATE = String.raw`\d{1,2}(?:\.\d+)?${S}*(?:%|pct\b|percent\b|per${S}+cent\b)`;

/**
 * A tax rate put on the taxable gain, with no word "tax" before it: "Assume 21% on the taxable gain", "use 25% on
 * taxable gains", "model 24 pct on the gain", "26% on any taxable gain". Restated "N% tax rate on the gain". A
 * percentage "of" the gain ("keep 20% of the gain") or a gain that is a percentage ("a 21% gain") is no rate of tax.
 */
const RATE_ON_THE_GAIN = new RegExp(
  String.raw`\b(?:(?:assume|use|apply|model|take|plug${S}+in|run)${S}+(?:a${S}+)?(?<used>${RATE})${S}+on${S}+(?:the${S}+|any${S}+|our${S}+)?(?:taxable${S}+)?gains?\b|(?<rate>${RATE})${S}+on${S}+(?:the${S}+|any${S}+|our${S}+)?taxable${S}+gains?\b)`,
  'gi',
);

/** The words of an escalator figure: "bumps", "escalator", "annual increases", "rent steps". */
const ESCALATOR_NOUN = String.raw`(?:(?:annual|yearly|rent|rental)${S}+)?(?:bumps?|escalators?|escalations?|increases?|uplifts?|steps?|increments?)\b`;

/**
 * An escalator proposal the writer says was refused: "(The buyer's initial indication of 2.75% bumps was rejected.)",
 * "The broker floated 3% bumps; we declined", "their 3.5% escalator got knocked back", "3% increases; that was
 * refused". The refused rate is dropped from the restated text, so that the escalator asked for stands; the words
 * around it stay. A proposal accepted ("3% bumps were accepted", "floated 3% bumps; we agreed") is left as is.
 */
const ESCALATOR_REFUSED = new RegExp(
  String.raw`(?<rate>${RATE})${S}+${ESCALATOR_NOUN}(?=(?:[^.;!?\n]|\.\d){0,60}?(?:(?:[;,]${S}*(?:but${S}+)?(?:that|it|this|which|they)${S}+)?\b(?:was|were|has${S}+been|have${S}+been|got|is|are)${S}+(?:rejected|declined|refused|turned${S}+down|knocked${S}+back|dropped|vetoed)\b|[;,]${S}*(?:but${S}+)?(?:we|they|the${S}+(?:board|committee|company)|management|treasury)${S}+(?:declined|rejected|refused|passed|said${S}+no|turned${S}+(?:it|that|them)${S}+down)\b))`,
  'gi',
);

/**
 * A verb that keeps assets out, before the score that rules them out: "keep out assets whose criticality is over
 * 0.65", "screen out any site with leaseability under 0.5", "filter out buildings whose criticality score exceeds
 * 0.7". Restated "exclude", which the score readers know. Without a score named in the clause ("keep out of Dallas")
 * the verb is left as written.
 */
const KEPT_OUT_BY_SCORE = new RegExp(
  String.raw`\b(?:keep|leave|screen|filter|weed|strip|carve|hold)${S}+out(?=${S}+(?:any|all|the|every|those)?${S}*(?:assets?|sites?|buildings?|properties|property|locations?|facilities|facility|anything)\b[^.;!?\n]{0,40}?\b(?:criticality|leas(?:e)?ability|re-?lett?ability)\b)`,
  'gi',
);

/** A score's level: "0.7", ".65", "1.0". */
const LEVEL = String.raw`(?:0?\.\d{1,3}|1(?:\.0+)?|0)`;

/**
 * A level on a named score's scale: "0.7 or better on that leaseability scale you guys use", "at least 0.6 on the
 * leasability score", "0.5 or lower on our criticality scale", "no more than 0.6 on the criticality measure", "0.5 or lower
 * on that criticality thing" (the score named by someone unsure what it is called). Restated
 * "leaseability N or better" or "criticality N or lower", which the score readers know. A level only described ("our
 * sites average 0.6 on the leaseability scale") has no bound word, and is left as is.
 */
const LEVEL_ON_NAMED_SCALE = new RegExp(
  String.raw`(?:(?<atLeast>at${S}+least|no${S}+(?:less|lower)${S}+than|a${S}+minimum${S}+of)${S}+(?<least>${LEVEL})|(?<atMost>at${S}+most|no${S}+(?:more|higher)${S}+than|a${S}+maximum${S}+of)${S}+(?<most>${LEVEL})|(?<level>${LEVEL})${S}+or${S}+(?<bound>better|higher|more|above|over|lower|less|below|under))${S}+on${S}+(?:the|that|this|our|your|their)${S}+(?<score>criticality|leas(?:e)?ability|re-?lett?ability)${S}+(?:scale|score|measure|metric|rating|index|thing)\b(?:${S}+(?:(?:that${S}+)?(?:you|we|they)(?:${S}+guys)?${S}+(?:use|have|run|keep)))?`,
  'gi',
);

/**
 * A reporting basis named and set aside in its own sentence: "The peer we benchmark against reports under US GAAP,
 * ignore that", "their IFRS 16 numbers - disregard them". The basis name is dropped from the restated text, so that
 * the basis asked for stands; a basis the brief asks for ("use US GAAP") has no words setting it aside.
 */
const BASIS_IGNORED = new RegExp(
  String.raw`\b(?:US${S}*GAAP|GAAP|IFRS(?:${S}*16)?)\b(?=[^.;!?\n]{0,40}?[-\u2013\u2014,;:]${S}*(?:so${S}+|please${S}+|just${S}+)?(?:ignore|disregard)${S}+(?:it|that|this|them)\b)`,
  'gi',
);

/** After a past deal's term, in its sentence: "don't reuse those terms", "ignore that", "not relevant now". */
const PAST_TERMS_DISOWNED = new RegExp(
  String.raw`^[^.!?\n]*?\b(?:(?:don['\u2019]?t|do${S}+not|won['\u2019]?t|shouldn['\u2019]?t)${S}+(?:re-?use|use|repeat|copy|carry${S}+over)|ignore|disregard|not${S}+(?:relevant|applicable))\b`,
  'i',
);

/**
 * A question about a score's level on one line of a chat or thread ("leaseability cutoff?", "max criticality?") and the
 * next line's answer, the level with its bound word after it: "0.65 minimum. we used 0.5 last quarter", "0.6 max",
 * "0.7 or better". The bound word is dropped, so that the answer reads as the level the question asked for, as a bare
 * answer does; an answer with no score question above it is left as written.
 */
const SCORE_QUESTION_ANSWERED_WITH_BOUND = new RegExp(
  String.raw`^[^\n]*\b(?:criticality|leas(?:e)?ability|re-?lett?ability)\b[^\n]*\?${S}*\n(?:${S}*\[[^\]\n]{1,20}\]${S}*)?(?:[\w.@-]{1,30}${S}*:${S}*)?(?<level>${LEVEL})(?<bound>${S}+(?:minimum|min|maximum|max|floor|cap|ceiling|or${S}+(?:better|higher|more|above|lower|less|below|under)))\b`,
  'gim',
);

/**
 * "Escalate" mistyped before the rent and its rate: "escalte rents at 3% a year", "esclate the rent by 2.5%",
 * "escalatte rents at 2%". A word starting "es" within two typed letters of "escalate" is restated "escalate"; another
 * word there ("estimate rents at 3%") is further off, and is left as written.
 */
const MISTYPED_ESCALATE = new RegExp(
  String.raw`\b(?<verb>es[a-z]{4,9})(?=${S}+(?:the${S}+|our${S}+)?rents?${S}+(?:at|by)${S}+${RATE})`,
  'gi',
);

/** The fewest letters typed in, left out or changed that turn one word into the other. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const change = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min(change, (previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** The restatements of a lease term, tax rate, escalator and score level said in shorthand or plain words. */
export function scoreAndEconomicsShorthand(text: string): TextEdit[] {
  const { edits, add } = nonOverlappingEdits();
  const years = (figure: string | undefined): number => Number(figure ?? '');
  for (const match of text.matchAll(TERM_CHANGED_TO)) {
    const term = years(match.groups?.['years']);
    if (term >= 1 && term <= 50) add(match.index, match.index + match[0].length, `lease term ${term} years`);
  }
  for (const match of text.matchAll(LT_SHORTHAND)) {
    const term = years(match.groups?.['years']);
    if (term >= 1 && term <= 50) add(match.index, match.index + match[0].length, `lease term ${term} years`);
  }
  for (const match of text.matchAll(RATE_ON_THE_GAIN)) {
    const rate = (match.groups?.['used'] ?? match.groups?.['rate'] ?? '').replace(/[^\d.]/g, '');
    add(match.index, match.index + match[0].length, `${rate}% tax rate on the gain`);
  }
  for (const match of text.matchAll(ESCALATOR_REFUSED)) {
    const rate = match.groups?.['rate'] ?? '';
    add(match.index, match.index + rate.length, '');
  }
  for (const match of text.matchAll(BASIS_IGNORED)) add(match.index, match.index + match[0].length, '');
  // A past deal's term the writer disowns, even with a rate between ("Prior program (2021) raised $60M at a 6.1% cap
  // with 20-year leases - don't reuse those terms"): dropped, so that no term reader takes the old deal's years.
  // The past deal's words are written in lower case; a lower-cased text keeps its positions when its length does.
  const lower = text.toLowerCase();
  for (const match of lower.length === text.length ? lower.matchAll(PAST_DEAL_TERM) : []) {
    if (!PAST_TERMS_DISOWNED.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 80))) continue;
    const years = /\d{1,2}[\s-]*(?:years?|yrs?)\b/i.exec(match[0]);
    if (years !== null) add(match.index + years.index, match.index + years.index + years[0].length, '');
  }
  for (const match of text.matchAll(SCORE_QUESTION_ANSWERED_WITH_BOUND)) {
    const bound = match.groups?.['bound'] ?? '';
    const end = match.index + match[0].length;
    add(end - bound.length, end, '');
  }
  for (const match of text.matchAll(MISTYPED_ESCALATE)) {
    const verb = (match.groups?.['verb'] ?? '').toLowerCase();
    if (verb !== 'escalate' && editDistance(verb, 'escalate') <= 2) add(match.index, match.index + verb.length, 'escalate');
  }
  for (const match of text.matchAll(KEPT_OUT_BY_SCORE)) add(match.index, match.index + match[0].length, 'exclude');
  for (const match of text.matchAll(LEVEL_ON_NAMED_SCALE)) {
    const groups = match.groups ?? {};
    const score = /^crit/i.test(groups['score'] ?? '') ? 'criticality' : 'leaseability';
    const level = groups['least'] ?? groups['most'] ?? groups['level'] ?? '';
    // The bound the words give: "at least" and "or better" hold from below, "at most" and "or lower" from above.
    const fromBelow =
      groups['atLeast'] !== undefined || (groups['bound'] !== undefined && /^(?:better|higher|more|above|over)$/i.test(groups['bound']));
    // A bound that runs against the score's sense ("0.7 or better on criticality") is the writer's own; left as written.
    if (fromBelow !== (score === 'leaseability')) continue;
    add(match.index, match.index + match[0].length, `${score} ${level} or ${fromBelow ? 'better' : 'lower'}`);
  }
  return edits.sort((a, b) => a.start - b.start);
}
