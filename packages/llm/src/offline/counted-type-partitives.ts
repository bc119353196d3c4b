import type { BriefText } from './brief-text.js';

/*
 * "Two of our offices, Tempe and Schaumburg, ...", "both of the data centers (Carrollton and Chandler)", "three of
 * the warehouses - Fontana, Edison and McDonough": a count of some of a type's buildings, then the buildings, names
 * those buildings; it asks for or rules out no whole type.
 */

/** How many of the type: "two", "both", "3". */
const COUNT = '(?:one|two|three|four|five|both|[1-5])';

/** The plural of each type's word. */
const PLURAL_TYPE = String.raw`(?:distribution\s+cent(?:er|re)s|dcs|hubs|warehouses|plants|factories|stores|parts\s+stores|offices|labs|data\s+cent(?:er|re)s)`;

/**
 * The count "of our" or "of the" type (not "every one of", which is all of them), right before a comma, a bracket or a dash that opens the buildings' names.
 * Only the type's words are claimed, so that the names after are still read.
 */
const COUNTED_PART = new RegExp(
  String.raw`(?<=(?<!\b(?:every|each)(?:\s+single)?\s+)\b${COUNT}\s+of\s+(?:our|the)\s+)${PLURAL_TYPE}(?=[^\S\n]*(?:,|\(|[-\u2013\u2014]\s|:)[^\S\n]*(?:the\s+)?[A-Za-z])`,
  'g',
);

/**
 * Claims the type's words in a count of some of its buildings named after it ("Two of our offices, Tempe and
 * Schaumburg"), so that no reader takes the type for a filter.
 */
export function claimCountedTypePartitives(text: BriefText): void {
  for (const found of text.lower.matchAll(COUNTED_PART)) {
    const end = found.index + found[0].length;
    if (text.isFree(found.index, end)) text.claim(found.index, end);
  }
}
