/**
 * The exact search asked for by the best combination alone, beside `full-search-for-the-best-set.ts` (which wants a
 * search, a proof or a shortcut turned down with it): "what's the best combination to raise $140M?", "best combination
 * please", "the best mix of buildings". Only the exact search is sure to find the best set; the ranking rule finds a
 * good one. Read by `readStrategy`.
 */

/** What the best is of, when it is the buildings sold: "of buildings", "of assets", "of sites". */
const OF_BUILDINGS = String.raw`of\s+(?:the\s+)?(?:buildings|assets|properties|sites|sales|facilities)`;

/**
 * The best combination asked for: "best combination please", "the best possible mix" or "combo", "the best set of buildings". The
 * best of something else ("the best mix of term and escalator", "the best combination of speed and accuracy") asks for
 * no search, nor one waived or denied ("no need for the best combination", "not the best set").
 */
export const BEST_COMBINATION_ASKED = new RegExp(
  String.raw`(?<!\b(?:no\s+need\s+for|not|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:need|have\s+to\s+be)|need(?:n'?t|\s+not)\s+be)\s+(?:the\s+|a\s+)?(?:very\s+)?)` +
    String.raw`\bbest(?:\s+possible)?\s+(?:combination|combo|mix|set|selection)(?:\s+${OF_BUILDINGS})?(?!\s+of\s)(?![a-z-])`,
  'g',
);
