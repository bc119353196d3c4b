import type { BriefText } from './brief-text.js';

/*
 * The department a writer is in charge of, which says who writes and not what to sell: "I'm in charge of
 * distribution for the Northeast", "I head up manufacturing", "I'm responsible for retail in Texas". A building noun
 * after the word ("I'm in charge of distribution centers") names buildings, and is left to be read.
 */

/** A department named by a type's word: "distribution", "manufacturing", "retail", "R&D". */
const DEPARTMENT = String.raw`(?:logistics|distribution|warehousing|manufacturing|production|research|r\s?&\s?d|retail)`;

/** "I'm in charge of", "I am responsible for", "I head up", "I lead", "we run". */
const IN_CHARGE = String.raw`(?:(?:i['\u2019]m|i\s+am|we['\u2019]re|we\s+are)\s+(?:in\s+charge\s+of|responsible\s+for|the\s+head\s+of|heading(?:\s+up)?)|(?:i|we)\s+(?:head(?:\s+up)?|lead|run|oversee))`;

/** The department after the charge, when no building noun follows it. */
const DEPARTMENT_IN_CHARGE = new RegExp(
  String.raw`(?<=\b${IN_CHARGE}\s+(?:the\s+|our\s+)?)${DEPARTMENT}\b(?!\s*(?:-|cent(?:er|re)s?|hubs?|sites?|buildings?|assets?|propert|facilit|portfolio|real\s+estate|stores?|plants?|boxes|space))`,
  'g',
);

/** Claims the department a writer is in charge of, so that no type is read from who writes. */
export function claimWriterChargeDepartments(text: BriefText): void {
  text.claimFreeMatches(DEPARTMENT_IN_CHARGE);
}
