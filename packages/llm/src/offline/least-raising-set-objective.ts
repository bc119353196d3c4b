/**
 * The least-proceeds objective said as the set that raises the least among those that reach the ask: "Among the sets
 * that clear $190m, pick the one that raises the least", "of the combinations that get there, take whichever raises
 * the least", "choose the option raising the smallest amount", "the package that brings in the least while still
 * hitting the target". Read by `readObjective` as `min_proceeds`. What raises the least of something else ("the
 * market that raises the least concern", "whichever raises the least rent") or the least said of a building
 * ("the site that raises the least in a sale") is no objective: the subject is a set of assets, and nothing but the
 * end of the clause or money may follow "the least".
 */

/** The set the search picks: "the one", "the set", "whichever", "the combination", "the option", "the package". */
const PICKED_SET = String.raw`(?:(?:the|a)\s+(?:one|set|selection|combination|combo|option|package|mix|portfolio|bundle|program|programme|plan|solution|answer)|whichever(?:\s+(?:one|set|selection|combination|combo|option|package|mix|portfolio|bundle))?|the\s+(?:set|selection|combination|package|mix)\s+of\s+(?:assets|buildings|properties|sites))`;

/** Raising the least: "raises the least", "raising the smallest amount", "brings in the least", "generates the lowest proceeds". */
const RAISES_THE_LEAST = String.raw`(?:raises?|raising|brings?\s+in|bringing\s+in|generates?|generating|yields?|yielding|produces?|producing)\s+(?:the\s+)?(?:least|smallest\s+(?:amount|total|sum|proceeds)|lowest\s+(?:amount|total|sum|proceeds)|fewest\s+dollars)`;

/**
 * The set that raises the least, for `min_proceeds`: "pick the one that raises the least", "take whichever raises the
 * least", "choose the combination raising the smallest amount", "the set that brings in the least while still clearing
 * the target". The words after "the least" end the clause, name money ("money", "cash", "proceeds", "dollars") or go
 * on to the ask ("while still clearing the target", "over the ask").
 */
export const MIN_PROCEEDS_SET_RAISING_LEAST = new RegExp(
  String.raw`\b${PICKED_SET}\s+(?:(?:that|which)\s+)?${RAISES_THE_LEAST}(?:\s+(?:money|cash|proceeds|dollars|capital|in\s+total|overall|in\s+proceeds))?(?=\s*(?:$|[.;,!)\n]|\s(?:while|but|and|yet|over|above|past|beyond|that|of\s+(?:them|those|these|the\s+(?:sets|options|combinations))|among)\b))`,
  'g',
);

/** Words that every form above has: a brief with none skips it. */
export const RAISING_LEAST_WORD = /\b(?:rais|bring|generat|yield|produc)[a-z]*\s+(?:in\s+)?(?:the\s+)?(?:least|smallest|lowest|fewest)/;
