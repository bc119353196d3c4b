import type { TextEdit } from './restated-brief.js';

/**
 * "not a cent more than $11M of extra annual rent", "not one dollar over $6M", "not a single penny above $4M a year":
 * the least unit of money refused above an amount is an emphatic "no more than", and is read as it ("no more than $11M
 * of extra annual rent"), which the readers of caps know. Only before an amount: "not one cent more than the plan
 * requires" asks to sell just enough, and is left to the readers of objectives.
 */
const NOT_A_CENT_MORE =
  /\bnot\s+(?:a|one|a\s+single|even\s+a|even\s+one)\s+(?:cent|penny|dime|nickel|dollar|buck)\s+(?:more\s+than|over|above|beyond)(?=[^\S\n]*(?:\$|usd[^\S\n]*)?\d)/gi;

/** The edits restating each emphatic refusal above an amount as "no more than"; none when the brief has none. */
export function notACentMoreRestatements(brief: string): TextEdit[] {
  if (!/\bnot\s/i.test(brief)) return [];
  return [...brief.matchAll(NOT_A_CENT_MORE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0].startsWith('N') ? 'No more than' : 'no more than',
  }));
}
