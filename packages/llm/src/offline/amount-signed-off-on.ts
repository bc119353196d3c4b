/**
 * An amount a decision-maker says they will approve: "I'll sign off on $200M if our earnings still cover rent",
 * "the board will approve $150M", "I can green-light $90M". What the person with the say will approve is the ask, even
 * when the clause goes on about earnings or rent as the approval's conditions. ("She'd sign off at $200M", a deal
 * still done at a lower figure, is a floor, read by `floor-wording.ts`.)
 */

/**
 * The approval right before the amount, in the present or the future: "I'll sign off on", "we will approve", "happy
 * to green-light", "ready to OK". An approval in the past ("approved $40M of capex last year") is left to the
 * readers of background and past programs, so only the present and future forms are read.
 */
const APPROVAL_BEFORE =
  /\b(?:(?:i|we|they|the\s+[a-z]+)(?:'ll|\s+will|\s+would|'d|\s+can|\s+could)[^\S\n]+(?:happily[^\S\n]+)?|(?:happy|ready|willing|prepared)[^\S\n]+to[^\S\n]+)(?:sign[^\S\n]+off[^\S\n]+on|approve|green[-\s]?light|ok|okay)[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?$/;

/** Whether the amount starting at `start` in `lower` is one the writer or a body says it will approve. */
export function isSignedOffOn(lower: string, start: number): boolean {
  return APPROVAL_BEFORE.test(lower.slice(Math.max(0, start - 60), start));
}
