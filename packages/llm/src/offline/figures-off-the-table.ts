/**
 * A figure the brief says is not on the table, the figure itself or a program of its size the subject: "A $1.2bn
 * program like the one our rival announced is not on the table", "$300M is off the table", "a 25-year term is not on
 * the table". What is ruled out is no instruction, so the figure and the words up to the ruling are read as nothing
 * (by `notTheAskSpans`). When something else is the subject ("$50M, the Edison warehouse is off the table", "$185M
 * and Illinois is off the table"), the figure stands and the exclusion readers read the rest.
 */
import { matchesIn } from './required-text.js';

/** A figure, then maybe the program it sizes and a few words about it, then the ruling: "$1.2bn program like ... is not on the table". */
const FIGURE_OFF_THE_TABLE =
  /(?<![\w.$,])(?:us\$|usd\s*|\$)?\d[\d,]*(?:\.\d+)?\s*(?:bn|billion|mm|mn|m|million|k|%|-?years?|x)(?![a-z])(?:[^\S\n]+(?:program(?:me)?|deal|sale|raise|slb|transaction|leaseback|sale[-\s]leaseback|size|figure|number|ask|target|term)\b(?:[^\S\n]+(?:like|as|that|which)\b[^.;,!?\n]{0,60}?)?)?[^\S\n]+(?:is|are|was|were|'s|\u2019s)\s+(?:(?:not|no\s+longer|(?:definitely|simply|just)\s+not)\s+on|off)\s+the\s+table\b/g;

/** The spans from each figure ruled off the table to the words ruling it so. */
export function offTheTableSpans(lower: string): { start: number; end: number }[] {
  if (!lower.includes('the table')) return [];
  return matchesIn(FIGURE_OFF_THE_TABLE, lower).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
