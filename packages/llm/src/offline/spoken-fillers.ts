import type { BriefText } from './brief-text.js';

/**
 * A dictated brief's fillers: "uh", "um", "er", "let's say", set off by commas ("the rent we add can't be more than,
 * uh, fourteen million a year", "rent added capped at, let's say, ten million"). The commas around a filler are pauses, not clause breaks: what a clause-bound reader looks for
 * before a figure stands on the other side of them.
 */

/** The fillers: hesitations, and the hedges a speaker says before a figure ("let's say", "call it"). */
const FILLER = String.raw`(?:uh+|um+|erm?|ah+|let's\s+say|say|call\s+it|i'd\s+say|you\s+know)`;
/** A clause that holds nothing but a filler. */
const FILLER_ONLY = new RegExp(String.raw`^\s*${FILLER}\s*$`);
/** An abbreviation whose dots end the text before a clause: "p.a.", "i.e.", "e.g.". */
const ABBREVIATION_BEFORE = /\b(?:p\.a|i\.e|e\.g)\.\s*$/;
/** A filler between commas, in a span of text. */
const FILLER_BETWEEN_COMMAS = new RegExp(String.raw`,\s*${FILLER}\s*,`, 'g');

/**
 * The clause `clause`, reaching back over the filler-only clauses right before it to the clause the speaker paused
 * in: for "can't be more than, uh, fourteen million", the clause of "fourteen million" starts at "can't"; and back
 * over an abbreviation's dots ("Rent increase p.a. no more than $9M").
 */
export function clauseOverFillers(text: BriefText, clause: { start: number; end: number }): { start: number; end: number } {
  let start = clause.start;
  // "Rent increase p.a. no more than $9M": the dots of an abbreviation break no clause either.
  for (let abbreviation = ABBREVIATION_BEFORE.exec(text.lower.slice(Math.max(0, start - 8), start)); abbreviation !== null; ) {
    start = text.clauseAround(start - abbreviation[0].length).start;
    abbreviation = start > 0 ? ABBREVIATION_BEFORE.exec(text.lower.slice(Math.max(0, start - 8), start)) : null;
  }
  let paused = false;
  while (start > 0) {
    const previous = text.clauseAround(start - 1);
    if (!FILLER_ONLY.test(text.lower.slice(previous.start, start - 1))) break;
    start = previous.start;
    paused = true;
  }
  if (paused && start > 0) start = text.clauseAround(start - 1).start;
  return { start, end: clause.end };
}

/** `words` with each filler between commas written as spaces, the same length: "more than, uh, " reads "more than". */
export function withoutFillers(words: string): string {
  return words.includes(',') ? words.replace(FILLER_BETWEEN_COMMAS, (filler) => ' '.repeat(filler.length)) : words;
}
