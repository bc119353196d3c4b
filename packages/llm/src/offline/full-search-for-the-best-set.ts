// How a brief asks for the full search by what it looks for, beside `search-method-wording.ts`: the complete or careful
// search for the best set, the search that checks every possible set, the shortcut or first cut turned down, a choice
// between the two searches answered in a thread, and the full search or optimiser put off to a later run. Read by
// `readStrategy`.

/** The best set the search looks for: "the best mix", "the best possible set", "the very best combination". */
const BEST_SET = String.raw`(?:the\s+|an?\s+)?(?:very\s+)?(?:best|optimal)\s+(?:possible\s+)?(?:set|mix|combination|selection|answer|plan|portfolio|package)s?`;

/**
 * The full search said by how thorough it is and what it looks for: "the complete search for the best mix", "full
 * search for the best set", "the careful search for the best possible set", "run the full combination search", "the
 * slow exhaustive way". A full search of anything else ("a full search of the title records") is no such request, and
 * one turned down ("no need for the full search for the best set") is left to the readers of a waived search.
 */
export const FULL_SEARCH_FOR_THE_BEST_SET = new RegExp(
  String.raw`(?<!\b(?:no\s+need\s+for|(?:don'?t|do\s+not)\s+need|skip(?:ping)?|without|rather\s+than|instead\s+of|not)\s+(?:the\s+|an?\s+)?)` +
    String.raw`\b(?:(?:full|complete|careful|thorough|exhaustive|slow|proper)\s+(?:combination\s+)?search\s+for\s+${BEST_SET}` +
    String.raw`|(?:full|complete|thorough)\s+combination\s+search` +
    String.raw`|(?:slow,?\s+)?exhaustive\s+way)(?![a-z])`,
  'g',
);

/**
 * The search named by the sets it checks: "the search that checks every possible set", "try every possible mix". Every
 * set of documents checked ("check every set of leases") names no possible set, so is no search.
 */
export const EVERY_POSSIBLE_SET_CHECKED =
  /\b(?:checks?|checking|tr(?:y|ies|ying)|tests?|testing|looks?\s+at|looking\s+at|goes\s+through|going\s+through)\s+(?:every|each|all(?:\s+the)?)\s+possible\s+(?:sets?|mix(?:es)?|selections?|portfolios?)(?![a-z])/g;

/**
 * The shortcut or the first cut turned down: "the best combination, not a ranking shortcut", "not a rough first cut",
 * "not the shortcut", "not just the quickest answer". With two strategies, that asks for the exact search; a cut of
 * anything else ("not a rent cut") is no search.
 */
export const SHORTCUT_TURNED_DOWN =
  /\b(?:not|rather\s+than|instead\s+of)\s+(?:just\s+)?(?:the\s+|a\s+|any\s+)?(?:(?:quick|fast|simple|rough|ranking|greedy)\s+)*(?:shortcut|(?:(?:quick|fast|rough|ranking|greedy)\s+)?first\s+(?:cut|pass)|(?:quickest|fastest)\s+(?:answer|route|option|way|result))(?![a-z])/g;

/**
 * The exact search or the optimiser kept for a later run, with words between: "we'll run the optimiser once legal clears
 * the title reports", "we'll run the exhaustive search for the board pack later". Not this run's choice: claimed and
 * read as nothing, so that the ranking rule asked for beside it decides.
 */
export const OPTIMISER_KEPT_FOR_LATER =
  /\b(?:we'?ll|we\s+will|we\s+can|i'?ll|they'?ll|let'?s)\s+(?:do|run|try|use)\s+(?:the\s+|an?\s+)?(?:optimi[sz]er|(?:full\s+|complete\s+)?(?:exhaustive|exact|optimal|full)\s+(?:search|solve|solver|run|version|optimi[sz]ation))(?=[^.;!?\n]{0,40}?\b(?:later|once|when|after(?:wards)?|next\s+time)\b)/g;

/**
 * The ranking rule told of as what an earlier draft or run used ("Previous draft used greedy", "the last run went with
 * greedy"): history, claimed and read as nothing, so that what the brief asks for now decides.
 */
export const EARLIER_RUN_USED_GREEDY =
  /\b(?:the\s+)?(?:previous|prior|earlier|last|old|first)\s+(?:draft|run|version|pass|cut|model|round|iteration)\s+(?:used|ran|was\s+run\s+(?:with|on)|went\s+with|was\s+on|relied\s+on)\s+(?:the\s+)?greedy(?:\s+(?:rule|ranking|strategy|approach|method|pass))?(?![a-z])/g;

/**
 * A choice between the two searches left to the reader ("Greedy or exact, your call", "exact or greedy - whichever you
 * prefer"): the writer asks for neither, so the tool's own rule, the greedy one, is what is asked for.
 */
export const EITHER_SEARCH_LEFT_TO_US =
  /\b(?:greedy\s+or\s+exact|exact\s+or\s+greedy)\s*[,;:\u2013\u2014-]*\s*(?:(?:it'?s\s+)?(?:your|ur)\s+call|(?:whichever|either)(?:\s+(?:you\s+(?:prefer|like|want)|is\s+fine|works))?|up\s+to\s+you|(?:we\s+)?(?:don'?t|do\s+not)\s+mind)(?![a-z])/g;

/**
 * A choice between the searches asked in a thread ("exhaustive or quick?") and the answer on the next line naming the
 * full search ("best combination, exhaustive"): the answer's word for the full search, read as the exact one.
 */
export const FULL_SEARCH_ANSWERED_IN_THREAD =
  /(?<=\b(?:exhaustive|exact|optimal|full)\s+or\s+(?:quick|greedy|fast|ranking)\s*\?[^\S\n]*\n[^\S\n]*[a-z][a-z .'-]{0,30}:[^\S\n]*[^\n]{0,40}?)\bexhaustive(?![a-z])/g;

/** Every form of the readers above has one of these words: a brief with none skips them. */
export const FULL_SEARCH_FOR_THE_BEST_WORD = /search|exhaustive|possible|shortcut|first|quickest|fastest|optimi|greedy/;
