// The words of an intention left open ("we might also consider", "the board may eventually look at"), shared by
// the readers that set such a thought aside: places and types (`hypothetical-clauses.ts`), mortgages
// (`read-asset-clauses.ts`) and the reporting basis (`economics-wording.ts`).

/** Who muses in a brief: "we", "I", "they", "the board", "management". */
export const MUSER = String.raw`(?:we|i|they|the\s+board|management)`;

/** A modal that leaves an intention open, with an adverb that puts it later: "might", "may also", "could eventually". */
export const OPEN_MODAL = String.raw`(?:might|may|could)\s+(?:also\s+|eventually\s+|later\s+)?`;

/** What a thought for later does to its subject: "think about", "consider", "look at", "revisit". */
export const MUSING_VERB = String.raw`(?:think\s+about|consider|look\s+at|revisit)`;
