import { A_KEEPER, PART_OF_IT, RATHER_YOU_DID_NOT } from './keeper-and-part-of-wording.js';

/**
 * The words that rule something out, in one place for every reader that needs
 * them (places and types, assets by name, mortgages, criticality levels):
 * what comes after a subject ("the Tempe Office must be retained", "Arizona is
 * not on the list", "encumbered assets: excluded") and the verbs that come
 * before an object ("hold back the Tempe Office", "carve out Ohio"). Regular
 * expression sources, lower case, not anchored and without the `g` flag.
 */

/** "too important to sell", "too critical to lose", "too strategic to part with": kept for what it is worth to the business. */
const TOO_IMPORTANT_TO_SELL = String.raw`too\s+(?:important|critical|essential|strategic|valuable|vital|central)\s+to\s+(?:sell|lose|part\s+with|let\s+go(?:\s+of)?|give\s+up)(?![a-z])`;

/** What a ruled-out subject is said to be: "off the table", "retained", "a no-go", "spoken for", "spared", "keepers". */
const RULED_OUT_STATE = String.raw`off\s+the\s+(?:table|list)|outside\s+(?:of\s+)?(?:the\s+)?(?:(?:transaction|deal|sale|program(?:me)?)\s+)?(?:perimeter|scope)|off[-\s]?limits|out\s+of\s+(?:scope|bounds|consideration|the\s+(?:program|programme|deal|sale|perimeter))|excluded|owned|out|untouched|with\s+us|ours(?!\s+to\b)|in\s+our\s+hands|on\s+our\s+(?:books|balance\s+sheet)|in[-\s]house|retained|kept(?:\s+(?:back|out))?|held\s+back|withheld(?:\s+from\s+(?:the|this|our)\s+(?:program(?:me)?|sale|deal|transaction|perimeter|run))?|carved\s+out|ring[-\s]?fenced|protected|reserved|ineligible|prohibited|forbidden|barred|banned|disallowed|non[-\s]negotiable|sacrosanct|untouchable|(?:a\s+)?no[-\s]go|left\s+(?:alone|out|untouched)|spoken\s+for|(?:being\s+)?(?:marketed|sold|offered)\s+separately|(?:both\s+|all\s+)?(?:needed|required)\s+(?:for|by)\s+(?:the\s+|our\s+)?(?:peak|operations|ops|production|the\s+business|network|season|[a-z]+\s+season)|stays?\s+put|stays?(?=\s*(?:[.;!\n]|$))|(?:staying\s+)?in\s+the\s+family|(?:the\s+|our\s+)?keepers|${A_KEEPER}|spared(?!\s+(?:from|the|any|a)\b)|${TOO_IMPORTANT_TO_SELL}`;
/**
 * What a ruled-out subject is said not to be: "sold", "spared" ("data centers can't be spared"), "on the list", "in scope", "part of this deal", and the
 * words of a permission refused ("not approved", "not permitted", "not allowed"), and an offering memorandum's "will
 * not form part of the offering".
 */
const NOT_STATE = String.raw`sold|spared|touched|included|considered|offered|divested|marketed|eligible|available|approved|permitted|allowed|authori[sz]ed|acceptable|in\s+scope|on\s+the\s+(?:list|table)|(?:up\s+)?for\s+sale|${PART_OF_IT}|(?:form\s+)?part\s+of\s+(?:this|the|our)\s+(?:[\w$.]+\s+){0,3}?(?:program|programme|deal|sale|process|transaction|perimeter|offering)`;
/** Words for the whole of a list before its verdict: "all", "both", "also", "each". */
const ALL_OF_THEM = '(?:all|both|also|each|likewise|equally)';
/** "is", "are", "must stay", "should remain", "is to be", "will be". */
const COPULA = String.raw`(?:is|are|'s|'re|stays?|remains?|(?:is|are|'re|'s)\s+(?:staying|remaining)|(?:must|should|will|shall|would|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+(?:stay|remain|be)|(?:is|are)\s+to\s+(?:stay|remain|be)|to\s+be|be|being)`;

/**
 * Words after a subject that rule it out: "are off the table", "must be retained", "stays put", "is not to
 * be sold", "are not on the list", "aren't for sale", "excluded", "off limits" (the bare forms after a noun,
 * as in a label or a note: "Encumbered assets: excluded", "plants + labs off limits").
 */
export const RULED_OUT = [
  // "are all off the table", "are both excluded", "is also not for sale": a word for the whole list between.
  // "all stay with us", "both remain owned": the word for the whole list may come before the verb too.
  String.raw`(?:(?:all|both)\s+)?${COPULA}\s+(?:${ALL_OF_THEM}\s+)?(?:${RULED_OUT_STATE})`,
  String.raw`(?:(?:is|are|must|should|will|shall|may|can|could|would|(?:is|are)\s+to)\s+)?(?:${ALL_OF_THEM}\s+)?(?:not|never)\s+(?:to\s+)?(?:be\s+)?(?:${NOT_STATE})`,
  String.raw`(?:isn't|aren't|won't|can't|cannot|shouldn't|mustn't|wouldn't)\s+(?:be\s+)?(?:${NOT_STATE})`,
  // "the Joliet DC does not get sold", "Plants never get touched", "the lab won't get sold": the passive said with
  // "get" rather than "be".
  String.raw`(?:does\s+not|doesn['\u2019]?t|do\s+not|don['\u2019]?t|will\s+not|won['\u2019]?t|must\s+not|mustn['\u2019]?t|should\s+not|shouldn['\u2019]?t|never)\s+gets?\s+(?:sold|touched|offered|divested|marketed)\b`,
  // "stays where it is": left in place, so not sold.
  String.raw`(?:stays?|staying|remains?)\s+(?:put|where\s+(?:it|they)\s+(?:is|are))`,
  // "Columbus is the one place we're not selling", "the labs are the only assets we're keeping".
  String.raw`(?:is|are|'s)\s+the\s+(?:one|only)\s+(?:place|market|site|asset|property|building|type|thing)s?\s+(?:(?:we|i)(?:['\u2019]re|\s+are|['\u2019]m|\s+am)\s+(?:not\s+(?:selling|touching|including|sending)|keeping|holding\s+back|retaining)|(?:we|i)\s+(?:won['\u2019]t|will\s+not|can['\u2019]t|cannot|don['\u2019]t)\s+(?:sell|touch|include))`,
  // "the Fontana warehouse stays on balance sheet", "remain owned": what the company keeps owning is not sold. A buyer
  // writes the same of the seller: "the Dublin lab stays with them", "remains with the company".
  String.raw`(?:(?:must|should|will|shall|needs?\s+to|has\s+to|have\s+to)\s+)?(?:stays?|staying|remains?|remaining)\s+(?:on\s+(?:the\s+|our\s+)?balance[-\s]sheet|owned|with\s+(?:them|the\s+(?:company|seller|issuer|operator|tenant)))`,
  // "data centers are strategic and must stay", "Plants stay.": staying, with nothing after it in the clause but a
  // reason after a spaced dash ("the Mesa Parts Store should stay - we just redid it") or in brackets ("the Dublin lab
  // stays (the scientists would revolt)"; not a bracket that says where or how long: "stays (for now) on the list").
  // "are both staying, per the CIO": a word for the whole list may stand between the verb and "staying".
  String.raw`(?:(?:must|should|will|shall|needs?\s+to|has\s+to|have\s+to)\s+(?:stay|remain)|(?:is|are)\s+(?:(?:both|all)\s+)?staying|stays|remains|stay)(?=\s*(?:[.;,!?)'"\u2019\u201d]|$)|\s+[-\u2013\u2014]\s|\s+\((?!\s*(?:for|in|at|on|until|till)\b))`,
  // "a manufacturing-free programme", "Texas-free": the list joined to "free" by a hyphen has none of it sold.
  '-free',
  // "flagged the Port Newark hub and the Joliet DC as untouchable", "marked Chicago as off-limits", "flagged the
  // Wilmer Automated DC as too important to sell": what someone has named untouchable, after the list it names.
  String.raw`as\s+(?:untouchable|off[-\s]?limits|off\s+the\s+table|sacrosanct|non[-\s]negotiable|(?:a\s+)?no[-\s]go|(?:the\s+|our\s+)?keepers|ring[-\s]?fenced|not\s+for\s+sale|${TOO_IMPORTANT_TO_SELL})\b`,
  // "kept off the list", "kept off": what is kept off the sale.
  String.raw`(?:left|kept|held)\s+(?:alone|out|back|untouched|aside|off(?:\s+the\s+(?:list|table))?)`,
  // "take the Cicero Main Plant off the list", "take ATL-03 out of the pool": what is taken off the list of assets for
  // sale, or out of the pool of buildings the sale draws on.
  // "the Pasadena plant, the Kearny plant and Cicero all excluded": a word for the whole list may come first.
  String.raw`(?:(?:all|both)\s+)?(?:excluded|off[-\s]?limits|off\s+the\s+(?:table|list)|untouched|out\s+of\s+(?:scope|consideration|the\s+(?:(?:sale|asset|candidate)\s+)?pool)|not\s+for\s+sale)`,
  // A note's bare verdict at the end of its clause: "Chicago no.", "Mortgaged buildings - no".
  // A label's value that gives the order: "Mortgaged assets: exclude", "Labs - omit." (only at the end of its clause,
  // or before a bracket that gives the reason: "Dallas market exclude (HQ city)").
  String.raw`(?:exclude|omit|skip|drop|remove|leave\s+out)(?=\s*(?:[.;,!?(]|$))`,
  // Repeated for each item of the list before it: "Dallas, Newark, Phoenix: no, no and no". A spaced dash ends the
  // clause too: "take the Baytown warehouse out - the tenant is too specialised". A time that closes the clause
  // leaves the verdict bare: "I want the Phoenix and Dallas sites out this time", "Newark out for now".
  String.raw`(?:-\s*)?(?:no|not|out)(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:no|not|out))*(?:\s+(?:this\s+(?:time|round|year|cycle)|for\s+(?:now|this\s+(?:round|deal|tranche|cycle))))?(?=\s*(?:[.;,!?]|$)|\s+[-\u2013\u2014]\s)`,
].join('|');

/**
 * A verb of selling, after a negation or a reluctance: "sell", "part with", "dispose of", "put up", "count on", and a
 * verb of coming close ("don't go near the Chandler data center", "never get near Ohio").
 */
export const SELL_VERB = String.raw`sell(?:ing)?|count(?:ing)?\s+on|put(?:ting)?|plac(?:e|ing)|touch(?:ing)?|include|including|use|using|divest(?:ing)?|offer(?:ing)?|part(?:ing)?\s+with|dispos(?:e|ing)\s+of|monetis(?:e|ing)|monetiz(?:e|ing)|put(?:ting)?\s+up|let(?:ting)?\s+go\s+of|giv(?:e|ing)\s+up|market(?:ing)?|list(?:ing)?|leas(?:e|ing)\s+back|consider(?:ing)?|(?:afford\s+to\s+)?los(?:e|ing)|(?:go(?:ing)?|get(?:ting)?|com(?:e|ing))\s+near`;

/**
 * A negation or a reluctance before a verb of selling: "don't", "must not", "would rather not", "prefer
 * not to", "do not want to", "are not looking to", "not keen on", "have no appetite to", and an adviser's "we do not recommend" or
 * "we'd advise against".
 */
export const NOT_WILLING = String.raw`(?:(?:under|in)\s+no\s+circumstances(?:\s+(?:should|will|may|can|shall|do|would)\s+(?:we|you|the\s+company))?|on\s+no\s+account|don'?t|do\s+not|does\s+not|doesn'?t|never|won'?t|will\s+not|shall\s+not|must\s+not|mustn'?t|should\s+not|shouldn'?t|can'?t|cannot|would\s+not|wouldn'?t|(?:would|'d|had)\s+rather\s+not|${RATHER_YOU_DID_NOT}|rather\s+not|prefer(?:s)?\s+not\s+to|(?:do\s+not|don'?t|does\s+not|doesn'?t)\s+want\s+to|(?:are|am|is|'re|'m)\s+not\s+(?:looking|planning|willing|keen|prepared|asking)\s+to|(?:are|am|is|'re|'m)\s+not\s+(?:keen|interested)\s+on|(?:unwilling|reluctant)\s+to|(?:have|has)\s+no\s+(?:appetite|intention|plan)s?\s+to|(?:do\s+not|don'?t|would\s+not|wouldn'?t|cannot|can'?t)\s+(?:recommend|advise|suggest)|(?:recommend|advise|argue)\s+against)`;

/**
 * A buyer's refusal to own what follows: "we won't own", "the fund will not buy", "we don't want to acquire". Only
 * in the future or as a wish: "we don't own anything in Ohio" states a fact and refuses nothing.
 */
const WILL_NOT_OWN = String.raw`(?:won'?t|will\s+not|wouldn'?t|would\s+not|can'?t|cannot|(?:do\s+not|don'?t|does\s+not|doesn'?t)\s+want\s+to)\s+(?:own|buy|acquire)`;

/**
 * A refusal to have something in the sale: "can't have", "we won't take", "do not want", "must not allow", "would
 * rather not have", "don't bring me", "don't add", "nobody wants".
 */
export const REFUSED_TO_HAVE = String.raw`(?:(?:${NOT_WILLING}|can\s+not)\s+(?:have|want|take|accept|allow|put|add|bring(?:\s+(?:me|us))?)|(?:nobody|no[-\s]one)\s+wants|${WILL_NOT_OWN})(?![a-z])`;

/**
 * Verbs of keeping away from what follows: "avoid", "stay out of", "I'd rather we stayed out of", "steer clear of",
 * "keep away from", "shun", "wary of", "don't bother with" (not worth a look, so kept out), and with the program as
 * their object: "keep it away from", "steer the sale clear of", "keep things out of" (the whole sale said loosely).
 */
export const AVOID = String.raw`avoid(?:s|ing)?|(?:don['\u2019]?t|do\s+not|no\s+need\s+to)\s+bother\s+(?:with|about)|(?:been\s+)?wary\s+of|shun(?:s|ning)?|(?:(?:stay|steer|keep)(?:s|ing)?|(?<=\b(?:rather|wish)\s+(?:we|you|they|it)\s+)(?:stayed|steered|kept))(?:\s+(?:it|this|us|things|everything|anything|the\s+(?:program(?:me)?|sale|deal|raise|transaction|proceeds)))?\s+(?:out\s+of|away\s+from|clear\s+of)`;

/**
 * What the business says it cannot do without: "we can't lose Cicero", "operations can't afford to lose the Southeast
 * Sortation Hub". A building the company cannot lose is one it will not sell.
 */
export const CANNOT_LOSE = String.raw`(?:can['\u2019]?t|cannot|can\s+not|could\s+not|couldn['\u2019]?t)\s+(?:afford\s+to\s+)?lose|(?:can['\u2019]?t|cannot|can\s+not)\s+afford\s+losing`;

/** Verbs that keep what follows out of the program: "hold back", "carve out", "ring-fence", "set aside", "leave alone the". */
export const KEEP_OUT_VERB = String.raw`(?:to\s+)?keep(?:s|ing)?\s+(?:it|this|the\s+(?:program(?:me)?|sale|deal|raise|transaction))\s+out\s+of|leaves\s+out|hold(?:ing)?\s+back|carv(?:e|ing)\s+out|ring[-\s]?fenc(?:e|ing)|set(?:ting)?\s+aside|keep(?:ing)?\s+back|withhold(?:ing)?|protect(?:ing)?|leav(?:e|ing)\s+(?:aside|alone(?=\s+(?:the|our)\b))|tak(?:e|ing)\s+out|remov(?:e|ing)|strik(?:e|ing)(?:\s+out)?|exempt(?:ing)?|(?:must|should|will|to)\s+(?:retain|keep)`;

/**
 * A question about what is ruled out: "Markets out?", "Any assets off-limits?", "Which sites are excluded?", "What won't
 * you sell?", a chat's "exclude list?" or "keep-out ids?", the places named after their verdict ("excluded markets?"), and
 * a chat's loose "anything out?" or "anything to leave out?".
 */
export const ASKED_WHAT_IS_RULED_OUT = String.raw`\b(?:(?:markets?|metros?|cities|states|regions)\s+out|anything\s+(?:(?:to\s+)?(?:leave|keep)\s+)?out|(?:excluded|ruled[-\s]out|off[-\s]limits)\s+(?:markets?|metros?|cities|states|regions)|(?:exclu(?:ded|sions?|de)|keep[-\s]?out|hold[-\s]?back|do[-\s]not[-\s]sell|no[-\s]sale)\s+(?:list|ids?)|off[-\s]?limits|excluded|exclusions|ruled\s+out|out\s+of\s+scope|off\s+the\s+table|(?:to\s+)?(?:exclude|keep|retain|hold\s+back|avoid|skip|leave\s+out|steer\s+clear\s+of)|(?:won't|will\s+not|would\s+not|wouldn't)\s+(?:you\s+|we\s+)?(?:sell|touch|include)|(?:must\s+not|mustn't|should\s+not|shouldn't|cannot|can't|may\s+not|do\s+not|don't|never)\s+(?:want\s+to\s+)?(?:sell|touch|include|part\s+with|divest)|not\s+for\s+sale)\s*\?`;

/**
 * Who answers, before the answer: "A:", "CFO (Dana):", a chat's "@rachel:" or "Beatriz 09:14:", a chat's line stamped
 * with its time first ("[09:15] Kate (COO):", "09:15 Kate:"), and a transcript's "A." (not anchored).
 */
const SPEAKER = String.raw`(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*\]\s*|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+)?@?[a-z]+(?:\s+\d{1,2}:\d{2})?\s*(?:\([^)]*\)\s*)?:\s*|a\.\s+`;

/** A yes that starts an answer, after an answer label: "A: Yes,", "CFO: yes -" (not anchored). */
export const ANSWER_YES = String.raw`\s*["']?\s*(?:${SPEAKER})?(?:yes|yeah|yep|indeed|we\s+do|there\s+are)\b[\s,:;-]*`;

/**
 * The start of an answer that gives what is ruled out without a yes: "A: The Tempe office", "CFO: any site
 * that's encumbered". An answer of no is told apart by the reader before this is used.
 */
export const ANSWER_WITHOUT_YES = String.raw`\s*["']?\s*(?:${SPEAKER})(?!no\b|none\b|nothing\b|nope\b|not\b)`;
