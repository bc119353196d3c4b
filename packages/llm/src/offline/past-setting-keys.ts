import type { TextEdit } from './restated-brief.js';

/**
 * A pasted setting whose snake_case key names an earlier round's figure ("prior_round_target,45000000,closed",
 * "previous_ask: 80000000", "last_year_proceeds = 52000000", "draft_target_usd 120000000"), restated with spaces for
 * its underscores ("prior round target"), so that the amount readers see the past words and set the figure aside as
 * they do for "Prior round target: $45M". Why: joined by underscores, "prior" is no word of its own, and the row
 * reads as a second labelled target that may outrank the live one. A key that only holds a setting's name
 * ("target_proceeds_usd", "min_leaseability") or a past word not at its head ("target_prior") is left as it is.
 */

/** A snake_case key opening on a past word and naming an amount: "prior_round_target", "previous_ask_usd". */
const PAST_AMOUNT_KEY =
  /(?<![a-z0-9_])(?:prior|previous|prev|last|old|earlier|original|draft|closed|historic(?:al)?)_(?:[a-z0-9]+_){0,3}?(?:target|ask|floor|proceeds|amount|raise|raised)(?:_[a-z0-9]+){0,3}(?![a-z0-9_])/gi;

/** The restatements of past amount keys: each underscore a space. */
export function pastSettingKeyRestatements(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(PAST_AMOUNT_KEY)) {
    edits.push({ start: match.index, end: match.index + match[0].length, text: match[0].replace(/_/g, ' ') });
  }
  return edits;
}
