import type { TextEdit } from './restated-brief.js';

// Leaseability shortened to "lease" before its level, as a chat or a note writes it: "max crit 0.3, min lease 0.7",
// "lease min .65". A level of a score (a decimal under one) follows, so "min lease 10 years" and "min lease $5M" are
// never touched; restated "min leaseability" for the score readers.

/**
 * "min lease 0.7", "minimum lease: 0.6", "lease min .65": the lower bound's word beside "lease", with a score's level
 * straight after.
 */
const LEASE_AS_LEASEABILITY =
  /\b(?:min(?:imum)?\.?[^\S\n]+lease|lease[^\S\n]+min(?:imum)?\.?)(?=[^\S\n]*[:=]?[^\S\n]*0?\.\d{1,3}(?![\d%x]))(?![^\S\n]*[:=]?[^\S\n]*0?\.\d{1,3}[^\S\n]*(?:years?|yrs?)\b)/gi;

/** The edits restating leaseability shortened to "lease" as "min leaseability"; none for a brief without it. */
export function leaseabilityShortenedToLeaseRestatements(text: string): TextEdit[] {
  if (!/\blease\b/i.test(text)) return [];
  return [...text.matchAll(LEASE_AS_LEASEABILITY)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: 'min leaseability',
  }));
}
