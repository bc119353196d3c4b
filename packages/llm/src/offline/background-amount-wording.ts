/**
 * Amounts a brief names beside its ask that are not it: another company's deal by its possessive ("competitor's SLB
 * ($500M, all DCs)"), what the sale pays for ("fund a $300M special dividend", "the Kestrel acquisition (~$500M
 * total)"), a ceiling authorized above the
 * instruction ("the resolution authorizes up to $250M") and a balance said to be the company's debt or earnings
 * ("$2.2bn is roughly our total debt stack"). Such an amount goes after every other in `readAmounts`; alone, it is
 * still the ask.
 */

/** Another company's deal by its possessive, right before the amount: "competitor's SLB (", "a peer's $400M". */
const OTHER_COMPANY_POSSESSIVE_BEFORE =
  /\b(?:peer|competitor|rival|another\s+(?:company|issuer|operator|retailer|firm|group)|other\s+(?:company|issuer))(?:['\u2019]s|s['\u2019])\s+(?:(?:recent|latest|last|own|earlier|prior)\s+)?(?:(?:slb|sale[-\s]leaseback|leaseback|deal|program(?:me)?|transaction|raise|portfolio\s+sale)\s*(?:\(\s*|of\s+|at\s+|for\s+|was\s+|:\s*|-\s*)?)?$/;

/** What the sale pays for, named around the amount: "fund a $300M special dividend", "finance the $90M acquisition". */
const FUNDED_USE_BEFORE = /\b(?:fund|funding|finance|financing|pay\s+for|paying\s+for|cover|covering)\s+(?:a|an|the|our|this)\s+$/;
const FUNDED_USE_AFTER =
  /^\s*(?:(?:special|one-off|one-time|extraordinary|planned|proposed|pending)\s+)?(?:dividend|acquisition|buyback|share\s+buyback|takeover|merger|capex\s+(?:program(?:me)?|plan|budget)|expansion|pension\s+(?:top-up|contribution)|purchase|refinancing)\b/;

/**
 * The cost of what the sale pays toward, in a bracket after it: "cash for the Kestrel acquisition (~$500M total)", "the
 * expansion (about $300M)". The whole is the use's size; the sale's share of it is the ask.
 */
const USE_SIZED_IN_A_BRACKET_BEFORE =
  /\b(?:acquisition|takeover|merger|buyout|dividend|buyback|capex(?:\s+(?:program(?:me)?|plan|budget))?|expansion|refinancing|build[-\s]?out|purchase|project)\s*\(\s*(?:~|about|around|approx\.?|approximately|roughly|c\.|circa)?\s*$/;

/** A ceiling authorized or allowed, up to the amount: "the board resolution authorizes up to", "lenders allow up to". */
const AUTHORIZED_CEILING_BEFORE =
  /\b(?:authori[sz]es?|authori[sz]ed|authori[sz]ing|approves|approved|allows?|allowed|permits?|permitted)\s+(?:(?:us|management|the\s+company|treasury)\s+)?(?:(?:to\s+(?:raise|sell|do|go)\s+)?(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of))\s*$/;

/** A balance the amount is said to be: "$2.2bn is roughly our total debt stack", "$400M is about our annual EBITDA". */
const BALANCE_AFTER =
  /^\s*(?:is|was|are|represents)\s+(?:(?:roughly|about|around|approximately|just\s+(?:over|under)|basically)\s+)?(?:our|the\s+company['\u2019]s|its|the\s+group['\u2019]s)\s+(?:(?:total|gross|net|outstanding|current|annual|yearly|whole)\s+)*(?:debt|borrowings|leverage|liabilities|revenue|revenues|sales|turnover|ebitda|ebitdar|market\s+cap(?:itali[sz]ation)?|enterprise\s+value)\b/;

/**
 * True when an amount (`start` to `end` in `lower`, with `before` the words of its sentence before it) is background
 * of one of these kinds rather than the ask.
 */
export function isBackgroundAmount(lower: string, before: string, start: number, end: number): boolean {
  const after = lower.slice(end, end + 80);
  return (
    OTHER_COMPANY_POSSESSIVE_BEFORE.test(before) ||
    (FUNDED_USE_BEFORE.test(before) && FUNDED_USE_AFTER.test(after)) ||
    USE_SIZED_IN_A_BRACKET_BEFORE.test(before) ||
    AUTHORIZED_CEILING_BEFORE.test(lower.slice(Math.max(0, start - 80), start)) ||
    BALANCE_AFTER.test(after)
  );
}

/** Another party's figure, suggested or said before it: "Bank of America suggested a", "the pitch book says". */
const SUGGESTED_BEFORE =
  /\b(?:suggest(?:s|ed)?|propos(?:es|ed)|recommend(?:s|ed)?|says|said|thinks|thought|pitched|floated|reckons|quoted)\s+(?:that\s+)?(?:(?:a|an|about|around|roughly)\s+)?$/;
/**
 * The company's own figure in the next sentence: "We'd rather do $150M", "We're going to do $200M", "We'll go with
 * $120M", "I'd prefer $90M".
 */
const OWN_FIGURE_NEXT =
  /^[^.;!?\n]*[.;!?][^\S\n]*(?:but[^\S\n]+|instead[^\S\n]*,?[^\S\n]*)?(?:we|i)(?:(?:['\u2019]d|[^\S\n]+would)[^\S\n]+(?:rather|prefer)|(?:['\u2019]re|['\u2019]m|[^\S\n]+are|[^\S\n]+am)[^\S\n]+going[^\S\n]+to|(?:['\u2019]ll|[^\S\n]+will)[^\S\n]+(?:do|go|run|target|raise))\b[^.;!?\n]{0,30}?(?:us\$|\$|usd[^\S\n]*)\d/;

/**
 * True when an amount (`start` to `end` in `lower`) is a figure another party suggested, and the next sentence gives
 * the company's own: "Bank of America suggested a $200M ceiling. We'd rather do $150M", "Goldman's pitch book says
 * $400M is achievable. We're going to do $200M". The suggestion is background; alone, it is still the ask.
 */
export function isSuggestionBeforeOwnFigure(lower: string, start: number, end: number): boolean {
  return SUGGESTED_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) && OWN_FIGURE_NEXT.test(lower.slice(end, end + 200));
}
