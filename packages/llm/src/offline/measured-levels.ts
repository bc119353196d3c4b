import type { BriefText } from './brief-text.js';

/**
 * Levels a brief gives as where a metric stands or stood ("currently sits near 4.9x", "LTM FCCR is 2.6x", "3.0x net
 * today", "put in place in 2022 with a 4.25x covenant"), told apart from the limits asked for. Kept apart from the
 * forms of a limit in read-bounds.ts because these words decide only whether a figure already matched is background.
 */

/** Words that say a figure is where the metric stands today, not a limit on it ("currently sits near 4.9x"). */
const CURRENT_LEVEL = /\b(?:currently|presently|today|now|at\s+present|sits|stands|is\s+running|runs|is\s+tracking)\b/;
/**
 * Words that say a figure is where the metric stood, or a measured level ("was about 4.3x", "has been running at
 * 3.0x", "FCCR (LTM, actual) 4.3x", "last year we ended at 3.4x net leverage"); a limit named with them is still a
 * limit ("the cap was 3.5x").
 */
const PAST_LEVEL = /\b(?:was|were|(?:has|have|had)\s+been|ltm|ttm|actual|reported|ended|finished)\b/;
/** Words right after a level that date it to now ("3.0x net today", "FCCR 2.1x currently"). */
// A level of a past period, or one given only for context, is the same: "3.3x last quarter", "4.3x, just for context".
const TODAY_AFTER =
  /^[^\S\n]*(?:today|currently|right\s+now|at\s+present|as\s+of\s+today|now|last\s+(?:quarter|year|month|fiscal\s+year)|,?\s*(?:just\s+)?for\s+(?:context|reference))\b/;
/**
 * Words right before the metric that date its level to the accounts ("LTM FCCR is 2.6x", "trailing net leverage of
 * 3.1x", "current coverage 2.4x"): with no comparison, the figure is where the metric stands, not a limit.
 */
const MEASURED_BEFORE =
  /\b(?:ltm|ttm|trailing(?:[-\s]twelve[-\s]months?)?|current|today's|actual|reported|run[-\s]rate|last\s+(?:year|quarter)'s|prior[-\s]year)\s+(?:[a-z]+\s+)?$/;
/**
 * A dated level right before, joined to this one by "and", a comma or a semicolon ("LTM net leverage 3.0x; FCCR 4.3x",
 * "LTM fixed charge coverage is 4.3x and net leverage 3.0x"): the date holds for the whole list.
 */
const DATED_LEVEL_BEFORE =
  /\b(?:ltm|ttm|trailing|current|actual|reported)\s+[a-z -]{2,40}?\s(?:(?:is|was|stands\s+at|of|at)\s+)?(?:about\s+|around\s+)?\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)\s*(?:[;,]|,?\s*and)\s*$/;
/**
 * "The revolver was put in place in 2022 with a 4.25x net leverage covenant": the terms a facility was signed with in a
 * past year, written right before the level, are its history, not the limit asked for now.
 */
const SIGNED_IN_A_YEAR_BEFORE =
  /\b(?:put\s+in\s+place|signed|entered\s+into|arranged|set\s+up|closed|issued|refinanced|amended|originated)\s+(?:in\s+)?(?:(?:early|late|mid)[-\s]+)?(?:19|20)\d\d\s+with\s+(?:an?\s+)?$/;
/** A limit's own words, which keep a dated level a limit: "current FCCR covenant is 1.5x", "today's leverage test". */
const LIMIT_NAMED = /\b(?:covenant|limit|test|threshold|requirement|cap|ceiling|floor|max(?:imum)?|min(?:imum)?)\b/;
/**
 * A covenant, limit or test named right after the metric, whose level is the limit wherever it "sits", and a limit's
 * noun said to be "now" at a level ("lease-adjusted ceiling is now 5.0x", "FCCR floor now 1.65x"): a limit revised,
 * not the level today.
 */
const COVENANT_SITS =
  /\b(?:covenant|limit|test|threshold|requirement)\s+(?:currently\s+|now\s+|today\s+)?(?:sits|stands|is)\b|\b(?:limit|threshold|cap|ceiling|floor|max(?:imum)?|min(?:imum)?)\s+(?:is\s+)?now\b/;

/** What a matched limit form said about its figure, as far as telling a measured level apart needs. */
export interface MatchedComparison {
  /** True when neither a comparison word nor a refusal gave the figure a direction. */
  readonly comparatorNeutral: boolean;
  /** True when the comparison written, if any, has no direction ("is", "of", a colon). */
  readonly written: boolean;
  /** True when a bounding word follows the figure ("3.5x max", "1.5x floor"). */
  readonly trailing: boolean;
  /** True when the form lets a figure with no comparison after words of the present be the level today. */
  readonly background: boolean;
}

/**
 * True when the figure matched at [start, end) (the metric's name is its first `metricLength` characters) is a level
 * measured or dated, not a limit: a limit's own words ("covenant", "cap") keep it a limit.
 */
export function readsAsMeasuredLevel(
  text: BriefText,
  start: number,
  end: number,
  metricLength: number,
  matched: MatchedComparison,
): boolean {
  if (matched.background && matched.written && !matched.trailing) {
    const gap = text.lower.slice(start + metricLength, end);
    // "The FCCR covenant sits at 1.5x": where a covenant sits is its limit, not the level today.
    if (CURRENT_LEVEL.test(gap) && !COVENANT_SITS.test(text.lower.slice(start, end))) return true;
    if (PAST_LEVEL.test(gap) && !LIMIT_NAMED.test(gap)) return true;
  }
  const unbounded = matched.comparatorNeutral && !matched.trailing;
  // "We're at 3.0x net today": a level with no comparison, said to be today's, is background wherever it stands;
  // a limit's level said to hold now ("the limit is 3.5x now") is the limit.
  if (unbounded && TODAY_AFTER.test(text.lower.slice(end, end + 24)) && !LIMIT_NAMED.test(text.lower.slice(start, end))) return true;
  // "LTM FCCR is 2.6x": a level dated to the accounts before the metric is background too.
  if (
    unbounded &&
    MEASURED_BEFORE.test(text.lower.slice(Math.max(0, start - 30), start)) &&
    !LIMIT_NAMED.test(text.lower.slice(start, end))
  )
    return true;
  if (matched.comparatorNeutral && SIGNED_IN_A_YEAR_BEFORE.test(text.lower.slice(Math.max(0, start - 80), start))) return true;
  return (
    unbounded &&
    DATED_LEVEL_BEFORE.test(text.lower.slice(Math.max(0, start - 90), start)) &&
    !LIMIT_NAMED.test(text.lower.slice(start, end))
  );
}
