/**
 * A numbered part of a document named before a figure with no currency mark ("Item 3b", "Section 4m", "Note 2b",
 * "Exhibit 5m"): the part's number and letter, never an amount in billions or millions. Read by `amountCandidates`.
 */
export const DOCUMENT_PART_BEFORE =
  /\b(?:items?|sections?|clauses?|para(?:graph)?s?|notes?|pages?|exhibits?|schedules?|annex(?:es)?|appendix|appendices|tabs?|slides?|rows?|steps?|articles?|agenda\s+points?)[^\S\n]*(?:no\.?[^\S\n]*)?$/;
