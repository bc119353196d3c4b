import type { BriefText } from './brief-text.js';

/** Words that say a figure is not decided yet: "TBD", "to be confirmed", "not settled", "still open". */
const UNDECIDED = String.raw`(?:tbd|tbc|t\.b\.[dc]\.?|to\s+be\s+(?:decided|determined|confirmed|agreed|set|fixed|settled)|undecided|unknown|pending|still\s+open|an\s+open\s+question|not\s+(?:yet\s+)?(?:decided|settled|set|fixed|agreed|final(?:ised|ized)?|known))`;
/** The ask named: "the target", "our headline number", "the target itself", "Target amount:". */
const TARGET_NOUN = String.raw`(?:(?:the|our|a)\s+)?(?:target|ask|goal|headline(?:\s+(?:number|figure))?)(?:\s+(?:itself|amount|figure|number|proceeds))?`;
/**
 * A brief saying its target is not decided: "the target itself is TBD", "Target: to be confirmed", "no firm target
 * yet", "we haven't settled a target", "target still undecided".
 */
const TARGET_UNDECIDED = new RegExp(
  String.raw`\b(?:${TARGET_NOUN}\s*(?:[:=-]\s*|(?:is|remains|stays|was|has\s+been)\s+)?(?:still\s+|yet\s+|as\s+yet\s+)?${UNDECIDED}|${TARGET_NOUN}\s+(?:hasn't|has\s+not|isn't|wasn't|is\s+not|was\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:decided|settled|set|fixed|agreed|finali[sz]ed)|no\s+(?:firm\s+|final\s+|fixed\s+|set\s+|agreed\s+)?(?:target|ask)(?:\s+(?:amount|figure|number))?(?:\s+(?:yet|so\s+far|for\s+now))?|(?:we\s+)?(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:yet\s+)?(?:settled|set|decided|fixed|agreed|picked|chosen)(?:\s+(?:on|upon))?\s+(?:a|the|our|any)\s+target(?:\s+yet)?)(?![a-z])`,
  'g',
);

/**
 * Whether the brief says its target is not decided, claiming the words that say so. A floor stated beside such
 * words is a floor only: the brief states no target, so none is read (and the caller reports it as missing).
 */
export function readUndecidedTarget(text: BriefText): boolean {
  return text.claimFreeMatches(TARGET_UNDECIDED);
}
