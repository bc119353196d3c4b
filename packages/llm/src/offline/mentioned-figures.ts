/**
 * The wording that ranks an amount among several read as the ask: an amount labelled the ask goes first ("Target
 * proceeds: $350m", "The ask for this scenario is $320m", "Let's take $450m"), and one that is only mentioned goes
 * last: another party's figure ("one of our peers just did a $350m SLB", "the consultant suggested $1bn"), a figure
 * set aside ("a $1.2bn headline, but that was the strategic review's"), a debt instrument ("a $500m bond maturing in
 * 2027") or another case's ask ("the base case is $300m"). Read by `readAmounts`.
 */

import { isBackgroundAmount } from './background-amount-wording.js';
import { sentenceStartIn } from './sentence-start.js';
import { isSetAsideFigure } from './ask-decided-after-a-figure-set-aside.js';

/**
 * A label or a verb right before an amount that makes it the ask: "Target: $185m", "Target SLB proceeds: $150m",
 * "Target is $250m", "For this scenario, target $120m", "the ask for this run is", "let's take $450m".
 */
const LABELLED_BEFORE =
  /(?:(?<![a-z'\u2019-])(?:target|goal)(?:\s+(?:slb|sale|leaseback|sale[-\s]leaseback|gross|net))?(?:\s+(?:proceeds|amount|raise|figure))?|\b(?:the|our)\s+(?:ask|target)\s+for\s+(?:this|the)\s+(?:scenario|case|run|model|exercise|round|version)(?:\s+is)?|\blet['\u2019]?s\s+(?:take|try|say))\s*(?:[:=]|\bis\b)?\s*(?:(?:about|around|roughly|approximately|circa)\s+)?$/;

/**
 * An adviser's recommendation named right before an amount: "Recommendation: $130 million", "Recommended: $155M", "our
 * recommended program is $160mm", "we recommend $160M instead". Advisers set their recommendation against figures they
 * only compared or rejected, so the recommended one is the ask.
 */
const RECOMMENDED_BEFORE =
  /\b(?:(?:the|our|my)\s+)?recommend(?:ation|ed)(?:\s+(?:for\s+[a-z]+|program(?:me)?|size|sizing|raise|ask|amount|target|figure|deal|transaction))?\s*(?:[:=\u2014\u2013]|\bis\b)\s*(?:(?:a|an|the)\s+)?(?:(?:program(?:me)?|raise|sale[-\s]leaseback|slb|ask|target)\s+of\s+)?(?:(?:about|around|roughly|approximately|circa)\s+)?$|\b(?:we|i)(?:\s+would|['\u2019]d)?\s+(?:now\s+|therefore\s+|instead\s+)?recommend\s+(?:(?:a|an)\s+(?:program(?:me)?|raise)\s+of\s+)?$/;

/**
 * The ask resized from one figure to another, with the new figure right after: "cutting the ask from $175M to $150M",
 * "we'd take the target from $90M to $110M". The figure it is resized to is the ask.
 */
const RESIZED_TO_BEFORE =
  /\b(?:cut|cutting|trim|trimming|reduce|reducing|lower|lowering|raise|raising|increase|increasing|take|taking|move|moving|change|changing|revise|revising)\s+(?:the|our|your)\s+(?:ask|target|raise|program(?:me)?|size|sizing)\s+from\s+[^.;!?\n]{1,25}?\s+(?:down\s+|up\s+)?to\s*$/;

/**
 * What is only or actually needed, set against a larger figure allowed: "Board approved up to $250M but we only need
 * $160M", "lenders would allow $200M, but I just need $95M". The need is the ask; the allowance is a
 * ceiling nobody asked to reach. Without an allowance before it, a second amount needed is no correction of the first.
 */
const ONLY_NEEDED_BEFORE =
  /\b(?:approved|authori[sz]ed|cleared|allow|allowed|allows|permits?|permitted|sanctioned)\b[^.;!?\n]{0,40}?\b(?:we|i|treasury)\s+(?:only|just|really|actually)\s+need\s+(?:(?:about|around|roughly)\s+)?$/;

/** A debt instrument named right after an amount: "a $500m bond maturing in 2027", "$300m of notes", "$200m term loan". */
const DEBT_AFTER =
  /^\s*(?:of\s+)?(?:(?:senior|secured|unsecured|convertible|term|bullet)\s+)?(?:bonds?|notes|eurobonds?|loans?|debentures?|maturit(?:y|ies)|converts?)\b/;

/** Another company's deal, earlier in the amount's sentence: "one of our peers just did a", "a competitor closed a". */
const OTHER_PARTY_DEAL_BEFORE =
  /\b(?:peers?|competitors?|rivals?|comparables?|another\s+(?:company|issuer|operator|retailer|firm|group))\b[^.;!?\n]{0,40}\b(?:did|closed|completed|signed|announced|sold|raised|executed|priced|achieved|got)\b[^.;!?\n]{0,25}$/;

/**
 * Someone else's suggestion, earlier in the amount's sentence: "the consultant suggested", "the bankers' pitch book
 * suggested selling up to", "someone pencilled in a".
 */
const SUGGESTED_BEFORE =
  /\b(?:consultants?|advis[eo]rs?|bankers?|brokers?|pitch[-\s]?book|someone|somebody)\b[^.;!?\n]{0,30}\b(?:suggested|proposed|pitched|floated|recommended|pencil(?:l)?ed\s+in|mooted|touted)\b[^.;!?\n]{0,30}$/;

/**
 * Words right after an amount that set it aside: "a $1.2bn headline, but that was the review's figure", "$1bn,
 * which we consider unrealistic".
 */
const SET_ASIDE_AFTER =
  /^(?:\s+[a-z-]+){0,2}\s*,?\s*(?:but\s+that\s+(?:was|is)\b|which\s+(?:we|i|the\s+board|management|the\s+committee)\s+(?:consider|considers|think|thinks|find|finds|deem|deems|regard|regards)\s+(?:as\s+)?(?:[a-z]+\s+)?(?:unrealistic|too\s+(?:high|low|much|aggressive|ambitious|big|small)|excessive|implausible|a\s+stretch|out\s+of\s+reach))/;

/** Another case's ask, named right before the amount: "the base case's $300m", "The base case is $300m". */
const OTHER_CASE_BEFORE =
  /\b(?:the|our)\s+base[-\s]case(?:['\u2019]s|\s+(?:is|was|of|at|had|used))\s*(?:(?:target|ask|figure|amount)\s+(?:of\s+|is\s+|was\s+)?)?$/;

/** True when the words right before an amount (`start` in `lower`) label it the ask. */
export function isLabelledAsk(lower: string, start: number): boolean {
  const before = lower.slice(sentenceStartIn(lower, start), start);
  return (
    LABELLED_BEFORE.test(before) || RECOMMENDED_BEFORE.test(before) || RESIZED_TO_BEFORE.test(before) || ONLY_NEEDED_BEFORE.test(before)
  );
}

/** True when an amount (`start` to `end` in `lower`) is only mentioned: another party's, another case's, set aside or owed. */
export function isOnlyMentioned(lower: string, start: number, end: number): boolean {
  const before = lower.slice(sentenceStartIn(lower, start), start);
  const after = lower.slice(end, end + 120);
  return (
    DEBT_AFTER.test(after) ||
    SET_ASIDE_AFTER.test(after) ||
    OTHER_PARTY_DEAL_BEFORE.test(before) ||
    SUGGESTED_BEFORE.test(before) ||
    OTHER_CASE_BEFORE.test(before) ||
    isBackgroundAmount(lower, before, start, end) ||
    // "the $160M offer we turned down", "$300M - not our number", "$400M; that was a typo": disowned.
    isSetAsideFigure(lower, start, end)
  );
}
