import type { BriefText } from './brief-text.js';

/** A clause that rules out what it names from its first word: "Skip sites we can't operate without". */
const REFUSING_CLAUSE =
  /^[\s\-*\u2022]*(?:skip|exclude|drop|avoid|leave\s+out|rule\s+out|omit|(?:do\s+not|don'?t|never)\s+(?:sell|touch|include)|no|nothing)\b/;

/**
 * "Skip sites we can't operate without, anything scoring over 0.75 for criticality": a level that opens its clause
 * restates what the clause before it (ended by a comma) rules out, so the refusal there is the level's own.
 * `clauseStart` is where the level's clause begins and `start` where the level's words begin.
 */
export function refusedInApposition(text: BriefText, clauseStart: number, start: number): boolean {
  if (clauseStart === 0 || !/^\s*$/.test(text.lower.slice(clauseStart, start))) return false;
  const before = text.clauseAround(clauseStart - 1);
  const clause = text.lower.slice(before.start, clauseStart);
  return /,\s*$/.test(clause) && REFUSING_CLAUSE.test(clause);
}
