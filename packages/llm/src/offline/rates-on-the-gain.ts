// The tax rate on the gain said with the words that say whose rate it is between the figure and "rate": "a 27% combined
// federal and state rate on the gain", "a 25% blended rate on any gain"; and the rate on the gain as a label. Each form
// holds the percentage in its one group, as the other forms of `TAX_ON_GAINS` do.

const PERCENT = String.raw`(\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)`;

/** The gains a tax rate is charged on: "gains", "any net gain", "the gain". */
const GAINS = String.raw`(?:any\s+|all\s+|the\s+|our\s+)?(?:net\s+|taxable\s+|full\s+|book\s+)?gains?\b`;

/** The words that say whose rate, or which: "combined", "federal and state", "blended", "all-in", "statutory". */
const RATE_WORD = String.raw`(?:combined|blended|effective|federal|state|local|marginal|all-in|corporate|statutory|cash|and|&|\+)`;

/**
 * The rate on the gain in these forms: "assume a 27% combined federal and state rate on the gain" (one to five words of
 * whose rate; a rate on anything but the gain, "a 5% blended rate on the debt", is no tax rate), and "Rate on gain:
 * 24%", "rate on the gains = 21%" as a label.
 */
export const RATE_ON_THE_GAIN: readonly string[] = [
  String.raw`\b${PERCENT}\s+(?:${RATE_WORD}\s+){1,5}(?:tax\s+)?rate\s+(?:to|on|for|against)\s+${GAINS}`,
  String.raw`\brate\s+on\s+${GAINS}[^\S\n]*[:=][^\S\n]*${PERCENT}`,
];
