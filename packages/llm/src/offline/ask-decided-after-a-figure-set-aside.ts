import { sentenceStartIn } from './sentence-start.js';

/**
 * The ask decided after another figure was set aside: a figure the writer disowns, declines, turns down or keeps only
 * as a precedent ("They pitched $300M - not our number", "we turned down the $160M offer", "the 2018 deal ($55M) as
 * precedent only", "I wrote $400M; that was a typo"), and the figure decided in its place ("Agreed $110M", "Resolved:
 * $150M", "Our counter: $220M", "For this one: $127M", "Go with $145M", "What we actually want is to raise $155M").
 * Read by `decidedFirst` (through `isDeclaredAsk` and `isOnlyMentioned`) when several amounts read as the ask: the
 * decided one goes first and the one set aside last. A brief with one amount is read as before.
 */

/**
 * A decision or a counter right before an amount, in its sentence: "Agreed $110M", "Agreed program: $172M",
 * "Resolved: $150M", "Our counter: $220M", "For this one: $127M", "Go with $145M", "Current instruction (typed at
 * top): raise $132M", "What we actually want is to raise $155 million", "the ask for the actual deal is $158M",
 * "Let's raise $125M ... instead", "we told them $162M".
 */
const DECIDED_BEFORE =
  /(?:^|[\s(:;,'"-])(?:agreed(?:\s+(?:program(?:me)?|amount|size|figure|ask|target|raise))?\s*:?|resolved\s*:|decision\s*:\s*(?:raise|target|ask)?|(?:our|the)\s+counter(?:-?offer|proposal)?\s*:|for\s+this\s+(?:one|deal|program(?:me)?|round|time)\s*:|go\s+with|current\s+(?:instruction|ask|request|mandate)s?\b[^.!?\n:]{0,40}:\s*(?:raise|target)?|what\s+we\s+(?:actually|really)\s+(?:want|need)\s+is\s+(?:to\s+raise\s+)?|(?:the\s+)?ask\s+for\s+the\s+(?:actual|real|live)\s+(?:deal|program(?:me)?|transaction|sale|raise)\s+is|let['\u2019]?s\s+raise|we\s+(?:told|gave)\s+them)\s*(?:(?:about|around|roughly|approximately)\s+)?$/;

/** "We'll run $125M on our own terms instead": a figure said as the one taken instead of another is decided too. */
const INSTEAD_AFTER = /^[^.!?\n]{0,40}\binstead\b/;

/**
 * Words right after an amount, in its sentence, that disown it: "$300M citing a deal they closed - not our number",
 * "$120M in the downside case was only a sensitivity", "$55M) as precedent only", "$45M Baytown offer (declined)",
 * "'raise $400M' in my first email; that was a typo", "an offer ... for $90 million and we said no".
 */
const SET_ASIDE_AFTER =
  /^[^.!?\n]{0,90}?(?:[-\u2013\u2014,;(]\s*(?:but\s+)?(?:that\s+(?:is|was|'s)\s+)?not\s+(?:our|the)\s+(?:number|ask|figure|target)\b|\b(?:was|is)\s+(?:only|just|merely)\s+(?:a|an|the)\s+(?:sensitivity|illustration|example|scenario|placeholder)|\bas\s+(?:a\s+)?precedent\s+only\b|\((?:declined|rejected|refused|turned\s+down|not\s+pursued)\)|\b(?:that|which|it)\s+was\s+(?:a\s+)?(?:typo|mistake|error|wrong)\b|\band\s+we\s+(?:said\s+no|declined|passed|refused)\b)/;

/**
 * Words right before an amount that turn it down or replace it: "We turned down the $160M offer", "Committee rejected
 * the $90M proposal", "the term sheet we rejected: $275M", "replaces draft 2's $140M", "memo from 2019 archive attached
 * for context: raised $75M".
 */
const SET_ASIDE_BEFORE =
  /(?:\b(?:turned\s+down|rejected|declined|refused|passed\s+on)\s+(?:the|their|an?|that|this)\s+|\bwe\s+(?:rejected|declined|turned\s+down)\s*:\s*|\breplac(?:es|ed|ing)\s+[^.!?\n()]{0,30}['\u2019]s\s+|\barchive\b[^.!?\n]{0,60}\b(?:raised|sold|did|closed)\s+)$/;

/** True when the words right before an amount (`start` in `lower`) decide it as the ask after another figure. */
export function isDecidedAfterASetAsideFigure(lower: string, start: number, end: number): boolean {
  const before = lower.slice(sentenceStartIn(lower, start), start);
  return DECIDED_BEFORE.test(before) || (/\blet['\u2019]?s\b/.test(before) && INSTEAD_AFTER.test(lower.slice(end, end + 60)));
}

/** True when the words around an amount (`start` to `end` in `lower`) set it aside: disowned, turned down or replaced. */
export function isSetAsideFigure(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 100), start);
  return SET_ASIDE_BEFORE.test(before) || SET_ASIDE_AFTER.test(lower.slice(end, end + 120));
}
