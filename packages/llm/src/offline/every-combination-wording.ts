/**
 * The exact search asked for by the combinations it runs through, beside the `EVERY_COMBINATION` wording of
 * `read-strategy.ts`: "run every combination", "the thorough version that looks at every combination", "do the full
 * search across every combination", "the method that checks every combination", and the exhaustive search named by its
 * tool ("use the exhaustive solver"). Read by `readStrategy`; every combination waived ("no need to run every
 * combination") or a combination of anything else ("every combination of market and type is allowed") is no request.
 */

/** Combinations, as the search runs them: "every combination", "all the combinations", "each possible combination". */
const EVERY_SET = String.raw`(?:every|each|all(?:\s+the)?)\s+(?:possible\s+|single\s+)?(?:combinations?|combos?)(?!\s+of\s+(?:market|type|place|region|state)s?\b)`;

/** Waiving what follows: "no need to", "don't", "not", "without". */
const WAIVED = String.raw`(?<!\b(?:no\s+need\s+to|(?:don'?t|do\s+not|needn'?t)(?:\s+bother(?:ing)?\s+to)?|not|never|without|skip(?:ping)?)\s+)`;

/**
 * The exact search by the combinations it runs through: "run every combination", "looks at every combination", "checks
 * every combination", "a full search across every combination", "a pass over all the combinations", or by its tool,
 * "the exhaustive solver".
 */
export const EVERY_COMBINATION_RUN = new RegExp(
  [
    String.raw`${WAIVED}\b(?:run(?:s|ning)?|look(?:s|ing)?\s+at|check(?:s|ed|ing)?|tr(?:y|ies|ying)|test(?:s|ing)?|cover(?:s|ing)?|consider(?:s|ing)?|weigh(?:s|ing)?|enumerat(?:e|es|ing)|compar(?:e|es|ing)|work(?:s|ing)?\s+through|go(?:es|ing)?\s+through)\s+${EVERY_SET}`,
    String.raw`\b(?:search|run|pass|look|sweep|solve)\s+(?:across|over|through|of)\s+${EVERY_SET}`,
    String.raw`${WAIVED}\b(?:the\s+|an?\s+)?exhaustive\s+(?:solver|optimi[sz]er|algorithm|engine|mode|tool|model)`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/** Every form of `EVERY_COMBINATION_RUN` has one of these words: a brief with none skips it. */
export const EVERY_COMBINATION_WORD = /combination|combo|exhaustive/;
