// How a brief names the way the plan is searched for in plain words, apart from `read-strategy.ts`: the full search of
// every combination asked for or waived, the quick ranking called enough, the method that proves its answer the best,
// and a greedy run told of by what it gave last time.

/** The full search by a plain name: "the exhaustive search", "the full combinatorial search", "a brute-force run". */
const FULL_SEARCH = String.raw`(?:(?:full|complete|exhaustive)\s+)?(?:combinatorial|exhaustive|brute[-\s]force)\s+(?:combination\s+)?(?:search|method|approach|run|solve|check|pass|option|version)`;

/**
 * The full search waived: "we don't need the exhaustive search", "no need for a full combinatorial run", "skip the
 * brute-force search". With two strategies, that asks for the ranking rule; read before the search itself is.
 */
export const FULL_SEARCH_WAIVED = new RegExp(
  String.raw`\b(?:(?:we\s+)?(?:don'?t|do\s+not)\s+need|no\s+need\s+for|needn'?t\s+(?:run|use|do)|skip(?:ping)?|without|rather\s+than|instead\s+of)\s+(?:the\s+|an?\s+|any\s+)?(?:${FULL_SEARCH}|exact\s+(?:search|solve|run|method|approach))(?![a-z])`,
  'g',
);

/**
 * The full or exact search put off to another day: "the exhaustive search can wait for the board pack", "the exact
 * solve can come later". Not a choice for this run, so claimed and read as nothing, and the ranking rule asked for
 * beside it decides.
 */
export const FULL_SEARCH_PUT_OFF = new RegExp(
  String.raw`\b(?:the\s+|an?\s+)?(?:${FULL_SEARCH}|(?:exact|optimal|full)\s+(?:search|solve|solver|run|optimi[sz]ation|optimi[sz]er|version))\s+(?:can|will|could|may|should)\s+(?:wait|come\s+later)(?![a-z])`,
  'g',
);

/**
 * The search asked for by the answer it finds: "the search that finds the very best answer", "a method that finds the
 * optimal set". Only the exact search is sure to find the best; the ranking rule finds a good one.
 */
export const FINDS_BEST_ANSWER =
  /\b(?:search|method|solver|run|approach|one)\s+that\s+(?:finds|gets|gives\s+(?:us\s+)?)\s*(?:the\s+)?(?:very\s+)?(?:best|optimal)(?:\s+(?:possible\s+)?(?:answer|set|mix|selection|combination|plan))?(?![a-z])/g;

/**
 * Every combination searched, said of the method or the plan in the third person or by the search's name: "the method
 * that checks every possible combination", "a plan that tries all the combinations", "use the full combinatorial
 * search". A search over some of them ("checks a few combinations") is no such request.
 */
export const EVERY_COMBINATION_SEARCHED = new RegExp(
  String.raw`\b(?:checks|checking|tries|trying|tests|testing|searches|searching|evaluates|evaluating|goes\s+through|going\s+through)\s+(?:every|all(?:\s+the)?)\s+(?:possible\s+)?combinations?(?![a-z])|\b${FULL_SEARCH}(?![a-z])`,
  'g',
);

/**
 * The quick ranking called enough with more than one word for its speed: "the fast, simple ranking is fine here", "a
 * quick and simple ranking will do". With two strategies, that asks for the ranking rule.
 */
export const QUICK_RANKING_ENOUGH =
  /\b(?:quick|fast|simple|rough)(?:,?\s+(?:and\s+)?(?:quick|fast|simple|rough))+\s+(?:ranking|rank-and-pick)(?:\s+(?:approach|pass|method|rule))?(?=\s+(?:will\s+do|is\s+(?:fine|enough|ok|okay|good\s+enough)|works|should\s+do)(?![a-z]))/g;

/**
 * The method asked for by what it proves: "the method that proves it's the best answer", "a run that shows this is the
 * optimal set". Only the exact search proves its answer; the ranking rule has nothing to prove.
 */
export const PROVES_BEST_ANSWER =
  /\b(?:proves?|proving|shows?\s+for\s+certain)\s+(?:that\s+)?(?:it'?s|it\s+is|this\s+is|we\s+have)\s+(?:the\s+|an?\s+)?(?:best|optimal)(?:\s+(?:answer|set|mix|selection|choice|plan))?(?![a-z])/g;

/**
 * A greedy run told of by what it gave ("the greedy run gave us $131M last time", "the greedy pass came back with too
 * much"): history, claimed and read as nothing, so that what the brief asks for now decides.
 */
export const GREEDY_RUN_GAVE =
  /\b(?:the\s+|a\s+|our\s+|last\s+(?:week|month|quarter|year)'?s\s+)?greedy\s+(?:run|pass|one|version|answer|result)\s+(?:gave(?:\s+us)?|produced|returned|sold|came\s+(?:back\s+)?(?:with|in\s+at)|landed\s+(?:at|on))(?![a-z])/g;

/**
 * An approximate answer turned down: "the best possible answer, not an approximation", "the best answer, not a
 * good-enough one", "rather than a close-enough set". Only the exact search is sure to give more than a good answer.
 */
export const APPROXIMATION_TURNED_DOWN =
  /\b(?:not|rather\s+than|instead\s+of)\s+(?:just\s+)?(?:an?\s+|the\s+)?(?:approximation|approximate\s+(?:one|answer|solution|set|result)|(?:good|close)[-\s]enough\s+(?:one|answer|solution|set|result))(?![a-z])/g;

/**
 * The exact search kept for a later run: "we'll do the exact one once the numbers settle", "we can run the optimal
 * version later", "we'll do exact for the board later" (the later paper it is kept for named before "later"). Not a choice for this run, so claimed and read as nothing, and the ranking rule asked for beside it
 * decides.
 */
export const EXACT_KEPT_FOR_LATER =
  /\b(?:we'?ll|we\s+will|we\s+can|i'?ll|let'?s)\s+(?:do|run|try|use)\s+(?:the\s+|an?\s+)?(?:exact|optimal|full)(?:\s+(?:one|run|solve|search|version|solver))?(?:\s+for\s+(?:the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:later|once|when|after|afterwards|next\s+time|down\s+the\s+line)(?![a-z])/g;

/**
 * "Exactly" or "exact" said of someone's words ("quoted exactly", "in her exact words", "exactly as written"): how a
 * message is passed on, not a way to search. Claimed and read as nothing.
 */
export const EXACT_WORDS =
  /\b(?:quoted?|quoting|said|says|wrote|writes|put\s+it|phrased|worded|copied|repeated|passed\s+on)\s+(?:it\s+|this\s+|that\s+|them\s+)?exactly(?![a-z])|\bexactly\s+as\s+(?:written|said|quoted|stated|worded|phrased)(?![a-z])|\b(?:his|her|their|its|the|my|our)\s+exact\s+(?:words|wording|phrasing|quote|language)(?![a-z])/g;

/**
 * The greedy rule told of by what it lost last time ("greedy left $12M on the table last time", "the greedy pass missed
 * by $5M"): history, claimed and read as nothing, so that what the brief asks for now decides.
 */
export const GREEDY_LEFT_BEHIND =
  /\b(?:the\s+|a\s+|our\s+)?greedy(?:\s+(?:run|pass|one|version|answer|result|rule))?\s+(?:left|missed|lost|cost\s+us|overshot|oversold)(?![a-z])/g;

/**
 * The program named generically in a condition of its failing ("if the optimizer can't hit it, tell me why", "if the
 * solver fails to get there, say so"): the tool the writer calls by any name, not a request for the exact search.
 * Claimed and read as nothing.
 */
export const SOLVER_FAILING_IF =
  /\bif\s+the\s+(?:optimi[sz]er|solver|model|tool)\s+(?:can'?t|cannot|doesn'?t|does\s+not|won'?t|fails?\s+to|is\s+unable\s+to)(?![a-z])/g;

/**
 * The greedy answer said not to stand up to checking ("the greedy answer won't survive audit", "a greedy result
 * wouldn't hold up to review"): with two strategies, that asks for the exact search.
 */
export const GREEDY_WONT_STAND_UP =
  /\b(?:the\s+|a\s+)?greedy(?:\s+(?:answer|result|run|pass|one|selection|version))?\s+(?:won'?t|will\s+not|wouldn'?t|would\s+not|can'?t|cannot|doesn'?t|does\s+not)\s+(?:survive|hold\s+up|stand\s+up|pass)(?![a-z])/g;

/**
 * Every possible combination checked, said of possibilities or of "them all" beside the combination asked for: "the
 * best combination, found by checking every possibility", "find the best combination (check them all)", "best
 * combination search". Checking every lease or document is no search.
 */
export const EVERY_POSSIBILITY_CHECKED =
  /\b(?:check(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|test(?:s|ed|ing)?|look(?:s|ing)?\s+at)\s+(?:every|each|all(?:\s+the)?)\s+(?:possible\s+)?(?:possibilit(?:y|ies)|options?)(?![a-z])|(?<=\bcombinations?\b[^.;!?\n]{0,40}?)\b(?:check(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|test(?:s|ed|ing)?)\s+them\s+all(?![a-z])|\bbest[-\s]combination\s+search(?![a-z])/g;
