// The exact search asked for as the best answer left to the solver or the computer, apart from the search's names in
// `search-method-named-plainly.ts`: "Let the solver find the best answer", "I want the best possible answer, whatever
// the computer needs to find it", "Solver answer, please", "work it out properly for the best answer". Read by
// `readStrategy`; only the exact search is sure to find the best set, the ranking rule finding a good one.

/** Who is left to find the answer: the solver, the optimiser, the computer, the model. */
const FINDER = `(?:solver|optimi[sz]er|computer|machine|model|engine|algorithm)`;

/**
 * The best answer left to the solver ("let the solver find the best answer", "leave it to the optimiser to work out
 * the optimal set"), the best possible answer wanted whatever the finding takes ("I want the best possible answer,
 * whatever the computer needs to find it", "we need the best possible solution, however long it takes") or the
 * solver's answer or the best possible answer asked for as a clause of its own ("Solver answer, please", "solver's
 * result.", "Best possible answer, please."), or the best answer with the full search that proves it ("the best
 * answer, checked exhaustively"). The best answer
 * waived ("we don't need the best possible answer") or a solver's answer told of ("the solver answer last year
 * oversold") asks for nothing.
 */
export const BEST_ANSWER_LEFT_TO_THE_SOLVER = new RegExp(
  [
    String.raw`\b(?:let|have|get|leave\s+it\s+to)\s+the\s+${FINDER}\s+(?:to\s+)?(?:find|work\s+out|pick|choose|search\s+for|come\s+up\s+with)\s+(?:the\s+|us\s+the\s+)?(?:very\s+)?(?:best|optimal|optimum)(?![a-z])`,
    String.raw`(?<!\b(?:don'?t|do\s+not|doesn'?t|does\s+not|no|not|never)\s+(?:need|want|require)\s+(?:the\s+)?(?:very\s+)?)\b(?:the\s+)?(?:very\s+)?best\s+possible\s+(?:answer|solution|result|outcome)(?=[^.;!?\n]{0,12}?\b(?:whatever|however\s+long|no\s+matter\s+(?:what|how\s+long))\b)`,
    // "work it out properly for the best answer", "solve it thoroughly to get the best result": the best answer asked of
    // a search done in full. Waived ("no need to work it out properly for the best answer") it asks for nothing.
    String.raw`(?<!\b(?:no\s+need|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:need|have))\s+to\s+)\b(?:work\s+(?:it|this|that)\s+out|solve\s+(?:it|this|that)|run\s+(?:it|this|that)|do\s+(?:it|this|that))\s+(?:properly|fully|thoroughly|carefully|rigorously)\s+(?:for|to\s+(?:get|find|reach))\s+(?:the\s+|us\s+the\s+)?(?:very\s+)?best(?:\s+possible)?\s+(?:answer|solution|result|outcome|mix|set|combination)(?![a-z])`,
    String.raw`(?<=(?:^|[,;:.!?\n(|]|[^\S\n][-\u2013\u2014])[^\S\n]{0,3})(?:the\s+)?solver(?:'s)?\s+(?:answer|solution|result)(?=[^\S\n]*(?:,?[^\S\n]*please\b|[,;.!)|\n]|$))`,
    // "Best possible answer, please.", "$90M - the best possible solution.": the best possible answer asked for as a
    // clause of its own, which only the full search is sure to give. Inside a clause ("we'll give you our best possible
    // answer by Friday") it is a manner of speaking and asks for nothing.
    // Hyphenated as one word too ("Best-possible answer please").
    String.raw`(?<=(?:^|[,;:.!?\n(|]|[^\S\n][-\u2013\u2014])[^\S\n]{0,3})(?:the\s+)?(?:very\s+)?best[-\s]+possible\s+(?:answer|solution|result|outcome)(?=[^\S\n]*(?:,?[^\S\n]*please\b|[,;.!)|\n]|$))`,
    // "the best answer, checked exhaustively", "the best set, found by checking every combination", "an exhaustively
    // checked best answer": the best answer with the full search that proves it, which only the exact search gives.
    // A thing checked exhaustively that is no answer ("the title reports were checked exhaustively") asks for nothing.
    String.raw`\b(?:the\s+)?(?:very\s+)?best(?:[-\s]+possible)?\s+(?:answer|solution|result|outcome|set|mix|combination|selection)\s*[,\u2013\u2014-]?\s*(?:(?:checked|searched|solved|found|worked\s+out|tested|verified|proven|proved)\s+(?:exhaustively|in\s+full|against\s+every\s+(?:possible\s+)?(?:combination|option|set)s?)|(?:found|picked|chosen)\s+by\s+(?:checking|trying|testing)\s+(?:every|each|all(?:\s+the)?)\s+(?:possible\s+)?(?:combinations?|options?|sets?))(?![a-z])`,
    // "We'd like the best possible answer for $100M", "find the very best answer for $210M", "the best result, not a
    // guess", "the best possible answer, no shortcuts" (a rule of thumb refused): the best answer asked for the ask's own figure, or set against a guess, which only the exact search gives.
    // Waived ("we don't need the very best answer for $100M") or promised ("our best answer by Friday", also with "no
    // shortcuts" after it) it asks for nothing,
    // and the best answer in terms of a cost is that cost's objective, left to its reader.
    String.raw`(?<!\b(?:don'?t|do\s+not|doesn'?t|does\s+not|no|not|never|needn'?t)\s+(?:need|want|require|have\s+to\s+(?:find|get))?\s*)\b(?:like|want|need|(?:find|give|get)(?:\s+(?:me|us))?|looking\s+for|after)\s+(?:the|your)\s+(?:very\s+best|best(?:[-\s]+possible)?)\s+(?:answer|solution|result|outcome)\s+for\s+(?=(?:us\$|\$|usd\s*)\d)(?![^.;!?\n]*\b(?:in\s+terms\s+of|costs?)\b)` +
      String.raw`|(?<!\b(?:our|my|their|your)\s+)\b(?:the\s+)?(?:very\s+best|best(?:[-\s]+possible)?)\s+(?:answer|solution|result|outcome)\b[^.;!?\n]{0,30}?,?\s*(?:not\s+(?:a|an|just\s+a|some)\s+(?:guess|estimate|approximation|rough\s+(?:cut|answer)|ballpark)|no\s+(?:short[-\s]?cuts?|cutting\s+corners|corners\s+cut|approximations?|heuristics?))(?![a-z])`,
    String.raw`\b(?:an?\s+|the\s+)?exhaustively[-\s]+(?:checked|searched|solved|tested|verified)\s+(?:best\s+)?(?:answer|solution|result|set|mix|combination)(?![a-z])`,
  ].join('|'),
  'g',
);

/** Every form of `BEST_ANSWER_LEFT_TO_THE_SOLVER` has one of these words: a brief with none skips it. */
export const BEST_ANSWER_LEFT_TO_THE_SOLVER_WORD =
  /solver|optimi[sz]er|computer|machine|model|engine|algorithm|best[- ]possible|very best|best answer|best solution|best result|best outcome|properly|fully|thoroughly|carefully|rigorously|exhaustively|in full|by checking|by trying|by testing/;
