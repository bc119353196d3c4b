/**
 * "One" said as a pronoun for the request before a dash and its figure ("Small one - twenty-five million", "quick one -
 * $70M", "another one: 40 million"): the request itself, never the low end of a range from one to the figure. Read by
 * `readAmounts` on the words before a range whose low end is "one".
 */
export const ONE_AS_PRONOUN_BEFORE =
  /\b(?:small|smaller|quick|big|bigger|easy|short|simple|tricky|urgent|new|last|this|that|another|good|final|next|little|straightforward)\s+$/;
