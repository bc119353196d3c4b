/**
 * The search asked for by a plain name rather than by "greedy" or "exact": "use the solver please", "full solve, least
 * overshoot" (the exact search); "use the quick method", "nobody needs an optimal answer" (the ranking rule); and an
 * optimiser run put off to a later paper ("a greedy heuristic is acceptable for now; the optimiser run can follow
 * later"), which is no request for this run. Read by `readStrategy`.
 */

/**
 * The solver named as the one to use ("use the solver please", "run it through the solver", "go with the solver") or
 * a full solve asked for ("full solve", "the full optimisation"): the solver is the exact search, the ranking rule
 * being no solver. "No need for the solver" is read first as turning it down, so it never reaches this, and a full
 * solve waived ("no need for the full solve") is left to the readers of a waived optimum.
 */
export const SOLVER_ASKED_BY_NAME =
  /\b(?:(?:use|run|try|go\s+with|pick)\s+(?:it\s+(?:through|on|with)\s+|this\s+(?:through|on|with)\s+)?the\s+solver(?![a-z])(?!\s+(?:later|afterwards|next\s+time))|(?<!\b(?:no\s+need\s+for|(?:don'?t|do\s+not)\s+need|skip(?:ping)?|without)\s+(?:the\s+|a\s+)?)(?:the\s+|a\s+)?full\s+(?:solve|optimi[sz]ation|optimi[sz]er\s+run)(?![a-z])(?!\s*\?)(?!\s+(?:can|will|may|could)\s+(?:come|follow|wait)))/g;

/**
 * The ranking rule asked for as the quick method ("use the quick method", "take the fast route", "go with the simple
 * approach"): a quick method is the ranking rule, never the search for the best set.
 */
export const QUICK_METHOD_ASKED =
  /\b(?:use|run|take|go\s+with|stick\s+with|pick)\s+(?:it\s+(?:with|on)\s+)?the\s+(?:quick|fast|simple|quicker|faster|simpler)\s+(?:method|route|approach|way|option|version)(?![a-z])/g;

/**
 * The optimum said to be needed by nobody ("nobody needs an optimal answer for this round", "no one needs the exact
 * set"): the best set is waived, which asks for the ranking rule. Read before the exact search's own words, so that
 * "optimal answer" inside it asks for nothing.
 */
export const OPTIMUM_NEEDED_BY_NOBODY =
  /\b(?:nobody|no\s+one|no-one|none\s+of\s+us)\s+(?:really\s+)?(?:needs|wants|requires|is\s+asking\s+for)\s+(?:an?\s+|the\s+)?(?:optimal|optimum|exact|perfect|provably\s+best|best\s+possible)(?:\s+(?:answer|solution|result|set|mix|selection|run))?(?![a-z])/g;

/**
 * An optimiser or exact run put off to a later paper ("the optimiser run can follow later", "an exact solve may come
 * afterwards"): claimed and read as nothing, so that the search asked for now decides.
 */
export const OPTIMISER_RUN_TO_FOLLOW =
  /\b(?:the\s+|an?\s+)?(?:optimi[sz]er|optimi[sz]ation|exact|optimal|solver|full)(?:\s+(?:run|solve|pass|version|search))?\s+(?:can|will|may|could|should)\s+(?:follow|come|wait)(?:\s+(?:later|afterwards|after(?:\s+that)?|in\s+due\s+course|next\s+(?:week|month|round)))?(?![a-z])/g;

/** Every form above has one of these words: a brief with none skips them. */
export const PLAIN_SEARCH_WORD = /solver|full (?:solve|optimi)|quick|fast|simple|nobody|no one|no-one|none of us|follow|come|wait/;
