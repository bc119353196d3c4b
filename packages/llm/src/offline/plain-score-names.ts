/**
 * The criticality and leaseability scores named by what they measure, as people outside treasury write them: "how
 * critical it is", "the how-essential-is-it scale", "how much operations depend on them", "re-letting", "how easily
 * someone else could lease them". They join the scores' own names (`CRITICALITY`, `LEASEABILITY_NAME`), so that every
 * reader of a level beside a score's name reads them too: "nothing rated above 0.8 on how critical it is", "re-letting
 * score at least 0.6". Alone, without a level, they ask for nothing.
 */

/** What the score is given to: "it", "they", "a building", "each site". */
const SCORED_THING = String.raw`(?:it|they|(?:a|an|the|each|any|every|our)\s+(?:building|site|asset|property|facility|location)s?)`;
/** "is", "are", "can be", "would be", "'d be", "'d": the verb between the scored thing and how it is. */
const IS = String.raw`(?:\s+(?:is|are|can\s+be|could\s+be|would\s+be|will\s+be|might\s+be|would|could|will|might|can)|['\u2019]d(?:\s+be)?|['\u2019]s)`;

/**
 * How much losing a building would hurt: "how badly we'd be hurt losing it", "how much the business would suffer if we
 * lost it", "how much it would hurt us to lose it", "how much we'd miss it".
 */
const HURT_BY_LOSING = String.raw`how\s+(?:badly|much|hard)\s+(?:(?:we|the\s+business|the\s+company|operations|ops)(?:['\u2019]d|\s+would|\s+will)\s+(?:be\s+(?:hurt|hit)|suffer|struggle|miss\s+(?:it|them))(?:\s+(?:by|from|if\s+we|if\s+it\s+went|after|without))?(?:\s+(?:losing|lost|lose)\s+(?:it|them|a\s+(?:building|site)))?|it\s+(?:would|'d|will)\s+hurt\s+(?:us|the\s+business|operations)\s+to\s+lose\s+(?:it|them))(?![a-z])`;

/**
 * The most critical a sold site may be, which names the score's limit: "most critical allowed", "the most critical
 * site we would still sell", "most critical site we would accept". The most critical building itself ("the most critical
 * site is the hub") is no name of the score.
 */
const MOST_CRITICAL_ALLOWED = String.raw`most\s+critical(?:\s+(?:score|level|rating|site|building|asset|property))?\s+(?:allowed|permitted|acceptable|(?:that\s+)?(?:we|you|they)(?:['\u2019]d|\s+would|\s+will|\s+can|\s+could)?\s+(?:still\s+)?(?:sell|accept|allow|part\s+with))(?![a-z])`;

/**
 * The score named by a noun made of its adjective: "the essential-ness score", "our essentialness rating", "the
 * critical-ness scale". Only with the score's own noun after it, so that a remark on essentialness names nothing.
 */
const CRITICAL_AS_A_NOUN = String.raw`(?:essential|critical|vital)-?ness\s+(?:score|rating|scale|measure|number)s?(?![a-z])`;

/**
 * Criticality in plain words: "how critical it is", "how critical they are to operations", "how critical a building
 * can be", "the how-critical score", "the how-essential-is-it scale", "how much operations depend on them", "how badly we'd be hurt losing it",
 * "most critical allowed", "the essential-ness score".
 */
export const CRITICALITY_NAMED_PLAINLY = String.raw`(?:how[-\s](?:critical|essential|important|vital)(?![a-z])(?:[-\s]is[-\s]it(?![a-z]))?(?:\s+${SCORED_THING}${IS})?(?:\s+(?:to|for)\s+(?:the\s+|our\s+)?(?:operations|business|ops|company))?(?:[-\s](?:score|scale|rating|measure|number)s?(?![a-z]))?|how\s+much\s+(?:operations|the\s+business|the\s+company|we|ops)\s+(?:depends?|rel(?:y|ies)|leans?)\s+on\s+(?:it|them|a\s+(?:building|site))|${HURT_BY_LOSING}|${MOST_CRITICAL_ALLOWED}|${CRITICAL_AS_A_NOUN})`;

/**
 * Leaseability in plain words: "re-letting" (not "re-letting costs", a cost), "re-letting score", "re-leasing score", "re-let scores", "how easily it
 * could be re-let", "how easily it could be leased to someone else", "how easy they'd be to re-let", "how easily someone else could lease them", "how easily another
 * tenant could move in", "how easily someone else could take the building" (taking a building is taking it on to use,
 * as a tenant does).
 */
export const LEASEABILITY_NAMED_PLAINLY = String.raw`(?:re[-\s]?(?:letting|leasing|renting|tenanting)(?![a-z])(?!\s+(?:costs?|periods?|risks?|fees?|timing|times?|assumptions?|prospects?|market|spreads?|values?|incentives?|voids?)(?![a-z]))(?:\s+(?:score|scale|rating|measure)s?(?![a-z]))?|re[-\s]?let\s+(?:scores|scale|ratings)(?![a-z])|how\s+(?:easy|easily|readily|quickly)(?:\s+${SCORED_THING}${IS})?(?:\s+to)?\s+(?:be\s+)?(?:re[-\s]?)?(?:let|leased?|rent(?:ed)?|tenant(?:ed)?)(?![a-z])(?:\s+(?:out|again|up))?(?:\s+to\s+(?:someone|somebody|anyone|another\s+(?:tenant|occupier|company|user)|a\s+new\s+tenant)(?:\s+else)?(?![a-z]))?|how\s+(?:easy|easily|readily|quickly)(?:\s+(?:it\s+is|it\s+would\s+be)\s+for)?\s+(?:someone|somebody|anyone|another\s+(?:tenant|occupier|company|user)|a\s+new\s+tenant|an?\s+(?:investor|buyer|landlord))(?:\s+else)?\s+(?:could|can|would|might|to)\s+(?:(?:re[-\s]?)?(?:let|lease|rent)(?:\s+(?:it|them)(?:\s+(?:out|again))?)?|move\s+in(?:to\s+(?:it|them))?|take\s+(?:it|them)\s+over|take\s+over|take\s+(?:it|them|(?:the|that|this)\s+(?:building|site|property|place|space)s?)(?:\s+on)?(?![a-z])|use\s+(?:it|them)|occupy\s+(?:it|them)))`;
