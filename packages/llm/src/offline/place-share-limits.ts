import type { BriefText } from './brief-text.js';

/**
 * Words that cap a share: "max", "capped at", "no more than", "up to", "≤", and the share a place must not pass ("to
 * exceed 30%", "above 30%").
 */
const CAP = String.raw`(?:max(?:imum)?|capped\s+at|at\s+most|(?:no|not)\s+more\s+than|limited\s+to|up\s+to|under|below|less\s+than|<=?|\u2264|(?:to\s+)?exceed(?:ing)?|go(?:ing)?\s+(?:above|over|beyond)|above|over)\s*\d[\d.]*\s*%`;
/**
 * A cap right after a place: "Inland Empire max 30% of the proceeds", "Houston capped at 25%", "Phoenix at most 20%
 * of the total", a minute's "asked that Phoenix not exceed 20% of proceeds". A cap for every market after it ("max 30% per market") is not the place's own.
 */
const CAP_AFTER = new RegExp(
  String.raw`^\s+(?:(?:is|at|should\s+be|must\s+be|to\s+be|not|(?:should|must|can|will)(?:n['\u2019]t|\s+not)?)\s+)?${CAP}(?!\s*(?:per|each|any|a|every|single|one|by)\b)`,
);
/**
 * A cap right before a place: "no more than 30% from Dallas", "up to 40% of the proceeds in Phoenix", "no more than
 * 30% of the proceeds coming from Dallas".
 */
const CAP_BEFORE = new RegExp(
  String.raw`${CAP}\s+(?:of\s+(?:the\s+)?(?:proceeds|total|program(?:me)?|raise|deal)\s+)?(?:(?:coming|to\s+come|sourced|raised|drawn)\s+)?(?:from|in|out\s+of)\s+(?:the\s+)?$`,
);

/** A cap earlier in the place's sentence: "No market above 30%, Dallas especially". */
const CAP_EARLIER_IN_SENTENCE = new RegExp(String.raw`${CAP}[^.;!?\n]{0,60}$`);
/** A place singled out as the one the cap is most about: "..., Dallas especially", "..., Dallas in particular". */
const EMPHASIS_AFTER = /^\s*,?\s*(?:especially|particularly|in\s+particular|above\s+all|most\s+of\s+all)\b/;

/**
 * A place said to reach or pass a share on its own: "Phoenix alone would blow through 25%", "Dallas by itself would
 * take up 40%", "Houston could go past 30%", "Newark on its own would exceed 20%". The place is why a cap is set or
 * argued over, not where to sell.
 */
const SHARE_REACHED_AFTER =
  /^(?:\s+(?:alone|by\s+itself|on\s+its\s+own|itself|would|could|will|might|may|can|probably|easily|already|then)\b)+\s+(?:(?:blow|break|bust|go|run|punch|push|be|get)(?:s|ing)?\s+(?:through|past|over|above|beyond)|breach(?:es)?|pass(?:es)?|top|tops|hit|hits|reach(?:es)?|take(?:s)?(?:\s+up)?|eat\s+up|exceed(?:s)?|account\s+for|make\s+up|be|come\s+to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|the\s+)?\d[\d.]*\s*%/;

/**
 * Whether the place written from `start` to `end` is the subject of a cap on its own share of the proceeds ("Inland
 * Empire max 30%", "no more than 30% from Dallas"): the spec's market cap applies to every market alike, and asking
 * only for the place would be the opposite of capping it, so the mention is no filter.
 */
export function isShareLimitedPlace(text: BriefText, start: number, end: number): boolean {
  if (!text.lower.includes('%')) return false;
  const before = text.lower.slice(Math.max(0, start - 100), start);
  return (
    CAP_AFTER.test(text.lower.slice(end, end + 40)) ||
    SHARE_REACHED_AFTER.test(text.lower.slice(end, end + 80)) ||
    CAP_BEFORE.test(before.slice(-60)) ||
    (CAP_EARLIER_IN_SENTENCE.test(before) && EMPHASIS_AFTER.test(text.lower.slice(end, end + 30)))
  );
}
